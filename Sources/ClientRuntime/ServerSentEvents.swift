import Foundation

/// One event of a `text/event-stream` response, as the HTML standard's parser dispatches it.
public struct ServerSentEvent<Payload: Sendable>: Sendable {
    /// The `event:` field; nil for the default type (`message`).
    public var event: String?
    /// The `data:` lines joined with line feeds, decoded into the spec's type when it gives one.
    public var data: Payload
    /// The last `id:` seen in the stream (it carries over to later events, as the standard says).
    public var id: String?
    /// The `retry:` reconnection time in milliseconds, when this event set one.
    public var retry: Int?
    /// The line of the stream on which the event ended (its blank line), 1-based.
    public var line: Int
}

extension ServerSentEvent: Equatable where Payload: Equatable {}

/// A line of an event stream that cannot be read, or an event whose data does not decode.
public struct ServerSentEventError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The line of the stream, 1-based.
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "event stream, line \(line): \(reason)" }
    public var errorDescription: String? { description }
}

/// The events of a `text/event-stream` body, read as it arrives: comments and keep-alives
/// skipped, `data:` lines joined, lines ending in CRLF, LF or CR, UTF-8 split across chunks
/// handled. With a `Payload` other than `String`, each event's data is JSON of that type.
public struct ServerSentEvents<Payload: Sendable>: AsyncSequence, Sendable {
    public typealias Element = ServerSentEvent<Payload>
    let chunks: AsyncThrowingStream<Data, any Error>
    let decode: @Sendable (String, Int) throws -> Payload

    /// Events whose data is decoded with `decode` (given the data text and the event's line).
    public init(chunks: AsyncThrowingStream<Data, any Error>, decode: @escaping @Sendable (String, Int) throws -> Payload) {
        self.chunks = chunks
        self.decode = decode
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(chunks: chunks.makeAsyncIterator(), decode: decode)
    }

    public struct Iterator: AsyncIteratorProtocol {
        var chunks: AsyncThrowingStream<Data, any Error>.AsyncIterator
        let decode: @Sendable (String, Int) throws -> Payload
        var parser = ServerSentEventParser()
        var ready: [ServerSentEventParser.RawEvent] = []
        var isFinished = false

        public mutating func next() async throws -> ServerSentEvent<Payload>? {
            while ready.isEmpty {
                if isFinished { return nil }
                if let chunk = try await chunks.next() {
                    ready = try parser.feed(chunk)
                } else {
                    isFinished = true
                    ready = try parser.finish()
                }
            }
            let raw = ready.removeFirst()
            let data: Payload
            do {
                data = try decode(raw.data, raw.line)
            } catch let error as ServerSentEventError {
                throw error
            } catch {
                throw ServerSentEventError(line: raw.line, reason: "the event's data does not decode: \(error)")
            }
            return ServerSentEvent(event: raw.event, data: data, id: raw.id, retry: raw.retry, line: raw.line)
        }
    }
}

extension ServerSentEvents where Payload == String {
    /// Events with their data as text.
    public init(chunks: AsyncThrowingStream<Data, any Error>) {
        self.init(chunks: chunks) { text, _ in text }
    }
}

extension ServerSentEvents where Payload: JSONDecodable {
    /// Events whose data is JSON of the payload's type.
    public init(jsonChunks chunks: AsyncThrowingStream<Data, any Error>) {
        self.init(chunks: chunks) { text, line in
            do {
                return try Payload(jsonString: text)
            } catch {
                throw ServerSentEventError(line: line, reason: "the event's data does not decode: \(error)")
            }
        }
    }
}

/// The event stream parser of the HTML standard, fed bytes in chunks of any size.
struct ServerSentEventParser {
    struct RawEvent: Sendable, Equatable {
        var event: String?
        var data: String
        var id: String?
        var retry: Int?
        var line: Int
    }

    private var pending: [UInt8] = []
    private var lineNumber = 0
    private var sawCarriageReturn = false
    private var isFirstLine = true
    private var eventType: String?
    private var dataLines: [String] = []
    private var hasData = false
    private var lastID: String?
    private var retry: Int?
    /// The longest line accepted, so that a stream without line breaks cannot fill memory.
    static let maximumLineLength = 8 * 1024 * 1024

