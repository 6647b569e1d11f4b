@testable import ClientRuntime
import Testing

/// The mock's table as modules carry it (JSON text, see `MockTable.swift`) gives the same
/// operations and shapes as the same table written as Swift values.
@Suite struct MockTableTests {
    /// `MockShapeTests.shapes` and two more, as a module's table writes them.
    static let shapeTable = #"""
    "Color":{"values":["red","green"]}
    "Tag":{"values":["a","b"],"open":true}
    "Node":{"object":[["name","string","required"],["children",{"array":{"named":"Node"}},"optional"]]}
    "Pet":{"oneOf":[{"object":[["bark","boolean","required"]]},{"object":[["meow","boolean","required"],["lives","integer","required"]]}]}
    "Scores":{"map":"number"}
    "Anything":"any"
    "Both":{"object":[["when","string","requiredNullable"],["extra",{"map":"any"},"optional"]]}
    """#

    static let literalShapes: [String: MockTransport.Shape] = MockShapeTests.shapes.merging([
        "Scores": .map(.number),
        "Anything": .any,
        "Both": .object([.requiredNullable("when", .string), .optional("extra", .map(.any))]),
    ]) { first, _ in first }

    static func problems(_ json: String, _ root: String, in shapes: [String: MockTransport.Shape]) throws -> [String] {
        let checker = MockTransport.ShapeChecker(shapes: shapes, acceptsUnlistedValues: false)
        return checker.problems(of: try JSONValue(jsonString: json), against: .named(root), at: "$").map { "\($0.path): \($0.message)" }
    }

    @Test(arguments: [
        (#""blue""#, "Color"), (#""z""#, "Tag"), ("7", "Tag"),
        (#"{"name":"root","children":[{"name":"a"},{"children":[{"name":1}]}]}"#, "Node"),
        (#"{"bark":1}"#, "Pet"), (#"{"meow":true}"#, "Pet"), (#"{"meow":true,"lives":9}"#, "Pet"),
        (#"{"a":1.5,"b":"x"}"#, "Scores"), (#"[{},3]"#, "Anything"),
        (#"{"extra":[]}"#, "Both"), (#"{"when":null,"extra":{"k":[1]}}"#, "Both"),
    ])
    func aTableChecksAsItsSwiftValuesDo(_ json: String, _ root: String) throws {
        let fromTable = MockTransport.shapes(fromTable: Self.shapeTable)
        #expect(Set(fromTable.keys) == Set(Self.literalShapes.keys))
        #expect(try Self.problems(json, root, in: fromTable) == (try Self.problems(json, root, in: Self.literalShapes)))
    }

    @Test func operationsTakeTheirKeysAndTheInitializersDefaults() {
        let operations = MockTransport.operations(fromTable: #"""
            {"id":"list","method":"GET","path":"/v1/pets","requiredQuery":["limit"],"status":200,"example":"[{\"name\":\"a\"}]","nextLink":["links","next"]}
            {"id":"create","method":"POST","path":"/v1/pets/{id}","body":{"named":"Node"},"bodyRequired":true,"requestExample":"{\"name\":\"b\"}","status":201,"mediaType":"application/jsonl","validationStatus":422}
            """#)
        #expect(operations.count == 2)
        let (list, create) = (operations[0], operations[1])
        #expect(list.id == "list" && list.method == "GET" && list.path == ["v1", "pets"] && list.requiredQuery == ["limit"])
        #expect(list.status == 200 && list.example == #"[{"name":"a"}]"# && list.nextLink == ["links", "next"])
        #expect(list.body == nil && !list.bodyRequired && list.requestExample == nil)
        #expect(list.mediaType == "application/json" && list.validationStatus == 400)
        #expect(create.path == ["v1", "pets", "{id}"] && create.bodyRequired && create.requestExample == #"{"name":"b"}"#)
        #expect(create.status == 201 && create.example == nil && create.mediaType == "application/jsonl" && create.validationStatus == 422)
        if case .named("Node")? = create.body {} else { Issue.record("the body shape is \(String(describing: create.body))") }
    }
}
