/// Schema `default`s and `deprecated` flags: what the documentation shows, what an `xOrDefault`
/// accessor returns, and which declarations carry `@available(*, deprecated)`.
extension Translator {
    /// The `default` of a property or parameter schema (on the schema itself, or on the schema it
    /// refers to), checked against the schema: a value of another type gets a `PATH:LINE:COL`
    /// warning and is shown nowhere.
    mutating func checkedDefault(of schema: Schema) -> SpecValue? {
        guard let value = schema.defaultValue ?? resolved(schema).defaultValue else { return nil }
        if let problem = ExampleCheck(index: index).problem(value, against: schema) {
            diagnostics.warn("the default does not match its schema: \(problem); it is left out of the documentation", at: value.location, pointer: schema.pointer + "/default")
            return nil
        }
        return value
    }

    /// The deprecation message for a property or parameter schema: deprecated itself, or a
    /// reference to a deprecated schema; nil when neither.
    func deprecation(of schema: Schema, core: Schema) -> String? {
        for candidate in [schema, core, resolved(core)] where candidate.deprecated {
            return Documentation.deprecation(true, description: candidate.description ?? core.description)
        }
        return nil
    }

    /// The default as a Swift literal of `type`, for what a literal can spell (strings and the
    /// string-backed runtime types, numbers, booleans, enum cases, arrays of those); nil otherwise.
    func defaultLiteral(_ node: YAMLNode, type: TypeReference, schema: Schema, depth: Int = 0) -> String? {
        guard depth < 8 else { return nil }
        switch type {
        case .array(let element):
            guard let items = node.items, let itemSchema = resolved(schema).items else { return nil }
            let literals = items.compactMap { defaultLiteral($0, type: element, schema: unwrapNullable(itemSchema).0, depth: depth + 1) }
            return literals.count == items.count ? "[" + literals.joined(separator: ", ") + "]" : nil
        case .map:
            return nil
        case .named:
            guard let text = node.string, node.items == nil, node.entries == nil else { return nil }
            switch type.primitiveKind {
            case .string: return SwiftText.literal(text)
            case .integer: return Int64(text) != nil ? text : nil
            case .number: return Double(text).flatMap { $0.isFinite ? "\($0)" : nil }
            case .boolean: return text == "true" || text == "false" ? text : nil
            case .object: return nil
            case nil:
                guard case .enumeration(let cases) = kind(of: resolved(schema)),
                      let match = cases.first(where: { $0.value == text }) else { return nil }
                return "." + match.name
            }
        }
    }
}