    /// The events completed by `chunk`.
    mutating func feed(_ chunk: Data) throws(ServerSentEventError) -> [RawEvent] {
        var events: [RawEvent] = []
        for byte in chunk {
            if sawCarriageReturn {
                sawCarriageReturn = false
                if byte == 0x0A { continue }  // the LF of a CRLF
            }
            switch byte {
            case 0x0D:
                sawCarriageReturn = true
                if let event = try endLine() { events.append(event) }
            case 0x0A:
                if let event = try endLine() { events.append(event) }
            default:
                pending.append(byte)
                if pending.count > Self.maximumLineLength {
                    throw ServerSentEventError(line: lineNumber + 1, reason: "a line longer than \(Self.maximumLineLength) bytes")
                }
            }
        }
        return events
    }

    /// At the end of the stream: a last line without a line break is read, an event without its
    /// blank line is dropped (as the standard says).
    mutating func finish() throws(ServerSentEventError) -> [RawEvent] {
        if !pending.isEmpty { _ = try endLine() }
        return []
    }

    private mutating func endLine() throws(ServerSentEventError) -> RawEvent? {
        lineNumber += 1
        defer { pending.removeAll(keepingCapacity: true) }
        var bytes = pending[...]
        if isFirstLine {
            isFirstLine = false
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        }
        guard let line = String(validating: bytes, as: UTF8.self) else {
            throw ServerSentEventError(line: lineNumber, reason: "the line is not UTF-8")
        }
        if line.isEmpty { return dispatch() }
        if line.hasPrefix(":") { return nil }  // a comment, or a keep-alive
        let field: Substring
        var value: Substring
        if let colon = line.firstIndex(of: ":") {
            field = line[..<colon]
            value = line[line.index(after: colon)...]
            if value.hasPrefix(" ") { value = value.dropFirst() }
        } else {
            field = line[...]
            value = ""
        }
        switch field {
        case "event": eventType = String(value)
        case "data":
            dataLines.append(String(value))
            hasData = true
        case "id" where !value.contains("\0"): lastID = String(value)
        case "retry":
            if !value.isEmpty, value.allSatisfy(\.isASCII), value.allSatisfy(\.isNumber) { retry = Int(value) }
        default: break  // unknown fields are ignored, as the standard says
        }
        return nil
    }

    private mutating func dispatch() -> RawEvent? {
        defer {
            eventType = nil
            dataLines = []
            hasData = false
            retry = nil
        }
        guard hasData else { return nil }
        return RawEvent(event: eventType, data: dataLines.joined(separator: "\n"), id: lastID, retry: retry, line: lineNumber)
    }
}

/// Calls that answer with an event stream (this file is in a module only when one does).
extension ClientCore {
    /// The events of a `text/event-stream` response, each event's data decoded by `decode`; the
    /// response's status and headers come with them (its body is the events).
    func events<Payload: Sendable>(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: RequestBody = .none,
        idempotencyHeader: String? = nil, operation: String? = nil, options: RequestOptions?, errors: ErrorBodies,
        decode: @escaping @Sendable (String, Int) throws -> Payload
    ) async throws(ClientError) -> APIResponse<ServerSentEvents<Payload>> {
        let response = try await stream(
            method, path, query: query, headers: headers, body: body, accept: "text/event-stream",
            idempotencyHeader: idempotencyHeader, operation: operation, options: options, errors: errors)
        return APIResponse(
            value: ServerSentEvents(chunks: response.body, decode: decode),
            response: HTTPResponse(status: response.status, headers: response.headers))
    }

    /// Event data as text.
    static let eventText: @Sendable (String, Int) throws -> String = { text, _ in text }

    /// Event data as JSON of `Payload`; a failure names the event's line.
    static func eventJSON<Payload: JSONDecodable & Sendable>(_: Payload.Type) -> @Sendable (String, Int) throws -> Payload {
        { text, line in
            do {
                return try Payload(jsonString: text)
            } catch {
                throw ServerSentEventError(line: line, reason: "the event's data does not decode: \(error)")
            }
        }
    }
}
