import Foundation

/// A value that reads itself from JSON text.
public protocol JSONDecodable {
    /// Reads the value at the reader's position and leaves the reader after it.
    init(from reader: inout JSONReader) throws(JSONDecodingError)
}

/// A value that writes itself with a ``JSONWriter``.
public protocol JSONEncodable {
    func encode(to writer: inout JSONWriter)
}

public typealias JSONCodable = JSONDecodable & JSONEncodable

extension JSONDecodable {
    /// Decodes JSON text.
    public init(jsonData data: some Collection<UInt8>) throws(JSONDecodingError) {
        self = try JSONReader.decode(Self.self, from: data)
    }

    public init(jsonString string: String) throws(JSONDecodingError) {
        self = try JSONReader.decode(Self.self, from: Array(string.utf8))
    }

    /// Decodes a value already parsed (written out and read again, so nothing is lost).
    public init(json: JSONValue) throws(JSONDecodingError) {
        var writer = JSONWriter()
        writer.value(json)
        self = try JSONReader.decode(Self.self, from: writer.bytes)
    }
}

extension JSONEncodable {
    /// The value as JSON bytes: compact, or pretty with two-space indentation.
    public func jsonData(pretty: Bool = false) -> Data {
        Data(jsonBytes(pretty: pretty))
    }

    public func jsonBytes(pretty: Bool = false) -> [UInt8] {
        var writer = JSONWriter(pretty: pretty)
        encode(to: &writer)
        return writer.bytes
    }

    /// The value as a request body: what the spec marks `readOnly` is left out.
    public func requestBytes() -> [UInt8] {
        var writer = JSONWriter()
        writer.isRequest = true
        encode(to: &writer)
        return writer.bytes
    }

    public func jsonString(pretty: Bool = false) -> String {
        String(decoding: jsonBytes(pretty: pretty), as: UTF8.self)
    }
}

/// Why a JSON value could not be decoded, and where: `path` is a JSON path such as `$.errors[0].code`.
public struct JSONDecodingError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
    public enum Reason: Sendable, Hashable {
        case syntax(String)
        case typeMismatch(expected: String, found: String)
        case missingKey(String)
        case invalidValue(String)
    }

    public var reason: Reason
    /// Keys and indexes from the document root to the value, outermost first.
    public var path: [String]

    public init(_ reason: Reason, path: [String] = []) {
        self.reason = reason
        self.path = path
    }

    /// The same error, one level further out.
    public func inside(_ component: String) -> JSONDecodingError {
        var copy = self
        copy.path.insert(component, at: 0)
        return copy
    }

    public var pathDescription: String {
        var text = "$"
        for component in path {
            if component.first == "[" { text += component } else { text += "." + component }
        }
        return text
    }

    /// What `localizedDescription` says: the description.
    public var errorDescription: String? { description }

    public var description: String {
        switch reason {
        case .syntax(let message): "invalid JSON: \(message)"
        case .typeMismatch(let expected, let found): "\(pathDescription): expected \(expected), found \(found)"
        case .missingKey(let key): "\(pathDescription): required key '\(key)' is missing"
        case .invalidValue(let message): "\(pathDescription): \(message)"
        }
    }
}

// MARK: - Conformances of standard types

extension JSONValue: JSONCodable {
    public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readValue() }
    public init(json: JSONValue) { self = json }
    public func encode(to writer: inout JSONWriter) { writer.value(self) }
}

extension JSONObject: JSONCodable {
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var cursor = try reader.readObject(.none)
        var object = JSONObject()
        var keys = SeenKeys()
        while try reader.key(&cursor) != nil {
            let entry = try reader.unknownEntry(cursor)
            guard keys.insert(entry.key) else { throw reader.repeatedKey(entry.key) }
            object.append(entry)
        }
        self = object
    }

    public func encode(to writer: inout JSONWriter) { writer.value(.object(self)) }
}

extension String: JSONCodable {
    public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readString() }
    public func encode(to writer: inout JSONWriter) { writer.string(self) }
}

extension Bool: JSONCodable {
    public init(from reader: inout JSONReader) throws(JSONDecodingError) { self = try reader.readBool() }
    public func encode(to writer: inout JSONWriter) { writer.bool(self) }
}

extension Double: JSONCodable {
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let text = try reader.readNumberText()
        guard let number = Double(text) else {
            throw JSONDecodingError(.invalidValue("'\(text)' is not a number that fits Double"))
        }
        self = number
    }

    public func encode(to writer: inout JSONWriter) { writer.number(self) }
}

extension Int: JSONCodable {}
extension Int32: JSONCodable {}
extension Int64: JSONCodable {}

extension FixedWidthInteger {
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let text = try reader.readNumberText(expected: "an integer")
        if let number = Self(text) {
            self = number
        } else if let number = Double(text), number == number.rounded(), let exact = Self(exactly: number) {
            self = exact  // 1e3 or 2.0: integral, though not written as one
        } else {
            throw JSONDecodingError(.invalidValue("'\(text)' is not an integer that fits \(Self.self)"))
        }
    }

    public func encode(to writer: inout JSONWriter) { writer.number(self) }
}

extension Array: JSONDecodable where Element: JSONDecodable {
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var cursor = try reader.readArray()
        var result: [Element] = []
        while try reader.nextElement(&cursor) {
            do {
                result.append(try Element(from: &reader))
            } catch {
                throw error.inside("[\(result.count)]")
            }
        }
        self = result
    }
}

extension Array: JSONEncodable where Element: JSONEncodable {
    public func encode(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self { element.encode(to: &writer) }
        writer.endArray()
    }
}
