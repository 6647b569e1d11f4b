@testable import OpenAPISwiftGen
import Testing

/// Examples that are no value of their schema are named, with the JSON path of the first problem.
@Suite struct ExampleCheckTests {
    static let components = """
        Pet:
          type: object
          required: [name, kind]
          properties:
            name: {type: string}
            kind: {type: string, enum: [cat, dog]}
            age: {type: integer, nullable: true}
            tags: {type: array, items: {type: string}}
            owner: {$ref: '#/components/schemas/Owner'}
        Owner:
          oneOf:
            - {type: object, required: [id], properties: {id: {type: integer}}}
            - {type: string}
        """

    @Test(arguments: [
        (#"{name: Rex, kind: dog, age: null, tags: [a], owner: {id: 1}}"#, nil),
        (#"{name: Rex, kind: dog, owner: owner-name}"#, nil),
        (#"{kind: dog}"#, "$: required key 'name' is missing"),
        (#"{name: Rex, kind: bird}"#, #"$.kind: "bird" is not one of the listed values"#),
        (#"{name: 3, kind: cat}"#, "$.name: expected string, found a number"),
        (#"{name: Rex, kind: cat, age: 1.5}"#, "$.age: expected integer, found a number"),
        (#"{name: Rex, kind: cat, age: 9223372036854775807}"#, nil),
        (#"{name: Rex, kind: cat, age: 9223372036854776000}"#, "$.age: 9223372036854776000 does not fit a 64-bit integer"),
        (#"{name: Rex, kind: cat, tags: [a, 2]}"#, "$.tags[1]: expected string, found a number"),
        (#"{name: Rex, kind: cat, owner: {id: x}}"#, "$.owner: matches none of the alternatives"),
        (#"[1]"#, "$: expected object, found an array"),
    ] as [(String, String?)])
    func examplesAreCheckedAgainstTheirSchema(_ example: String, _ problem: String?) throws {
        let body = Self.components.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        let spec = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\ncomponents:\n  schemas:\n" + body + "\n"
        let (document, _) = try SpecReader.read(try YAMLLoader.load(Array(spec.utf8), file: "t.yaml"), file: "t.yaml")
        let value = SpecValue(try YAMLLoader.load(Array(example.utf8), file: "example.yaml"))
        let check = ExampleCheck(index: SchemaIndex(document))
        #expect(check.problem(value, against: document.schemas[0].schema) == problem)
    }
}
