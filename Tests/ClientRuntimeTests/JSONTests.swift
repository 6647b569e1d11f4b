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
