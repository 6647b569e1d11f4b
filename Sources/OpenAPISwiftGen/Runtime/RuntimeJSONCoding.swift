extension RuntimeFile {
    /// `Runtime/JSONCoding.swift` of every generated module.
    static let jsonCoding = RuntimeFile(name: "JSONCoding.swift", contents: ##"""
import Foundation

/// A value that can be read from a ``JSONValue``.
public protocol JSONDecodable {
    init(json: JSONValue) throws(JSONDecodingError)
}

/// A value that writes itself with a ``JSONWriter``.
public protocol JSONEncodable {
    func encode(to writer: inout JSONWriter)
}

public typealias JSONCodable = JSONDecodable & JSONEncodable

extension JSONDecodable {
    /// Decodes JSON text.
    public init(jsonData data: some Collection<UInt8>) throws(JSONDecodingError) {
        try self.init(json: JSONReader.parse(data))
    }

    public init(jsonString string: String) throws(JSONDecodingError) {
        try self.init(json: JSONReader.parse(Array(string.utf8)))
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

    public func jsonString(pretty: Bool = false) -> String {
        String(decoding: jsonBytes(pretty: pretty), as: UTF8.self)
    }
}

/// Why a JSON value could not be decoded, and where: `path` is a JSON path such as `$.errors[0].code`.
public struct JSONDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
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

    public var description: String {
        switch reason {
        case .syntax(let message): "invalid JSON: \(message)"
        case .typeMismatch(let expected, let found): "\(pathDescription): expected \(expected), found \(found)"
        case .missingKey(let key): "\(pathDescription): required key '\(key)' is missing"
        case .invalidValue(let message): "\(pathDescription): \(message)"
        }
    }

    static func mismatch(expected: String, found value: JSONValue) -> JSONDecodingError {
        JSONDecodingError(.typeMismatch(expected: expected, found: value.kindName))
    }
}

extension JSONValue {
    /// A short name of the value's kind, for error messages.
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The object's entries, or a type mismatch error.
    public func objectEntries() throws(JSONDecodingError) -> JSONObject {
        guard case .object(let object) = self else { throw .mismatch(expected: "an object", found: self) }
        return object
    }

    /// The string under `key` of an object: the tag that picks a union's case.
    public func discriminator(_ key: String) -> String? {
        guard case .object(let object) = self, case .string(let tag)? = object[key] else { return nil }
        return tag
    }

    /// Decodes the value of an object entry, naming the key if it fails.
    @inlinable
    public func decode<Value: JSONDecodable>(_: Value.Type, key: String) throws(JSONDecodingError) -> Value {
        do {
            return try Value(json: self)
        } catch {
            throw error.inside(key)
        }
    }
}

/// Gives the value of a required key, or says which key is missing.
@inlinable
public func requiredValue<Value>(_ value: Value?, key: String) throws(JSONDecodingError) -> Value {
    guard let value else { throw JSONDecodingError(.missingKey(key)) }
    return value
}

// MARK: - Conformances of standard types

extension JSONValue: JSONCodable {
    public init(json: JSONValue) { self = json }
    public func encode(to writer: inout JSONWriter) { writer.value(self) }
}

extension JSONObject: JSONCodable {
    public init(json: JSONValue) throws(JSONDecodingError) { self = try json.objectEntries() }
    public func encode(to writer: inout JSONWriter) { writer.value(.object(self)) }
}

extension String: JSONCodable {
    public init(json: JSONValue) throws(JSONDecodingError) {
        guard case .string(let text) = json else { throw .mismatch(expected: "a string", found: json) }
        self = text
    }

    public func encode(to writer: inout JSONWriter) { writer.string(self) }
}

extension Bool: JSONCodable {
    public init(json: JSONValue) throws(JSONDecodingError) {
        guard case .bool(let flag) = json else { throw .mismatch(expected: "a boolean", found: json) }
        self = flag
    }

    public func encode(to writer: inout JSONWriter) { writer.bool(self) }
}

extension Double: JSONCodable {
    public init(json: JSONValue) throws(JSONDecodingError) {
        guard case .number(let text) = json, let number = Double(text) else {
            throw .mismatch(expected: "a number", found: json)
        }
        self = number
    }

    public func encode(to writer: inout JSONWriter) { writer.number(self) }
}

extension Int: JSONCodable {}
extension Int32: JSONCodable {}
extension Int64: JSONCodable {}

extension FixedWidthInteger {
    public init(json: JSONValue) throws(JSONDecodingError) {
        guard case .number(let text) = json else { throw .mismatch(expected: "an integer", found: json) }
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
    public init(json: JSONValue) throws(JSONDecodingError) {
        guard case .array(let items) = json else { throw .mismatch(expected: "an array", found: json) }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            do {
                result.append(try Element(json: item))
            } catch {
                throw error.inside("[\(index)]")
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
"""##)
}
