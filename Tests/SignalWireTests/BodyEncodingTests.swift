import Foundation
@testable import SignalWire
import Testing

/// Form and multipart bodies, made from a body's JSON.
@Suite struct BodyEncodingTests {
    let request = SipEndpointCreateRequest(
        username: "my endpoint", callerId: "+1555&x=y", sendAs: "a", ciphers: [.aeadAes256Gcm8, .aesCm128HmacSha180],
        codecs: [], encryption: .required, callHandler: .default, callingHandlerResourceId: nil,
        additionalFields: ["extra": ["nested": "v"]])

    @Test func formFieldsArePercentEncodedArraysRepeatNullsAreLeftOut() throws {
        let (type, data) = try BodyEncoding.form.encode(request)
        #expect(type == "application/x-www-form-urlencoded")
        #expect(String(decoding: data, as: UTF8.self)
            == "username=my%20endpoint&caller_id=%2B1555%26x%3Dy&send_as=a&ciphers=AEAD_AES_256_GCM_8&ciphers=AES_CM_128_HMAC_SHA1_80&encryption=required&call_handler=default&extra%5Bnested%5D=v")
    }

    /// Only ASCII letters and digits stay as they are: other letters are their UTF-8 bytes, percent-encoded.
    @Test func formFieldsPercentEncodeLettersBeyondASCII() throws {
        var named = request
        named.username = "José Ünal ✓"
        let (_, data) = try BodyEncoding.form.encode(named)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("username=Jos%C3%A9%20%C3%9Cnal%20%E2%9C%93&"))
    }

    @Test func multipartHasAPartPerFieldAndJSONForObjects() throws {
        let (type, data) = try BodyEncoding.multipart.encode(request)
        let boundary = try #require(type.components(separatedBy: "boundary=").last)
        #expect(type.hasPrefix("multipart/form-data; boundary=openapi-swift-gen-"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("--\(boundary)\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nmy endpoint\r\n"))
        #expect(text.components(separatedBy: "name=\"ciphers\"").count == 3)
        #expect(text.contains("name=\"extra\"\r\nContent-Type: application/json\r\n\r\n{\"nested\":\"v\"}\r\n"))
        #expect(!text.contains("calling_handler_resource_id"))
        #expect(text.hasSuffix("--\(boundary)--\r\n"))
    }
}
