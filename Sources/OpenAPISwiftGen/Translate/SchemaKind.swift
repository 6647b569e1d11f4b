/// What a schema (its `null` already taken out) becomes in Swift: decided here, once, for every
/// caller (named schemas, inline schemas, bodies, parameters, union alternatives).
enum SchemaKind {
    /// `$ref` to a component schema, by its name.
    case reference(String)
    /// A string enum: an open enum with these cases.
    case enumeration([(name: String, value: String)])
    /// `oneOf`/`anyOf` of two or more alternatives: an enum with a case per alternative.
    case union([Schema])
    /// An object with properties (with `allOf` members merged): a struct.
    case object(Translator.ObjectShape)
    /// `additionalProperties: {schema}` without properties: `JSONMap<T>`.
    case map(values: Schema)
    /// A plain value: `String`, `Int`, `UUIDString`...
    case primitive(TypeReference)
    /// An array, of `items` when the schema says.
    case array(items: Schema?)
    /// `type: object` and nothing else: `JSONObject`.
    case freeObject
    /// Anything else: `JSONValue`, with the reason when the spec asked for more.
    case unsupported(reason: String?)

    /// Whether the schema declares a type of its own (a struct, an enum or a union).
    var declaresType: Bool {
        switch self {
        case .enumeration, .union, .object: true
        default: false
        }
    }
}

extension Translator {
    /// What `schema` becomes; see ``SchemaKind``.
    func kind(of schema: Schema) -> SchemaKind {
        if let ref = schema.ref {
            guard let name = SchemaIndex.componentName(ref), index.schema(named: name) != nil else {
                return .unsupported(reason: nil)  // the reader has checked every reference
            }
            return .reference(name)
        }
        if let cases = enumCases(schema) { return .enumeration(cases) }
        if let alternatives = unionAlternatives(schema) { return .union(alternatives) }
        if let object = objectShape(schema) { return .object(object) }
        if let values = schema.additionalProperties, schema.types.isEmpty || schema.types == ["object"] {
            return .map(values: values)
        }
        if let primitive = primitiveType(schema) { return .primitive(primitive) }
        if schema.types == ["array"] || (schema.types.isEmpty && schema.items != nil) { return .array(items: schema.items) }
        if schema.types == ["object"] { return .freeObject }
        if schema.allOf.count > 1 || (schema.allOf.count == 1 && !schema.properties.isEmpty) {
            return .unsupported(reason: "allOf of schemas that are not all objects is not supported yet; this value is JSONValue")
        }
        if schema.types.count > 1 {
            return .unsupported(reason: "a value of several types (\(schema.types.joined(separator: ", "))) is JSONValue")
        }
        return .unsupported(reason: nil)
    }

    /// Whether the schema becomes a struct (directly or through a reference).
    func isStruct(_ schema: Schema) -> Bool {
        if case .object = kind(of: resolved(schema)) { return true }
        return false
    }
}
