import Foundation
import SignalWire
import Testing

/// Decoding straight from the bytes: key matching, JSON's edge cases and errors.
@Suite struct JSONReaderTests {
    static let minimal = #""username":"u","caller_id":"c","send_as":"s","ciphers":[],"codecs":[],"encryption":"default","call_handler":"relay_context""#

    @Test func keysMatchInAnyOrderAndWithEscapes() throws {
        let value = try SipEndpointCreateRequest(
            jsonString: #" { "codecs" : [ "PCMU" ] ,"send_as":"s","caller_\u0069d":"c","username":"u","ciphers":[],"encryption":"optional","call_handler":"relay_context"}"#)
        #expect(value.callerId == "c")
        #expect(value.codecs == ["PCMU"])
        #expect(value.additionalFields.isEmpty)
    }

    /// A repeated key is refused at the second one, known or not (it used to keep the last value,
    /// or keep an unknown key twice and write it back twice).
    @Test func aRepeatedKeyIsRefused() throws {
        for (text, path) in [
            ("{\(Self.minimal),\"username\":\"again\"}", "$.username"),
            ("{\(Self.minimal),\"extra\":1,\"extra\":2}", "$.extra"),
        ] {
            do {
                _ = try SipEndpointCreateRequest(jsonString: text)
                Issue.record("accepted \(text)")
            } catch {
                #expect(error.pathDescription == path, "\(error)")
            }
        }
    }

    @Test func unknownValuesKeepTheirTextAndOrder() throws {
        let text = #"{"username":"u","b":{"x":[1.50E+3,-0,"\u00e9\n"],"a":null},"a":true}"#
        let value = try SipEndpointUpdateRequest(jsonString: text)
        #expect(value.additionalFields.map(\.key) == ["b", "a"])
        #expect(value.jsonString() == #"{"username":"u","b":{"x":[1.50E+3,-0,"é\n"],"a":null},"a":true}"#)
    }

    @Test func decodingAParsedValueGivesTheSameResult() throws {
        let bytes = try Golden.data("response.json")
        let direct = try SipEndpointResponse(jsonData: bytes)
        #expect(try SipEndpointResponse(json: JSONReader.parse(bytes)) == direct)
    }

    @Test(arguments: [
        (#"{"username":"u",}"#, "invalid JSON: expected a key at byte offset 16"),
        (#"{"username" "u"}"#, "invalid JSON: expected ':' at byte offset 12"),
        (#"{"username":"u"} x"#, "invalid JSON: unexpected text after the JSON value at byte offset 17"),
        (#"{"username":"u""#, "invalid JSON: unexpected end of input at byte offset 15"),
        (#"{"username":tru}"#, "invalid JSON: invalid literal at byte offset 12"),
        (#"{"username":"u","extra":[1 2]}"#, "invalid JSON: expected ',' or ']' at byte offset 27"),
        (#"{"username":5}"#, "$.username: expected a string, found a number"),
        (#"{"username":"u","ciphers":{"a":1}}"#, "$.ciphers: expected an array, found an object"),
        (#"["u"]"#, "$: expected an object, found an array"),
    ])
    func errorsSayWhatAndWhere(_ text: String, _ message: String) {
        #expect(throws: JSONDecodingError.self) { try SipEndpointUpdateRequest(jsonString: text) }
        do {
            _ = try SipEndpointUpdateRequest(jsonString: text)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func deepNestingInAnUnknownKeyIsRefused() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        do {
            _ = try SipEndpointUpdateRequest(jsonString: #"{"username":"u","deep":\#(deep)}"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("nested deeper than 512 levels"))
        }
        let fine = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect((try? SipEndpointUpdateRequest(jsonString: #"{"deep":\#(fine)}"#)) != nil)
    }

    @Test func invalidUTF8InAStringIsAnError() {
        var bytes = Array(#"{"username":"u"#.utf8)
        bytes += [0xFF, UInt8(ascii: "\""), UInt8(ascii: "}")]
        #expect(throws: JSONDecodingError.self) { try SipEndpointUpdateRequest(jsonData: bytes) }
    }
}
