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
        public var body: Data

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

        public var status: Int
        public var headers: [(String, String)] = [("Content-Type", "application/json")]
        public var body: Data
        /// Seconds to wait before answering.
        public var delay: Double = 0
        public var mode: Mode = .normal

        public init(status: Int, headers: [(String, String)] = [("Content-Type", "application/json")], body: Data, delay: Double = 0, mode: Mode = .normal) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.mode = mode
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

    public init(reply: @escaping @Sendable (Request) -> Reply) throws {
        self.reply = reply
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
        while body.count < length {
            let count = recv(connection, &chunk, chunk.count, 0)
            if count <= 0 { break }
            body += chunk[0..<count]
        }
        let request = Request(
            index: lock.withLock { recorded.count },
            method: requestLine.count > 0 ? String(requestLine[0]) : "",
            path: requestLine.count > 1 ? String(requestLine[1]) : "",
            headers: headers.map { (name: $0.0, value: $0.1) },
            body: Data(body)
        )
        lock.withLock { recorded.append(request) }
        let answer = reply(request)
        if answer.delay > 0 { Thread.sleep(forTimeInterval: answer.delay) }
        var response = "HTTP/1.1 \(answer.status) Status\r\nContent-Length: \(answer.body.count)\r\nConnection: close\r\n"
        for (name, value) in answer.headers { response += "\(name): \(value)\r\n" }
        response += "\r\n"
        var bytes = Array(response.utf8) + Array(answer.body)
        if answer.mode == .closeMidBody { bytes.removeLast(answer.body.count / 2) }
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return }
            sent += count
        }
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for index in 0...(bytes.count - pattern.count) where bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
            return index
        }
        return nil
    }
}
