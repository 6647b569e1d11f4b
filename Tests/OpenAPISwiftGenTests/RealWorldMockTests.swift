import Foundation
import OpenAPISwiftGen
import Testing

/// The mock made from real-world specs (`../shared/specs`, beside the repository; skipped when it
/// is not there) answers every operation: each one's request example (or a request built from
/// its schema) gets the documented success status and the example answer.
@Suite struct RealWorldMockTests {
    @Test(arguments: ["space-api.yaml", "video-api.yaml"])
    func everyOperationIsAnswered(_ name: String) throws {
        guard let spec = SharedSpecs.spec("signalwire/" + name) else { return }
        var config = GeneratorConfig()
        config.module = "RealWorld"
        let output = try Generator.generate(specPath: spec.path, displayPath: name, config: config)
        let program = """
            import Foundation
            #if canImport(FoundationNetworking)
            import FoundationNetworking
            #endif

            let mock = MockTransport()
            var answered = 0
            for operation in MockTransport.specOperations {
                let path = operation.path.map { $0.hasPrefix("{") ? "x" : $0 }.joined(separator: "/")
                var components = URLComponents(string: "https://example.com/" + path)!
                components.queryItems = operation.requiredQuery.isEmpty ? nil : operation.requiredQuery.map { URLQueryItem(name: $0, value: "1") }
                let response = try await mock.send(HTTPRequest(
                    method: operation.method, url: components.url!, body: operation.requestExample.map { Data($0.utf8) }))
                if response.status == operation.status, (operation.example == nil) == response.body.isEmpty {
                    answered += 1
                } else {
                    print("\\(operation.id): \\(response.status) \\(String(decoding: response.body, as: UTF8.self).prefix(300))")
                }
            }
            print("answered \\(answered) of \\(MockTransport.specOperations.count)")
            """
        let result = try SwiftCompiler.run(output.files + [GeneratedFile(path: "main.swift", contents: program)], moduleName: "RealWorld")
        #expect(result.status == 0, "\(result.output.prefix(3000))")
        #expect(result.output == "answered \(output.operationCount) of \(output.operationCount)\n", "\(result.output.prefix(3000))")
        #expect(output.operationCount > 30)
    }
}
