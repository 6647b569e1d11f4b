/// Spec: `#/components/schemas/Pet`
public indirect enum Pet: JSONCodable, Sendable, Hashable {
    case cat(Cat)
    case otherPet(OtherPet)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        switch reader.discriminator("kind") {
        case "cat": self = .cat(try Cat(from: &reader)); return
        case "OtherPet": self = .otherPet(try OtherPet(from: &reader)); return
        default: break
        }
        if let value = try? reader.attempt(OtherPet.self, from: start) { self = .otherPet(value); return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .cat(let value): value.encode(to: &writer)
        case .otherPet(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/components/schemas/Cat`
public struct Cat: JSONCodable, Sendable, Hashable {
    public var kind: String
    public var meows: Bool
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        kind: String,
        meows: Bool,
        additionalFields: JSONObject = [:]
    ) {
        self.kind = kind
        self.meows = meows
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _kind: String?
        var _meows: Bool?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._kind: reader.read(&_kind, key: "kind")
            case ._meows: reader.read(&_meows, key: "meows")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.kind = _kind!
        self.meows = _meows!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("kind"),
        .required("meows"),
    ])
    private enum JSONKey: Int {
        case _kind
        case _meows
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("kind", self.kind)
        writer.field("meows", self.meows)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/OtherPet`
public struct OtherPet: JSONCodable, Sendable, Hashable {
    public var kind: String
    @OptionalKey public var name: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        kind: String,
        name: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.kind = kind
        self.name = name
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _kind: String?
        var _name = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._kind: reader.read(&_kind, key: "kind")
            case ._name: reader.read(&_name, key: "name")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.kind = _kind!
        self._name = OptionalKey(projectedValue: _name)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("kind"),
        .optional("name"),
    ])
    private enum JSONKey: Int {
        case _kind
        case _name
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("kind", self.kind)
        writer.field("name", self.$name)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
