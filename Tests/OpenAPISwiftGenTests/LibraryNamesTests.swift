import Foundation
@testable import OpenAPISwiftGen
import Testing

/// A spec that names its schemas, properties, enum values, operations, tags and path groups after
/// every type the module's code uses unqualified (derived from that code), the Swift and
/// Foundation types apps use most, and Swift's keywords. The module compiles without warnings, and
/// an app that imports Foundation and the module uses Swift's types and the generated ones side
/// by side.
@Suite struct LibraryNamesTests {
    static let appNames = [
        "Collection", "Sequence", "Data", "Date", "URL", "UUID", "Result", "Error", "Task", "String", "Int", "Array",
        "Dictionary", "Set", "Optional", "Bool", "Double", "Never", "Void", "Type", "Protocol", "Codable", "Decoder",
        "Encoder", "Equatable", "Hashable", "Sendable", "Identifiable", "URLSession", "URLRequest", "Operation",
        "Notification", "Locale", "Calendar", "Self", "Any", "AnyObject", "Swift",
    ]

    static var names: [String] {
        var seen: Set<String> = []
        return (ReservedNamesTests.namesTheCodeUses + appNames + Naming.keywords.sorted()).filter { seen.insert($0).inserted }
    }

    static func quoted(_ name: String) -> String { "'\(name)'" }

    static var spec: String {
        let names = names
        var text = """
            openapi: 3.1.0
            info: {title: Names, version: '1'}
            tags: [\(names.map { "{name: \(quoted($0))}" }.joined(separator: ", "))]
            paths:

            """
        for name in names {
            text += """
                  /\(name.lowercased() == name ? name + "s" : name):
                    get:
                      operationId: \(quoted(name))
                      tags: [\(quoted(name))]
                      parameters:
                        - {name: \(quoted(name)), in: query, schema: {type: string}}
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/\(name)'}

                """
        }
        text += """
            components:
              schemas:
                Names:
                  type: string
                  enum: [\(names.map(quoted).joined(separator: ", "))]

            """
        for name in names {
            text += """
                    \(quoted(name)):
                      type: object
                      required: [\(quoted(name))]
                      properties:
                        \(quoted(name)): {type: object, properties: {\(quoted(name)): {$ref: '#/components/schemas/Names'}}}

                """
        }
        return text
    }

    @Test func moduleAndAnAppThatImportsItCompile() throws {
        let (model, diagnostics) = try TestPipeline.model(Self.spec, file: "names.yaml", module: "Names")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let typeNames = Set(model.types.map(\.name))
        #expect(typeNames.count > 150)
        for name in ["Collection", "Data", "Result", "Task", "Foundation", "Swift", "ClientError", "Names"] {
            #expect(!typeNames.contains(name), "\(name) was declared")
            #expect(typeNames.contains(name + "Schema"), "\(name)Schema was not declared")
        }
        let app = """
            import Foundation
            #if canImport(FoundationNetworking)
            import FoundationNetworking
            #endif
            import Names

            struct Item: Identifiable, Codable, Hashable, Sendable { var id: UUID }
            func use(_ items: some Collection<Int>, _ sequence: some Sequence<String>) -> Result<[Int], any Error> {
                let data = Data(items.map(UInt8.init))
                let url = URL(string: "https://example.com")!
                let request = URLRequest(url: url)
                _ = (data, request, Date(), Set<Int>(), [String: Double](), Optional<Bool>.none, sequence)
                return .success(Array(items))
            }
            func run() async throws -> String {
                let task = Task { 1 }
                _ = await task.value
                let generated = try CollectionSchema(jsonString: #"{"Collection": {"Collection": "Data"}}"#)
                let list: [DataSchema] = []
                _ = (list, URLSession.shared, Names.TaskSchema.self, Names.ResultSchema.self)
                let value: CollectionSchema.Collection = generated.collection
                return value.collection?.rawValue ?? ""
            }
            """
        let result = try SwiftCompiler.typecheck(app, importing: Renderer.render(model).files, moduleName: "Names")
        #expect(result.module.status == 0, "\(result.module.output.prefix(4000))")
        #expect(!result.module.output.contains("warning:"), "\(result.module.output.prefix(4000))")
        #expect(result.consumer.status == 0, "\(result.consumer.output.prefix(4000))")
        #expect(!result.consumer.output.contains("warning:"), "\(result.consumer.output.prefix(4000))")
    }
}
