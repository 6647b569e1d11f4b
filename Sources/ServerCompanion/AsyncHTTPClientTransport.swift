import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import SignalWire

/// The client's transport over AsyncHTTPClient: a connection pool shared by every call (HTTP/1.1
/// and HTTP/2), for server apps on Linux, where URLSession keeps few connections per host.
///
/// ```swift
/// let client = try SignalWireClient(project: "...", token: "...", host: "...",
///                                   transport: AsyncHTTPClientTransport())
/// ```
///
/// Failures become the same `TransportError`s as with URLSession, so the client retries them the
/// same way: a connection that could not be made is `connectionFailed` (nothing was sent), one
/// closed mid-answer `connectionLost`, a deadline `timedOut`, a cancelled task `cancelled`.
public struct AsyncHTTPClientTransport: HTTPTransport {
    public let client: HTTPClient

    /// A transport over `client`: ``shared`` unless the app brings its own (with its own pool
    /// sizes and timeouts, shut down by the app).
    public init(client: HTTPClient = AsyncHTTPClientTransport.shared) {
        self.client = client
    }

    /// One client for the whole process, never shut down: `HTTPClient.shared`'s settings, except
    /// - a connection that cannot be made fails the attempt at once (`connectionFailed`, which the
    ///   client's retry policy handles) instead of being tried again until the deadline;
    /// - up to 64 HTTP/1.1 connections per host, not 8: an event stream or a download holds its
    ///   connection as long as it lasts, and with 8, a ninth stream (or any call) waited for one
    ///   of them to end (measured: 64 streams at once, 8 had their first event within 1 s, the
    ///   last after 14 s). HTTP/2 servers take every call and stream on one connection.
    public static let shared: HTTPClient = {
        var configuration = HTTPClient.Configuration.singletonConfiguration
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 64
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        do {
            let response = try await client.execute(try Self.clientRequest(request, uploadProgress: nil), timeout: .milliseconds(Int64(request.timeout * 1000)))
            var body = try await response.body.collect(upTo: .max)
            let bytes = body.readBytes(length: body.readableBytes) ?? []
            return HTTPResponse(status: Int(response.status.code), headers: Self.headers(response.headers), body: Data(bytes))
        } catch {
            throw Self.transportError(error)
        }
    }

    /// The status and headers as soon as they arrive, the body as it arrives. Only the head is
    /// bounded by a deadline here (the client's timeout); a long stream runs as long as it lasts.
    public func stream(_ request: HTTPRequest, uploadProgress: (@Sendable (TransferProgress) -> Void)?) async throws -> HTTPStreamedResponse {
        let response: HTTPClientResponse
        do {
            response = try await client.execute(try Self.clientRequest(request, uploadProgress: uploadProgress), deadline: .distantFuture)
        } catch {
            throw Self.transportError(error)
        }
        let expected = response.headers.first(name: "Content-Length").flatMap { Int64($0) }
        let body = AsyncThrowingStream<Data, any Error> { continuation in
            let reading = Task {
                do {
                    for try await buffer in response.body {
                        continuation.yield(Data(buffer.readableBytesView))
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: Self.transportError(error))
                }
            }
            continuation.onTermination = { _ in reading.cancel() }
        }
        return HTTPStreamedResponse(status: Int(response.status.code), headers: Self.headers(response.headers), expectedLength: expected, body: body)
    }

    static func headers(_ fields: HTTPHeaders) -> [HTTPHeader] {
        fields.map { HTTPHeader($0.name, $0.value) }
    }

    static func clientRequest(_ request: HTTPRequest, uploadProgress: (@Sendable (TransferProgress) -> Void)?) throws -> HTTPClientRequest {
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers { outgoing.headers.add(name: header.name, value: header.value) }
        if let file = request.bodyFile {
            let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int64 ?? 0
            outgoing.body = .stream(FileChunks(file: file, size: size, progress: uploadProgress), length: .known(size))
        } else if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
            uploadProgress?(TransferProgress(completed: Int64(body.count), total: Int64(body.count)))
        }
        return outgoing
    }

    /// AsyncHTTPClient's and SwiftNIO's failures as the client's `TransportError`s.
    static func transportError(_ error: any Error) -> any Error {
        if error is TransportError { return error }
        if error is CancellationError { return TransportError(.cancelled, "cancelled") }
        if let failure = error as? HTTPClientError {
            switch failure {
            case .deadlineExceeded, .readTimeout, .writeTimeout: return TransportError(.timedOut, "\(failure)")
            case .connectTimeout: return TransportError(.connectionFailed, "\(failure)")
            case .remoteConnectionClosed: return TransportError(.connectionLost, "\(failure)")
            case .cancelled: return TransportError(.cancelled, "\(failure)")
            default: return TransportError(.other, "\(failure)")
            }
        }
        if error is NIOConnectionError {
            return TransportError(.connectionFailed, "\(error)")
        }
        if case ChannelError.connectTimeout = error {
            return TransportError(.connectionFailed, "\(error)")
        }
        if let io = error as? IOError, [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH].contains(io.errnoCode) {
            return TransportError(.connectionFailed, "\(error)")
        }
        if let io = error as? IOError, [ECONNRESET, EPIPE].contains(io.errnoCode) {
            return TransportError(.connectionLost, "\(error)")
        }
        return TransportError(.other, "\(error)")
    }
}

/// A file's bytes in 64 KB buffers, read as they are sent, with the upload's progress.
struct FileChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let file: URL
    let size: Int64
    let progress: (@Sendable (TransferProgress) -> Void)?

    func makeAsyncIterator() -> Iterator {
        Iterator(file: file, size: size, progress: progress)
    }

    struct Iterator: AsyncIteratorProtocol {
        let file: URL
        let size: Int64
        let progress: (@Sendable (TransferProgress) -> Void)?
        var handle: FileHandle?
        var sent: Int64 = 0

        init(file: URL, size: Int64, progress: (@Sendable (TransferProgress) -> Void)?) {
            self.file = file
            self.size = size
            self.progress = progress
        }

        mutating func next() async throws -> ByteBuffer? {
            if handle == nil { handle = try FileHandle(forReadingFrom: file) }
            guard let data = try handle?.read(upToCount: 1 << 16), !data.isEmpty else {
                try handle?.close()
                return nil
            }
            sent += Int64(data.count)
            progress?(TransferProgress(completed: sent, total: size))
            return ByteBuffer(bytes: data)
        }
    }
}
