/// Spec: `#/components/schemas/Status`
public enum Status: OpenEnum {
    case active
    case paused
    /// A value the spec does not list, kept as it was sent.
    case undocumented(String)

    public init(rawValue: String) {
        switch rawValue {
        case "active": self = .active
        case "paused": self = .paused
        default: self = .undocumented(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .active: "active"
        case .paused: "paused"
        case .undocumented(let value): value
        }
    }

    /// The values the spec lists, in its order.
    public static let documentedCases: [Status] = [
        .active,
        .paused,
    ]
}

/// Spec: `#/components/schemas/Target`
public indirect enum Target: JSONCodable, Sendable, Hashable {
    case string(String)
    case int(Int)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        if let value = try? reader.attempt(String.self, from: start) { self = .string(value); return }
        if let value = try? reader.attempt(Int.self, from: start) { self = .int(value); return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .string(let value): value.encode(to: &writer)
        case .int(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/components/schemas/UserId`
public typealias UserId = String

/// Spec: `#/components/schemas/Tags`
public typealias Tags = [String]

/// Spec: `#/components/schemas/Rule`
public struct Rule: JSONCodable, Sendable, Hashable {
    /// Whether the rule applies.
    public var status: Status
    /// What the rule applies to.
    @OptionalKey public var target: Target?
    /// The user who made the rule.
    @OptionalKey public var userId: String?
    /// Names of the tags the rule applies to.
    @OptionalKey public var tags: Tags?
    /// An inline scalar, annotated.
    @OptionalKey public var label: UUIDString?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        status: Status,
        target: Target? = nil,
        userId: String? = nil,
        tags: Tags? = nil,
        label: UUIDString? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.status = status
        self.target = target
        self.userId = userId
        self.tags = tags
        self.label = label
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _status: Status?
        var _target = JSONField<Target>.absent
        var _userId = JSONField<String>.absent
        var _tags = JSONField<Tags>.absent
        var _label = JSONField<UUIDString>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._status: reader.read(&_status, key: "status")
            case ._target: reader.read(&_target, key: "target")
            case ._userId: reader.read(&_userId, key: "user_id")
            case ._tags: reader.read(&_tags, key: "tags")
            case ._label: reader.read(&_label, key: "label")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.status = _status!
        self._target = OptionalKey(projectedValue: _target)
        self._userId = OptionalKey(projectedValue: _userId)
        self._tags = OptionalKey(projectedValue: _tags)
        self._label = OptionalKey(projectedValue: _label)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("status"),
        .optional("target"),
        .optional("user_id"),
        .optional("tags"),
        .optional("label"),
    ])
    private enum JSONKey: Int {
        case _status
        case _target
        case _userId
        case _tags
        case _label
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("status", self.status)
        writer.field("target", self.$target)
        writer.field("user_id", self.$userId)
        writer.field("tags", self.$tags)
        writer.field("label", self.$label)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
