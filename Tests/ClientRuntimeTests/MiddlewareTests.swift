import Foundation
@testable import ClientRuntime
import TestSupport
import Testing

/// Middleware sees every attempt (operation, method, URL without secrets, attempt number, status
/// or error) in order, the first outermost, and may change the request.
@Suite struct MiddlewareTests {
    typealias ScriptedTransport = ClientCoreTests.ScriptedTransport

    /// Records what it sees, and adds a header naming itself.
    final class Recorder: ClientMiddleware, @unchecked Sendable {
        let name: String
        private let lock = NSLock()
        private var entries: [String] = []

        init(_ name: String) { self.name = name }

        var log: [String] { lock.withLock { entries } }

        func intercept(
            _ request: HTTPRequest, attempt: ClientAttempt,
            next: @Sendable (HTTPRequest) async throws -> ClientAttemptResponse
        ) async throws -> ClientAttemptResponse {
            var request = request
            request.headers.append(HTTPHeader("X-Seen-By", name))
            lock.withLock { entries.append("\(name) > \(attempt.operationId) \(attempt.method) \(attempt.url) #\(attempt.number)") }
            do {
                let response = try await next(request)
                lock.withLock { entries.append("\(name) < \(response.status)") }
                return response
            } catch {
                lock.withLock { entries.append("\(name) ! \(error)") }
                throw error
            }
        }
    }

    static func core(_ transport: ScriptedTransport, _ middleware: [any ClientMiddleware]) -> ClientCore {
        let core = ClientCoreTests.core(transport)
        var options = core.options
        options.middleware = middleware
        return ClientCore(baseURL: core.baseURL, defaultHeaders: [], transport: transport, options: options)
    }

    @Test func middlewareSeesEveryAttemptInOrderAndMayChangeTheRequest() async throws {
        let transport = ScriptedTransport([
            ClientCoreTests.json(503, ""), .failure(TransportError(.connectionFailed, "refused")), ClientCoreTests.json(200, "[1]"),
        ])
        let outer = Recorder("outer")
        let inner = Recorder("inner")
        let core = Self.core(transport, [outer, inner])
        let value: [Int] = try await core.send(
            "GET", "/things", query: [.form("page", 2)], body: JSONValue?.none, operation: "list_things", options: nil, errors: [:]).value
        #expect(value == [1])
        #expect(outer.log == [
            "outer > list_things GET https://api.example.com/things?page=2 #1", "outer < 503",
            "outer > list_things GET https://api.example.com/things?page=2 #2", "outer ! refused",
            "outer > list_things GET https://api.example.com/things?page=2 #3", "outer < 200",
        ])
        #expect(inner.log.count == 6)
        // The outermost changes the request first; the transport sees both changes, in order.
        #expect(transport.requests.map { $0.headers.filter { $0.name == "X-Seen-By" }.map(\.value) } == Array(repeating: ["outer", "inner"], count: 3))
    }

    @Test func aMiddlewareThatDoesNotCallNextFailsTheAttempt() async throws {
        struct Shortcut: ClientMiddleware {
            func intercept(
                _ request: HTTPRequest, attempt: ClientAttempt, next: @Sendable (HTTPRequest) async throws -> ClientAttemptResponse
            ) async throws -> ClientAttemptResponse {
                ClientAttemptResponse(status: 200, headers: [])
            }
        }
        let transport = ScriptedTransport([ClientCoreTests.json(200, "1")])
        do {
            let _: APIResponse<Int> = try await Self.core(transport, [Shortcut()]).send(
                "POST", "/things", body: JSONValue?.none, options: nil, errors: [:])
            Issue.record("the call succeeded")
        } catch {
            #expect("\(error)".contains("a middleware answered without calling next"), "\(error)")
        }
        #expect(transport.count == 0)
    }

    /// Credential query items are redacted in what middleware is given as the URL; an operation
    /// without an operationId is named by its method and path.
    @Test func theURLMiddlewareSeesHasNoSecrets() async throws {
        let transport = ScriptedTransport([ClientCoreTests.json(200, "1")])
        let recorder = Recorder("r")
        let core = ClientCore(
            baseURL: URL(string: "https://api.example.com")!, defaultHeaders: [],
            credentials: ["key": .apiKey("api_key", in: .query, "s3cret")],
            security: [["key"]], transport: transport, options: { var options = RequestOptions(); options.middleware = [recorder]; return options }())
        let _: APIResponse<Int> = try await core.send("GET", "/things", body: JSONValue?.none, options: nil, errors: [:])
        #expect(recorder.log.first == "r > GET /things GET https://api.example.com/things?api_key=<redacted> #1")
        #expect(transport.requests.first?.url.query == "api_key=s3cret")
    }

    /// A streamed answer: middleware sees its status when the head arrives.
    @Test func middlewareSeesAStreamsHead() async throws {
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "application/jsonl")], body: Data("{\"n\":1}\n".utf8))
        }
        defer { server.stop() }
        let recorder = Recorder("r")
        var options = RequestOptions(timeout: 10)
        options.middleware = [recorder]
        let core = ClientCore(baseURL: URL(string: "http://\(server.host)")!, defaultHeaders: [], transport: URLSessionTransport(), options: options)
        let items: JSONSequence<ServerSentEventTests.Tick> = try await core.jsonSequence(
            "GET", "/ticks", accept: "application/jsonl", operation: "tail", options: nil, errors: [:]).value
        var seen: [Int] = []
        for try await item in items { seen.append(item.n) }
        #expect(seen == [1])
        #expect(recorder.log == ["r > tail GET http://\(server.host)/ticks #1", "r < 200"])
        #expect(server.requests.first?.header("X-Seen-By") == "r")
    }
}
