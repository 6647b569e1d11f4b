import Foundation
import SignalWire
import TestSupport
import Testing

/// The page's example call, sent to a loopback server: the request must be the one the official
/// Python SDK sends, and the documented response must come back as a typed value.
@Suite struct CreateCallTests {
    @Test func pageExampleSendsTheReferenceRequest() async throws {
        let response = try Golden.data("response.json")
        let server = try LoopbackServer { _ in .init(status: 200, body: response) }
        defer { server.stop() }

        let client = try SignalWireClient(project: "your-project-id", token: "your-api-token", host: server.host)
        let result = try await client.fabric.sipEndpoints.create(
            username: "my-endpoint", callerId: "+15551234567", sendAs: "+15551234567",
            ciphers: [.aeadAes256Gcm8], codecs: [.opus], encryption: .required,
            callHandler: "relay_app", callingHandlerResourceId: "resource-id")

        #expect("Created: \(result.id)" == "Created: 67075301-69b2-4fc3-8a2c-c95a69a5665e")
        let requests = server.requests
        try #require(requests.count == 1)
        let request = requests[0]
        #expect(request.method == "POST")
        #expect(request.path == "/api/fabric/resources/sip_endpoints")
        #expect(request.header("Authorization") == "Basic eW91ci1wcm9qZWN0LWlkOnlvdXItYXBpLXRva2Vu")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("Accept") == "application/json")
        #expect(request.body == (try Golden.data("create-request.json")))
    }

    /// Cross-checks the golden request against what the official SDK recorded, where that
    /// recording is at hand (`../shared/reference`, beside the repository).
    @Test func goldenRequestMatchesTheOfficialSDKRecording() throws {
        let reference = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("../shared/reference/python-sdk-create-request.json").standardized
        guard let data = FileManager.default.contents(atPath: reference.path) else {
            print("skipped: \(reference.path) is not here; the golden request is checked on its own")
            return
        }
        let recording = try JSONObject(jsonData: data)
        let body = try JSONObject(jsonData: try Golden.data("create-request.json"))
        #expect(recording["method"] == "POST")
        #expect(recording["path"] == "/api/fabric/resources/sip_endpoints")
        guard case .object(let headers)? = recording["headers"], case .object(let recordedBody)? = recording["body"] else {
            Issue.record("the recording has no headers or body")
            return
        }
        for name in ["Accept", "Content-Type", "Authorization"] {
            #expect(headers[name] != nil, "the recording lacks \(name)")
        }
        #expect(headers["Authorization"] == "Basic eW91ci1wcm9qZWN0LWlkOnlvdXItYXBpLXRva2Vu")
        #expect(body.map(\.key) == recordedBody.map(\.key))
        #expect(body == recordedBody)
    }

    @Test func credentialsNeverShowInDescriptions() throws {
        let client = try SignalWireClient(project: "your-project-id", token: "secret-token-123", host: "example.signalwire.com")
        var dumped = ""
        dump(client, to: &dumped)
        for text in [String(describing: client), String(reflecting: client), dumped] {
            #expect(!text.contains("secret-token-123"))
            #expect(!text.contains("Basic "))
        }
    }

    @Test func environmentConfiguresTheClientOrNamesWhatIsMissing() throws {
        #expect(throws: ClientError.self) { try SignalWireClient(environment: [:]) }
        do {
            _ = try SignalWireClient(environment: ["SIGNALWIRE_PROJECT_ID": "p", "SIGNALWIRE_SPACE": "example"])
            Issue.record("expected a missing-configuration error")
        } catch {
            #expect("\(error)".contains("SIGNALWIRE_API_TOKEN"))
        }
        _ = try SignalWireClient(environment: [
            "SIGNALWIRE_PROJECT_ID": "p", "SIGNALWIRE_API_TOKEN": "t", "SIGNALWIRE_SPACE": "example.signalwire.com",
        ])
    }

    @Test func plainHTTPToARemoteHostIsRefused() async throws {
        let recorder = RecordingTransport()
        let client = SignalWireClient(project: "p", token: "t", baseURL: URL(string: "http://example.com")!, transport: recorder)
        do {
            _ = try await client.fabric.sipEndpoints.create(RequestEncodingTests.request(resource: nil))
            Issue.record("the call succeeded")
        } catch ClientError.invalidRequest(let message) {
            #expect(message.contains("over http://"))
        }
        #expect(recorder.last == nil)
    }

    @Test func hostsBecomeBaseURLs() async throws {
        let recorder = RecordingTransport()
        let spaces = ["example.signalwire.com", "example", "127.0.0.1:8080"]
        let expected = ["https://example.signalwire.com", "https://example.signalwire.com", "http://127.0.0.1:8080"]
        for (space, url) in zip(spaces, expected) {
            let client = try SignalWireClient(project: "p", token: "t", host: space, transport: recorder)
            _ = try? await client.fabric.sipEndpoints.create(
                username: "u", callerId: "c", sendAs: "s", ciphers: [], codecs: [], encryption: .default,
                callHandler: .default, callingHandlerResourceId: nil)
            #expect(recorder.last?.url.absoluteString == url + "/api/fabric/resources/sip_endpoints")
        }
        #expect(throws: ClientError.self) { try SignalWireClient(project: "p", token: "t", host: "https://x/y") }
    }
}

/// Records requests and answers 500, for tests that only look at what is sent.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var requests: [HTTPRequest] = []

    var last: HTTPRequest? { lock.withLock { requests.last } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        lock.withLock { requests.append(request) }
        return HTTPResponse(status: 500, body: Data(#"{"error":"Internal Server Error"}"#.utf8))
    }
}
