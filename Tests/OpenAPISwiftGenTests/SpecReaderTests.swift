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
