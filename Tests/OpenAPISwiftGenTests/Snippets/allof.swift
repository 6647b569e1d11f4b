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
        var _name: String?
        var _tag: String?
        var _bark: String?
        var additionalFields = JSONObject()
        var object = try reader.readObject(Self.jsonKeys)
        while let key = try reader.nextKey(&object) {
            switch key {
            case 0: _name = try reader.decode(String.self, key: "name")
            case 1: _tag = try reader.decode(String.self, key: "tag")
            case 2: _bark = try reader.decode(String.self, key: "bark")
            default: additionalFields.append(try reader.unknownEntry(object))
            }
        }
        self.name = try requiredValue(_name, key: "name")
        self.tag = try requiredValue(_tag, key: "tag")
        self.bark = try requiredValue(_bark, key: "bark")
        self.additionalFields = additionalFields
    }

    /// The keys of the schema, in its order.
    static let jsonKeys = JSONKeys(["name", "tag", "bark"])

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
        var _name: String?
        var _tag = JSONField<String>.absent
        var additionalFields = JSONObject()
        var object = try reader.readObject(Self.jsonKeys)
        while let key = try reader.nextKey(&object) {
            switch key {
            case 0: _name = try reader.decode(String.self, key: "name")
            case 1: _tag = try reader.decode(JSONField<String>.self, key: "tag")
            default: additionalFields.append(try reader.unknownEntry(object))
            }
        }
        self.name = try requiredValue(_name, key: "name")
        self._tag = OptionalKey(projectedValue: _tag)
        self.additionalFields = additionalFields
    }

    /// The keys of the schema, in its order.
    static let jsonKeys = JSONKeys(["name", "tag"])

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.name)
        writer.field("tag", self.$tag)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
