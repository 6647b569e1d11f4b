import Foundation
import OpenAPISwiftGen
import Testing

/// The union snippets (`Snippets/union-choice.yaml`, `Snippets/one-value.yaml`) compiled with a
/// small program that decodes data into them: every alternative's data lands in its own case and re-encodes byte for byte, and
/// a discriminator value no case has is `undocumented`, kept as it was.
@Suite struct UnionDecodingTests {
    static let cases: [(type: String, json: String, expected: String)] = [
        ("Message", #"{"role":"developer","content":"Plan first."}"#, "developerMessage"),
        ("Message", #"{"role":"system","content":"Be brief."}"#, "systemMessage"),
        ("Message", #"{"role":"user","content":"Hi"}"#, "userMessage"),
        ("Message", #"{"role":"tool","content":"42"}"#, "undocumented"),
        ("Event", #"{"type":"call.started","at":"10:00"}"#, "callStarted"),
        ("Event", #"{"type":"call.ended"}"#, "callEnded"),
        ("Event", #"{"type":"call.parked"}"#, "undocumented"),
        ("Pet", #"{"pet_type":"cat","purrs":true}"#, "cat"),
        ("Pet", #"{"pet_type":"dog","barks":false}"#, "dog"),
        ("Pet", #"{"pet_type":"bird"}"#, "undocumented"),
        ("Format", #"{"type":"text"}"#, "text"),
        ("Format", #"{"type":"json_object"}"#, "jsonObject"),
        ("Format", #"{"type":"xml"}"#, "undocumented"),
        ("Either", #"{"value":"x"}"#, "left"),
        ("Content", #"{"role":"user","content":"Hi"}"#, "message"),
        ("Content", #"{"type":"json_object"}"#, "format"),
        ("Content", #"{"kind":"other"}"#, "undocumented"),
        ("Setting", #"{"mode":"auto"}"#, "auto"),
        ("Setting", #"{"mode":"manual","level":3}"#, "object"),
        ("Reply", #"{"id":"1","result":{"status":"ended"}}"#, "endedReply"),
        ("Reply", #"{"id":"2","result":{"status":"deleted"}}"#, "deletedReply"),
    ]

    /// `Snippets/one-value.yaml`: one-value properties written beside `allOf` and `$ref`, of
    /// integers, booleans and strings, and enums that no other alternative shares.
    static let oneValueCases: [(type: String, json: String, expected: String)] = [
        ("Option", #"{"type":1,"label":"Name"}"#, "textOption"),
        ("Option", #"{"type":5,"label":"Age"}"#, "numberOption"),
        ("Option", #"{"type":7,"label":"Admin","enabled":true}"#, "flagOption"),
        ("Option", #"{"type":7,"label":"Admin"}"#, "flagOption"),
        ("Option", #"{"type":9,"label":"Other"}"#, "undocumented"),
        ("Shape", #"{"kind":"square","size":2}"#, "option1"),
        ("Shape", #"{"kind":"circle","size":1.5}"#, "option2"),
        ("Payment", #"{"type":"bank_iban","issuer":"x"}"#, "bankDetails"),
        ("Payment", #"{"type":"wallet_pos","issuer":"y"}"#, "walletDetails"),
        ("Payment", #"{"issuer":"z"}"#, "walletDetails"),
        ("Payment", #"{"type":"crypto","issuer":"z"}"#, "undocumented"),
    ]

    /// `Snippets/discriminator-default.yaml`: OpenAPI 3.2's `defaultMapping` takes a value no
    /// mapping lists, and data without the property, when its alternative decodes them.
    static let defaultMappingCases: [(type: String, json: String, expected: String)] = [
        ("Pet", #"{"kind":"cat","meows":true}"#, "cat"),
        ("Pet", #"{"kind":"OtherPet","name":"Rex"}"#, "otherPet"),
        ("Pet", #"{"kind":"dog","name":"Rex"}"#, "otherPet"),
        ("Pet", #"{"name":"Rex"}"#, "undocumented"),
        ("Pet", #"{"kind":7}"#, "undocumented"),
    ]

    @Test func defaultMappingTakesValuesNoMappingLists() throws {
        try Self.decode("discriminator-default", Self.defaultMappingCases)
    }

    @Test func eachAlternativesDataDecodesIntoItsOwnCase() throws {
        try Self.decode("union-choice", Self.cases)
    }

    @Test func oneValuePropertiesWrittenBesideReferencesPickTheirCase() throws {
        try Self.decode("one-value", Self.oneValueCases)
    }

    /// Compiles the snippet with a program that decodes each case's JSON, and checks the case it
    /// lands in and that it encodes to the same bytes.
    static func decode(_ snippet: String, _ cases: [(type: String, json: String, expected: String)]) throws {
        let fragment = try String(contentsOf: SnippetTests.folder.appendingPathComponent("\(snippet).yaml"), encoding: .utf8)
        let files = try SnippetTests.generateModule(fromSchemas: fragment, file: "\(snippet).yaml")
        var program = """
            func check<Value: JSONCodable>(_: Value.Type, _ json: String) {
                do {
                    let value = try Value(jsonString: json)
                    let again = value.jsonString()
                    print("\\("\\(value)".prefix { $0 != "(" }) \\(again == json ? "same" : "changed: " + again)")
                } catch {
                    print("error \\(error)")
                }
            }

            """
        for item in cases {
            program += "check(\(item.type).self, #\"\(item.json)\"#)\n"
        }
        let result = try SwiftCompiler.run(files + [GeneratedFile(path: "main.swift", contents: program)], moduleName: "Snippet")
        #expect(result.status == 0, "\(result.output.prefix(3000))")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == cases.count, "\(result.output.prefix(3000))")
        for (item, line) in zip(cases, lines) {
            #expect(line == "\(item.expected) same", "\(item.type) \(item.json): \(line)")
        }
    }
}
