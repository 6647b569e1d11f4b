@testable import ClientRuntime
import Testing

/// How the mock checks a body against a shape: every problem, with its JSON path.
@Suite struct MockShapeTests {
    typealias Shape = MockTransport.Shape

    static let shapes: [String: Shape] = [
        "Color": .values(["red", "green"]),
        "Tag": .values(["a", "b"], isOpen: true),
        "Node": .object([
            .required("name", .string),
            .optional("children", .array(.named("Node"))),
        ]),
        "Pet": .oneOf([
            .object([.required("bark", .boolean)]),
            .object([.required("meow", .boolean), .required("lives", .integer)]),
        ]),
    ]

    static func problems(_ json: String, _ shape: Shape, acceptsUnlistedValues: Bool = false) throws -> [String] {
        let checker = MockTransport.ShapeChecker(shapes: shapes, acceptsUnlistedValues: acceptsUnlistedValues)
        return checker.problems(of: try JSONValue(jsonString: json), against: shape, at: "$").map { "\($0.path): \($0.message)" }
    }

    @Test func scalarsMatchTheirJSONKinds() throws {
        #expect(try Self.problems(#"[1, 1.0, 2e3, 1.5, "1", true, null]"#, .array(.integer)) == [
            "$[3]: expected an integer, found a number",
            "$[4]: expected an integer, found a string",
            "$[5]: expected an integer, found a boolean",
            "$[6]: expected an integer, found null",
        ])
        #expect(try Self.problems(#"[1.5, "x"]"#, .array(.number)) == ["$[1]: expected a number, found a string"])
        #expect(try Self.problems(#"[true, 0]"#, .array(.boolean)) == ["$[1]: expected a boolean, found an integer"])
        #expect(try Self.problems(#"[{}, [], 3]"#, .array(.any)) == [])
    }

    @Test func closedEnumsRefuseUnlistedValuesAndOpenOnesTakeThem() throws {
        #expect(try Self.problems(#"["red", "blue"]"#, .array(.named("Color"))) == ["$[1]: 'blue' is not one of 'red', 'green'"])
        #expect(try Self.problems(#"["red", "blue"]"#, .array(.named("Color")), acceptsUnlistedValues: true) == [])
        #expect(try Self.problems(#"["a", "z"]"#, .array(.named("Tag"))) == [])
        #expect(try Self.problems(#"[7]"#, .array(.named("Tag"))) == ["$[0]: expected a string, found an integer"])
    }

    @Test func recursiveObjectsAreCheckedAllTheWayDown() throws {
        let json = #"{"name":"root","children":[{"name":"a"},{"children":[{"name":1}]},{"name":"c","children":null}]}"#
        #expect(try Self.problems(json, .named("Node")) == [
            "$.children[1].name: the required key is missing",
            "$.children[1].children[0].name: expected a string, found an integer",
        ])
    }

    @Test func keysThatAreNoPlainNamesAreQuoted() throws {
        #expect(try Self.problems(#"{"a b":1,"ok_key-2":2}"#, .map(.string)) == [
            #"$["a b"]: expected a string, found an integer"#,
            "$.ok_key-2: expected a string, found an integer",
        ])
    }

    /// A union takes a value one alternative takes; otherwise the closest alternative's problems
    /// are named.
    @Test func unionsNameTheClosestAlternativesProblems() throws {
        #expect(try Self.problems(#"{"bark":true}"#, .named("Pet")) == [])
        #expect(try Self.problems(#"{"meow":true,"lives":9}"#, .named("Pet")) == [])
        #expect(try Self.problems(#"{"meow":true,"lives":"nine"}"#, .named("Pet")) == ["$.lives: expected an integer, found a string"])
        #expect(try Self.problems(#""cat""#, .named("Pet")) == ["$: expected an object, found a string"])
    }
}
