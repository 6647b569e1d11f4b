/// A value written in the spec (an `enum` item, a `const`, an example), as the spec reader
/// answers questions about it: whether it is `null`, its string, its JSON text. The YAML it was
/// read from stays behind this type.
public struct SpecValue: Sendable {
    let node: YAMLNode

    init(_ node: YAMLNode) {
        self.node = node
    }

    /// `null` as YAML's core schema writes it (`null`, `~`, nothing) without quotes.
    public var isNull: Bool {
        guard node.isPlainScalar, let text = node.string else { return false }
        return JSONText.isNull(text)
    }

    /// The text of a scalar (quoted or not); nil for a list or a map.
    public var scalarText: String? { node.string }

    /// An unquoted `true`, `false` or number: a string only where the schema says so.
    public var isPlainNumberOrBool: Bool {
        guard node.isPlainScalar, let text = node.string else { return false }
        return text == "true" || text == "false" || Double(text) != nil
    }

    /// The items of a list; nil for a scalar or a map.
    public var items: [SpecValue]? { node.items?.map(SpecValue.init) }

    /// Where the value is written.
    public var location: SourceLocation { node.location }

    /// The value as compact JSON text.
    public var json: String { JSONText.of(node) }
}
