/// A string enum that stays open: values the spec does not list decode into an `undocumented`
/// case, read back as their text, and encode unchanged. A string literal works where one is expected.
public protocol OpenEnum: RawRepresentable<String>, Sendable, Hashable, JSONCodable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    init(rawValue: String)
}

extension OpenEnum {
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        self.init(rawValue: try reader.readString())
    }

    public func encode(to writer: inout JSONWriter) {
        writer.string(rawValue)
    }

    public var description: String { rawValue }

    /// Equal when the wire text is equal, however the value was made.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}
