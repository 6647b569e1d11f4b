import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
@testable import ClientRuntime
import TestSupport
import Testing

/// Sending, retrying, pages and errors, against a transport that answers from a script.
@Suite struct ClientCoreTests {
    /// Answers each request with the next scripted response (or error) and records the requests.
    final class ScriptedTransport: HTTPTransport, @unchecked Sendable {
        private let lock = NSLock()
        private var script: [Result<HTTPResponse, TransportError>]
        private(set) var requests: [HTTPRequest] = []

        init(_ script: [Result<HTTPResponse, TransportError>]) {
            self.script = script
        }

        func send(_ request: HTTPRequest) async throws -> HTTPResponse {
            try lock.withLock {
                requests.append(request)
                guard !script.isEmpty else { throw TransportError(.other, "script ended") }
                return try script.removeFirst().get()
            }
        }

        var count: Int { lock.withLock { requests.count } }
    }

    static func core(_ transport: ScriptedTransport, retries: Int = 2) -> ClientCore {
        var options = RequestOptions()
        options.retry = RetryPolicy(maxRetries: retries, backoffBase: 0.001, backoffCap: 0.01)
        options.retry.sleep = { _ in }
        return ClientCore(
            baseURL: URL(string: "https://api.example.com")!,
            defaultHeaders: [HTTPHeader("Authorization", "Basic c2VjcmV0")], transport: transport, options: options)
    }

    static func json(_ status: Int, _ body: String, headers: [HTTPHeader] = []) -> Result<HTTPResponse, TransportError> {
        .success(HTTPResponse(status: status, headers: headers, body: Data(body.utf8)))
    }

    @Test func aGetIsRetriedOnServerErrorsThenDecodes() async throws {
        let transport = ScriptedTransport([Self.json(500, ""), Self.json(503, ""), Self.json(200, "[1,2]")])
        let response: APIResponse<[Int]> = try await Self.core(transport).send(
            "GET", "/things", body: JSONValue?.none, options: nil, errors: [:])
        #expect(response.value == [1, 2])
        #expect(transport.count == 3)
        #expect(transport.requests.first?.url.absoluteString == "https://api.example.com/things")
    }

