/// What an object held under one key: nothing, an explicit `null`, or a value.
///
/// Kept for every property that may be absent or `null`, so that decoding and encoding again
/// reproduces the input, and so that `null` can be sent on purpose.
public enum JSONField<Value> {
    case absent
    case null
    case value(Value)

    /// The value, or nil when the key was absent or `null`.
    public var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}

extension JSONField: Sendable where Value: Sendable {}
extension JSONField: Equatable where Value: Equatable {}
extension JSONField: Hashable where Value: Hashable {}

extension JSONField: JSONDecodable where Value: JSONDecodable {
    /// Decodes a present key: `null` or a value.
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        self = try reader.readNull() ? .null : .value(Value(from: &reader))
    }
}

/// A required property whose value may be `null`: always written, `null` when nil.
///
/// `$property` tells apart a decoded `null` from a key that was absent in what was decoded.
@propertyWrapper
public struct RequiredNullable<Value> {
    public var projectedValue: JSONField<Value>

    public init(wrappedValue: Value?) {
        projectedValue = wrappedValue.map { .value($0) } ?? .null
    }

    public init(projectedValue: JSONField<Value>) {
        self.projectedValue = projectedValue
    }

    public var wrappedValue: Value? {
        get { projectedValue.value }
        set { projectedValue = newValue.map { .value($0) } ?? .null }
    }
}

/// An optional property: omitted when nil.
///
/// `$property` can hold `.null` to send an explicit `null`, and remembers a decoded `null`.
@propertyWrapper
public struct OptionalKey<Value> {
    public var projectedValue: JSONField<Value>

    public init(wrappedValue: Value?) {
        projectedValue = wrappedValue.map { .value($0) } ?? .absent
    }

    public init(projectedValue: JSONField<Value>) {
        self.projectedValue = projectedValue
    }

    public var wrappedValue: Value? {
        get { projectedValue.value }
        set { projectedValue = newValue.map { .value($0) } ?? .absent }
    }
}

extension RequiredNullable: Sendable where Value: Sendable {}
extension RequiredNullable: Equatable where Value: Equatable {}
extension RequiredNullable: Hashable where Value: Hashable {}
extension OptionalKey: Sendable where Value: Sendable {}
extension OptionalKey: Equatable where Value: Equatable {}
extension OptionalKey: Hashable where Value: Hashable {}

/// A value kept out of line, so that a struct can hold a property of its own type.
final class IndirectBox<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// ``RequiredNullable``, stored out of line (for a property whose type contains its struct).
@propertyWrapper
public struct IndirectRequiredNullable<Value: Sendable>: Sendable {
    private var box: IndirectBox<JSONField<Value>>

    public init(wrappedValue: Value?) {
        box = IndirectBox(wrappedValue.map { .value($0) } ?? .null)
    }

    public init(projectedValue: JSONField<Value>) {
        box = IndirectBox(projectedValue)
    }

    public var projectedValue: JSONField<Value> {
        get { box.value }
        set { box = IndirectBox(newValue) }
    }

    public var wrappedValue: Value? {
        get { box.value.value }
        set { box = IndirectBox(newValue.map { .value($0) } ?? .null) }
    }
}

/// ``OptionalKey``, stored out of line (for a property whose type contains its struct).
@propertyWrapper
public struct IndirectOptionalKey<Value: Sendable>: Sendable {
    private var box: IndirectBox<JSONField<Value>>

    public init(wrappedValue: Value?) {
        box = IndirectBox(wrappedValue.map { .value($0) } ?? .absent)
    }

    public init(projectedValue: JSONField<Value>) {
        box = IndirectBox(projectedValue)
    }

    public var projectedValue: JSONField<Value> {
        get { box.value }
        set { box = IndirectBox(newValue) }
    }

    public var wrappedValue: Value? {
        get { box.value.value }
        set { box = IndirectBox(newValue.map { .value($0) } ?? .absent) }
    }
}

/// A required property stored out of line (for a property whose type contains its struct).
@propertyWrapper
public struct IndirectRequired<Value: Sendable>: Sendable {
    private var box: IndirectBox<Value>

    public init(wrappedValue: Value) {
        box = IndirectBox(wrappedValue)
    }

    public var wrappedValue: Value {
        get { box.value }
        set { box = IndirectBox(newValue) }
    }
}

extension IndirectRequiredNullable: Equatable where Value: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.projectedValue == rhs.projectedValue }
}
extension IndirectRequiredNullable: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(projectedValue) }
}
extension IndirectOptionalKey: Equatable where Value: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.projectedValue == rhs.projectedValue }
}
extension IndirectOptionalKey: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(projectedValue) }
}
extension IndirectRequired: Equatable where Value: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.wrappedValue == rhs.wrappedValue }
}
extension IndirectRequired: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) { hasher.combine(wrappedValue) }
}

extension JSONWriter {
    /// Writes a required key and its value.
    public mutating func field(_ key: String, _ value: some JSONEncodable) {
        self.key(key)
        value.encode(to: &self)
    }

    /// Writes a key that may be absent (then nothing is written), `null` or a value.
    public mutating func field<Value: JSONEncodable>(_ key: String, _ field: JSONField<Value>) {
        switch field {
        case .absent:
            return
        case .null:
            self.key(key)
            null()
        case .value(let value):
            self.key(key)
            value.encode(to: &self)
        }
    }

    /// Writes the keys a schema does not know, in their order.
    public mutating func fields(_ object: JSONObject) {
        for entry in object.entries {
            key(entry.key)
            value(entry.value)
        }
    }
}
