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
            switch key {
            case 0: reader.read(&_name, key: "name")
            case 1: reader.read(&_tag, key: "tag")
            case 2: reader.read(&_bark, key: "bark")
            default: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.name = _name!
        self.tag = _tag!
        self.bark = _bark!
        self.additionalFields = additionalFields
    }

    /// The keys of the schema in its order, and the indexes of the required ones.
    static let jsonKeys = JSONKeys(["name", "tag", "bark"], required: [0, 1, 2])

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
            switch key {
            case 0: reader.read(&_name, key: "name")
            case 1: reader.read(&_tag, key: "tag")
            default: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.name = _name!
        self._tag = OptionalKey(projectedValue: _tag)
        self.additionalFields = additionalFields
    }

    /// The keys of the schema in its order, and the indexes of the required ones.
    static let jsonKeys = JSONKeys(["name", "tag"], required: [0])

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.name)
        writer.field("tag", self.$tag)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
