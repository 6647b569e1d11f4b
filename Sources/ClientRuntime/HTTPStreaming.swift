import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A response whose body arrives in chunks, as the server sends it.
public struct HTTPStreamedResponse: Sendable {
    public var status: Int
    public var headers: [HTTPHeader]
    /// The body's length when the server announced it (`Content-Length`).
    public var expectedLength: Int64?
    /// The body, chunk by chunk. Ending the iteration early (or cancelling the task) stops the transfer.
    public var body: AsyncThrowingStream<Data, any Error>

    public init(status: Int, headers: [HTTPHeader], expectedLength: Int64? = nil, body: AsyncThrowingStream<Data, any Error>) {
        self.status = status
        self.headers = headers
        self.expectedLength = expectedLength
        self.body = body
    }

    /// The first value of a header field, matched without regard to case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The whole body, at most `limit` bytes (for error bodies).
    func collected(limit: Int = 1 << 20) async -> HTTPResponse {
        var data = Data()
        do {
            for try await chunk in body {
                data.append(chunk.prefix(limit - data.count))
                if data.count >= limit { break }
            }
        } catch {}
        return HTTPResponse(status: status, headers: headers, body: data)
    }
}

/// How far a transfer has come: bytes done and, when known, the total.
public struct TransferProgress: Sendable, Hashable {
    public var completed: Int64
    public var total: Int64?

    public init(completed: Int64, total: Int64?) {
        self.completed = completed
        self.total = total
    }

    /// `completed / total`, when the total is known and not zero.
    public var fraction: Double? { total.flatMap { $0 > 0 ? Double(completed) / Double($0) : nil } }
}

/// A request body that is not JSON: bytes in memory, or a file streamed from disk.
public enum BinaryBody: Sendable, Hashable {
    case data(Data, contentType: String = "application/octet-stream")
    /// Read from disk as it is sent, never loaded whole.
    case file(URL, contentType: String = "application/octet-stream")

    public var contentType: String {
        switch self {
        case .data(_, let type), .file(_, let type): type
        }
    }
}

extension HTTPTransport {
    /// Sends a request and gives the response as it arrives. Transports that cannot stream get
    /// this default: the whole response, as one chunk (a file body is read into memory first).
    public func stream(_ request: HTTPRequest, uploadProgress: (@Sendable (TransferProgress) -> Void)?) async throws -> HTTPStreamedResponse {
        var request = request
        if let file = request.bodyFile {
            request.body = try Data(contentsOf: file)
            request.bodyFile = nil
        }
        let response = try await send(request)
        uploadProgress?(TransferProgress(completed: Int64(request.body?.count ?? 0), total: Int64(request.body?.count ?? 0)))
        let body = response.body
        return HTTPStreamedResponse(
            status: response.status, headers: response.headers, expectedLength: Int64(body.count),
            body: AsyncThrowingStream { continuation in
                if !body.isEmpty { continuation.yield(body) }
                continuation.finish()
            })
    }
}

extension HTTPTransport {
    /// Writes the streamed body into `file` chunk by chunk; an error status's body is read instead.
    public func download(
        _ request: HTTPRequest, into file: URL, progress: (@Sendable (TransferProgress) -> Void)?,
        uploadProgress: (@Sendable (TransferProgress) -> Void)?
    ) async throws -> HTTPResponse {
        try await streamedDownload(request, into: file, progress: progress, uploadProgress: uploadProgress)
    }

    func streamedDownload(
        _ request: HTTPRequest, into file: URL, progress: (@Sendable (TransferProgress) -> Void)?,
        uploadProgress: (@Sendable (TransferProgress) -> Void)?
    ) async throws -> HTTPResponse {
        let response = try await stream(request, uploadProgress: uploadProgress)
        guard (200..<300).contains(response.status) else { return await response.collected() }
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        var completed: Int64 = 0
        do {
            for try await chunk in response.body {
                try handle.write(contentsOf: chunk)
                completed += Int64(chunk.count)
                progress?(TransferProgress(completed: completed, total: response.expectedLength))
            }
        } catch let error as TransportError {
            throw error.afterReceiving(completed)
        }
        return HTTPResponse(status: response.status, headers: response.headers)
    }
}

