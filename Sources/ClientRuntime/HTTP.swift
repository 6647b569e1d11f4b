import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP request, as the client is about to send it.
///
/// Its descriptions redact credentials: `Authorization` and other secret-looking header values
/// print as `<redacted>`.
public struct HTTPRequest: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var method: String
    public var url: URL
    /// Header fields in the order they are sent.
    public var headers: [HTTPHeader]
    public var body: Data?
    /// A file sent as the body, read as it goes (instead of `body`); only streaming calls use it.
    public var bodyFile: URL?
    /// The longest this attempt may take, in seconds.
    public var timeout: Double
    /// Query items that hold a credential (an API key), whose values are never printed.
    var secretQueryNames: Set<String> = []
    /// The operation the request is an attempt of, for middleware.
    var operationId: String?

    public init(method: String, url: URL, headers: [HTTPHeader] = [], body: Data? = nil, bodyFile: URL? = nil, timeout: Double = 30) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.bodyFile = bodyFile
        self.timeout = timeout
    }

    /// The first value of a header field, matched without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    public var description: String {
        let headerText = headers.map { "\($0.name): \($0.isSecret ? "<redacted>" : $0.value)" }.joined(separator: ", ")
        let size = bodyFile.map { "file \($0.lastPathComponent)" } ?? "\(body?.count ?? 0) bytes"
        return "\(method) \(redactedURL) [\(headerText)] (\(size))"
    }

    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["description": description], displayStyle: .struct) }

    /// The URL with the values of `secretQueryNames` as `<redacted>`.
    var redactedURL: String {
        let text = url.absoluteString
        guard !secretQueryNames.isEmpty, let start = text.firstIndex(of: "?") else { return text }
        let end = text[start...].firstIndex(of: "#") ?? text.endIndex
        let items = text[text.index(after: start)..<end].split(separator: "&", omittingEmptySubsequences: false).map { item in
            let name = item.split(separator: "=", maxSplits: 1).first.map { $0.removingPercentEncoding ?? String($0) } ?? ""
            return secretQueryNames.contains(name) ? name + "=<redacted>" : String(item)
        }
        return text[..<start] + "?" + items.joined(separator: "&") + text[end...]
    }
}

/// One HTTP response: status, header fields and the whole body.
public struct HTTPResponse: Sendable, Hashable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: Data

    public init(status: Int, headers: [HTTPHeader] = [], body: Data = Data()) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header field, matched without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

public struct HTTPHeader: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var name: String
    public var value: String

    /// A credential the client added (an API key in any header): never printed. Not part of equality.
    var isCredential = false

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    init(credential name: String, _ value: String) {
        self.init(name, value)
        isCredential = true
    }

    public static func == (left: HTTPHeader, right: HTTPHeader) -> Bool {
        left.name == right.name && left.value == right.value
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(value)
    }

    /// Whether the value is a credential that must never be printed: one the client added, or
    /// one whose name says so.
    public var isSecret: Bool {
        if isCredential { return true }
        let lowered = name.lowercased()
        return lowered == "authorization" || lowered == "proxy-authorization" || lowered == "cookie"
            || lowered.contains("token") || lowered.contains("api-key") || lowered.contains("apikey") || lowered.contains("secret")
    }

    public var description: String { "\(name): \(isSecret ? "<redacted>" : value)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["description": description], displayStyle: .struct) }
}

/// Why a transport could not deliver a request or its response.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// No connection could be made: the request was certainly not sent.
        case connectionFailed
        /// The connection broke after the request may have been sent.
        case connectionLost
        case timedOut
        case cancelled
        case other
    }

    public var kind: Kind
    public var message: String
    /// How many bytes of the response body had arrived when a transfer broke, when it did.
    public private(set) var bodyBytesReceived: Int64?

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// The same failure, saying (once) how much of the body had arrived; a connection that broke
    /// after some of the body is `connectionLost`.
    func afterReceiving(_ bytes: Int64) -> TransportError {
        guard bodyBytesReceived == nil, kind != .cancelled else { return self }
        var failure = TransportError(bytes > 0 ? .connectionLost : kind, "\(message) (after \(bytes) bytes of the body)")
        failure.bodyBytesReceived = bytes
        return failure
    }
}

