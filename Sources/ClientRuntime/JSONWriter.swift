import Foundation

/// Writes JSON bytes directly, keys in the order they are given.
///
/// Output is the same on every platform. Compact form has no spaces; pretty form indents by two
/// spaces and writes `"key": value`, empty arrays and objects as `[]` and `{}`.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    public let pretty: Bool
    /// Whether the value is written as a request body: properties the spec marks `readOnly`
    /// (sent by the server only) are left out.
    public var isRequest = false
    private var depth = 0
    /// Whether the innermost open array or object already holds a value.
    private var hasValue = false
    /// Set between a key and its value.
    private var afterKey = false

    public init(pretty: Bool = false) {
        self.pretty = pretty
        bytes.reserveCapacity(512)
    }

    // MARK: Structure

    public mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        hasValue = false
    }

    public mutating func endObject() {
        close(UInt8(ascii: "}"))
    }

    public mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        depth += 1
        hasValue = false
    }

    public mutating func endArray() {
        close(UInt8(ascii: "]"))
    }

    /// Writes `"key":` (or `"key": ` when pretty); the next value written belongs to it.
    public mutating func key(_ key: String) {
        separate()
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    // MARK: Scalars

    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    public mutating func bool(_ value: Bool) {
        beginValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func string(_ value: String) {
        beginValue()
        writeString(value)
    }

    /// Writes number text as it is; the caller vouches that it is a valid JSON number.
    public mutating func number(text: String) {
        beginValue()
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func number(_ value: some BinaryInteger) {
        number(text: String(value))
    }

    public mutating func number(_ value: Double) {
        number(text: Self.numberText(value))
    }

    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let text): number(text: text)
        case .string(let text): string(text)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let object):
            beginObject()
            for entry in object.entries {
                key(entry.key)
                self.value(entry.value)
            }
            endObject()
        }
    }

    /// The shortest text that reads back as `value`; integral values have no fraction.
    /// JSON has no NaN or infinity: they are written as `null`.
    public static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    // MARK: Layout

    private mutating func beginValue() {
        if afterKey {
            afterKey = false
        } else {
            separate()
        }
        hasValue = true
    }

    /// A comma before every value but the first, and a new line plus indentation when pretty.
    private mutating func separate() {
        guard depth > 0 else { return }
        if hasValue { bytes.append(UInt8(ascii: ",")) }
        hasValue = true
        if pretty { newline() }
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if pretty && hasValue { newline() }
        bytes.append(bracket)
        hasValue = true
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        // Fast path: nothing to escape, so the UTF-8 bytes go in as they are.
        let plain: Bool? = text.utf8.withContiguousStorageIfAvailable { buffer in
            !buffer.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        }
        if plain == true {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0x08: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "f"))
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
