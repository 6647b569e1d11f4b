import Foundation
import SignalWire
import Testing

/// The vendored module checks SignalWire's signatures although the seed spec has no webhooks:
/// the repository's config names the scheme (`webhook-signature: signalwire`).
@Suite struct SignalWireWebhookSignatureTests {
    /// A fabric JSON webhook, signed as the hex HMAC-SHA1 of URL and body with Python's `hmac`:
    /// `hmac.new(b"PSK_signing_key", url + body, hashlib.sha1).hexdigest()`.
    static let url = "https://example.com/hooks/relay"
    static let body = Data(#"{"event_type":"calling.call.state","params":{"call_state":"answered"}}"#.utf8)

    @Test func aSignedFabricWebhookIsAcceptedAndAForgedOneRefused() throws {
        let signed = [("Content-Type", "application/json"), ("X-SignalWire-Signature", "d12f0e29ab35152e2a60e08f08ddf87b283fc347")]
        try WebhookSignature.verify(.signalWire, url: Self.url, headers: signed, body: Self.body, key: "PSK_signing_key")
        let forged = [("Content-Type", "application/json"), ("X-SignalWire-Signature", "d12f0e29ab35152e2a60e08f08ddf87b283fc348")]
        #expect(throws: WebhookSignatureError.mismatch("the signature does not match the URL and body signed with this key")) {
            try WebhookSignature.verifySignalWire(url: Self.url, headers: forged, body: Self.body, signingKey: "PSK_signing_key")
        }
    }
}
