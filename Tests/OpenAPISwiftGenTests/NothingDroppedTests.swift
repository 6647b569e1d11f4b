import Foundation
@testable import OpenAPISwiftGen
import Testing

/// Every operation of every shared spec (`../shared/specs`, beside the repository; skipped when it
/// is not there), and each parameter, request body and response of it, is either generated or
/// named by a warning at its place.
@Suite struct NothingDroppedTests {
    static let specs = [
        "signalwire/signalwire-rest.yaml", "signalwire/compatibility-api.yaml", "signalwire/fabric-api.yaml",
        "world/digitalocean/DigitalOcean-public.v2.yaml", "world/plaid.yml", "world/pagerduty.json",
        "world/spotify.yml", "world/adyen-checkout-v71.yaml",
    ]

    @Test(arguments: specs)
    func everyPartIsGeneratedOrWarnedAbout(_ name: String) throws {
        guard let spec = SharedSpecs.spec(name) else { return }
        var config = GeneratorConfig()
        config.module = "World"
        let (_, document, model, diagnostics) = try Generator.translate(specPath: spec.path, displayPath: name, config: config)
        let warned = diagnostics.compactMap(\.pointer)
        func isWarned(_ pointer: String) -> Bool { warned.contains { $0 == pointer || $0.hasPrefix(pointer + "/") } }

        var generated: [String: OperationDeclaration] = [:]
        func collect(_ group: GroupDeclaration) {
            for operation in group.operations { if let pointer = operation.documentation.pointer { generated[pointer] = operation } }
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
            }
        }
        #expect(missing.isEmpty, "\(name): \(missing.count) left out without a warning:\n\(missing.prefix(20).joined(separator: "\n"))")
        print("\(name): \(document.operations.count) operations, \(generated.count) generated, \(diagnostics.count) warnings")
    }
}
