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
        var _value: String?
        var _next = JSONField<Node>.absent
        var _children = JSONField<[Node]>.absent
        var _owner = JSONField<Tree>.absent
        var additionalFields = JSONObject()
        var object = try reader.readObject(Self.jsonKeys)
        while let key = try reader.nextKey(&object) {
            switch key {
            case 0: _value = try reader.decode(String.self, key: "value")
            case 1: _next = try reader.decode(JSONField<Node>.self, key: "next")
            case 2: _children = try reader.decode(JSONField<[Node]>.self, key: "children")
            case 3: _owner = try reader.decode(JSONField<Tree>.self, key: "owner")
            default: additionalFields.append(try reader.unknownEntry(object))
            }
        }
        self.value = try requiredValue(_value, key: "value")
        self._next = IndirectOptionalKey(projectedValue: _next)
        self._children = OptionalKey(projectedValue: _children)
        self._owner = IndirectOptionalKey(projectedValue: _owner)
        self.additionalFields = additionalFields
    }

    /// The keys of the schema, in its order.
    static let jsonKeys = JSONKeys(["value", "next", "children", "owner"])

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
        var _root: Node?
        var additionalFields = JSONObject()
        var object = try reader.readObject(Self.jsonKeys)
        while let key = try reader.nextKey(&object) {
            switch key {
            case 0: _root = try reader.decode(Node.self, key: "root")
            default: additionalFields.append(try reader.unknownEntry(object))
            }
        }
        self.root = try requiredValue(_root, key: "root")
        self.additionalFields = additionalFields
    }

    /// The keys of the schema, in its order.
    static let jsonKeys = JSONKeys(["root"])

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("root", self.root)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
