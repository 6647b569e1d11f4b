/// Spec: `#/components/schemas/Dog`
public struct Dog: JSONCodable, Sendable, Hashable {
    public var name: String
    public var tag: String
    public var bark: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        name: String,
        tag: String,
        bark: String,
        additionalFields: JSONObject = [:]
    ) {
        self.name = name
        self.tag = tag
        self.bark = bark
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _name: String?
        var _tag: String?
        var _bark: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._name: reader.read(&_name, key: "name")
            case ._tag: reader.read(&_tag, key: "tag")
            case ._bark: reader.read(&_bark, key: "bark")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.name = _name!
        self.tag = _tag!
        self.bark = _bark!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("name"),
        .required("tag"),
        .required("bark"),
    ])
    private enum JSONKey: Int {
        case _name
        case _tag
        case _bark
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.name)
        writer.field("tag", self.tag)
        writer.field("bark", self.bark)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Pet`
public struct Pet: JSONCodable, Sendable, Hashable {
    public var name: String
    @OptionalKey public var tag: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        name: String,
        tag: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.name = name
        self.tag = tag
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _name: String?
        var _tag = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._name: reader.read(&_name, key: "name")
            case ._tag: reader.read(&_tag, key: "tag")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.name = _name!
        self._tag = OptionalKey(projectedValue: _tag)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("name"),
        .optional("tag"),
    ])
    private enum JSONKey: Int {
        case _name
        case _tag
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.name)
        writer.field("tag", self.$tag)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
