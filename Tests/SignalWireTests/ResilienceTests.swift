import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SignalWire
import TestSupport
import Testing

/// The client against a real loopback server that misbehaves on purpose. Each case checks how
/// many attempts reached the server, what came back, and that nothing hung. The same file runs
/// over URLSession here and over AsyncHTTPClient in `Companions/SignalWireServer` (a link to this
/// file there): `transport()` says which.
@Suite(.serialized) struct ResilienceTests {
    /// Waits the client was asked to make, recorded instead of slept.
    final class Waits: @unchecked Sendable {
        private let lock = NSLock()
        private var recorded: [Double] = []
        var all: [Double] { lock.withLock { recorded } }
        func record(_ seconds: Double) { lock.withLock { recorded.append(seconds) } }
    }

    static let response = try! Golden.data("response.json")

    /// A client for `server` whose backoff waits are recorded, not slept.
    static func client(_ server: LoopbackServer, waits: Waits = Waits(), timeout: Double = 5) throws -> SignalWireClient {
        var retry = RetryPolicy()
        retry.sleep = { waits.record($0) }
        retry.jitter = { $0 }
        return try SignalWireClient(
            project: "your-project-id", token: "your-api-token", host: server.host,
            transport: transport(), options: RequestOptions(timeout: timeout, retry: retry))
    }

    static func create(_ client: SignalWireClient, options: RequestOptions? = nil) async throws -> SipEndpointResponse {
        try await client.fabric.sipEndpoints.create(
            username: "my-endpoint", callerId: "+15551234567", sendAs: "+15551234567",
            ciphers: [.aeadAes256Gcm8], codecs: [.opus], encryption: .required,
            callHandler: "relay_app", callingHandlerResourceId: "resource-id", options: options)
    }

    /// The error a call throws, or a recorded issue when it succeeds.
    static func failure(_ client: SignalWireClient) async -> ClientError? {
        do {
            _ = try await create(client)
            Issue.record("the call succeeded")
            return nil
        } catch let error as ClientError {
            return error
        } catch {
            Issue.record("not a ClientError: \(error)")
            return nil
        }
    }

    static func json(_ text: String) -> Data { Data(text.utf8) }

    // MARK: Documented and undocumented statuses

