extension Translator {
    /// A value of `schema` as compact JSON, for the mock's answers: the schema's own example when
    /// it has one, else the required keys of objects filled in order, an enum's first value, a
    /// union's first alternative, an empty array or map, and `"string"`, `0`, `false` for plain
    /// values (a UUID, date or date-time where the format says so).
    /// A component's value is made once (`componentExamples`).
    mutating func exampleValue(for schema: Schema, depth: Int = 0) -> String {
        let (core, nullable) = unwrapNullable(schema)
        if let example = schema.examples.first ?? core.examples.first { return example.json }
        guard depth < 12 else { return nullable ? "null" : "{}" }
        switch kind(of: core) {
        case .reference(let name):
            if let made = componentExamples[name] { return made }
            let made = exampleValue(for: index.schema(named: name)!, depth: depth + 1)
            componentExamples[name] = made
            return made
        case .enumeration(let cases):
            return JSONText.quoted(cases[0].value)
        case .union(let alternatives):
            return exampleValue(for: alternatives[0], depth: depth + 1)
        case .object(let shape):
            let entries = shape.properties.filter { shape.required.contains($0.name) }.map { property in
                JSONText.quoted(property.name) + ":" + exampleValue(for: property.schema, depth: depth + 1)
            }
            return "{" + entries.joined(separator: ",") + "}"
        case .map, .freeObject:
            return "{}"
        case .array:
            return "[]"
        case .primitive(let type):
            switch type {
            case .named("UUIDString"): return #""00000000-0000-0000-0000-000000000000""#
            case .named("DateTimeString"): return #""1970-01-01T00:00:00Z""#
            case .named("DateString"): return #""1970-01-01""#
            case .named("Int"), .named("Int32"), .named("Int64"), .named("Double"): return "0"
            case .named("Bool"): return "false"
            default: return #""string""#
            }
        case .unsupported:
            return "null"
        }
    }
}
