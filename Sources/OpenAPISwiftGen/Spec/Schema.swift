/// A JSON Schema as OpenAPI 3.0 and 3.1 write it, read leniently: keys we do not use are ignored.
public final class Schema: Sendable {
    public let location: SourceLocation
    /// JSON pointer of this schema in its document, e.g. `#/components/schemas/Pet/properties/name`.
    public let pointer: String
    /// `$ref`, as written.
    public let ref: String?
    /// `type`, a single name or the 3.1 list (`[string, "null"]`).
    public let types: [String]
    public let format: String?
    public let title: String?
    public let description: String?
    /// `enum`, as the nodes that were written.
    public let enumValues: [YAMLNode]?
    /// OpenAPI 3.0 `nullable: true`.
    public let nullable: Bool
    public let properties: [SchemaProperty]
    public let required: [String]
    public let items: Schema?
    public let allOf: [Schema]
    public let anyOf: [Schema]
    public let oneOf: [Schema]
    /// `additionalProperties` when it is a schema (not `true`/`false`).
    public let additionalProperties: Schema?
    public let defaultValue: YAMLNode?

    init(
        location: SourceLocation, pointer: String, ref: String?, types: [String], format: String?, title: String?,
        description: String?, enumValues: [YAMLNode]?, nullable: Bool, properties: [SchemaProperty], required: [String],
        items: Schema?, allOf: [Schema], anyOf: [Schema], oneOf: [Schema], additionalProperties: Schema?,
        defaultValue: YAMLNode?
    ) {
        self.location = location
        self.pointer = pointer
        self.ref = ref
        self.types = types
        self.format = format
        self.title = title
        self.description = description
        self.enumValues = enumValues
        self.nullable = nullable
        self.properties = properties
        self.required = required
        self.items = items
        self.allOf = allOf
        self.anyOf = anyOf
        self.oneOf = oneOf
        self.additionalProperties = additionalProperties
        self.defaultValue = defaultValue
    }

    /// `{type: 'null'}`: the null half of a 3.1 `anyOf: [X, {type: 'null'}]`.
    public var isNullType: Bool {
        types == ["null"] && ref == nil && properties.isEmpty && allOf.isEmpty && anyOf.isEmpty && oneOf.isEmpty
    }
}

public struct SchemaProperty: Sendable {
    public var name: String
    public var location: SourceLocation
    public var schema: Schema
}

extension Schema {
    /// The same schema with `null` taken out of its type list.
    func withoutNull() -> Schema {
        Schema(
            location: location, pointer: pointer, ref: ref, types: types.filter { $0 != "null" }, format: format,
            title: title, description: description, enumValues: enumValues?.filter { $0.string != "null" || !($0.isPlainScalar) },
            nullable: false, properties: properties, required: required, items: items, allOf: allOf, anyOf: anyOf,
            oneOf: oneOf, additionalProperties: additionalProperties, defaultValue: defaultValue
        )
    }
}
