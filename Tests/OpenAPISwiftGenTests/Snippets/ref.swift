/// Spec: `#/components/schemas/Order`
public struct Order: JSONCodable, Sendable, Hashable {
    public var id: UUIDString
    /// Who placed the order.
    @IndirectRequired public var customer: Customer
    @OptionalKey public var total: Double?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        id: UUIDString,
        customer: Customer,
        total: Double? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.id = id
        self.customer = customer
        self.total = total
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var _id: UUIDString?
        var _customer: Customer?
        var _total = JSONField<Double>.absent
        var additionalFields = JSONObject()
        var object = try reader.readObject(Self.jsonKeys)
        while let key = try reader.nextKey(&object) {
            switch key {
            case 0: _id = try reader.decode(UUIDString.self, key: "id")
            case 1: _customer = try reader.decode(Customer.self, key: "customer")
            case 2: _total = try reader.decode(JSONField<Double>.self, key: "total")
            default: additionalFields.append(try reader.unknownEntry(object))
            }
        }
        self.id = try requiredValue(_id, key: "id")
        self.customer = try requiredValue(_customer, key: "customer")
        self._total = OptionalKey(projectedValue: _total)
        self.additionalFields = additionalFields
    }

    /// The keys of the schema, in its order.
    static let jsonKeys = JSONKeys(["id", "customer", "total"])

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", self.id)
        writer.field("customer", self.customer)
        writer.field("total", self.$total)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Customer`
public struct Customer: JSONCodable, Sendable, Hashable {
    @OptionalKey public var name: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        name: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.name = name
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var _name = JSONField<String>.absent
        var additionalFields = JSONObject()
        var object = try reader.readObject(Self.jsonKeys)
        while let key = try reader.nextKey(&object) {
            switch key {
            case 0: _name = try reader.decode(JSONField<String>.self, key: "name")
            default: additionalFields.append(try reader.unknownEntry(object))
            }
        }
        self._name = OptionalKey(projectedValue: _name)
        self.additionalFields = additionalFields
    }

    /// The keys of the schema, in its order.
    static let jsonKeys = JSONKeys(["name"])

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.$name)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/uuid`
public typealias Uuid = UUIDString

/// Spec: `#/components/schemas/Money`
public typealias Money = Double
