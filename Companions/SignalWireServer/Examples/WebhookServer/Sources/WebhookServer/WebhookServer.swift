import Foundation
import HTTPTypes
import Hummingbird
import Logging
import SignalWireWebhooks

/// The example's settings: where SignalWire sends, and the key it signs with.
public struct WebhookServerSettings: Sendable {
    /// The URL SignalWire was given, without the path (`https://hooks.example.com`): a signature
    /// covers the whole URL as SignalWire saw it, which behind a proxy or tunnel is not the one
    /// this server listens on.
    public var publicURL: String
    /// The project's signing key (SignalWire's dashboard, API page).
    public var signingKey: String
    /// The largest body read; a larger one is refused before it is read whole.
    public var maximumBodySize = 1 << 20

    public init(publicURL: String, signingKey: String) {
        self.publicURL = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        self.signingKey = signingKey
    }
}

/// What the server received and verified, in order: the example's stand-in for an app's database
/// or queue.
public actor ReceivedEvents {
    public enum Event: Sendable, Equatable {
        /// A Compatibility API call changed status (a form body).
        case callStatus(callSid: String, status: VoiceStatusCallbackPayload.CallStatus)
        /// A Compatibility API message changed status (a form body).
        case smsStatus(messageSid: String, status: SmsStatusCallbackPayload.MessageStatus)
        /// A call arrived at a fabric resource (JSON).
        case inboundCall(callID: String, from: String, to: String)
        /// A message sent through the REST API changed status (JSON).
        case messageStatus(id: String, status: MessageMessageStatus)
    }

    public private(set) var events: [Event] = []

    public init() {}

    func append(_ event: Event) {
        events.append(event)
    }
}

/// The routes: one per webhook, each reading the request with the generated `Webhooks` type once
/// its `X-SignalWire-Signature` holds, recording what it says and answering as the spec documents.
///
/// - `403` when the signature is missing or does not match (nothing is read);
/// - `400` when a signed body is not the documented payload;
/// - `413` when the body is larger than the settings allow.
public func makeRouter(settings: WebhookServerSettings, events: ReceivedEvents) -> Router<BasicRequestContext> {
    let router = Router()
    router.post("/signalwire/voice-status") { request, context in
        try await receive(Webhooks.VoiceStatusCallback.self, request, context, settings) { payload in
            await events.append(.callStatus(callSid: payload.callSid, status: payload.callStatus))
        }
    }
    router.post("/signalwire/sms-status") { request, context in
        try await receive(Webhooks.SmsStatusCallback.self, request, context, settings) { payload in
            await events.append(.smsStatus(messageSid: payload.messageSid, status: payload.messageStatus))
        }
    }
    router.post("/signalwire/inbound-call") { request, context in
        try await receive(Webhooks.InboundCallWebhook.self, request, context, settings) { payload in
            await events.append(.inboundCall(callID: payload.call.callId, from: payload.call.from, to: payload.call.to))
        }
    }
    router.post("/signalwire/message-status") { request, context in
        try await receive(Webhooks.MessageStatusCallback.self, request, context, settings) { payload in
            await events.append(.messageStatus(id: payload.id.rawValue, status: payload.status))
        }
    }
    return router
}

/// The server on `host`:`port`; `onRunning` is told the port it listens on (port 0 picks one).
public func makeApplication(
    settings: WebhookServerSettings, events: ReceivedEvents, host: String = "127.0.0.1", port: Int = 8080,
    logger: Logger = Logger(label: "signalwire-webhook-server")
) -> some ApplicationProtocol {
    Application(
        router: makeRouter(settings: settings, events: events),
        configuration: .init(address: .hostname(host, port: port), serverName: "signalwire-webhook-server"),
        logger: logger
    )
}

/// Reads one webhook request: body, signature, payload, then the documented answer.
func receive<Hook: SignedWebhook>(
    _ hook: Hook.Type, _ request: Request, _ context: BasicRequestContext, _ settings: WebhookServerSettings,
    handle: (Hook.Payload) async -> Void
) async throws -> Response where Hook.Answer == Void {
    let body: Data
    do {
        var request = request
        body = Data(try await request.collectBody(upTo: settings.maximumBodySize).readableBytesView)
    } catch let error as HTTPError where error.status == .contentTooLarge {
        return Response(status: .contentTooLarge)
    }
    let headers = request.headers.map { ($0.name.canonicalName, $0.value) }
    let url = settings.publicURL + (request.head.path ?? "/")
    let payload: Hook.Payload
    do {
        payload = try Hook.verifiedPayload(url: url, headers: headers, body: body, key: settings.signingKey)
    } catch let error as WebhookSignatureError {
        context.logger.notice("refused \(Hook.name): \(error)")
        return Response(status: .forbidden)
    } catch {
        context.logger.notice("\(Hook.name): the signed body is not the documented payload: \(error)")
        return Response(status: .badRequest)
    }
    await handle(payload)
    let answer = Hook.answer()
    var fields = HTTPFields()
    for header in answer.headers {
        if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
    }
    return Response(
        status: .init(code: answer.status), headers: fields,
        body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body))
    )
}
