/// Spec: `#/components/schemas/Node`
public struct Node: JSONCodable, Sendable, Hashable {
    public var value: String
    @IndirectOptionalKey public var next: Node?
    @OptionalKey public var children: [Node]?
    @IndirectOptionalKey public var owner: Tree?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        value: String,
        next: Node? = nil,
        children: [Node]? = nil,
        owner: Tree? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.value = value
        self.next = next
        self.children = children
        self.owner = owner
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _value: String?
        var _next = JSONField<Node>.absent
        var _children = JSONField<[Node]>.absent
        var _owner = JSONField<Tree>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._value: reader.read(&_value, key: "value")
            case ._next: reader.read(&_next, key: "next")
            case ._children: reader.read(&_children, key: "children")
            case ._owner: reader.read(&_owner, key: "owner")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.value = _value!
        self._next = IndirectOptionalKey(projectedValue: _next)
        self._children = OptionalKey(projectedValue: _children)
        self._owner = IndirectOptionalKey(projectedValue: _owner)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("value"),
        .optional("next"),
        .optional("children"),
        .optional("owner"),
    ])
    private enum JSONKey: Int {
        case _value
        case _next
        case _children
        case _owner
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("value", self.value)
        writer.field("next", self.$next)
        writer.field("children", self.$children)
        writer.field("owner", self.$owner)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Tree`
public struct Tree: JSONCodable, Sendable, Hashable {
    @IndirectRequired public var root: Node
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        root: Node,
        additionalFields: JSONObject = [:]
    ) {
        self.root = root
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _root: Node?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._root: reader.read(&_root, key: "root")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.root = _root!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("root"),
    ])
    private enum JSONKey: Int {
        case _root
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("root", self.root)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
