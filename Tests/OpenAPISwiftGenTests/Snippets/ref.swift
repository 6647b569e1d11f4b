/// Spec: `#/components/schemas/Order`
public struct Order: JSONCodable, Sendable, Hashable {
    public var id: UUIDString
    /// Who placed the order.
    @IndirectRequired public var customer: Customer
    /// An amount in the account's currency.
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
        var object = try reader.readObject(Self.jsonKeys)
        var _id: UUIDString?
        var _customer: Customer?
        var _total = JSONField<Double>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._id: reader.read(&_id, key: "id")
            case ._customer: reader.read(&_customer, key: "customer")
            case ._total: reader.read(&_total, key: "total")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.id = _id!
        self.customer = _customer!
        self._total = OptionalKey(projectedValue: _total)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("id"),
        .required("customer"),
        .optional("total"),
    ])
    private enum JSONKey: Int {
        case _id
        case _customer
        case _total
    }

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
        var object = try reader.readObject(Self.jsonKeys)
        var _name = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._name: reader.read(&_name, key: "name")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._name = OptionalKey(projectedValue: _name)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("name"),
    ])
    private enum JSONKey: Int {
        case _name
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.$name)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/uuid`
public typealias Uuid = UUIDString

/// An amount in the account's currency.
///
/// Spec: `#/components/schemas/Money`
public typealias Money = Double
