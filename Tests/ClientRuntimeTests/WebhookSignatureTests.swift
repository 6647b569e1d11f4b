import Foundation
@testable import ClientRuntime
import Testing

/// The digests against their standards' vectors, and each signature scheme against values its
/// own documents give (or, where they give none, Python's `hmac` module): accepted as sent,
/// refused after any one-byte change.
@Suite struct WebhookSignatureTests {
    static func hex(_ bytes: [UInt8]) -> String { WebhookSignature.hex(bytes) }
    static let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
    static let twoBlocks = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)

    @Test func sha1MatchesFIPS180() {
        #expect(Self.hex(SHA1.hash([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(Self.hex(SHA1.hash(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(Self.hex(SHA1.hash(Self.twoBlocks)) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        #expect(Self.hex(SHA1.hash(Self.million)) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    @Test func sha256MatchesFIPS180() {
        #expect(Self.hex(SHA256.hash([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(Self.hex(SHA256.hash(Array("abc".utf8))) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Self.hex(SHA256.hash(Self.twoBlocks)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(Self.hex(SHA256.hash(Self.million)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func hmacMatchesRFC2202AndRFC4231() {
        let longKeyMessage = Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)
        #expect(Self.hex(HMAC.sha1(key: [UInt8](repeating: 0x0B, count: 20), message: Array("Hi There".utf8))) == "b617318655057264e28bc0b6fb378c8ef146be00")
        #expect(Self.hex(HMAC.sha1(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))) == "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79")
        #expect(Self.hex(HMAC.sha1(key: [UInt8](repeating: 0xAA, count: 80), message: longKeyMessage)) == "aa4ae5e15272d00e95705637ce8a3b55ed402112")
        #expect(Self.hex(HMAC.sha256(key: [UInt8](repeating: 0x0B, count: 20), message: Array("Hi There".utf8))) == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(Self.hex(HMAC.sha256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(Self.hex(HMAC.sha256(key: [UInt8](repeating: 0xAA, count: 131), message: longKeyMessage)) == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    // MARK: SignalWire and Twilio

    /// The example of Twilio's "Validating requests" document (auth token 12345), which the
    /// Compatibility API signs the same way.
    static let formURL = "https://mycompany.com/myapp.php?foo=1&bar=2"
    static let formBody = Data("CallSid=CA1234567890ABCDE&Caller=%2B12349013030&Digits=1234&From=%2B12349013030&To=%2B18005551212".utf8)
    static let formHeaders = [("Content-Type", "application/x-www-form-urlencoded"), ("X-SignalWire-Signature", "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")]

    /// A RELAY/fabric JSON webhook signed as hex HMAC-SHA1 of URL and body (Python's `hmac`).
    static let relayURL = "https://example.com/hooks/relay"
    static let relayBody = Data(#"{"event_type":"calling.call.state","params":{"call_state":"answered"}}"#.utf8)
    static let relayHeaders = [("Content-Type", "application/json"), ("X-SignalWire-Signature", "d12f0e29ab35152e2a60e08f08ddf87b283fc347")]

    @Test func signalWireSignaturesAreAccepted() throws {
        try WebhookSignature.verifySignalWire(url: Self.formURL, headers: Self.formHeaders, body: Self.formBody, signingKey: "12345")
        try WebhookSignature.verifySignalWire(url: Self.relayURL, headers: Self.relayHeaders, body: Self.relayBody, signingKey: "PSK_signing_key")
        // The URL with its default port, as some senders sign it; Twilio's header name.
        try WebhookSignature.verifySignalWire(
            url: "https://mycompany.com:443/myapp.php?foo=1&bar=2", headers: [("Content-Type", "application/x-www-form-urlencoded"), ("X-Twilio-Signature", "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")],
            body: Self.formBody, signingKey: "12345")
        // A JSON body signed through `bodySHA256` (the Compatibility form; Python's `hmac` and `hashlib`).
        let hashed = "https://example.com/hooks/status?bodySHA256=d08fc5c6c69366eb5febde8f4250c1860728271f2752e8608438b304066cfdef"
        try WebhookSignature.verifySignalWire(
            url: hashed, headers: [("Content-Type", "application/json"), ("X-SignalWire-Signature", "rIrOaO2xH/oaSRX2KBgYqjkOGxY=")],
            body: Self.relayBody, signingKey: "PSK_signing_key")
    }

    /// A webhook the spec or config says is signed: its payload is read only once the signature holds.
    enum RelayEvent: SignedWebhook {
        typealias Payload = JSONValue
        static let name = "relayEvent"
        static let method = "POST"
        static let answerStatus = 200
        static let signature = WebhookSignature.Scheme.signalWire
    }

    @Test func aSignedWebhooksPayloadIsReadOnlyWhenItsSignatureHolds() throws {
        let payload = try RelayEvent.verifiedPayload(url: Self.relayURL, headers: Self.relayHeaders, body: Self.relayBody, key: "PSK_signing_key")
        #expect(payload.jsonString() == #"{"event_type":"calling.call.state","params":{"call_state":"answered"}}"#)
        #expect(throws: WebhookSignatureError.mismatch("the signature does not match the URL and body signed with this key")) {
            try RelayEvent.verifiedPayload(url: Self.relayURL, headers: Self.relayHeaders, body: Self.relayBody, key: "another key")
        }
        #expect(throws: WebhookSignatureError.missing("the request has no X-SignalWire-Signature header")) {
            try RelayEvent.verifiedPayload(url: Self.relayURL, headers: [("Content-Type", "application/json")], body: Self.relayBody, key: "PSK_signing_key")
        }
        // The scheme chosen at run time, as `SignedWebhook` does with the generated one.
        try WebhookSignature.verify(.signalWire, url: Self.formURL, headers: Self.formHeaders, body: Self.formBody, key: "12345")
        #expect(throws: WebhookSignatureError.self) {
            try WebhookSignature.verify(.standardWebhooks, url: Self.formURL, headers: Self.formHeaders, body: Self.formBody, key: "12345")
        }
    }

    @Test func everyOneByteChangeIsRefused() {
        func refused(url: String, headers: [(String, String)], body: Data, key: String) -> Bool {
            do {
                try WebhookSignature.verifySignalWire(url: url, headers: headers, body: body, signingKey: key)
                return false
            } catch {
                return true
            }
        }
        for (url, headers, body, key) in [(Self.formURL, Self.formHeaders, Self.formBody, "12345"), (Self.relayURL, Self.relayHeaders, Self.relayBody, "PSK_signing_key")] {
            for index in body.indices {
                var changed = body
                changed[index] ^= 0x01
                #expect(refused(url: url, headers: headers, body: changed, key: key), "body byte \(index)")
            }
            for index in url.utf8.indices {
                var bytes = Array(url.utf8)
                bytes[url.utf8.distance(from: url.utf8.startIndex, to: index)] ^= 0x01
                #expect(refused(url: String(decoding: bytes, as: UTF8.self), headers: headers, body: body, key: key), "URL byte \(index)")
            }
            let signature = headers[1].1
            for index in signature.indices {
                var changed = Array(signature.utf8)
                changed[signature.distance(from: signature.startIndex, to: index)] ^= 0x01
                #expect(refused(url: url, headers: [headers[0], (headers[1].0, String(decoding: changed, as: UTF8.self))], body: body, key: key))
            }
            #expect(refused(url: url, headers: [headers[0], (headers[1].0, String(signature.dropLast()))], body: body, key: key))
            #expect(refused(url: url, headers: headers, body: body, key: key + "x"))
        }
        #expect(throws: WebhookSignatureError.missing("the request has no X-SignalWire-Signature header")) {
            try WebhookSignature.verifySignalWire(url: Self.relayURL, headers: [("Content-Type", "application/json")], body: Self.relayBody, signingKey: "k")
        }
    }

    // MARK: Standard Webhooks

    /// The example of the Standard Webhooks specification.
    static let standardHeaders = [
        ("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"), ("webhook-timestamp", "1614265330"),
        ("webhook-signature", "v1,bm9ldHZhbGlk v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="),
    ]
    static let standardBody = Data(#"{"test": 2432232314}"#.utf8)
    static let standardSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    static let signedAt = Date(timeIntervalSince1970: 1_614_265_330)

    @Test func standardWebhooksAreAcceptedWithinTheTolerance() throws {
        try WebhookSignature.verifyStandardWebhook(headers: Self.standardHeaders, body: Self.standardBody, secret: Self.standardSecret, now: Self.signedAt)
        try WebhookSignature.verifyStandardWebhook(
            headers: Self.standardHeaders, body: Self.standardBody, secret: Self.standardSecret, now: Self.signedAt.addingTimeInterval(299))
    }

    @Test func standardWebhooksRefuseChangesAndStaleTimestamps() {
        func reason(_ headers: [(String, String)], _ body: Data, now: Date = Self.signedAt) -> WebhookSignatureError? {
            do {
                try WebhookSignature.verifyStandardWebhook(headers: headers, body: body, secret: Self.standardSecret, now: now)
                return nil
            } catch {
                return error
            }
        }
        for index in Self.standardBody.indices {
            var changed = Self.standardBody
            changed[index] ^= 0x01
            #expect(reason(Self.standardHeaders, changed) != nil)
        }
        var otherID = Self.standardHeaders
        otherID[0].1 = "msg_p5jXN8AQM9LWM0D4loKWxJeK"
        #expect(reason(otherID, Self.standardBody) != nil)
        var otherTime = Self.standardHeaders
        otherTime[1].1 = "1614265331"
        #expect(reason(otherTime, Self.standardBody, now: Self.signedAt) != nil)
        #expect(reason(Self.standardHeaders, Self.standardBody, now: Self.signedAt.addingTimeInterval(301))
            == .stale("the request was signed 301 s from now, more than the 300 s allowed"))
        #expect(reason(Array(Self.standardHeaders.prefix(2)), Self.standardBody) == .missing("the request has no webhook-signature header"))
    }
}
