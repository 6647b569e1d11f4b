import Foundation
import InMemoryLogging
import InMemoryTracing
import Logging
import MetricsTestKit
import SignalWire
import SignalWireServer
import Testing
import Tracing

/// The create call through the spec's mock, answered 503 once and then with the documented
/// response: the exact log records, metrics and spans each middleware gives for its two attempts.
@Suite struct ObservabilityTests {
    static func client(_ middleware: [any ClientMiddleware]) async throws -> (SignalWireClient, MockTransport) {
        let mock = MockTransport(acceptsUnlistedValues: true)
        let documented = MockTransport.specOperations.first { $0.id == "create_sip_endpoint" }!.example!
        await mock.override(
            "create_sip_endpoint",
            with: .response(HTTPResponse(status: 503, headers: [HTTPHeader("Retry-After", "0")])), .json(status: 200, body: documented))
        var retry = RetryPolicy()
        retry.sleep = { _ in }
        var options = RequestOptions(retry: retry)
        options.middleware = middleware
        let client = try SignalWireClient(project: "p-42", token: "t0ken-s3cret", host: "example.signalwire.com", transport: mock, options: options)
        return (client, mock)
    }

    static func create(_ client: SignalWireClient) async throws {
        _ = try await client.fabric.sipEndpoints.create(
            username: "my-endpoint", callerId: "+15551234567", sendAs: "+15551234567",
            ciphers: [.aeadAes256Gcm8], codecs: [.opus], encryption: .required,
            callHandler: "relay_app", callingHandlerResourceId: "resource-id")
    }

    static let url = "https://example.signalwire.com/api/fabric/resources/sip_endpoints"

    @Test func logsAreTraceAndDebugRecordsWithoutSecrets() async throws {
        let handler = InMemoryLogHandler()
        var logger = Logger(label: "test", factory: { _ in handler })
        logger.logLevel = .trace
        let (client, _) = try await Self.client([LoggingMiddleware(logger: logger)])
        try await Self.create(client)
        let records = handler.entries.map { entry in
            let metadata = entry.metadata.filter { $0.key != "duration_ms" }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return "\(entry.level) \(entry.message) " + metadata.joined(separator: " ")
        }
        #expect(records == [
            "trace sending attempt=1 method=POST operation=create_sip_endpoint url=\(Self.url)",
            "debug answered attempt=1 method=POST operation=create_sip_endpoint status=503 url=\(Self.url)",
            "trace sending attempt=2 method=POST operation=create_sip_endpoint url=\(Self.url)",
            "debug answered attempt=2 method=POST operation=create_sip_endpoint status=200 url=\(Self.url)",
        ])
        #expect(handler.entries.filter { $0.level == .debug }.allSatisfy { $0.metadata["duration_ms"] != nil })
        let basic = Data("p-42:t0ken-s3cret".utf8).base64EncodedString()
        #expect(handler.entries.allSatisfy { !"\($0.metadata)".contains("t0ken") && !"\($0.metadata)".contains(basic) })
    }

    @Test func metricsCountAndTimeByOperationAndStatus() async throws {
        let metrics = TestMetrics()
        let (client, _) = try await Self.client([MetricsMiddleware(factory: metrics)])
        try await Self.create(client)
        let operation = ("operation", "create_sip_endpoint")
        #expect(try metrics.expectCounter("signalwire_client_requests_total", [operation, ("status", "503")]).totalValue == 1)
        #expect(try metrics.expectCounter("signalwire_client_requests_total", [operation, ("status", "200")]).totalValue == 1)
        #expect(try metrics.expectCounter("signalwire_client_retries_total", [operation]).totalValue == 1)
        #expect(try metrics.expectTimer("signalwire_client_request_duration_seconds", [operation, ("status", "200")]).values.count == 1)
        #expect(metrics.counters.count == 3 && metrics.timers.count == 2)
    }

    @Test func aClientSpanPerAttemptWithTheHTTPConventionsAndTheContextInjected() async throws {
        let tracer = InMemoryTracer()
        let (client, mock) = try await Self.client([TracingMiddleware(tracer: tracer)])
        try await Self.create(client)
        let spans = tracer.finishedSpans
        #expect(spans.map(\.operationName) == ["POST", "POST"])
        #expect(spans.allSatisfy { $0.kind == .client })
        #expect(spans.map { $0.attributes["http.response.status_code"]?.toSpanAttribute() } == [.int64(503), .int64(200)])
        #expect(spans.map { $0.attributes["http.request.resend_count"]?.toSpanAttribute() } == [nil, .int64(1)])
        #expect(spans[0].attributes["url.full"]?.toSpanAttribute() == .string(Self.url))
        #expect(spans[0].attributes["server.address"]?.toSpanAttribute() == .string("example.signalwire.com"))
        #expect(spans[0].attributes["openapi.operation_id"]?.toSpanAttribute() == .string("create_sip_endpoint"))
        #expect(spans[0].status?.code == .error && spans[1].status == nil)
        // Each attempt carries its own span's context to the server.
        let sent = await mock.requests.map { $0.header(InMemoryTracer.spanIDKey) }
        #expect(sent == spans.map { Optional($0.spanID) })
    }
}
