import Foundation
import Logging
import Metrics
import SignalWire
import Tracing

/// Logs each attempt with swift-log: `trace` before it is sent, `debug` with its status (or error)
/// and duration. Only the operation, method, URL (credential query items `<redacted>`), attempt
/// number, status and duration are logged: never headers or bodies, which hold credentials.
public struct LoggingMiddleware: ClientMiddleware {
    public var logger: Logger

    public init(logger: Logger = Logger(label: "SignalWire")) {
        self.logger = logger
    }

    public func intercept(
        _ request: HTTPRequest, attempt: ClientAttempt,
        next: @Sendable (HTTPRequest) async throws -> ClientAttemptResponse
    ) async throws -> ClientAttemptResponse {
        var metadata: Logger.Metadata = [
            "operation": "\(attempt.operationId)", "method": "\(attempt.method)", "url": "\(attempt.url)", "attempt": "\(attempt.number)",
        ]
        logger.trace("sending", metadata: metadata)
        let start = ContinuousClock.now
        do {
            let response = try await next(request)
            metadata["status"] = "\(response.status)"
            metadata["duration_ms"] = "\(Self.milliseconds(ContinuousClock.now - start))"
            logger.debug("answered", metadata: metadata)
            return response
        } catch {
            metadata["error"] = "\(error)"
            metadata["duration_ms"] = "\(Self.milliseconds(ContinuousClock.now - start))"
            logger.debug("failed", metadata: metadata)
            throw error
        }
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}

/// Counts and times each attempt with swift-metrics, by operation and status (`error` for an
/// attempt that got no answer): `<prefix>_requests_total`, `<prefix>_request_duration_seconds`
/// (a timer), and `<prefix>_retries_total` by operation for every attempt after the first.
public struct MetricsMiddleware: ClientMiddleware {
    public var prefix: String
    public var factory: any MetricsFactory

    public init(prefix: String = "signalwire_client", factory: any MetricsFactory = MetricsSystem.factory) {
        self.prefix = prefix
        self.factory = factory
    }

    public func intercept(
        _ request: HTTPRequest, attempt: ClientAttempt,
        next: @Sendable (HTTPRequest) async throws -> ClientAttemptResponse
    ) async throws -> ClientAttemptResponse {
        if attempt.number > 1 {
            Counter(label: "\(prefix)_retries_total", dimensions: [("operation", attempt.operationId)], factory: factory).increment()
        }
        let start = ContinuousClock.now
        var status = "error"
        defer {
            let dimensions = [("operation", attempt.operationId), ("status", status)]
            Counter(label: "\(prefix)_requests_total", dimensions: dimensions, factory: factory).increment()
            let elapsed = ContinuousClock.now - start
            Metrics.Timer(label: "\(prefix)_request_duration_seconds", dimensions: dimensions, factory: factory)
                .recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
        }
        let response = try await next(request)
        status = "\(response.status)"
        return response
    }
}

/// A client span per attempt with swift-distributed-tracing, as OpenTelemetry's HTTP conventions
/// ask (a resend is a span of its own, with `http.request.resend_count`): named after the method,
/// with `http.request.method`, `url.full` (credentials `<redacted>`), `server.address`,
/// `server.port`, `http.response.status_code` and `error.type`, and the operationId. The span's
/// context is injected into the request's headers by the tracer (W3C `traceparent` with
/// swift-otel), so the server joins the trace.
public struct TracingMiddleware: ClientMiddleware {
    public var tracer: any Tracer

    public init(tracer: any Tracer = InstrumentationSystem.tracer) {
        self.tracer = tracer
    }

    public func intercept(
        _ request: HTTPRequest, attempt: ClientAttempt,
        next: @Sendable (HTTPRequest) async throws -> ClientAttemptResponse
    ) async throws -> ClientAttemptResponse {
        let span = tracer.startSpan(attempt.method, ofKind: .client)
        defer { span.end() }
        span.attributes["http.request.method"] = attempt.method
        span.attributes["url.full"] = attempt.url
        if let host = request.url.host { span.attributes["server.address"] = host }
        span.attributes["server.port"] = request.url.port ?? (request.url.scheme == "http" ? 80 : 443)
        span.attributes["openapi.operation_id"] = attempt.operationId
        if attempt.number > 1 { span.attributes["http.request.resend_count"] = attempt.number - 1 }
        var request = request
        tracer.inject(span.context, into: &request, using: RequestHeadersInjector())
        do {
            let response = try await next(request)
            span.attributes["http.response.status_code"] = response.status
            if response.status >= 400 {
                span.attributes["error.type"] = "\(response.status)"
                span.setStatus(SpanStatus(code: .error))
            }
            return response
        } catch {
            span.attributes["error.type"] = String(describing: type(of: error))
            span.recordError(error)
            span.setStatus(SpanStatus(code: .error))
            throw error
        }
    }
}

/// Writes a trace context into a request's headers.
struct RequestHeadersInjector: Injector {
    func inject(_ value: String, forKey key: String, into request: inout HTTPRequest) {
        request.headers.removeAll { $0.name.lowercased() == key.lowercased() }
        request.headers.append(HTTPHeader(key, value))
    }
}
