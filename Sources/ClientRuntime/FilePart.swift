import Foundation

/// A file in a `multipart/form-data` body (a property of `type: string, format: binary`):
/// bytes, or a file on disk, with the file name and content type the server sees.
public struct FilePart: Sendable, Hashable, JSONCodable {
    public enum Content: Sendable, Hashable {
        case data(Data)
        /// Read when the request is made.
        case file(URL)
    }

    public var content: Content
    public var filename: String
    public var contentType: String

    public init(_ data: Data, filename: String, contentType: String = "application/octet-stream") {
        content = .data(data)
        self.filename = filename
        self.contentType = contentType
    }

    /// A file on disk; its name is the file's own unless given.
    public init(file: URL, filename: String? = nil, contentType: String = "application/octet-stream") {
        content = .file(file)
        self.filename = filename ?? file.lastPathComponent
        self.contentType = contentType
    }

    /// The parts of the multipart body being encoded, if one is.
    @TaskLocal static var collector: FilePartCollector?

    /// In a multipart body, a placeholder its encoder replaces with the file; elsewhere (a file
    /// has no JSON form) its file name.
    public func encode(to writer: inout JSONWriter) {
        writer.string(Self.collector?.add(self) ?? filename)
    }

    /// Text read as the bytes of a file named `file`.
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        self.init(Data(try reader.readString().utf8), filename: "file")
    }
}

/// Collects the file parts of one multipart body while it is written as JSON.
final class FilePartCollector: @unchecked Sendable {
    static let marker = "\u{1}file-part:"
    private let lock = NSLock()
    private var parts: [FilePart] = []

    func add(_ part: FilePart) -> String {
        lock.withLock {
            parts.append(part)
            return Self.marker + String(parts.count - 1)
        }
    }

    /// The part a placeholder stands for.
    func part(for text: String) -> FilePart? {
        guard text.hasPrefix(Self.marker), let index = Int(text.dropFirst(Self.marker.count)) else { return nil }
        return lock.withLock { parts.indices.contains(index) ? parts[index] : nil }
    }
}
