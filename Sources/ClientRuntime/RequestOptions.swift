import Foundation

/// How a call is made: timeout, retries, extra headers and query items.
///
/// Set a client's defaults with `client.options` (or the `options:` argument of its
/// initializers) and override them per call with the `options:` argument of each method.
public struct RequestOptions: Sendable {
    /// The longest one attempt may take, in seconds.
    public var timeout: Double = 30
    public var retry = RetryPolicy()
    /// Sent with every request, after the client's own headers.
    public var extraHeaders: [HTTPHeader] = []
    /// Added to every request's query, after the operation's own parameters.
    public var extraQueryItems: [URLQueryItem] = []
    /// The idempotency key of a call, for operations that send one (the generator's
    /// `idempotency-key` option or the spec's `x-idempotency-key`); nil: a fresh random key per
    /// call. Every retry of the call sends the same key. Set it per call, to repeat a call whose
    /// answer was lost (for example after the app restarted) without creating a duplicate.
    public var idempotencyKey: String?
    /// Called as a request body is sent, for calls that send a file or bytes (`BinaryBody`).
    public var uploadProgress: (@Sendable (TransferProgress) -> Void)?
    /// Called as a streamed or downloaded response body arrives.
    public var downloadProgress: (@Sendable (TransferProgress) -> Void)?
    /// What sees each attempt and may change its request, the first outermost (see ``ClientMiddleware``).
    public var middleware: [any ClientMiddleware] = []

    public init(
        timeout: Double = 30, retry: RetryPolicy = RetryPolicy(), extraHeaders: [HTTPHeader] = [],
        extraQueryItems: [URLQueryItem] = [], idempotencyKey: String? = nil
    ) {
        self.timeout = timeout
        self.retry = retry
        self.extraHeaders = extraHeaders
        self.extraQueryItems = extraQueryItems
        self.idempotencyKey = idempotencyKey
    }
}

/// When and how long to wait before trying a request again.
///
/// The policy: a request is retried at most `maxRetries` times. Methods that can be repeated
/// safely (GET, HEAD, OPTIONS, PUT, DELETE) are retried on the `retryStatuses`, on timeouts and on
/// broken connections. POST and PATCH are retried only where a retry cannot create a duplicate:
/// on 429, on 503 with `Retry-After`, and when the connection failed before the request was sent;
/// an operation that sends an idempotency key is retried like a safe method, since the server
/// recognizes the repeated key.
/// Waits grow exponentially from `backoffBase` with full jitter, never beyond `backoffCap`; a
/// `Retry-After` (seconds or HTTP-date) is honoured, and one longer than `backoffCap` ends the
/// retries. Cancelling the Swift task stops at once, during a wait too.
public struct RetryPolicy: Sendable {
    public var maxRetries: Int = 2
    /// Statuses worth retrying for methods that are safe to repeat.
    public var retryStatuses: Set<Int> = [408, 429, 500, 502, 503, 504]
    /// The first wait, in seconds.
    public var backoffBase: Double = 0.5
    /// The longest wait, in seconds.
    public var backoffCap: Double = 8
    /// Waits between attempts; replace it to make tests instant or to log waits.
    public var sleep: @Sendable (_ seconds: Double) async throws -> Void = { seconds in
        try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
    }
    /// Picks the jittered wait in `0...upperBound`; replace it for deterministic tests.
    public var jitter: @Sendable (_ upperBound: Double) -> Double = { upperBound in
        Double.random(in: 0...max(0, upperBound))
    }

    public init(maxRetries: Int = 2, retryStatuses: Set<Int> = [408, 429, 500, 502, 503, 504], backoffBase: Double = 0.5, backoffCap: Double = 8) {
        self.maxRetries = maxRetries
        self.retryStatuses = retryStatuses
        self.backoffBase = backoffBase
        self.backoffCap = backoffCap
    }

    /// No retries at all.
    public static let none = RetryPolicy(maxRetries: 0)

    static let idempotentMethods: Set<String> = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "QUERY"]

    /// Whether a request may be sent again whatever happened to the first attempt: a safe
    /// method, or one that carries an idempotency key.
    static func isRepeatable(method: String, hasIdempotencyKey: Bool) -> Bool {
        hasIdempotencyKey || idempotentMethods.contains(method)
    }

    /// The wait before retry number `retry` (0-based) after `response`, or nil when it must not be retried.
    func delay(after response: HTTPResponse, repeatable: Bool, retry: Int, now: Date = Date()) -> Double? {
        guard retry < maxRetries else { return nil }
        let retryAfter = response.header("Retry-After").flatMap { Self.seconds(retryAfter: $0, now: now) }
        let allowed: Bool
        if repeatable {
            allowed = retryStatuses.contains(response.status)
        } else {
            allowed = response.status == 429 || (response.status == 503 && retryAfter != nil)
        }
        guard allowed else { return nil }
        if let retryAfter {
            return retryAfter <= backoffCap ? retryAfter : nil
        }
        return backoff(retry: retry)
    }

    /// The wait before retry number `retry` after a transport failure, or nil when it must not be retried.
    func delay(after error: TransportError, repeatable: Bool, retry: Int) -> Double? {
        guard retry < maxRetries else { return nil }
        switch error.kind {
        case .connectionFailed: return backoff(retry: retry)
        case .connectionLost, .timedOut, .other:
            return repeatable ? backoff(retry: retry) : nil
        case .cancelled: return nil
        }
    }

    /// Exponential backoff with full jitter: a random wait up to `base * 2^retry`, capped.
    func backoff(retry: Int) -> Double {
        jitter(min(backoffCap, backoffBase * pow(2, Double(retry))))
    }

    /// `Retry-After` as seconds from now: delta-seconds or an HTTP-date.
    static func seconds(retryAfter value: String, now: Date) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Double(trimmed), seconds >= 0 { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