/// Sends requests. URLSession by default; inject your own to add logging, a proxy, or a test double.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
    /// Sends a request and gives the response as it arrives (see `HTTPStreaming.swift`; a
    /// transport that cannot stream inherits one that gives the whole body at once).
    func stream(_ request: HTTPRequest, uploadProgress: (@Sendable (TransferProgress) -> Void)?) async throws -> HTTPStreamedResponse
    /// Sends a request and writes a success response's body into `file` as it arrives; gives the
    /// status and headers (and, for an error status, the body, which is not written).
    func download(
        _ request: HTTPRequest, into file: URL, progress: (@Sendable (TransferProgress) -> Void)?,
        uploadProgress: (@Sendable (TransferProgress) -> Void)?
    ) async throws -> HTTPResponse
}

/// The default transport, over Foundation's URLSession. Cancelling the Swift task cancels the request.
public struct URLSessionTransport: HTTPTransport {
    public let session: URLSession

    public init(session: URLSession = .shared) {
        self.session = session
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let urlRequest = Self.urlRequest(request)
        let box = TaskBox()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    if let error {
                        continuation.resume(throwing: Self.transportError(error))
                        return
                    }
                    guard let http = response as? HTTPURLResponse else {
                        continuation.resume(throwing: TransportError(.other, "the response is not an HTTP response"))
                        return
                    }
                    continuation.resume(returning: HTTPResponse(status: http.statusCode, headers: Self.headers(of: http), body: data ?? Data()))
                }
                box.start(task)
            }
        } onCancel: {
            box.cancel()
        }
    }

    /// The request for URLSession: method, URL, idle timeout, header fields and body bytes.
    static func urlRequest(_ request: HTTPRequest) -> URLRequest {
        var urlRequest = URLRequest(url: request.url, timeoutInterval: request.timeout)
        urlRequest.httpMethod = request.method
        for header in request.headers {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        urlRequest.httpBody = request.body
        return urlRequest
    }

    /// A response's header fields, in a stable order (by lowercased name).
    static func headers(of http: HTTPURLResponse) -> [HTTPHeader] {
        http.allHeaderFields.compactMap { name, value -> HTTPHeader? in
            guard let name = name as? String else { return nil }
            return HTTPHeader(name, "\(value)")
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    /// Sorts URLSession's errors into what a retry policy needs to know.
    static func transportError(_ error: any Error) -> TransportError {
        let code = (error as NSError).domain == NSURLErrorDomain ? (error as NSError).code : 0
        switch code {
        case NSURLErrorCannotConnectToHost, NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed,
            NSURLErrorNotConnectedToInternet:
            return TransportError(.connectionFailed, error.localizedDescription)
        case NSURLErrorNetworkConnectionLost:
            return TransportError(.connectionLost, error.localizedDescription)
        case NSURLErrorTimedOut:
            return TransportError(.timedOut, error.localizedDescription)
        case NSURLErrorCancelled:
            return TransportError(.cancelled, error.localizedDescription)
        default:
            return TransportError(.other, error.localizedDescription)
        }
    }
}

/// Holds a data task so that a cancellation arriving before or after it starts still cancels it.
private final class TaskBox: @unchecked Sendable {
    private let lock = NSLock()
    private var task: URLSessionTask?
    private var isCancelled = false

    func start(_ task: URLSessionTask) {
        let cancelled = lock.withLock {
            self.task = task
            return isCancelled
        }
        if cancelled { task.cancel() }
        task.resume()
    }

    func cancel() {
        let task = lock.withLock {
            isCancelled = true
            return self.task
        }
        task?.cancel()
    }
}
