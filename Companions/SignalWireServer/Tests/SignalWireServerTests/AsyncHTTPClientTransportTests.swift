import Foundation
import SignalWire
import SignalWireServer
import TestSupport
import Testing

/// What the fault cases of `ResilienceTests` (run here over AsyncHTTPClient too) do not show: the
/// exact request of the create call, a stream given as it arrives, a file body sent from disk.
@Suite(.serialized) struct AsyncHTTPClientTransportTests {
    /// The documented response of the seed's create call.
    static let response = try! Data(contentsOf: URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../../../Tests/SignalWireTests/Golden/response.json").standardizedFileURL)

    /// Numbers recorded across tasks (the fault cases' recorder).
    typealias Waits = ResilienceTests.Waits

    static func client(host: String, waits: Waits = Waits(), timeout: Double = 5) throws -> SignalWireClient {
        var retry = RetryPolicy()
        retry.sleep = { waits.record($0) }
        retry.jitter = { $0 }
        return try SignalWireClient(
            project: "your-project-id", token: "your-api-token", host: host,
            transport: AsyncHTTPClientTransport(), options: RequestOptions(timeout: timeout, retry: retry))
    }

    static func create(_ client: SignalWireClient) async throws -> SipEndpointResponse {
        try await client.fabric.sipEndpoints.create(
            username: "my-endpoint", callerId: "+15551234567", sendAs: "+15551234567",
            ciphers: [.aeadAes256Gcm8], codecs: [.opus], encryption: .required,
            callHandler: "relay_app", callingHandlerResourceId: "resource-id")
    }

    @Test func theCreateCallSendsTheDocumentedRequestAndDecodesTheAnswer() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, headers: [("Content-Type", "application/json")], body: Self.response) }
        defer { server.stop() }
        let endpoint = try await Self.create(try Self.client(host: server.host))
        #expect(endpoint.username == "c3p0" && endpoint.callHandler == "ai_agent")
        let request = try #require(server.requests.first)
        #expect(request.method == "POST" && request.path == "/api/fabric/resources/sip_endpoints")
        #expect(request.header("Authorization") == "Basic " + Data("your-project-id:your-api-token".utf8).base64EncodedString())
        #expect(request.header("Content-Type") == "application/json")
        let sent = try JSONSerialization.jsonObject(with: request.body) as? [String: Any]
        #expect(sent?["username"] as? String == "my-endpoint" && sent?["call_handler"] as? String == "relay_app")
    }

    /// A streamed answer gives its first chunk before the rest is sent.
    @Test func aStreamGivesItsFirstChunkBeforeTheRestIsSent() async throws {
        let gotFirst = Signal()
        let heldBack = Signal()
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "text/event-stream")], stream: .gated([
                Data("data: one\n\n".utf8), Data("data: two\n\n".utf8),
            ], gate: { index in
                if index == 1, gotFirst.wait(seconds: 60) { heldBack.raise() }
            }))
        }
        defer { server.stop() }
        let transport = AsyncHTTPClientTransport()
        let response = try await transport.stream(HTTPRequest(method: "GET", url: URL(string: "http://\(server.host)/events")!), uploadProgress: nil)
        #expect(response.status == 200)
        var text = ""
        for try await chunk in response.body {
            text += String(decoding: chunk, as: UTF8.self)
            if text.contains("one") { gotFirst.raise() }
        }
        #expect(text == "data: one\n\ndata: two\n\n")
        #expect(heldBack.wait(seconds: 0))
    }

    /// A file body is sent from disk, its length known, with progress up to its size.
    @Test func aFileBodyIsStreamedWithProgress() async throws {
        let server = try LoopbackServer { _ in .init(status: 204) }
        defer { server.stop() }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString).bin")
        let bytes = Data((0..<200_000).map { UInt8($0 % 251) })
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let progress = Waits()
        let transport = AsyncHTTPClientTransport()
        let request = HTTPRequest(method: "PUT", url: URL(string: "http://\(server.host)/upload")!, headers: [HTTPHeader("Content-Type", "application/octet-stream")], bodyFile: file)
        let response = try await transport.stream(request, uploadProgress: { progress.record(Double($0.completed)) })
        for try await _ in response.body {}
        #expect(response.status == 204)
        #expect(server.requests.first?.body == bytes)
        #expect(server.requests.first?.header("Content-Length") == "200000")
        #expect(progress.all.last == 200_000)
    }
}
