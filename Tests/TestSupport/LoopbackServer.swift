import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests: records each request and answers with a
/// canned response. One connection at a time, `Connection: close`, bodies by Content-Length.
public final class LoopbackServer: @unchecked Sendable {
    public struct Request: Sendable {
        /// 0 for the first request this server received, 1 for the next...
        public var index: Int
        public var method: String
        public var path: String
        public var headers: [(name: String, value: String)]
        /// The body, unless the server was told not to keep bodies (then empty).
        public var body: Data
        /// How many body bytes arrived.
        public var bodyLength: Int

        public func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    public struct Reply: Sendable {
        /// How the server misbehaves, if it does.
        public enum Mode: Sendable {
            case normal
            /// Announces the whole body, sends half of it, then closes the connection.
            case closeMidBody
        }

        /// A body sent as it is made, instead of `body`.
        public enum Stream: Sendable {
            /// Pieces sent one after the other, each after its delay, without a `Content-Length`
            /// (the body ends when the connection closes).
            case pieces([(delay: Double, data: Data)])
            /// Pieces sent one after the other, each (after the first) once `gate` returns for its
            /// index: a test holds the rest of a body back until the client has shown what it got.
            case gated([Data], gate: @Sendable (Int) -> Void)
            /// `size` bytes of a repeating pattern with their `Content-Length`, made as they are
            /// sent; with `cutAfter`, the connection closes after that many.
            case pattern(size: Int, cutAfter: Int? = nil)
        }

        public var status: Int
        public var headers: [(String, String)] = [("Content-Type", "application/json")]
        public var body: Data
        /// Seconds to wait before answering.
        public var delay: Double = 0
        public var mode: Mode = .normal
        public var stream: Stream?

        public init(
            status: Int, headers: [(String, String)] = [("Content-Type", "application/json")], body: Data = Data(),
            delay: Double = 0, mode: Mode = .normal, stream: Stream? = nil
        ) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.mode = mode
            self.stream = stream
        }
    }

    public let port: UInt16
    private let socketDescriptor: Int32
    private let lock = NSLock()
    private var recorded: [Request] = []
    private let reply: @Sendable (Request) -> Reply

    public var requests: [Request] { lock.withLock { recorded } }
    public var host: String { "127.0.0.1:\(port)" }

    /// A socket bound to a free loopback port. Not listening, it is a port that refuses
    /// connections and that no one else can take; close the descriptor when done.
    public static func boundSocket() throws -> (descriptor: Int32, port: UInt16) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard bound == 0 else { close(descriptor); throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (descriptor, UInt16(bigEndian: address.sin_port))
    }

    /// Whether request bodies are kept (else only counted, for uploads of any size).
    private let keepsBodies: Bool

    public init(keepsBodies: Bool = true, reply: @escaping @Sendable (Request) -> Reply) throws {
        self.reply = reply
        self.keepsBodies = keepsBodies
        let (descriptor, port) = try Self.boundSocket()
        guard listen(descriptor, 16) == 0 else { close(descriptor); throw POSIXError(.EADDRINUSE) }
        socketDescriptor = descriptor
        self.port = port
        let thread = Thread { [self] in serve() }
        thread.start()
    }

    /// Stops accepting. Only the serving thread closes the socket, so that its descriptor
    /// cannot be reused by another server while this one may still accept on it.
    public func stop() {
        lock.withLock { isStopped = true }
        shutdown(socketDescriptor, Int32(SHUT_RDWR))
    }

    private var isStopped = false

    private func serve() {
        defer { close(socketDescriptor) }
        while !lock.withLock({ isStopped }) {
            let connection = accept(socketDescriptor, nil, nil)
            if connection < 0 { return }
            handle(connection)
            close(connection)
        }
    }

