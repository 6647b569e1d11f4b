import Foundation

/// Code that sees every attempt of every call (its operation, method, URL, attempt number, the
/// status or error it ends with, and how long it took) and may change the request before it is
/// sent: logging, metrics, tracing, extra headers. Give a client its middleware in
/// `options.middleware`; the first in the list is the outermost, and sees the request last changed
/// and the answer first.
///
/// ```swift
/// struct Timing: ClientMiddleware {
///     func intercept(_ request: HTTPRequest, attempt: ClientAttempt,
///                    next: @Sendable (HTTPRequest) async throws -> ClientAttemptResponse) async throws -> ClientAttemptResponse {
///         let start = ContinuousClock.now
///         defer { print(attempt.operationId, attempt.number, ContinuousClock.now - start) }
///         return try await next(request)
///     }
/// }
/// ```
///
/// A middleware must call `next` once, or throw: the client needs the transport's real answer.
/// What it throws fails the attempt as a transport error would (and may be retried); a retried
/// call goes through the middleware again, with the next attempt number.
public protocol ClientMiddleware: Sendable {
    func intercept(
        _ request: HTTPRequest, attempt: ClientAttempt,
        next: @Sendable (HTTPRequest) async throws -> ClientAttemptResponse
    ) async throws -> ClientAttemptResponse
}

/// One attempt of a call, as middleware sees it.
public struct ClientAttempt: Sendable, Hashable {
    /// The spec's operationId (or, where it gives none, the method's name).
    public var operationId: String
    public var method: String
    /// The URL with the values of credential query items replaced by `<redacted>`.
    public var url: String
    /// 1 for the call's first attempt, 2 for the next (a retry, or a new token after a 401), ...
    public var number: Int

    public init(operationId: String, method: String, url: String, number: Int) {
        self.operationId = operationId
        self.method = method
        self.url = url
        self.number = number
    }
}

/// What an attempt got back: its status and headers (a streamed body follows them later).
public struct ClientAttemptResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [HTTPHeader]

    public init(status: Int, headers: [HTTPHeader]) {
        self.status = status
        self.headers = headers
    }
}

/// An answer of the transport whose status and headers middleware sees.
protocol AttemptAnswer: Sendable {
    var attemptResponse: ClientAttemptResponse { get }
}

extension HTTPResponse: AttemptAnswer {
    var attemptResponse: ClientAttemptResponse { ClientAttemptResponse(status: status, headers: headers) }
}

extension HTTPStreamedResponse: AttemptAnswer {
    var attemptResponse: ClientAttemptResponse { ClientAttemptResponse(status: status, headers: headers) }
}

/// The transport's answer, kept while the middleware passes its head back out.
private final class AnswerSlot<Answer: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var answer: Answer?

    func keep(_ value: Answer) {
        lock.lock()
        answer = value
        lock.unlock()
    }

    var value: Answer? {
        lock.lock()
        defer { lock.unlock() }
        return answer
    }
}

extension ClientCore {
    /// Attempt `number` of a call through the middleware of `options`, the first outermost;
    /// without any, the attempt itself (and nothing is built for middleware).
    static func throughMiddleware<Answer: AttemptAnswer>(
        _ middleware: [any ClientMiddleware], request: HTTPRequest, number: Int,
        send: @escaping @Sendable (HTTPRequest) async throws -> Answer
    ) async throws -> Answer {
        guard !middleware.isEmpty else { return try await send(request) }
        let attempt = ClientAttempt(
            operationId: request.operationId ?? "\(request.method) \(request.url.path)", method: request.method,
            url: request.redactedURL, number: number)
        let slot = AnswerSlot<Answer>()
        @Sendable func run(_ index: Int, _ request: HTTPRequest) async throws -> ClientAttemptResponse {
            if index == middleware.count {
                let answer = try await send(request)
                slot.keep(answer)
                return answer.attemptResponse
            }
            return try await middleware[index].intercept(request, attempt: attempt) { try await run(index + 1, $0) }
        }
        _ = try await run(0, request)
        guard let answer = slot.value else {
            throw TransportError(.other, "a middleware answered without calling next: the client needs the transport's answer")
        }
        return answer
    }
}
