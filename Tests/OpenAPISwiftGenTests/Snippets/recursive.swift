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

    public init(json: JSONValue) throws(JSONDecodingError) {
        var _value: String?
        var _next = JSONField<Node>.absent
        var _children = JSONField<[Node]>.absent
        var _owner = JSONField<Tree>.absent
        var additionalFields = JSONObject()
        for entry in try json.objectEntries() {
            switch entry.key {
            case "value": _value = try entry.value.decode(String.self, key: "value")
            case "next": _next = try entry.value.decode(JSONField<Node>.self, key: "next")
            case "children": _children = try entry.value.decode(JSONField<[Node]>.self, key: "children")
            case "owner": _owner = try entry.value.decode(JSONField<Tree>.self, key: "owner")
            default: additionalFields.append(entry)
            }
        }
        self.value = try requiredValue(_value, key: "value")
        self._next = IndirectOptionalKey(projectedValue: _next)
        self._children = OptionalKey(projectedValue: _children)
        self._owner = IndirectOptionalKey(projectedValue: _owner)
        self.additionalFields = additionalFields
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

    public init(json: JSONValue) throws(JSONDecodingError) {
        var _root: Node?
        var additionalFields = JSONObject()
        for entry in try json.objectEntries() {
            switch entry.key {
            case "root": _root = try entry.value.decode(Node.self, key: "root")
            default: additionalFields.append(entry)
            }
        }
        self.root = try requiredValue(_root, key: "root")
        self.additionalFields = additionalFields
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("root", self.root)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}