extension URLSessionTransport {
    /// A download task: URLSession writes the body to disk as it receives it (memory stays flat
    /// however busy the app is), and the file is moved to `file` at the end. A request with a file
    /// body streams instead (a download task cannot upload a file).
    public func download(
        _ request: HTTPRequest, into file: URL, progress: (@Sendable (TransferProgress) -> Void)?,
        uploadProgress: (@Sendable (TransferProgress) -> Void)?
    ) async throws -> HTTPResponse {
        guard request.bodyFile == nil else {
            return try await streamedDownload(request, into: file, progress: progress, uploadProgress: uploadProgress)
        }
        let delegate = DownloadDelegate(file: file, progress: progress)
        let session = URLSession(configuration: session.configuration, delegate: delegate, delegateQueue: nil)
        let task = session.downloadTask(with: Self.urlRequest(request))
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                delegate.start(task, done: continuation)
            }
        } onCancel: {
            delegate.cancel()
            task.cancel()
        }
    }

    /// Streams the response body as URLSession receives it, and the request body from its file
    /// when it has one (an upload task, for upload progress). Each call has a session of its own,
    /// closed when the transfer ends.
    public func stream(_ request: HTTPRequest, uploadProgress: (@Sendable (TransferProgress) -> Void)?) async throws -> HTTPStreamedResponse {
        var urlRequest = Self.urlRequest(request)
        urlRequest.httpBody = nil
        let delegate = StreamingDelegate(uploadProgress: uploadProgress)
        let session = URLSession(configuration: session.configuration, delegate: delegate, delegateQueue: nil)
        let task: URLSessionTask
        if let file = request.bodyFile {
            let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? NSNumber)?.int64Value
            if let size { urlRequest.setValue(String(size), forHTTPHeaderField: "Content-Length") }
            delegate.uploadTotal = size
            task = session.uploadTask(with: urlRequest, fromFile: file)
        } else if let body = request.body {
            delegate.uploadTotal = Int64(body.count)
            task = session.uploadTask(with: urlRequest, from: body)
        } else {
            task = session.dataTask(with: urlRequest)
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPStreamedResponse, any Error>) in
                delegate.start(task, head: continuation)
            }
        } onCancel: {
            task.cancel()
        }
    }
}

/// Follows a download task: progress as URLSession writes, then the finished file moved to
/// `file` (or, for an error status, read as the error's body).
private final class DownloadDelegate: NSObject, URLSessionDownloadDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private let file: URL
    private let progress: (@Sendable (TransferProgress) -> Void)?
    private var done: CheckedContinuation<HTTPResponse, any Error>?
    private var response: HTTPResponse?
    private var moveError: (any Error)?
    private var received: Int64 = 0
    private var isCancelled = false

    init(file: URL, progress: (@Sendable (TransferProgress) -> Void)?) {
        self.file = file
        self.progress = progress
    }

    func start(_ task: URLSessionTask, done: CheckedContinuation<HTTPResponse, any Error>) {
        lock.withLock { self.done = done }
        task.resume()
    }

    /// The caller's task was cancelled: the transfer ends as cancelled, whatever arrives after.
    func cancel() {
        lock.withLock { isCancelled = true }
    }

    func urlSession(_ session: URLSession, downloadTask: URLSessionDownloadTask, didWriteData bytesWritten: Int64, totalBytesWritten: Int64, totalBytesExpectedToWrite: Int64) {
        if lock.withLock({ isCancelled }) {
            downloadTask.cancel()
            return
        }
        lock.withLock { received = totalBytesWritten }
        progress?(TransferProgress(completed: totalBytesWritten, total: totalBytesExpectedToWrite > 0 ? totalBytesExpectedToWrite : nil))
    }

    func urlSession(_ session: URLSession, downloadTask: URLSessionDownloadTask, didFinishDownloadingTo location: URL) {
        guard let http = downloadTask.response as? HTTPURLResponse else { return }
        var answer = HTTPResponse(status: http.statusCode, headers: URLSessionTransport.headers(of: http))
        if (200..<300).contains(http.statusCode) {
            do {
                try? FileManager.default.removeItem(at: file)
                try FileManager.default.moveItem(at: location, to: file)
            } catch {
                moveError = error
            }
        } else {
            answer.body = (try? FileHandle(forReadingFrom: location)).flatMap { try? $0.read(upToCount: 1 << 20) } ?? Data()
        }
        lock.withLock { response = answer }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (waiting, answer, received, isCancelled) = lock.withLock {
            defer { done = nil }
            return (done, response, self.received, self.isCancelled)
        }
        if isCancelled {
            waiting?.resume(throwing: TransportError(.cancelled, "the transfer was cancelled"))
        } else if let moveError {
            waiting?.resume(throwing: TransportError(.other, "cannot write the download: \(moveError.localizedDescription)"))
        } else if let error {
            waiting?.resume(throwing: URLSessionTransport.transportError(error).afterReceiving(received))
        } else if let answer {
            waiting?.resume(returning: answer)
        } else {
            waiting?.resume(throwing: TransportError(.other, "the response is not an HTTP response"))
        }
        session.finishTasksAndInvalidate()
    }
}

