/// A pet in the store.
///
/// Spec: `#/components/schemas/Pet`
public struct Pet: JSONCodable, Sendable, Hashable {
    /// The pet's name.
    public var name: String
    @OptionalKey public var age: Int32?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        name: String,
        age: Int32? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.name = name
        self.age = age
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var _name: String?
        var _age = JSONField<Int32>.absent
        var additionalFields = JSONObject()
        var object = try reader.readObject(Self.jsonKeys)
        while let key = try reader.nextKey(&object) {
            switch key {
            case 0: _name = try reader.decode(String.self, key: "name")
            case 1: _age = try reader.decode(JSONField<Int32>.self, key: "age")
            default: additionalFields.append(try reader.unknownEntry(object))
            }
        }
        self.name = try requiredValue(_name, key: "name")
        self._age = OptionalKey(projectedValue: _age)
        self.additionalFields = additionalFields
    }

    /// The keys of the schema, in its order.
    static let jsonKeys = JSONKeys(["name", "age"])

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.name)
        writer.field("age", self.$age)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
