import Foundation
import SignalWire
import Testing

/// Decoding and encoding again gives the same bytes: nullable, absent, unknown values and keys.
@Suite struct RoundTripTests {
    /// A schema default is read through `xOrDefault`; the key stays absent and is never sent.
    @Test func anAbsentKeyWithADefaultStaysAbsentAndReadsItsDefault() throws {
        let empty = try SipEndpointUpdateRequest(jsonString: "{}")
        #expect(empty.encryption == nil)
        #expect(empty.encryptionOrDefault == .default)
        #expect(empty.jsonString() == "{}")
        let set = try SipEndpointUpdateRequest(jsonString: #"{"encryption":"required"}"#)
        #expect(set.encryptionOrDefault == .required)
        #expect(set.jsonString() == #"{"encryption":"required"}"#)
    }

    @Test func documentedResponseDecodesToItsDocumentedValues() throws {
        let text = try Golden.text("response.json")
        let value = try SipEndpointResponse(jsonString: text)
        #expect(value.type == "sip_endpoint")
        #expect(value.id == "67075301-69b2-4fc3-8a2c-c95a69a5665e")
        #expect(value.id.uuid != nil)
        #expect(value.username == "c3p0")
        #expect(value.callerId == "C-3P0")
        #expect(value.sendAs == "random")
        #expect(value.ciphers == ["string"])
        #expect(value.codecs == ["string"])
        #expect(value.encryption == .required)
        #expect(value.callHandler == .aiAgent)
        #expect(value.callingHandlerResourceId == "fe4093d9-58c2-4931-b4b9-5679f82652c6")
        #expect(value.callRequestUrl == "string")
        #expect(value.callRequestMethod == .post)
        #expect(value.callFallbackUrl == "string")
        #expect(value.callFallbackMethod == .post)
        #expect(value.callStatusCallbackUrl == "string")
        #expect(value.callStatusCallbackMethod == .post)
        #expect(value.callLamlApplicationId == "string")
        #expect(value.callDialogflowAgentId == "string")
        #expect(value.callRelayTopic == "office")
        #expect(value.callRelayTopicStatusCallbackUrl == "https://myapplication/handle_relay_callbacks")
        #expect(value.callRelayContext == "string")
        #expect(value.callRelayContextStatusCallbackUrl == "https://myapplication/handle_relay_callbacks")
        #expect(value.callRelayApplication == "string")
        #expect(value.callVideoRoomId == "string")
        #expect(value.callVideoRoomId?.uuid == nil)
        #expect(value.callRelayScriptUrl == "https://dev.signalwire.com/relay-bins/f9d13f68-f71e-4042-95bb-b07b9e2f2f92")
        #expect(value.additionalFields.isEmpty)
        #expect(value.jsonString(pretty: true) == text)
    }

    /// Every golden response, decoded and encoded again in the same form, byte for byte.
    @Test(arguments: [
        "response.json", "response.compact.json", "response-all-null.json", "response-all-null.compact.json",
        "response-required-nullable-absent.compact.json", "response-unknown-enum-values.json",
        "response-unknown-keys.json",
    ])
    func responseRoundTripsByteForByte(_ name: String) throws {
        let data = try Golden.data(name)
        let value = try SipEndpointResponse(jsonData: data)
        let pretty = !name.hasSuffix(".compact.json")
        #expect(value.jsonString(pretty: pretty) == String(decoding: data, as: UTF8.self))
    }

    @Test func explicitNullsAreKeptApartFromValues() throws {
        let value = try SipEndpointResponse(jsonData: try Golden.data("response-all-null.json"))
        #expect(value.callerId == nil)
        #expect(value.$callerId == .null)
        #expect(value.$callHandler == .null)
        #expect(value.$callRelayScriptUrl == .null)
        #expect(value.username == "c3p0")
    }

    @Test func absentRequiredNullableKeysStayAbsent() throws {
        var value = try SipEndpointResponse(jsonData: try Golden.data("response-required-nullable-absent.compact.json"))
        #expect(value.$callerId == .absent)
        #expect(value.$callVideoRoomId == .absent)
        #expect(!value.jsonString().contains("\"caller_id\""))
        value.callerId = nil  // set on purpose: a required nullable key is then written as null
        #expect(value.jsonString().contains("\"caller_id\":null"))
    }

    @Test func unknownEnumValuesDecodeAndEncodeUnchanged() throws {
        let value = try SipEndpointResponse(jsonData: try Golden.data("response-unknown-enum-values.json"))
        #expect(value.encryption == .undocumented("strict"))
        #expect(value.encryption.rawValue == "strict")
        #expect(value.callHandler?.rawValue == "relay_app")
        #expect(value.callRequestMethod == "PUT")
        #expect(Ciphers(rawValue: "ROT13") == .undocumented("ROT13"))
    }

    @Test func unknownKeysAreKeptInOrder() throws {
        let value = try SipEndpointResponse(jsonData: try Golden.data("response-unknown-keys.json"))
        #expect(value.additionalFields.map(\.key) == ["region", "labels", "flag"])
        #expect(value.additionalFields["flag"] == true)
    }

    @Test func decodingErrorsNameThePath() throws {
        #expect(throws: JSONDecodingError.self) { try SipEndpointResponse(jsonString: "{") }
        do {
            _ = try SipEndpointCreateRequest(jsonString: #"{"username":"u","caller_id":"c","send_as":"s","ciphers":[1]}"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "$.ciphers[0]: expected a string, found a number")
        }
        do {
            _ = try SipEndpointCreateRequest(jsonString: #"{"caller_id":"c"}"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "$: required key 'username' is missing")
        }
    }
}

/// What the request encoder writes for required, optional and nullable fields.
@Suite struct RequestEncodingTests {
    static func request(id: UUIDString? = nil, resource: UUIDString?) -> SipEndpointCreateRequest {
        SipEndpointCreateRequest(
            id: id, username: "my-endpoint", callerId: "+15551234567", sendAs: "+15551234567",
            ciphers: [.aeadAes256Gcm8], codecs: [.opus], encryption: .required,
            callHandler: "relay_app", callingHandlerResourceId: resource)
    }

    @Test func pageExampleEncodesToTheGoldenBody() throws {
        #expect(Self.request(resource: "resource-id").jsonData() == (try Golden.data("create-request.json")))
    }

    @Test func nilRequiredNullableIsWrittenAsNull() {
        let text = Self.request(resource: nil).jsonString()
        #expect(text.hasSuffix(#""call_handler":"relay_app","calling_handler_resource_id":null}"#))
    }

    @Test func omittedOptionalIsNotWritten() {
        #expect(!Self.request(resource: nil).jsonString().contains("\"id\""))
        let withID = Self.request(id: "993ed018-9e79-4e50-b97b-984bd5534095", resource: nil).jsonString()
        #expect(withID.hasPrefix(#"{"id":"993ed018-9e79-4e50-b97b-984bd5534095","username":"my-endpoint""#))
    }

    @Test func explicitNullCanBeSentForAnOptionalKey() {
        var request = Self.request(resource: nil)
        request.$id = .null
        #expect(request.jsonString().hasPrefix(#"{"id":null,"username""#))
    }

    @Test func openEnumsAcceptLiteralsAndCompareByWireValue() {
        let codec: Codecs = "OPUS@48000H@20I"
        #expect(codec == .opus48000h20i)
        #expect(Codecs.undocumented("OPUS") == .opus)
        #expect(CallHandlerType(rawValue: "block-pstn") == .blockPstn)
        #expect(Encryption.documentedCases.map(\.rawValue) == ["required", "optional", "default"])
        #expect("\(Codecs.opus48000h20i)" == "OPUS@48000H@20I")
    }

    @Test func prettyFormUsesTheDocumentedStyle() {
        let request = SipEndpointCreateRequest(
            username: "u", callerId: "c", sendAs: "s", ciphers: [], codecs: [.pcmu], encryption: .default,
            callHandler: .default, callingHandlerResourceId: nil, additionalFields: ["extra": ["nested": [:]]])
        #expect(request.jsonString(pretty: true) == """
            {
              "username": "u",
              "caller_id": "c",
              "send_as": "s",
              "ciphers": [],
              "codecs": [
                "PCMU"
              ],
              "encryption": "default",
              "call_handler": "default",
              "calling_handler_resource_id": null,
              "extra": {
                "nested": {}
              }
            }
            """)
    }
}
