/// A YAML (or JSON) node that remembers where it was written.
///
/// Mappings keep their keys in document order; scalars keep their text and whether they were
/// written plain (unquoted), which decides whether `null`, `true` or `12` are typed values.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLEntry])
    }

    public var content: Content
    public var location: SourceLocation

    /// The node with every place in it set to `location`: a value read from text the spec holds
    /// (an OpenAPI 3.2 `serializedValue`) is placed where that text stands.
    func relocated(to location: SourceLocation) -> YAMLNode {
        switch content {
        case .scalar: return YAMLNode(content, at: location)
        case .sequence(let items): return YAMLNode(.sequence(items.map { $0.relocated(to: location) }), at: location)
        case .mapping(let entries):
            return YAMLNode(.mapping(entries.map { YAMLEntry(key: $0.key, keyLocation: location, value: $0.value.relocated(to: location)) }), at: location)
        }
    }

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar's text, or nil for a sequence or a mapping.
    public var string: String? {
        if case .scalar(let scalar) = content { return scalar.text }
        return nil
    }

    public var entries: [YAMLEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    public var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value under `key` in a mapping (a linear search: OpenAPI objects are small).
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let entries) = content else { return nil }
        for entry in entries where entry.key == key { return entry.value }
        return nil
    }

    /// A short name of the node's kind, for error messages.
    public var kindName: String {
        switch content {
        case .scalar: "a scalar"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }
}

public struct YAMLScalar: Sendable, Hashable {
    public var text: String
    /// Written without quotes (and not as a block scalar): `null`, `true`, `1.5` are typed.
    public var isPlain: Bool
}

public struct YAMLEntry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLNode
}

extension YAMLNode {
    /// A scalar written without quotes.
    public var isPlainScalar: Bool {
        if case .scalar(let scalar) = content { return scalar.isPlain }
        return false
    }
}
