import Foundation

/// A string declared `format: uuid`, kept exactly as written.
///
/// Lenient on purpose: servers and documentation examples send ids that are not UUIDs
/// (`"resource-id"`, `"string"`); they decode, print and encode unchanged. ``uuid`` parses it.
public struct UUIDString: Sendable, Hashable, JSONCodable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// A UUID in its canonical lowercase text.
    public init(_ uuid: UUID) {
        rawValue = uuid.uuidString.lowercased()
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    /// The parsed UUID, or nil when the text is not one.
    public var uuid: UUID? { UUID(uuidString: rawValue) }

    public var description: String { rawValue }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        rawValue = try reader.readString()
    }

    public func encode(to writer: inout JSONWriter) {
        writer.string(rawValue)
    }
}
