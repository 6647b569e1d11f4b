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
        var object = try reader.readObject(Self.jsonKeys)
        var _name: String?
        var _age = JSONField<Int32>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._name: reader.read(&_name, key: "name")
            case ._age: reader.read(&_age, key: "age")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.name = _name!
        self._age = OptionalKey(projectedValue: _age)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("name"),
        .optional("age"),
    ])
    private enum JSONKey: Int {
        case _name
        case _age
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.name)
        writer.field("age", self.$age)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
