import Foundation

/// A part of a `multipart/*` response that cannot be read: the body ended inside it, or its
/// JSON does not decode.
public struct MultipartError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    /// The part's position in the body, 1-based.
    public var part: Int
    public var reason: String

    public init(part: Int, reason: String) {
        self.part = part
        self.reason = reason
    }

    public var description: String { "multipart body, part \(part): \(reason)" }
    public var errorDescription: String? { description }
}

/// One part of a multipart response: its headers, its bytes, and its item when it is JSON.
public struct MultipartPart<Item: JSONDecodable & Sendable>: Sendable {
    public var headers: [HTTPHeader]
    public var body: Data
    /// The body decoded as the spec's item type when the part is JSON (its `Content-Type`, or
    /// where it gives none the one the spec gives its place); nil for a part of another type.
    public var item: Item?
    /// The part's position in the body, 1-based.
    public var index: Int

    public init(headers: [HTTPHeader], body: Data, item: Item?, index: Int) {
        self.headers = headers
        self.body = body
        self.item = item
        self.index = index
    }

    /// The value of a header, whatever its case.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    public var contentType: String? { header("Content-Type") }
}

/// The parts of a `multipart/mixed` (or other `multipart/*`) response, each given as soon as the
/// delimiter after it arrives, whatever the chunks (RFC 2046 section 5.1). Memory holds one part
/// at a time. A body that ends before its closing delimiter throws after the parts before it.
public struct MultipartParts<Item: JSONDecodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = MultipartPart<Item>

    let chunks: AsyncThrowingStream<Data, any Error>
    let boundary: String
    let contentTypes: PartContentTypes

    /// The content type of a part that gives none: the spec's for its place (OpenAPI 3.2's
    /// `prefixEncoding` for the first parts, `itemEncoding` for the others), or `text/plain` as
    /// RFC 2046 says.
    public struct PartContentTypes: Sendable {
        public var prefix: [String]
        public var item: String?

        public init(prefix: [String] = [], item: String? = nil) {
            self.prefix = prefix
            self.item = item
        }

        func of(part index: Int) -> String {
            let given = index <= prefix.count ? prefix[index - 1] : item ?? ""
            return given.isEmpty ? "text/plain" : given
        }
    }

    public init(chunks: AsyncThrowingStream<Data, any Error>, boundary: String, contentTypes: PartContentTypes = PartContentTypes()) {
        self.chunks = chunks
        self.boundary = boundary
        self.contentTypes = contentTypes
    }

    /// The `boundary` parameter of a `multipart/*` content type, quoted or not.
    public static func boundary(ofContentType contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(chunks: chunks.makeAsyncIterator(), splitter: MultipartSplitter(boundary: boundary), contentTypes: contentTypes)
    }

    public struct Iterator: AsyncIteratorProtocol {
        var chunks: AsyncThrowingStream<Data, any Error>.AsyncIterator
        var splitter: MultipartSplitter
        let contentTypes: PartContentTypes
        var ready: [MultipartSplitter.Part] = []
        var position = 0
        var isFinished = false

        public mutating func next() async throws -> MultipartPart<Item>? {
            while position == ready.count {
                if isFinished { return nil }
                if let chunk = try await chunks.next() {
                    ready = try splitter.feed(chunk)
                } else {
                    isFinished = true
                    ready = []
                    // A cancelled read ends the chunks early: that is no fault of the body.
                    try Task.checkCancellation()
                    try splitter.finish()
                }
                position = 0
            }
            let part = ready[position]
            position += 1
            let body = Data(part.body)
            let contentType = part.headers.first { $0.name.lowercased() == "content-type" }?.value ?? contentTypes.of(part: part.index)
            var item: Item?
            if Self.isJSON(contentType) {
                do {
                    item = try Item(jsonData: body)
                } catch {
                    throw MultipartError(part: part.index, reason: "its JSON does not decode: \(error)")
                }
            }
            return MultipartPart(headers: part.headers, body: body, item: item, index: part.index)
        }

        static func isJSON(_ contentType: String) -> Bool {
            // Most parts say exactly this; the others are read with care.
            if contentType == "application/json" { return true }
            let base = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
            return base == "application/json" || base.hasSuffix("+json")
        }
    }
}

extension ClientCore {
    /// Sends a request and gives the parts of the success response's `multipart/*` body as they
    /// arrive. A response without a boundary in its `Content-Type` is a decoding error.
    func parts<Item: JSONDecodable & Sendable>(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: RequestBody = .none,
        accept: String, contentTypes: MultipartParts<Item>.PartContentTypes = .init(), idempotencyHeader: String? = nil,
        operation: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<MultipartParts<Item>> {
        let response = try await stream(
            method, path, query: query, headers: headers, body: body, accept: accept,
            idempotencyHeader: idempotencyHeader, operation: operation, options: options, errors: errors)
        let head = HTTPResponse(status: response.status, headers: response.headers)
        let contentType = response.headers.first { $0.name.lowercased() == "content-type" }?.value ?? ""
        guard let boundary = MultipartParts<Item>.boundary(ofContentType: contentType) else {
            throw .decoding(DecodingFailure(
                error: JSONDecodingError(.invalidValue("the multipart response's Content-Type '\(contentType)' names no boundary")),
                response: head))
        }
        return APIResponse(value: MultipartParts(chunks: response.body, boundary: boundary, contentTypes: contentTypes), response: head)
    }
}

/// Cuts a byte stream into the parts of a multipart body, fed chunks of any size: the preamble
/// before the first delimiter and the epilogue after the closing one are skipped; each part's
/// headers end at its first empty line (CRLF, or LF alone).
struct MultipartSplitter {
    struct Part: Sendable, Equatable {
        var headers: [HTTPHeader]
        var body: [UInt8]
        var index: Int
    }