    @Test func unauthorized401DecodesItsDocumentedBody() async throws {
        let server = try LoopbackServer { _ in
            .init(status: 401, headers: [("Content-Type", "application/json"), ("X-Request-Id", "req-401")], body: Self.json(#"{"error":"Unauthorized"}"#))
        }
        defer { server.stop() }
        let error = try #require(await Self.failure(try Self.client(server)))
        guard case .status(let failure) = error else { Issue.record("\(error)"); return }
        #expect(failure.status == 401)
        #expect(failure.body(as: UnauthorizedError.self)?.error == .unauthorized)
        #expect(error.requestID == "req-401")
        #expect(error.description == #"HTTP 401 (status): {"error":"Unauthorized"} (request id req-401)"#)
        #expect(server.requests.count == 1)
    }

    @Test func notFound404DecodesItsDocumentedBody() async throws {
        let server = try LoopbackServer { _ in .init(status: 404, body: Self.json(#"{"error":"Not Found"}"#)) }
        defer { server.stop() }
        let error = try #require(await Self.failure(try Self.client(server)))
        guard case .status(let failure) = error else { Issue.record("\(error)"); return }
        #expect(failure.body(as: NotFoundError.self)?.error == .notFound)
        #expect(error.requestID == nil)
        #expect(server.requests.count == 1)
    }

    @Test func validation422GivesEveryErrorItem() async throws {
        let body = #"{"errors":[{"type":"validation_error","code":"invalid_parameter","message":"Ciphers are invalid","attribute":"ciphers","url":"https://signalwire.com/docs/apis/error-codes"},{"type":"validation_error","code":"missing_required_parameter","message":"username is required","attribute":null,"url":"https://signalwire.com/docs/apis/error-codes"}]}"#
        let server = try LoopbackServer { _ in .init(status: 422, body: Self.json(body)) }
        defer { server.stop() }
        let error = try #require(await Self.failure(try Self.client(server)))
        guard case .status(let failure) = error, let validation = failure.body(as: ValidationError.self) else {
            Issue.record("\(error)")
            return
        }
        #expect(validation.errors.map(\.code) == ["invalid_parameter", "missing_required_parameter"])
        #expect(validation.errors[0].attribute == "ciphers")
        #expect(validation.errors[1].$attribute == .null)
        #expect(validation.jsonString() == body)
        #expect(server.requests.count == 1)
    }

    @Test func serverError500IsNotRetriedForAPost() async throws {
        let server = try LoopbackServer { _ in .init(status: 500, body: Self.json(#"{"error":"Internal Server Error"}"#)) }
        defer { server.stop() }
        let error = try #require(await Self.failure(try Self.client(server)))
        guard case .status(let failure) = error else { Issue.record("\(error)"); return }
        #expect(failure.body(as: InternalServerError.self)?.error == .internalServerError)
        #expect(server.requests.count == 1)
    }

    @Test func undocumented418KeepsStatusHeadersAndRawBody() async throws {
        let server = try LoopbackServer { _ in
            .init(status: 418, headers: [("Content-Type", "text/plain"), ("X-Teapot", "yes")], body: Self.json("I'm a teapot"))
        }
        defer { server.stop() }
        let error = try #require(await Self.failure(try Self.client(server)))
        guard case .status(let failure) = error else { Issue.record("\(error)"); return }
        #expect(failure.status == 418)
        #expect(failure.documentedBody == nil)
        #expect(failure.response.header("x-teapot") == "yes")
        #expect(failure.response.body == Self.json("I'm a teapot"))
        #expect(error.description == "HTTP 418 (undocumented status): I'm a teapot")
        #expect(server.requests.count == 1)
    }

    // MARK: Retries

    @Test func rateLimited429WithRetryAfterThenSucceeds() async throws {
        let server = try LoopbackServer { request in
            request.index == 0
                ? .init(status: 429, headers: [("Retry-After", "1")], body: Self.json(#"{"error":"Too Many Requests"}"#))
                : .init(status: 200, body: Self.response)
        }
        defer { server.stop() }
        let waits = Waits()
        let result = try await Self.create(try Self.client(server, waits: waits))
        #expect(result.id == "67075301-69b2-4fc3-8a2c-c95a69a5665e")
        #expect(server.requests.count == 2)
        #expect(waits.all == [1])
        #expect(server.requests[0].body == server.requests[1].body)
    }

    @Test func unavailable503TwiceThenSucceeds() async throws {
        let server = try LoopbackServer { request in
            request.index < 2
                ? .init(status: 503, headers: [("Retry-After", "0")], body: Self.json(#"{"error":"Service Unavailable"}"#))
                : .init(status: 200, body: Self.response)
        }
        defer { server.stop() }
        let waits = Waits()
        _ = try await Self.create(try Self.client(server, waits: waits))
        #expect(server.requests.count == 3)
        #expect(waits.all == [0, 0])
    }

    @Test func unavailable503WithoutRetryAfterIsNotRetriedForAPost() async throws {
        let server = try LoopbackServer { _ in .init(status: 503, body: Self.json("{}")) }
        defer { server.stop() }
        let error = try #require(await Self.failure(try Self.client(server)))
        guard case .status(let failure) = error else { Issue.record("\(error)"); return }
        #expect(failure.status == 503)
        #expect(server.requests.count == 1)
    }

    @Test func retriesStopAtTheCap() async throws {
        let server = try LoopbackServer { _ in .init(status: 429, body: Self.json("{}")) }
        defer { server.stop() }
        let waits = Waits()
        let error = try #require(await Self.failure(try Self.client(server, waits: waits)))
        guard case .status(let failure) = error else { Issue.record("\(error)"); return }
        #expect(failure.status == 429)
        #expect(server.requests.count == 3)  // one attempt and the default two retries
        #expect(waits.all == [0.5, 1.0])  // exponential backoff from 0.5 s (jitter taken at its bound)
    }

    @Test func retryAfterLongerThanTheCapEndsTheRetries() async throws {
        let server = try LoopbackServer { _ in .init(status: 429, headers: [("Retry-After", "3600")], body: Self.json("{}")) }
        defer { server.stop() }
        let waits = Waits()
        _ = await Self.failure(try Self.client(server, waits: waits))
        #expect(server.requests.count == 1)
        #expect(waits.all.isEmpty)
    }

    @Test func connectionRefusedIsRetriedBecauseNothingWasSent() async throws {
        let (descriptor, port) = try LoopbackServer.boundSocket()
        defer { close(descriptor) }
        let host = "127.0.0.1:\(port)"
        let waits = Waits()
        var retry = RetryPolicy()
        retry.sleep = { waits.record($0) }
        let client = try SignalWireClient(project: "p", token: "t", host: host, transport: Self.transport(), options: RequestOptions(retry: retry))
        do {
            _ = try await Self.create(client)
            Issue.record("the call succeeded")
        } catch ClientError.transport(let error) {
            #expect(error.kind == .connectionFailed)
        }
        #expect(waits.all.count == 2)
    }

    // MARK: Broken responses

    @Test func connectionClosedMidResponseIsATransportError() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, body: Self.response, mode: .closeMidBody) }
        defer { server.stop() }
        let error = try #require(await Self.failure(try Self.client(server)))
        guard case .transport(let failure) = error else { Issue.record("\(error)"); return }
        #expect(failure.kind != .connectionFailed)
        #expect(server.requests.count == 1)  // a POST that may have been received is not repeated
    }

    @Test func responseSlowerThanTheTimeoutTimesOut() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, body: Self.response, delay: 2) }
        defer { server.stop() }
        let start = ContinuousClock.now
        let error = try #require(await Self.failure(try Self.client(server, timeout: 0.3)))
        let elapsed = ContinuousClock.now - start
        guard case .timedOut(let seconds) = error else { Issue.record("\(error)"); return }
        #expect(seconds == 0.3)
        #expect(elapsed < .seconds(1.5))
        #expect(server.requests.count == 1)
    }

    @Test func malformedJSONIsADecodingErrorWithAnExcerpt() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, body: Self.json(#"{"type": "sip_endpoint",, }"#)) }
        defer { server.stop() }
        let error = try #require(await Self.failure(try Self.client(server)))
        guard case .decoding(let failure) = error else { Issue.record("\(error)"); return }
        #expect(error.description.hasPrefix("could not decode the HTTP 200 response: invalid JSON: "))
        #expect(error.description.contains(#"(body: {"type": "sip_endpoint",, })"#))
        #expect(failure.response.status == 200)
    }

    @Test func truncatedBodyIsADecodingError() async throws {
        let truncated = Self.response.prefix(Self.response.count / 2)
        let server = try LoopbackServer { _ in .init(status: 200, body: Data(truncated)) }
        defer { server.stop() }
        let error = try #require(await Self.failure(try Self.client(server)))
        guard case .decoding = error else { Issue.record("\(error)"); return }
        #expect(error.description.hasPrefix("could not decode the HTTP 200 response: invalid JSON: "))
    }

    @Test func wrongTypeNamesTheJSONPath() async throws {
        let body = String(decoding: Self.response, as: UTF8.self).replacingOccurrences(of: #""c3p0""#, with: "42")
        let server = try LoopbackServer { _ in .init(status: 200, body: Self.json(body)) }
        defer { server.stop() }
        let error = try #require(await Self.failure(try Self.client(server)))
        #expect(error.description.hasPrefix("could not decode the HTTP 200 response: $.username: expected a string, found a number"))
    }

    @Test func fiveMegabyteBodyDecodes() async throws {
        let big = String(repeating: "x", count: 5_000_000)
        let text = String(decoding: Self.response, as: UTF8.self).dropLast(2) + ",\n  \"blob\": \"\(big)\"\n}"
        let server = try LoopbackServer { _ in .init(status: 200, body: Self.json(String(text))) }
        defer { server.stop() }
        let result = try await Self.create(try Self.client(server))
        #expect(result.additionalFields["blob"] == .string(big))
        #expect(result.jsonString(pretty: true) == text)
    }

    @Test func unknownEnumValuesAndKeysDecode() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, body: try! Golden.data("response-unknown-enum-values.json")) }
        defer { server.stop() }
        let response = try await Self.client(server).fabric.sipEndpoints.createWithResponse(SipEndpointCreateRequest(
            username: "my-endpoint", callerId: "+15551234567", sendAs: "+15551234567",
            ciphers: [.aeadAes256Gcm8], codecs: [.opus], encryption: .required,
            callHandler: "relay_app", callingHandlerResourceId: nil))
        #expect(response.value.encryption == "strict")
        #expect(response.status == 200)
        #expect(response.body == (try Golden.data("response-unknown-enum-values.json")))
    }

    // MARK: Cancellation

    @Test func cancellingDuringBackoffReturnsPromptlyWithoutAnotherAttempt() async throws {
        let server = try LoopbackServer { _ in .init(status: 429, headers: [("Retry-After", "5")], body: Self.json("{}")) }
        defer { server.stop() }
        let client = try SignalWireClient(project: "p", token: "t", host: server.host, transport: Self.transport())  // real sleeps
        let task = Task { try await Self.create(client) }
        while server.requests.isEmpty { try await Task.sleep(nanoseconds: 10_000_000) }
        try await Task.sleep(nanoseconds: 100_000_000)
        let start = ContinuousClock.now
        task.cancel()
        let result = await task.result
        #expect(ContinuousClock.now - start < .seconds(1))
        guard case .failure(ClientError.cancelled) = result else {
            Issue.record("expected a cancellation, got \(result)")
            return
        }
        try await Task.sleep(nanoseconds: 200_000_000)
        #expect(server.requests.count == 1)
    }

    // MARK: Options and safety

    @Test func optionsAddHeadersAndQueryItemsAndUserAgent() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, body: Self.response) }
        defer { server.stop() }
        let options = RequestOptions(extraHeaders: [HTTPHeader("X-Trace", "abc")], extraQueryItems: [URLQueryItem(name: "dry_run", value: "true")])
        _ = try await Self.create(try Self.client(server), options: options)
        let request = try #require(server.requests.first)
        #expect(request.path == "/api/fabric/resources/sip_endpoints?dry_run=true")
        #expect(request.header("X-Trace") == "abc")
        #expect(request.header("User-Agent") == "SignalWire/1.0.0")
        #expect(SignalWireClient.userAgent == "SignalWire/1.0.0")
    }

    @Test func headerValuesWithLineBreaksAreRefusedBeforeSending() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, body: Self.response) }
        defer { server.stop() }
        let options = RequestOptions(extraHeaders: [HTTPHeader("X-Evil", "a\r\nInjected: yes")])
        do {
            _ = try await Self.create(try Self.client(server), options: options)
            Issue.record("the call succeeded")
        } catch ClientError.invalidRequest(let message) {
            #expect(message == "the header 'X-Evil' holds a line break")
        }
        #expect(server.requests.isEmpty)
    }

    @Test func requestsAndErrorsNeverShowTheToken() async throws {
        let server = try LoopbackServer { _ in .init(status: 401, body: Self.json(#"{"error":"Unauthorized"}"#)) }
        defer { server.stop() }
        let client = try SignalWireClient(project: "p", token: "secret-token-123", host: server.host, transport: Self.transport())
        let error = try #require(await Self.failure(client))
        let request = HTTPRequest(method: "POST", url: URL(string: "https://x")!, headers: [
            HTTPHeader("Authorization", "Basic c2VjcmV0LXRva2VuLTEyMw=="),
        ])
        var dumped = ""
        dump(request, to: &dumped)
        dump(error, to: &dumped)
        for text in [error.description, String(reflecting: error), "\(request)", String(reflecting: request), dumped] {
            #expect(!text.contains("secret-token-123"))
            #expect(!text.contains("c2VjcmV0LXRva2VuLTEyMw"))
        }
    }

    @Test func retryAfterReadsHTTPDates() async throws {
        let server = try LoopbackServer { request in
            request.index == 0
                ? .init(status: 429, headers: [("Retry-After", Self.httpDate(Date().addingTimeInterval(4)))], body: Self.json("{}"))
                : .init(status: 200, body: Self.response)
        }
        defer { server.stop() }
        let waits = Waits()
        _ = try await Self.create(try Self.client(server, waits: waits))
        let wait = try #require(waits.all.first)
        #expect(wait > 2 && wait <= 4)
    }

    static func httpDate(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
