import Foundation
import OpenAPISwiftGen
import Testing

/// Snippet tests: each `Snippets/NAME.yaml` holds component schemas, `Snippets/NAME.swift` the
/// Swift the generator must make of them (type files only, without their header; warnings first,
/// as comments). A fragment with top-level `paths:` is a document body of its own, and its
/// client's files are part of the expected Swift too.
/// Re-record with `OPENAPI_SWIFT_GEN_RECORD=1 swift test` and review `git diff`.
@Suite struct SnippetTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snippets")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test func everySnippetHasItsExpectedSwift() {
        #expect(Self.names.count >= 7)
        for name in Self.names {
            #expect(FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent("\(name).swift").path), "\(name).swift")
        }
    }

    @Test(arguments: names)
    func snippet(_ name: String) throws {
        let fragment = try String(contentsOf: Self.folder.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        let actual = try Self.generateTypes(fromSchemas: fragment, file: "\(name).yaml")
        let expectedURL = Self.folder.appendingPathComponent("\(name).swift")
        if ProcessInfo.processInfo.environment["OPENAPI_SWIFT_GEN_RECORD"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(actual == expected, "\(UnifiedDiff.render(old: expected, new: actual, oldName: "expected", newName: "actual"))")
    }

    /// The whole module made from a snippet (runtime, types, client) type-checks in Swift 6
    /// language mode with warnings as errors.
    @Test(arguments: names)
    func snippetCompiles(_ name: String) throws {
        let fragment = try String(contentsOf: Self.folder.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        let files = try Self.generateModule(fromSchemas: fragment, file: "\(name).yaml")
        let result = try SwiftCompiler.typecheck(files, moduleName: "Snippet")
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("warning:"), "\(result.output)")
    }

    /// Wraps a `components/schemas` fragment in a document and renders its types.
    static func generateTypes(fromSchemas fragment: String, file: String) throws -> String {
        let (files, diagnostics) = try generate(fromSchemas: fragment, file: file)
        var text = diagnostics.map { "// \($0.description)\n" }.joined()
        // The client's own file only where there are operations: a fragment of schemas gets the same empty client every time.
        let hasPaths = fragment.split(separator: "\n").contains("paths:")
        let types = files.filter {
            $0.path.hasPrefix("Types/") || $0.path == "Client/Webhooks.swift"
                || ($0.path.hasPrefix("Client/SnippetClient.") && ($0.path != "Client/SnippetClient.swift" || hasPaths))
        }
        for (index, file) in types.enumerated() {
            if index > 0 || !text.isEmpty { text += "\n" }
            // Drop the header line and the blank line after it.
            text += file.contents.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)[2]
        }
        return text
    }

    static func generateModule(fromSchemas fragment: String, file: String) throws -> [GeneratedFile] {
        try generate(fromSchemas: fragment, file: file).files
    }

    private static func generate(fromSchemas fragment: String, file: String) throws -> (files: [GeneratedFile], diagnostics: [Diagnostic]) {
        let lines = fragment.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("#") }
        let document: String
        if lines.contains("paths:") {
            document = "openapi: 3.1.0\ninfo: {title: Snippet, version: '1'}\n" + lines.joined(separator: "\n")
        } else {
            let body = lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
            document = "openapi: 3.1.0\ninfo: {title: Snippet, version: '1'}\ncomponents:\n  schemas:\n" + body
        }
        let (model, diagnostics) = try TestPipeline.model(document, file: file, module: "Snippet")
        return (Renderer.render(model).files, diagnostics)
    }
}