    @Test func aPostIsNotRetriedWhereItMayHaveCreatedSomething() async throws {
        let transport = ScriptedTransport([Self.json(500, ""), Self.json(200, "1")])
        await #expect(throws: ClientError.self) {
            let _: APIResponse<Int> = try await Self.core(transport).send(
                "POST", "/things", body: JSONValue.object(["a": 1]), options: nil, errors: [:])
        }
        #expect(transport.count == 1)
        let refused = ScriptedTransport([Self.json(429, ""), Self.json(200, "1")])
        let response: APIResponse<Int> = try await Self.core(refused).send(
            "POST", "/things", body: JSONValue.object(["a": 1]), options: nil, errors: [:])
        #expect(response.value == 1 && refused.count == 2)
    }

    /// HTTP QUERY (OpenAPI 3.2's `query` operation) is safe: retried like GET, its body sent each time.
    @Test func aQueryWithABodyIsRetriedLikeAGet() async throws {
        let transport = ScriptedTransport([Self.json(503, ""), Self.json(200, "[7]")])
        let response: APIResponse<[Int]> = try await Self.core(transport).send(
            "QUERY", "/orders", body: JSONValue.object(["status": "open"]), options: nil, errors: [:])
        #expect(response.value == [7] && transport.count == 2)
        #expect(transport.requests.map(\.method) == ["QUERY", "QUERY"])
        #expect(transport.requests.allSatisfy { $0.body == Data(#"{"status":"open"}"#.utf8) })
    }

    /// URLSession sends a QUERY with its body as it is (a loopback server sees both).
    @Test func urlSessionSendsAQueryWithItsBody() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, body: Data("[7]".utf8)) }
        defer { server.stop() }
        let core = ClientCore(baseURL: URL(string: "http://\(server.host)")!, defaultHeaders: [], transport: URLSessionTransport(), options: RequestOptions(timeout: 10))
        let response: APIResponse<[Int]> = try await core.send("QUERY", "/orders", body: JSONValue.object(["status": "open"]), options: nil, errors: [:])
        #expect(response.value == [7])
        let request = try #require(server.requests.first)
        #expect(request.method == "QUERY" && request.body == Data(#"{"status":"open"}"#.utf8))
        #expect(request.header("Content-Type") == "application/json")
    }

    @Test func retriesStopAtTheLimit() async {
        let transport = ScriptedTransport(Array(repeating: Self.json(502, ""), count: 5))
        await #expect(throws: ClientError.self) {
            let _: APIResponse<Int> = try await Self.core(transport, retries: 2).send(
                "GET", "/x", body: JSONValue?.none, options: nil, errors: [:])
        }
        #expect(transport.count == 3)
    }

    @Test func aDocumentedErrorBodyIsDecodedAndCredentialsNeverShow() async throws {
        let transport = ScriptedTransport([Self.json(422, #"{"errors":["bad"]}"#, headers: [HTTPHeader("X-Request-Id", "r-1")])])
        do {
            let _: APIResponse<Int> = try await Self.core(transport).send(
                "POST", "/x", body: JSONValue?.none, options: nil, errors: ["422": ClientCore.errorBody(JSONObject.self)])
            Issue.record("no error thrown")
        } catch {
            guard case .status(let failure) = error else { Issue.record("\(error)"); return }
            #expect(failure.status == 422)
            #expect(failure.body(as: JSONObject.self)?["errors"] == ["bad"])
            #expect(error.requestID == "r-1")
            #expect(!"\(error)".contains("c2VjcmV0"))
            #expect(!"\(Self.core(transport))".contains("c2VjcmV0"))
        }
    }

    @Test func aBodyThatDoesNotMatchIsADecodingFailureWithItsPath() async {
        let transport = ScriptedTransport([Self.json(200, #"[1,"two"]"#)])
        do {
            let _: APIResponse<[Int]> = try await Self.core(transport).send("GET", "/x", body: JSONValue?.none, options: nil, errors: [:])
            Issue.record("no error thrown")
        } catch {
            guard case ClientError.decoding(let failure) = error else { Issue.record("\(error)"); return }
            #expect(failure.error.pathDescription == "$[1]")
        }
    }

    @Test func pagesFollowNextLinksAndStopAtALoop() async throws {
        let transport = ScriptedTransport([
            Self.json(200, #"{"next":"https://api.example.com/p2","data":[3,4]}"#),
            Self.json(200, #"{"next":"https://api.example.com/p2","data":[5]}"#),
        ])
        let core = Self.core(transport)
        let first = try JSONObject(jsonString: #"{"next":"https://api.example.com/p1","data":[1,2]}"#)
        let pages = Pages<JSONObject>(core: core, options: nil, next: { page in
            if case .string(let link)? = page["next"] { return link }
            return nil
        }) { first }
        var items: [JSONValue] = []
        do {
            for try await item in pages.items({ page in if case .array(let items)? = page["data"] { items } else { [] } }) {
                items.append(item)
            }
            Issue.record("a link back to a page already fetched did not end the pages")
        } catch {
            guard case ClientError.paginationLoop = error else { Issue.record("\(error)"); return }
        }
        #expect(items == [1, 2, 3, 4, 5])
    }

    @Test func hostsAndPathSegments() throws {
        func url(_ host: String, _ server: String?, _ variables: [String: String] = [:]) throws -> String {
            try ClientCore.baseURL(host: host, server: server, variables: variables).absoluteString
        }
        #expect(try url("space", "https://{space_name}.example.com") == "https://space.example.com")
        #expect(try url("127.0.0.1:8080", nil) == "http://127.0.0.1:8080")
        #expect(throws: ClientError.self) { try url("a/b", nil) }
        // The server's path stays; the host replaces the server's host.
        #expect(try url("127.0.0.1:8765", "https://api.spotify.com/v1") == "http://127.0.0.1:8765/v1")
        #expect(try url("proxy.example.com", "https://example.com/_mock/apis/shop/") == "https://proxy.example.com/_mock/apis/shop")
        #expect(try url("localhost", "https://{tenant}.example.com/v1") == "http://localhost/v1")
        #expect(try url("acme", "https://{tenant}.{region}.example.com/{version}", ["region": "eu", "version": "v2"]) == "https://acme.eu.example.com/v2")
        #expect(try url("api.example.com", "/api/v3") == "https://api.example.com/api/v3")
        // A variable's value stays within its part of the URL.
        #expect(try url("api.example.com", "https://x.example.com/{version}", ["version": "a/b?"]) == "https://api.example.com/a%2Fb%3F")
        #expect(ClientCore.pathSegment("a/b c?") == "a%2Fb%20c%3F")
    }

    @Test func serverURLsAreFilledFromTheirVariables() throws {
        #expect(try ClientCore.baseURL(server: "https://{region}.example.com/v1/", variables: ["region": "eu"]).absoluteString == "https://eu.example.com/v1")
        #expect(try ClientCore.baseURL(server: "https://api.spotify.com/v1", variables: [:]).absoluteString == "https://api.spotify.com/v1")
        #expect(throws: ClientError.self) { try ClientCore.baseURL(server: "https://{space}/v1", variables: ["space": ""]) }
        #expect(throws: ClientError.self) { try ClientCore.baseURL(server: "/api/v3", variables: [:]) }
    }

    @Test func aBaseURLEndingInASlashDoesNotDoubleIt() throws {
        let core = ClientCore(baseURL: URL(string: "https://proxy.example.com/shop/v1/")!, defaultHeaders: [], transport: URLSessionTransport(), options: RequestOptions())
        let request = try core.request("GET", "/orders", query: [], headers: [], body: .none, accept: "application/json", idempotencyHeader: nil, options: RequestOptions())
        #expect(request.url.absoluteString == "https://proxy.example.com/shop/v1/orders")
    }

    @Test func retryAfterIsReadAsSecondsOrADate() {
        let now = Date(timeIntervalSince1970: 1_000_000)
        #expect(RetryPolicy.seconds(retryAfter: "3", now: now) == 3)
        #expect(RetryPolicy.seconds(retryAfter: "Mon, 12 Jan 1970 13:46:50 GMT", now: now) == 10)
        #expect(RetryPolicy.seconds(retryAfter: "soon", now: now) == nil)
    }
}
