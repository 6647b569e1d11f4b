/// Spec: `#/components/schemas/Labels`
public typealias Labels = JSONMap<String>

/// Spec: `#/components/schemas/Inventory`
public struct Inventory: JSONCodable, Sendable, Hashable {
    @OptionalKey public var counts: JSONMap<Int>?
    @OptionalKey public var meta: JSONObject?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        counts: JSONMap<Int>? = nil,
        meta: JSONObject? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.counts = counts
        self.meta = meta
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _counts = JSONField<JSONMap<Int>>.absent
        var _meta = JSONField<JSONObject>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._counts: reader.read(&_counts, key: "counts")
            case ._meta: reader.read(&_meta, key: "meta")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._counts = OptionalKey(projectedValue: _counts)
        self._meta = OptionalKey(projectedValue: _meta)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("counts"),
        .optional("meta"),
    ])
    private enum JSONKey: Int {
        case _counts
        case _meta
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("counts", self.$counts)
        writer.field("meta", self.$meta)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
