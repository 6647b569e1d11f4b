import Foundation
@testable import ClientRuntime
import TestSupport
import Testing

/// Idempotency keys against a real loopback server: one key per call, the same on each of its
/// attempts, and the POST retries the key makes safe; without a key, nothing changes.
@Suite struct IdempotencyTests {
    /// A client core on the server, retrying at once.
    static func core(_ server: LoopbackServer) -> ClientCore {
        var options = RequestOptions(timeout: 5)
        options.retry = RetryPolicy(maxRetries: 3, backoffBase: 0.001, backoffCap: 0.01)
        options.retry.sleep = { _ in }
        return ClientCore(baseURL: URL(string: "http://\(server.host)")!, defaultHeaders: [], transport: URLSessionTransport(), options: options)
    }

    /// Answers each call with the statuses in `failures` first (by attempt within the call), then 201.
    static func server(failing statuses: [Int], mode: LoopbackServer.Reply.Mode = .normal) throws -> LoopbackServer {
        try LoopbackServer { request in
            let attempt = request.index % (statuses.count + 1)
            if attempt < statuses.count {
                return .init(status: statuses[attempt], body: Data(#"{"error":"x"}"#.utf8), mode: mode)
            }
            return .init(status: 201, body: Data(#"{"id":"1"}"#.utf8))
        }
    }

    @Test func aPostWithAKeyIsRetriedOn500_502_504WithTheSameKeyAndANewKeyPerCall() async throws {
        let server = try Self.server(failing: [500, 502, 504])
        defer { server.stop() }
        let core = Self.core(server)
        for _ in 0..<2 {
            let answer: APIResponse<JSONValue> = try await core.send(
                "POST", "/orders", body: JSONValue.object(["item": .string("tea")]), idempotencyHeader: "Idempotency-Key",
                options: nil, errors: [:])
            #expect(answer.status == 201)
        }
        let requests = server.requests
        #expect(requests.count == 8)
        let keys = requests.map { $0.header("Idempotency-Key") ?? "" }
        #expect(Set(keys[0..<4]).count == 1)
        #expect(Set(keys[4..<8]).count == 1)
        #expect(keys[0] != keys[4])
        #expect(keys.allSatisfy { UUID(uuidString: $0) != nil }, "\(keys)")
        #expect(requests.allSatisfy { $0.method == "POST" && $0.body == Data(#"{"item":"tea"}"#.utf8) })
    }

    @Test func aPatchWithAKeyIsRetriedAfterALostConnection() async throws {
        let server = try Self.server(failing: [200], mode: .closeMidBody)
        defer { server.stop() }
        let answer: APIResponse<JSONValue> = try await Self.core(server).send(
            "PATCH", "/orders/1", body: JSONValue.object([:]), idempotencyHeader: "Idempotency-Key", options: nil, errors: [:])
        #expect(answer.status == 201)
        let keys = server.requests.map { $0.header("Idempotency-Key") }
        #expect(keys.count == 2)
        #expect(keys[0] != nil && keys[0] == keys[1])
    }

    @Test func theCallersOwnKeyIsSentOnEveryAttempt() async throws {
        let server = try Self.server(failing: [500])
        defer { server.stop() }
        let answer: APIResponse<JSONValue> = try await Self.core(server).send(
            "POST", "/orders", body: JSONValue.object([:]), idempotencyHeader: "X-Payment-Key",
            options: RequestOptions(timeout: 5, retry: RetryPolicy(maxRetries: 1, backoffBase: 0.001, backoffCap: 0.01), idempotencyKey: "order-42"),
            errors: [:])
        #expect(answer.status == 201)
        #expect(server.requests.map { $0.header("X-Payment-Key") } == ["order-42", "order-42"])
    }

    @Test func withoutAKeyAPostIsNotRetriedOn500() async throws {
        let server = try Self.server(failing: [500])
        defer { server.stop() }
        await #expect(throws: ClientError.self) {
            let _: APIResponse<JSONValue> = try await Self.core(server).send(
                "POST", "/orders", body: JSONValue.object([:]), options: nil, errors: [:])
        }
        #expect(server.requests.count == 1)
        #expect(server.requests[0].header("Idempotency-Key") == nil)
    }
}
