/// Spec: `#/components/schemas/Endpoint`
public struct Endpoint: JSONCodable, Sendable, Hashable {
    @RequiredNullable public var callerId: String?
    @RequiredNullable public var handler: Handler?
    @RequiredNullable public var resourceId: UUIDString?
    @RequiredNullable public var label: String?
    @OptionalKey public var note: String?
    @RequiredNullable public var currency: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        callerId: String?,
        handler: Handler?,
        resourceId: UUIDString?,
        label: String?,
        note: String? = nil,
        currency: String?,
        additionalFields: JSONObject = [:]
    ) {
        self.callerId = callerId
        self.handler = handler
        self.resourceId = resourceId
        self.label = label
        self.note = note
        self.currency = currency
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _callerId = JSONField<String>.absent
        var _handler = JSONField<Handler>.absent
        var _resourceId = JSONField<UUIDString>.absent
        var _label = JSONField<String>.absent
        var _note = JSONField<String>.absent
        var _currency = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._callerId: reader.read(&_callerId, key: "caller_id")
            case ._handler: reader.read(&_handler, key: "handler")
            case ._resourceId: reader.read(&_resourceId, key: "resource_id")
            case ._label: reader.read(&_label, key: "label")
            case ._note: reader.read(&_note, key: "note")
            case ._currency: reader.read(&_currency, key: "currency")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._callerId = RequiredNullable(projectedValue: _callerId)
        self._handler = RequiredNullable(projectedValue: _handler)
        self._resourceId = RequiredNullable(projectedValue: _resourceId)
        self._label = RequiredNullable(projectedValue: _label)
        self._note = OptionalKey(projectedValue: _note)
        self._currency = RequiredNullable(projectedValue: _currency)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("caller_id"),
        .optional("handler"),
        .optional("resource_id"),
        .optional("label"),
        .optional("note"),
        .optional("currency"),
    ])
    private enum JSONKey: Int {
        case _callerId
        case _handler
        case _resourceId
        case _label
        case _note
        case _currency
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("caller_id", self.$callerId)
        writer.field("handler", self.$handler)
        writer.field("resource_id", self.$resourceId)
        writer.field("label", self.$label)
        writer.field("note", self.$note)
        writer.field("currency", self.$currency)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Handler`
public enum Handler: OpenEnum {
    case relay
    case laml
    /// A value the spec does not list, kept as it was sent.
    case undocumented(String)

    public init(rawValue: String) {
        switch rawValue {
        case "relay": self = .relay
        case "laml": self = .laml
        default: self = .undocumented(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .relay: "relay"
        case .laml: "laml"
        case .undocumented(let value): value
        }
    }

    /// The values the spec lists, in its order.
    public static let documentedCases: [Handler] = [
        .relay,
        .laml,
    ]
}

/// Spec: `#/components/schemas/CurrencyCode`
public typealias CurrencyCode = String
