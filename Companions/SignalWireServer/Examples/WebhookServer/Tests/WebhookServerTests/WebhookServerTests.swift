import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SignalWireWebhooks
import Testing
@testable import WebhookServer

/// The example server on loopback, sent the requests SignalWire sends: signed ones are read with
/// the generated `Webhooks` types and answered as documented; forged, unsigned or altered ones are
/// refused before anything is read.
///
/// The signatures were made with Python's `hmac`, independently of the module, for the key
/// `PSK_example_signing_key` and the public URL `https://hooks.example.com` + the route:
/// - forms: `base64(hmac.new(key, url + "".join(k + v for k, v in sorted(fields)), sha1).digest())`
/// - JSON: `hmac.new(key, url + body, sha1).hexdigest()`
/// The bodies are the payload examples of the official specs (`Webhooks.X.example`).
@Suite struct WebhookServerTests {
    static let settings = WebhookServerSettings(publicURL: "https://hooks.example.com/", signingKey: "PSK_example_signing_key")
    static let form = "application/x-www-form-urlencoded"

    static let voiceStatus = "AccountSid=b3877c40-da60-4998-90ad-b792e98472af&ApiVersion=2010-04-01&AudioInAveragePtime=20&AudioInDtmfPacketCount=0&AudioInFlushPacketCount=2&AudioInJitterMaxVariance=8&AudioInJitterMinVariance=1&AudioInLargestJbSize=4&AudioInMos=4.3&AudioInMediaPacketCount=1842&AudioInSkipPacketCount=1&AudioOutDtmfPacketCount=0&AudioOutMediaPacketCount=1840&CallbackSource=call-progress-events&CallSid=b3877c40-da60-4998-90ad-b792e98472ca&CallStatus=completed&Direction=outbound-api&From=%2B15551234567&SequenceNumber=4&Timestamp=Thu%2C+04+Apr+2024+18%3A32%3A15+%2B0000&To=%2B15559876543"
    static let voiceStatusSignature = "ot/oQt6tviA4yBJuzu2ohhPra3o="
    static let smsStatus = "MessageStatus=delivered&MessageSid=b3877c40-da60-4998-90ad-b792e98472ms&AccountSid=b3877c40-da60-4998-90ad-b792e98472af&From=%2B15551234567&To=%2B15559876543&Body=Hey%2C+your+order+has+shipped%21&NumMedia=0&NumSegments=1"
    static let smsStatusSignature = "E46ktsJtcCMmk7HnoaMNsCDbFbM="
    /// The voice status form without its required `CallSid`, signed.
    static let voiceStatusWithoutCallSid = "AccountSid=b3877c40-da60-4998-90ad-b792e98472af&ApiVersion=2010-04-01&AudioInAveragePtime=20&AudioInDtmfPacketCount=0&AudioInFlushPacketCount=2&AudioInJitterMaxVariance=8&AudioInJitterMinVariance=1&AudioInLargestJbSize=4&AudioInMos=4.3&AudioInMediaPacketCount=1842&AudioInSkipPacketCount=1&AudioOutDtmfPacketCount=0&AudioOutMediaPacketCount=1840&CallbackSource=call-progress-events&CallStatus=completed&Direction=outbound-api&From=%2B15551234567&SequenceNumber=4&Timestamp=Thu%2C+04+Apr+2024+18%3A32%3A15+%2B0000&To=%2B15559876543"
    static let voiceStatusWithoutCallSidSignature = "ROW6XhGP8juQGgCn9niLNsMS0jo="
    static let inboundCall = #"{"call":{"call_id":"c2d3e4f5-a6b7-8901-cdef-234567890abc","node_id":"a1b2c3d4-1111-2222-3333-444455556666","segment_id":"d3e4f5a6-b7c8-9012-defa-345678901bcd","call_state":"created","direction":"inbound","type":"sip","from":"sip:user@example.com","to":"sip:destination@yourdomain.com","headers":[],"project_id":"b2c3d4e5-f6a7-8901-bcde-f12345678901","space_id":"d3e4f5a6-b7c8-9012-defa-345678901bcd"},"vars":{"user_selection":"1"},"envs":{"api_key":"<YOUR_API_KEY>","webhook_url":"https://example.com/webhook","id":"12345","case_number":"54321"},"params":{"department":"sales"}}"#
    static let inboundCallSignature = "88f3ad8b39e339d1affcad523df0b99460e15eec"
    static let messageStatus = #"{"id":"a1b2c3d4-e5f6-7890-abcd-ef1234567890","project_id":"b2c3d4e5-f6a7-8901-bcde-f12345678901","status":"delivered","to":"+15551234567","from":"+15559876543","body":"Hello World!","number_of_segments":1,"timestamp":"2026-03-17T22:26:57Z","error_code":null,"error_message":null}"#
    static let messageStatusSignature = "ec6cc911c1b48a8f6c086fff94d685e9dd55421a"

