/// A JSON Schema as OpenAPI 3.0 and 3.1 write it, read leniently: keys we do not use are ignored.
///
/// A class so that schemas can hold schemas; immutable, so it is `Sendable`.
public final class Schema: Sendable {
    /// What a schema says, as a value that can be built up and copied.
    public struct Parts: Sendable {
        public var location: SourceLocation
        /// JSON pointer of this schema in its document, e.g. `#/components/schemas/Pet/properties/name`.
        public var pointer: String
        /// `$ref`, as written.
        public var ref: String?
        /// `type`, a single name or the 3.1 list (`[string, "null"]`).
        public var types: [String] = []
        public var format: String?
        public var title: String?
        public var description: String?
        /// `enum` (or `const`), as written.
        public var enumValues: [SpecValue]?
        /// OpenAPI 3.0 `nullable: true`.
        public var nullable = false
        public var properties: [SchemaProperty] = []
        public var required: [String] = []
        public var items: Schema?
        /// `contentSchema`: the schema of a string's content (an event's JSON `data`).
        public var contentSchema: Schema?
        public var allOf: [Schema] = []
        public var anyOf: [Schema] = []
        public var oneOf: [Schema] = []
        public var discriminator: Discriminator?
        /// `additionalProperties` when it is a schema (not `true`/`false`).
        public var additionalProperties: Schema?
        /// `example` and the items of `examples`, as written.
        public var examples: [SpecValue] = []
        /// `default`: the value the server assumes when the key is absent.
        public var defaultValue: SpecValue?
        public var deprecated = false
        /// `readOnly: true`: sent by the server only. `writeOnly: true`: sent by the client only.
        public var readOnly = false
        public var writeOnly = false

        public init(location: SourceLocation, pointer: String) {
            self.location = location
            self.pointer = pointer
        }
    }

    public struct Discriminator: Sendable {
        public var propertyName: String
        /// Tag value to `$ref`, in document order.
        public var mapping: [(value: String, ref: String)]
        /// OpenAPI 3.2's `defaultMapping`: the schema (`$ref` or name) for a value no mapping
        /// lists, or data without the property, and where it is written.
        public var defaultMapping: (ref: String, location: SourceLocation)?
    }

    public let parts: Parts

    public init(_ parts: Parts) {
        self.parts = parts
    }

    public var location: SourceLocation { parts.location }
    public var pointer: String { parts.pointer }
    public var ref: String? { parts.ref }
    public var types: [String] { parts.types }
    public var format: String? { parts.format }
    public var title: String? { parts.title }
    public var description: String? { parts.description }
    public var enumValues: [SpecValue]? { parts.enumValues }
    public var nullable: Bool { parts.nullable }
    public var properties: [SchemaProperty] { parts.properties }
    public var required: [String] { parts.required }
    public var items: Schema? { parts.items }
    public var contentSchema: Schema? { parts.contentSchema }
    public var allOf: [Schema] { parts.allOf }
    public var anyOf: [Schema] { parts.anyOf }
    public var oneOf: [Schema] { parts.oneOf }
    public var discriminator: Discriminator? { parts.discriminator }
    public var additionalProperties: Schema? { parts.additionalProperties }
    public var examples: [SpecValue] { parts.examples }
    public var defaultValue: SpecValue? { parts.defaultValue }
    public var deprecated: Bool { parts.deprecated }
    public var readOnly: Bool { parts.readOnly }
    public var writeOnly: Bool { parts.writeOnly }

    /// `{type: 'null'}`: the null half of a 3.1 `anyOf: [X, {type: 'null'}]`.
    public var isNullType: Bool {
        types == ["null"] && ref == nil && properties.isEmpty && allOf.isEmpty && anyOf.isEmpty && oneOf.isEmpty
    }

    /// The same schema with `null` taken out of its type list and enum.
    func withoutNull() -> Schema {
        var copy = parts
        copy.types.removeAll { $0 == "null" }
        copy.enumValues = copy.enumValues?.filter { !$0.isNull }
        copy.nullable = false
        return Schema(copy)
    }
}

public struct SchemaProperty: Sendable {
    public var name: String
    public var location: SourceLocation
    public var schema: Schema
}
