/// Whether an example is a value of its schema, as far as the generated code and the mock care:
/// JSON types, required keys, listed values, array items, `allOf` members and union alternatives,
/// through `$ref`s. The first problem found is named with its JSON path.
struct ExampleCheck {
    let index: SchemaIndex

    /// The first way `value` is not a value of `schema`, as `$.path: what`; nil when it is one.
    func problem(_ value: SpecValue, against schema: Schema) -> String? {
        check(value.node, schema, path: "$", depth: 0)
    }

    private func check(_ node: YAMLNode, _ schema: Schema, path: String, depth: Int) -> String? {
        guard depth < 24 else { return nil }
        if let ref = schema.ref {
            guard let name = SchemaIndex.componentName(ref), let target = index.schema(named: name) else { return nil }
            return check(node, target, path: path, depth: depth + 1)
        }
        let kind = Self.kind(of: node)
        if kind == "null", schema.nullable || schema.types.contains("null") || (schema.anyOf + schema.oneOf).contains(where: \.isNullType) {
            return nil
        }
        if let values = schema.enumValues, !values.isEmpty {
            let text = SpecValue(node).json
            if !values.contains(where: { $0.json == text }) {
                return "\(path): \(text) is not one of the listed values"
            }
        }
        let types = schema.types.filter { $0 != "null" }
        if !types.isEmpty, !types.contains(where: { Self.matches(kind, $0, node) }) {
            let found = kind == "null" ? "null" : (kind == "array" || kind == "object" ? "an " : "a ") + kind
            return "\(path): expected \(types.joined(separator: " or ")), found \(found)"
        }
        // An integer is decoded as `Int` (`Int32` for `format: int32`): a larger one cannot be.
        if types.contains("integer"), kind == "number", let text = node.string, !text.contains("."), !text.lowercased().contains("e") {
            let fits = schema.format == "int32" ? Int32(text) != nil : Int64(text) != nil
            if !fits { return "\(path): \(text) does not fit a \(schema.format == "int32" ? 32 : 64)-bit integer" }
        }
        for member in schema.allOf {
            if let problem = check(node, member, path: path, depth: depth + 1) { return problem }
        }
        let alternatives = (schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf).filter { !$0.isNullType }
        if !alternatives.isEmpty, alternatives.allSatisfy({ check(node, $0, path: path, depth: depth + 1) != nil }) {
            return "\(path): matches none of the alternatives"
        }
        if let entries = node.entries {
            for key in schema.required where !entries.contains(where: { $0.key == key }) {
                return "\(path): required key '\(key)' is missing"
            }
            for entry in entries {
                if let property = schema.properties.first(where: { $0.name == entry.key }) {
                    if let problem = check(entry.value, property.schema, path: "\(path).\(entry.key)", depth: depth + 1) { return problem }
                } else if let values = schema.additionalProperties {
                    if let problem = check(entry.value, values, path: "\(path).\(entry.key)", depth: depth + 1) { return problem }
                }
            }
        }
        if let items = node.items, let itemSchema = schema.items {
            for (position, item) in items.enumerated() {
                if let problem = check(item, itemSchema, path: "\(path)[\(position)]", depth: depth + 1) { return problem }
            }
        }
        return nil
    }

    /// The JSON type of a node: `object`, `array`, or a scalar's as ``JSONText`` writes it.
    private static func kind(of node: YAMLNode) -> String {
        if node.entries != nil { return "object" }
        if node.items != nil { return "array" }
        return JSONText.kind(ofScalar: node.string ?? "", isPlain: node.isPlainScalar).rawValue
    }

    private static func matches(_ kind: String, _ type: String, _ node: YAMLNode) -> Bool {
        switch type {
        case "integer": kind == "number" && node.string.map { !$0.contains(".") && !$0.lowercased().contains("e") } == true
        default: kind == type
        }
    }
}