    /// Runs `test` against the server listening on a loopback port, then gives what it recorded.
    func withServer(_ test: @Sendable (any TestClientProtocol) async throws -> Void) async throws -> [ReceivedEvents.Event] {
        let events = ReceivedEvents()
        let app = makeApplication(settings: Self.settings, events: events, port: 0)
        try await app.test(.live, test)
        return await events.events
    }

    static func post(
        _ client: some TestClientProtocol, _ path: String, type: String, signature: String?, body: String
    ) async throws -> (status: HTTPTypes.HTTPResponse.Status, body: String) {
        var headers: HTTPFields = [.contentType: type]
        if let signature { headers[HTTPField.Name("X-SignalWire-Signature")!] = signature }
        return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
            (response.status, String(buffer: response.body))
        }
    }

    @Test func signedStatusCallbacksAsFormsAreReadAndAnswered() async throws {
        let events = try await withServer { client in
            let voice = try await Self.post(client, "/signalwire/voice-status", type: Self.form, signature: Self.voiceStatusSignature, body: Self.voiceStatus)
            #expect(voice.status == .ok && voice.body == "")
            let sms = try await Self.post(client, "/signalwire/sms-status", type: Self.form, signature: Self.smsStatusSignature, body: Self.smsStatus)
            #expect(sms.status == .ok && sms.body == "")
        }
        #expect(events == [
            .callStatus(callSid: "b3877c40-da60-4998-90ad-b792e98472ca", status: .completed),
            .smsStatus(messageSid: "b3877c40-da60-4998-90ad-b792e98472ms", status: .delivered),
        ])
    }

    @Test func signedJSONWebhooksAreReadAndAnswered() async throws {
        let events = try await withServer { client in
            let call = try await Self.post(client, "/signalwire/inbound-call", type: "application/json", signature: Self.inboundCallSignature, body: Self.inboundCall)
            #expect(call.status == .ok)
            let message = try await Self.post(client, "/signalwire/message-status", type: "application/json", signature: Self.messageStatusSignature, body: Self.messageStatus)
            #expect(message.status == .ok)
        }
        #expect(events == [
            .inboundCall(callID: "c2d3e4f5-a6b7-8901-cdef-234567890abc", from: "sip:user@example.com", to: "sip:destination@yourdomain.com"),
            .messageStatus(id: "a1b2c3d4-e5f6-7890-abcd-ef1234567890", status: .delivered),
        ])
    }

    @Test func forgedUnsignedAndAlteredRequestsAreRefusedUnread() async throws {
        let events = try await withServer { client in
            // Signed with another key.
            var forged = Self.voiceStatusSignature
            forged.replaceSubrange(forged.startIndex...forged.startIndex, with: forged.first == "A" ? "B" : "A")
            let status1 = try await Self.post(client, "/signalwire/voice-status", type: Self.form, signature: forged, body: Self.voiceStatus).status
            #expect(status1 == .forbidden)
            // No signature.
            let status2 = try await Self.post(client, "/signalwire/inbound-call", type: "application/json", signature: nil, body: Self.inboundCall).status
            #expect(status2 == .forbidden)
            // A field changed after signing.
            let altered = Self.voiceStatus.replacingOccurrences(of: "CallStatus=completed", with: "CallStatus=failed")
            let status3 = try await Self.post(client, "/signalwire/voice-status", type: Self.form, signature: Self.voiceStatusSignature, body: altered).status
            #expect(status3 == .forbidden)
            // A JSON body changed after signing.
            let json = Self.messageStatus.replacingOccurrences(of: "delivered", with: "failed")
            let status4 = try await Self.post(client, "/signalwire/message-status", type: "application/json", signature: Self.messageStatusSignature, body: json).status
            #expect(status4 == .forbidden)
            // A signature made for another route (the URL is signed too).
            let status5 = try await Self.post(client, "/signalwire/sms-status", type: Self.form, signature: Self.voiceStatusSignature, body: Self.voiceStatus).status
            #expect(status5 == .forbidden)
        }
        #expect(events == [])
    }

    @Test func aSignedBodyThatIsNotThePayloadIsABadRequest() async throws {
        let events = try await withServer { client in
            let answer = try await Self.post(
                client, "/signalwire/voice-status", type: Self.form, signature: Self.voiceStatusWithoutCallSidSignature, body: Self.voiceStatusWithoutCallSid)
            #expect(answer.status == .badRequest)
        }
        #expect(events == [])
    }

    @Test func aBodyOverTheLimitIsRefusedBeforeItIsRead() async throws {
        let events = try await withServer { client in
            let large = String(repeating: "A", count: Self.settings.maximumBodySize + 1)
            let status6 = try await Self.post(client, "/signalwire/voice-status", type: Self.form, signature: Self.voiceStatusSignature, body: large).status
            #expect(status6 == .contentTooLarge)
        }
        #expect(events == [])
    }
}
