import Foundation

/// An item of a JSON sequence that cannot be read: it does not decode, or the stream ended in
/// the middle of it.
public struct JSONSequenceError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The item's position in the stream, 1-based.
    public var item: Int
    /// The line it starts on, 1-based (for JSON Lines; the record's first line for JSON text sequences).
    public var line: Int
    public var reason: String

    public init(item: Int, line: Int, reason: String) {
        self.item = item
        self.line = line
        self.reason = reason
    }

    public var description: String { "JSON sequence, item \(item) (line \(line)): \(reason)" }
    public var errorDescription: String? { description }
}

/// The items of a sequential JSON body, each decoded as soon as its last byte arrives, whatever
/// the chunks: JSON Lines (`application/jsonl`, `application/x-ndjson`: one item per line, LF or
/// CRLF, blank lines skipped) or JSON text sequences (`application/json-seq`, RFC 7464: each item
/// after an RS byte and ending in LF; one cut short is an error). Memory holds one item at a time.
public struct JSONSequence<Item: JSONDecodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    public enum Format: Sendable, Hashable {
        /// JSON Lines / NDJSON.
        case lines
        /// RFC 7464 JSON text sequences.
        case textSequence

        /// The format of a media type: `application/json-seq` is a text sequence, any other lines.
        public init(mediaType: String) {
            let base = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            self = base == "application/json-seq" ? .textSequence : .lines
        }
    }

    let chunks: AsyncThrowingStream<Data, any Error>
    let format: Format

    public init(chunks: AsyncThrowingStream<Data, any Error>, format: Format) {
        self.chunks = chunks
        self.format = format
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(chunks: chunks.makeAsyncIterator(), splitter: JSONSequenceSplitter(format: format))
    }

    public struct Iterator: AsyncIteratorProtocol {
        var chunks: AsyncThrowingStream<Data, any Error>.AsyncIterator
        var splitter: JSONSequenceSplitter
        /// The records of the last chunk, and the next one to give.
        var ready: [JSONSequenceSplitter.Record] = []
        var position = 0
        var isFinished = false

        public mutating func next() async throws -> Item? {
            while position == ready.count {
                if isFinished { return nil }
                if let chunk = try await chunks.next() {
                    ready = splitter.feed(chunk)
                } else {
                    isFinished = true
                    ready = splitter.finish()
                }
                position = 0
            }
            let record = ready[position]
            position += 1
            if record.isTruncated {
                throw JSONSequenceError(item: record.item, line: record.line, reason: "it was cut short: no line feed ends it")
            }
            do {
                return try Item(jsonData: record.bytes)
            } catch {
                throw JSONSequenceError(item: record.item, line: record.line, reason: "it does not decode: \(error)")
            }
        }
    }
}

extension ClientCore {
    /// Sends a request and gives the success response's items as they arrive: JSON Lines, or
    /// JSON text sequences for `application/json-seq`.
    func jsonSequence<Item: JSONDecodable & Sendable>(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: RequestBody = .none,
        accept: String, idempotencyHeader: String? = nil, operation: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<JSONSequence<Item>> {
        let response = try await stream(
            method, path, query: query, headers: headers, body: body, accept: accept,
            idempotencyHeader: idempotencyHeader, operation: operation, options: options, errors: errors)
        return APIResponse(
            value: JSONSequence(chunks: response.body, format: JSONSequence<Item>.Format(mediaType: accept)),
            response: HTTPResponse(status: response.status, headers: response.headers))
    }
}

/// Cuts a byte stream into the records of a JSON sequence, fed chunks of any size.
struct JSONSequenceSplitter {
    struct Record: Sendable, Equatable {
        var bytes: [UInt8]
        var item: Int
        var line: Int
        /// A text-sequence record that the next RS or the end of the stream cut before its LF.
        var isTruncated = false
    }

    private static let lineFeed: UInt8 = 0x0A
    private static let recordSeparator: UInt8 = 0x1E

    let isTextSequence: Bool
    /// The bytes of the record being read.
    private var pending: [UInt8] = []
    /// Whether a text-sequence record has seen its LF (white space may follow it).
    private var sawLineFeed = false
    /// Lines ended so far, and the line the pending record starts on.
    private var lines = 0
    private var recordLine = 1
    private var items = 0

    init<Item>(format: JSONSequence<Item>.Format) {
        isTextSequence = format == .textSequence
    }

    /// The records the chunk completes.
    mutating func feed(_ chunk: Data) -> [Record] {
        var records: [Record] = []
        chunk.withUnsafeBytes { raw in
            for byte in raw {
                if let record = feed(byte) { records.append(record) }
            }
        }
        return records
    }

    /// One byte; the record it completes, if it does.
    private mutating func feed(_ byte: UInt8) -> Record? {
        var record: Record?
        switch byte {
        case Self.recordSeparator where isTextSequence:
            record = take()
            recordLine = lines + 1
        case Self.lineFeed:
            lines += 1
            if isTextSequence {
                sawLineFeed = sawLineFeed || !pending.isEmpty
            } else {
                record = take()
                recordLine = lines + 1
            }
        default:
            pending.append(byte)
        }
        return record
    }

    /// The last record, at the end of the stream.
    mutating func finish() -> [Record] {
        take().map { [$0] } ?? []
    }

    /// The pending record without the white space around it (a CR before the LF); nil when blank.
    private mutating func take() -> Record? {
        defer {
            pending.removeAll(keepingCapacity: true)
            sawLineFeed = false
        }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        guard let first = pending.firstIndex(where: { !isSpace($0) }), let last = pending.lastIndex(where: { !isSpace($0) }) else {
            return nil
        }
        items += 1
        return Record(bytes: Array(pending[first...last]), item: items, line: recordLine, isTruncated: isTextSequence && !sawLineFeed)
    }
}