    private enum State { case preamble, afterDelimiter, headers, body, epilogue }

    /// `--boundary`, and the CRLF that comes before it inside the body.
    private let delimiter: [UInt8]
    private var state = State.preamble
    private var buffer: [UInt8] = []
    /// Where the search for the next delimiter in `buffer` goes on (one may start in its last bytes).
    private var searched = 0
    private var parts = 0
    private var headers: [HTTPHeader] = []

    init(boundary: String) {
        delimiter = Array(("--" + boundary).utf8)
    }

    /// The parts the chunk completes.
    mutating func feed(_ chunk: Data) throws(MultipartError) -> [Part] {
        buffer += chunk
        var done: [Part] = []
        // Where the unread bytes start; what is before it is dropped once, on the way out.
        var position = 0
        defer {
            buffer.removeFirst(position)
            searched = max(0, searched - position)
        }
        while true {
            switch state {
            case .preamble:
                // The first delimiter starts the body or a line.
                let found = Self.find(delimiter, in: buffer, from: position, origin: position, atLineStart: true)
                guard let start = found.start else {
                    // Keep what may still be the start of a delimiter.
                    position = max(position, found.resume - 1)
                    return done
                }
                position = start + delimiter.count
                state = .afterDelimiter
            case .afterDelimiter:
                guard buffer.count - position >= 2 else { return done }
                if buffer[position] == UInt8(ascii: "-") && buffer[position + 1] == UInt8(ascii: "-") {
                    state = .epilogue
                    continue
                }
                // Transport padding, then the line's end.
                guard let end = buffer[position...].firstIndex(of: 0x0A) else { return done }
                position = end + 1
                parts += 1
                headers = []
                state = .headers
            case .headers:
                guard let end = buffer[position...].firstIndex(of: 0x0A) else { return done }
                var line = buffer[position..<end]
                if line.last == 0x0D { line = line.dropLast() }
                position = end + 1
                if line.isEmpty {
                    state = .body
                    searched = position
                } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
                    headers.append(HTTPHeader(Self.trimmed(line[..<colon]), Self.trimmed(line[(colon + 1)...])))
                }
            case .body:
                let found = Self.find(delimiter, in: buffer, from: max(searched, position), origin: position, atLineStart: false)
                guard let start = found.start else {
                    searched = found.resume
                    return done
                }
                // The line break before the delimiter belongs to it.
                var end = start
                if end > position && buffer[end - 1] == 0x0A { end -= 1 }
                if end > position && buffer[end - 1] == 0x0D { end -= 1 }
                done.append(Part(headers: headers, body: Array(buffer[position..<end]), index: parts))
                position = start + delimiter.count
                state = .afterDelimiter
            case .epilogue:
                position = buffer.count
                return done
            }
        }
    }

    /// The text of bytes without the spaces and tabs around it.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(decoding: bytes[first...last], as: UTF8.self)
    }

    /// Checks that the body ended with its closing delimiter.
    func finish() throws(MultipartError) {
        switch state {
        case .epilogue: return
        case .preamble: throw MultipartError(part: 1, reason: "the body ended before its first delimiter")
        case .afterDelimiter: throw MultipartError(part: parts + 1, reason: "the body ended without its closing delimiter")
        case .headers, .body: throw MultipartError(part: parts, reason: "the body ended inside the part, before the delimiter after it")
        }
    }

    /// Where `delimiter` starts in `bytes`, from `from`, at the start of a line (after LF), or at
    /// `origin` (where the unread bytes start) when `atLineStart`: a part's body may hold the text elsewhere, but
    /// never at the start of a line (RFC 2046 section 5.1.1). When there is none yet, `resume`
    /// is where a later search must start.
    private static func find(_ delimiter: [UInt8], in bytes: [UInt8], from: Int, origin: Int, atLineStart: Bool) -> (start: Int?, resume: Int) {
        var index = from
        while index + delimiter.count <= bytes.count {
            guard let first = bytes[index...].firstIndex(of: delimiter[0]) else { break }
            guard first + delimiter.count <= bytes.count else { return (nil, first) }
            let isLineStart = first == origin ? atLineStart : first > 0 && bytes[first - 1] == 0x0A
            if isLineStart && bytes[first..<(first + delimiter.count)].elementsEqual(delimiter) { return (first, first) }
            index = first + 1
        }
        return (nil, max(from, bytes.count - delimiter.count - 1))
    }
}