/// Turns URLSession's delegate calls for one task into a response head and a stream of chunks.
private final class StreamingDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var head: CheckedContinuation<HTTPStreamedResponse, any Error>?
    private var body: AsyncThrowingStream<Data, any Error>.Continuation?
    private var received: Int64 = 0
    private let uploadProgress: (@Sendable (TransferProgress) -> Void)?
    var uploadTotal: Int64?

    init(uploadProgress: (@Sendable (TransferProgress) -> Void)?) {
        self.uploadProgress = uploadProgress
    }

    func start(_ task: URLSessionTask, head: CheckedContinuation<HTTPStreamedResponse, any Error>) {
        lock.withLock { self.head = head }
        task.resume()
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didSendBodyData bytesSent: Int64, totalBytesSent: Int64, totalBytesExpectedToSend: Int64) {
        uploadProgress?(TransferProgress(completed: totalBytesSent, total: totalBytesExpectedToSend > 0 ? totalBytesExpectedToSend : uploadTotal))
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse, completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        guard let http = response as? HTTPURLResponse else {
            finish(with: TransportError(.other, "the response is not an HTTP response"))
            completionHandler(.cancel)
            return
        }
        let headers = URLSessionTransport.headers(of: http)
        let (stream, continuation) = AsyncThrowingStream<Data, any Error>.makeStream()
        continuation.onTermination = { [weak dataTask] termination in
            if case .cancelled = termination { dataTask?.cancel() }
        }
        let waiting = lock.withLock {
            body = continuation
            defer { head = nil }
            return head
        }
        let length = http.expectedContentLength >= 0 ? http.expectedContentLength : nil
        waiting?.resume(returning: HTTPStreamedResponse(status: http.statusCode, headers: headers, expectedLength: length, body: stream))
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let continuation = lock.withLock {
            received += Int64(data.count)
            return body
        }
        continuation?.yield(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error {
            let failure = URLSessionTransport.transportError(error)
            let received = lock.withLock { self.received }
            finish(with: received > 0 ? failure.afterReceiving(received) : failure)
        } else {
            finish(with: nil)
        }
        session.finishTasksAndInvalidate()
    }

    private func finish(with error: TransportError?) {
        let (waiting, continuation) = lock.withLock {
            defer {
                head = nil
                body = nil
            }
            return (head, body)
        }
        if let error {
            waiting?.resume(throwing: error)
            continuation?.finish(throwing: error)
        } else {
            waiting?.resume(throwing: TransportError(.other, "the transfer ended without a response"))
            continuation?.finish()
        }
    }
}