    private func handle(_ connection: Int32) {
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Int?
        while headerEnd == nil {
            let count = recv(connection, &chunk, chunk.count, 0)
            if count <= 0 { return }
            buffer += chunk[0..<count]
            headerEnd = Self.find([13, 10, 13, 10], in: buffer)
        }
        let head = String(decoding: buffer[0..<headerEnd!], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        let headers = lines.compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let length = Int(headers.first { $0.0.lowercased() == "content-length" }?.1 ?? "0") ?? 0
        var body = Array(buffer[(headerEnd! + 4)...])
        var bodyLength = body.count
        if !keepsBodies { body = [] }
        while bodyLength < length {
            let count = recv(connection, &chunk, chunk.count, 0)
            if count <= 0 { break }
            bodyLength += count
            if keepsBodies { body += chunk[0..<count] }
        }
        let request = Request(
            index: lock.withLock { recorded.count },
            method: requestLine.count > 0 ? String(requestLine[0]) : "",
            path: requestLine.count > 1 ? String(requestLine[1]) : "",
            headers: headers.map { (name: $0.0, value: $0.1) },
            body: Data(body),
            bodyLength: bodyLength
        )
        lock.withLock { recorded.append(request) }
        let answer = reply(request)
        if answer.delay > 0 { Thread.sleep(forTimeInterval: answer.delay) }
        if let stream = answer.stream {
            sendStream(stream, answer, on: connection)
            return
        }
        var response = "HTTP/1.1 \(answer.status) Status\r\nContent-Length: \(answer.body.count)\r\nConnection: close\r\n"
        for (name, value) in answer.headers { response += "\(name): \(value)\r\n" }
        response += "\r\n"
        var bytes = Array(response.utf8) + Array(answer.body)
        if answer.mode == .closeMidBody { bytes.removeLast(answer.body.count / 2) }
        _ = write(bytes, to: connection)
    }

    private func sendStream(_ stream: Reply.Stream, _ answer: Reply, on connection: Int32) {
        var head = "HTTP/1.1 \(answer.status) Status\r\nConnection: close\r\n"
        for (name, value) in answer.headers { head += "\(name): \(value)\r\n" }
        switch stream {
        case .pieces(let pieces):
            guard write(Array((head + "\r\n").utf8), to: connection) else { return }
            for piece in pieces {
                if piece.delay > 0 { Thread.sleep(forTimeInterval: piece.delay) }
                guard write(Array(piece.data), to: connection) else { return }
            }
        case .gated(let pieces, let gate):
            guard write(Array((head + "\r\n").utf8), to: connection) else { return }
            for (index, piece) in pieces.enumerated() {
                if index > 0 { gate(index) }
                guard write(Array(piece), to: connection) else { return }
            }
        case .pattern(let size, let cutAfter):
            guard write(Array((head + "Content-Length: \(size)\r\n\r\n").utf8), to: connection) else { return }
            let block = (0..<65536).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            var sent = 0
            let end = min(size, cutAfter ?? size)
            while sent < end {
                let count = min(block.count, end - sent)
                guard write(Array(block[0..<count]), to: connection) else { return }
                sent += count
            }
        }
    }

    /// Writes all of `bytes`; false when the connection is gone.
    private func write(_ bytes: [UInt8], to connection: Int32) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return false }
            sent += count
        }
        return true
    }

    /// The byte at `offset` of a `.pattern` body.
    public static func patternByte(at offset: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: (offset % 65536) &* 31 &+ 7)
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for index in 0...(bytes.count - pattern.count) where bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
            return index
        }
        return nil
    }
}

/// A flag one thread waits on and another raises, with a time limit.
public final class Signal: @unchecked Sendable {
    private let condition = NSCondition()
    private var isRaised = false

    public init() {}

    public func raise() {
        condition.lock()
        isRaised = true
        condition.broadcast()
        condition.unlock()
    }

    /// Whether the flag was raised within `seconds`.
    @discardableResult
    public func wait(seconds: Double) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date().addingTimeInterval(seconds)
        while !isRaised {
            if !condition.wait(until: deadline) { return isRaised }
        }
        return true
    }
}
