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

    public init(json: JSONValue) throws(JSONDecodingError) {
        var _name: String?
        var _age = JSONField<Int32>.absent
        var additionalFields = JSONObject()
        for entry in try json.objectEntries() {
            switch entry.key {
            case "name": _name = try entry.value.decode(String.self, key: "name")
            case "age": _age = try entry.value.decode(JSONField<Int32>.self, key: "age")
            default: additionalFields.append(entry)
            }
        }
        self.name = try requiredValue(_name, key: "name")
        self._age = OptionalKey(projectedValue: _age)
        self.additionalFields = additionalFields
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.name)
        writer.field("age", self.$age)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
