import Foundation
@testable import OpenAPISwiftGen
import Testing

/// Every operation of every shared spec (`../shared/specs`, beside the repository; skipped when it
/// is not there), and each parameter, request body and response of it (every media type of the
/// success response), is either generated or named by a warning at its place.
@Suite struct NothingDroppedTests {
    static let specs = [
        "signalwire/signalwire-rest.yaml", "signalwire/compatibility-api.yaml", "signalwire/fabric-api.yaml",
        "signalwire/fabric-api-3.0.yaml", "signalwire/calling-api.yaml", "signalwire/space-api.yaml", "signalwire/video-api.yaml",
        "world/digitalocean/DigitalOcean-public.v2.yaml", "world/plaid.yml", "world/pagerduty.json",
        "world/spotify.yml", "world/adyen-checkout-v71.yaml",
        "oai/v3.0-api-with-examples.yaml", "oai/v3.0-callback-example.yaml", "oai/v3.0-link-example.yaml",
        "oai/v3.0-petstore-expanded.yaml", "oai/v3.0-petstore.yaml", "oai/v3.0-uspto.yaml", "oai/v3.1-webhook-example.yaml",
    ]

    @Test(arguments: specs)
    func everyPartIsGeneratedOrWarnedAbout(_ name: String) throws {
        guard let spec = SharedSpecs.spec(name) else { return }
        try Self.check(specPath: spec.path, name: name)
    }

    /// The snippets that are whole documents (OpenAPI 3.2's new parts among them), as 3.2 documents.
    @Test func everyPartOfEverySnippetDocumentIsGeneratedOrWarnedAbout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nothing-dropped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var checked = 0
        for name in SnippetTests.names {
            let fragment = try String(contentsOf: SnippetTests.folder.appendingPathComponent("\(name).yaml"), encoding: .utf8)
            let lines = fragment.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }
            guard lines.contains("paths:") else { continue }
            let file = folder.appendingPathComponent("\(name).yaml")
            try ("openapi: 3.2.0\ninfo: {title: Snippet, version: '1'}\n" + lines.joined(separator: "\n")).write(to: file, atomically: true, encoding: .utf8)
            try Self.check(specPath: file.path, name: name)
            checked += 1
        }
        #expect(checked >= 10)
    }

    static func check(specPath: String, name: String) throws {
        var config = GeneratorConfig()
        config.module = "World"
        let (_, document, model, diagnostics) = try Generator.translate(specPath: specPath, displayPath: name, config: config)
        let warned = diagnostics.compactMap(\.pointer)
        func isWarned(_ pointer: String) -> Bool { warned.contains { $0 == pointer || $0.hasPrefix(pointer + "/") } }

        // An operation's first method, and the media types its methods read.
        var generated: [String: OperationDeclaration] = [:]
        var mediaTypesRead: [String: Set<String>] = [:]
        func collect(_ group: GroupDeclaration) {
            for operation in group.operations {
                guard let pointer = operation.documentation.pointer else { continue }
                if operation.variantSuffix == nil { generated[pointer] = operation }
                if let mediaType = operation.mediaType { mediaTypesRead[pointer, default: []].insert(mediaType) }
            }
            group.groups.forEach(collect)
        }
        collect(model.client.root)

        var missing: [String] = []
        for operation in document.operations {
            guard let declaration = generated[operation.pointer] else {
                if !isWarned(operation.pointer) { missing.append("\(operation.pointer): the operation") }
                continue
            }
            let parameters = Set((declaration.pathParameters + declaration.queryParameters + declaration.headerParameters).map(\.wireName))
            for parameter in operation.parameters where !parameters.contains(parameter.name) && !isWarned(operation.pointer + "/parameters") {
                missing.append("\(operation.pointer): parameter \(parameter.name)")
            }
            if let body = operation.requestBody, !body.content.isEmpty, declaration.body == nil, !isWarned(operation.pointer + "/requestBody") {
                missing.append("\(operation.pointer): the request body")
            }
            let success = operation.responses.first { $0.status.hasPrefix("2") }
            for response in operation.responses where !response.content.isEmpty {
                let pointer = operation.pointer + "/responses/" + response.status
                let decoded = response.status == success?.status ? declaration.response != nil
                    : response.status.hasPrefix("2") ? response.content.first?.schema?.ref == success?.content.first?.schema?.ref
                    : declaration.errors.contains { $0.status == response.status }
                // An error body that is not JSON stays in the error as bytes: nothing is lost.
                let raw = !response.status.hasPrefix("2") && !response.content.contains { Translator.isJSON($0.name) && $0.schema != nil }
                if !decoded, !raw, !isWarned(pointer) { missing.append("\(pointer): the body") }
                // Every media type of the success response is read by a method of its own.
                if response.status == success?.status, !isWarned(pointer) {
                    for media in response.content where !(mediaTypesRead[operation.pointer] ?? []).contains(media.name) {
                        missing.append("\(pointer): the \(media.name) body")
                    }
                }
            }
        }
        #expect(missing.isEmpty, "\(name): \(missing.count) left out without a warning:\n\(missing.prefix(20).joined(separator: "\n"))")
        print("\(name): \(document.operations.count) operations, \(generated.count) generated, \(diagnostics.count) warnings")
    }
}
