import Foundation
@testable import ClientRuntime
import Testing

/// The runtime's JSON reading and writing on its own: exact bytes, key order, number text.
@Suite struct JSONTests {
    @Test(arguments: [
        #"{"b":1,"a":[true,false,null],"c":{"d":"e\u00e9\n\"q\""},"n":-1.50e+3}"#,
        #"[]"#,
        #"{}"#,
        #""\ud83d\ude00 and \\ and \/""#,
        #"12345678901234567890123"#,
    ])
    func valuesRoundTripByteForByte(_ text: String) throws {
        let value = try JSONValue(jsonString: text)
        let again = try JSONValue(jsonString: value.jsonString())
        #expect(again == value)
        #expect(value.jsonString() == (try JSONValue(jsonString: value.jsonString())).jsonString())
    }

    @Test func keysKeepTheirOrderAndNumbersTheirText() throws {
        let text = #"{"z":1.10,"a":2e5,"m":-0}"#
        #expect(try JSONValue(jsonString: text).jsonString() == text)
    }

    @Test func prettyOutputUsesTwoSpaces() throws {
        let value = try JSONValue(jsonString: #"{"a":[1,{"b":null}],"c":{}}"#)
        #expect(value.jsonString(pretty: true) == "{\n  \"a\": [\n    1,\n    {\n      \"b\": null\n    }\n  ],\n  \"c\": {}\n}")
    }

    @Test func malformedInputNamesWhereItBroke() {
        #expect(throws: JSONDecodingError.self) { try JSONValue(jsonString: #"{"a": [1, 2,]}"#) }
        #expect(throws: JSONDecodingError.self) { try JSONValue(jsonString: #"{"a": 1} trailing"#) }
        #expect(throws: JSONDecodingError.self) { try JSONValue(jsonString: "\"unterminated") }
        do {
            _ = try [String](jsonString: #"["a", 2]"#)
            Issue.record("decoded a number as a string")
        } catch {
            #expect(error.description.hasPrefix("$[1]: "), "\(error.description)")
        }
    }

    @Test func writerEscapesWhatJSONRequires() {
        var writer = JSONWriter()
        writer.string("quote \" backslash \\ newline \n tab \t bell \u{7} é")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #""quote \" backslash \\ newline \n tab \t bell \u0007 é""#)
    }

    @Test func doublesAreWrittenShortestAndExact() {
        #expect(JSONWriter.numberText(0.1) == "0.1")
        #expect(JSONWriter.numberText(1) == "1")
        #expect(JSONWriter.numberText(-2.5e-8) == "-2.5e-08" || JSONWriter.numberText(-2.5e-8) == "-2.5e-8")
        #expect(Double(JSONWriter.numberText(1.0 / 3.0)) == 1.0 / 3.0)
    }

    @Test func mapsKeepTheirKeysInOrder() throws {
        let map = try JSONMap<Int>(jsonString: #"{"b":2,"a":1}"#)
        #expect(map.keys == ["b", "a"])
        #expect(map["a"] == 1)
        #expect(map.jsonString() == #"{"b":2,"a":1}"#)
    }
}

/// Input other parsers refuse is refused here too, so the module never writes it back.
@Suite struct StrictJSONTests {
    @Test(arguments: ["01", "-01", "1.", ".5", "+1", "1e", "-", "00", "[012]", #"{"a": -0012}"#])
    func numbersRFC8259DoesNotAllowAreRefused(_ text: String) {
        do {
            _ = try JSONValue(jsonString: text)
            Issue.record("\(text) was accepted")
        } catch {
            #expect(error.description.contains("byte offset"), "\(error)")
        }
    }

    @Test(arguments: ["0", "-0", "0.5", "-0.5e-3", "10", "1E+2"])
    func numbersItAllowsAreKept(_ text: String) throws {
        #expect(try JSONValue(jsonString: text).jsonString() == text)
    }

    @Test func repeatedKeysAreRefusedAtTheSecondOne() throws {
        for (text, path) in [
            (#"{"id": "A", "x": 1, "id": "B"}"#, "$.id"),
            (#"{"outer": {"k": 1, "k": 2}}"#, "$.outer.k"),
        ] {
            do {
                _ = try JSONValue(jsonString: text)
                Issue.record("\(text) was accepted")
            } catch {
                #expect(error.pathDescription == path)
                #expect(error.description.hasPrefix("\(path): the key is repeated (byte offset "), "\(error)")
            }
        }
        #expect(throws: JSONDecodingError.self) { try JSONMap<Int>(jsonString: #"{"a": 1, "b": 2, "a": 3}"#) }
        let many = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        #expect(throws: JSONDecodingError.self) { try JSONMap<Int>(jsonString: "{\(many), \"k33\": 0}") }
        #expect(try JSONMap<Int>(jsonString: "{\(many)}").keys.count == 40)
    }

    @Test func errorsSayWhatTheyAreThroughLocalizedDescription() {
        let decoding = JSONDecodingError(.missingKey("id"))
        #expect(decoding.localizedDescription == decoding.description)
        let client = ClientError.missingConfiguration("the environment variable X (host) is not set")
        #expect(client.localizedDescription == client.description)
        #expect(!client.localizedDescription.contains("could not be completed"))
    }
}
