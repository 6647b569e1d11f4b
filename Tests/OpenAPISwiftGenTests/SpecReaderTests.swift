@testable import OpenAPISwiftGen
import Testing

/// What the spec reader takes from a schema's keys, whatever order they are written in.
@Suite struct SpecReaderTests {
    static func schema(_ yaml: String) throws -> Schema {
        let text = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    S:\n" + yaml
        let root = try YAMLLoader.load(Array(text.utf8), file: "s.yaml")
        return try SpecReader.read(root, file: "s.yaml").0.schemas[0].schema
    }

    @Test func keysInAnyOrder() throws {
        let schema = try Self.schema("""
                  required: [a]
                  properties:
                    a: {type: string, format: uuid}
                  description: D
                  title: T
                  type: object
                  nullable: true
            """)
        #expect(schema.types == ["object"])
        #expect(schema.title == "T")
        #expect(schema.description == "D")
        #expect(schema.nullable)
        #expect(schema.required == ["a"])
        #expect(schema.properties.map(\.name) == ["a"])
        #expect(schema.properties[0].schema.format == "uuid")
        #expect(schema.properties[0].schema.pointer == "#/components/schemas/S/properties/a")
    }

    @Test func enumListWinsOverConstWhereverWritten() throws {
        #expect(try Self.schema("      const: x\n      enum: [a, b]\n").enumValues?.compactMap(\.scalarText) == ["a", "b"])
        #expect(try Self.schema("      enum: [a, b]\n      const: x\n").enumValues?.compactMap(\.scalarText) == ["a", "b"])
        #expect(try Self.schema("      const: x\n").enumValues?.compactMap(\.scalarText) == ["x"])
        #expect(try Self.schema("      enum: notAList\n      const: x\n").enumValues?.compactMap(\.scalarText) == ["x"])
    }

    @Test func exampleComesBeforeExamples() throws {
        let schema = try Self.schema("      examples: [2, 3]\n      example: 1\n")
        #expect(schema.examples.compactMap(\.scalarText) == ["1", "2", "3"])
        let named = try Self.schema("      examples: {first: 4, second: 5}\n")
        #expect(named.examples.compactMap(\.scalarText) == ["4", "5"])
    }
}

/// Examples a media type refers to (`examples: {x: {$ref: '#/components/examples/X'}}`) are read
/// where they are used: the mock answers and sends them, and they are checked and kept as tests.
@Suite struct ReferencedExampleTests {
    static let spec = """
        openapi: 3.1.0
        info: {title: T, version: '1'}
        components:
          examples:
            Order:
              summary: An order.
              value: {id: '42', total: 7}
            NewOrder:
              value: {total: 7}
        paths:
          /orders:
            post:
              operationId: createOrder
              requestBody:
                content:
                  application/json:
                    schema: {type: object, properties: {total: {type: integer}}}
                    examples:
                      basic: {$ref: '#/components/examples/NewOrder'}
              responses:
                '201':
                  description: Created.
                  content:
                    application/json:
                      schema: {type: object, properties: {id: {type: string}, total: {type: integer}}}
                      examples:
                        created: {$ref: '#/components/examples/Order'}
                        remote: {externalValue: 'https://example.com/order.json'}
        """

    @Test func theMockAndTheExampleTestsUseThem() throws {
        let (model, diagnostics) = try TestPipeline.model(Self.spec, file: "t.yaml", module: "T")
        let operation = try #require(model.client.root.groups.first?.operations.first)
        #expect(operation.mock.example == #"{"id":"42","total":7}"#)
        #expect(operation.mock.requestExample == #"{"total":7}"#)
        #expect(model.examples.map(\.json) == [#"{"total":7}"#, #"{"id":"42","total":7}"#])
        #expect(diagnostics.map(\.description) == [
            "t.yaml:28:17: warning: the example 'remote' is in another file (externalValue), which is not read; it is left out [#/paths/~1orders/post/responses/201/content/application~1json/examples/remote]",
        ])
    }
}
