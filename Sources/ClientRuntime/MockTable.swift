import Foundation

/// The mock's table as a module carries it: JSON text, one operation or shape per line, read
/// once when the mock is first made. A table of nested Swift literals made the type checker work
/// for every element, which in a large module cost more than the rest of the module together.
/// Lines carry no separator, so an entry added or removed changes only its own line.
///
/// An operation is an object with the keys of ``MockTransport/Operation``'s initializer (absent
/// ones take its defaults; examples are JSON text in a string). A shape is `"any"`, `"string"`,
/// `"integer"`, `"number"` or `"boolean"`; `{"values": [...], "open": true}`; `{"array": S}`;
/// `{"map": S}`; `{"oneOf": [S, ...]}`; `{"named": "Type"}`; or
/// `{"object": [["key", S, "required" | "requiredNullable" | "optional"], ...]}`.
extension MockTransport {
    /// The operations of a table: an operation object per line.
    public static func operations(fromTable text: String) -> [Operation] {
        lines(of: text).map { line in
            guard case .object(let fields)? = try? JSONValue(jsonString: String(line)) else {
                preconditionFailure("a line of the mock's operation table is not a JSON object: \(line.prefix(200))")
            }
            return Operation(
                id: fields["id"]?.text ?? "",
                method: fields["method"]?.text ?? "GET",
                path: fields["path"]?.text ?? "/",
                requiredQuery: fields["requiredQuery"]?.texts ?? [],
                body: fields["body"].map(shape),
                bodyRequired: fields["bodyRequired"] == .bool(true),
                requestExample: fields["requestExample"]?.text,
                status: fields["status"]?.integer ?? 200,
                example: fields["example"]?.text,
                mediaType: fields["mediaType"]?.text ?? "application/json",
                nextLink: fields["nextLink"]?.texts,
                validationStatus: fields["validationStatus"]?.integer ?? 400
            )
        }
    }

    /// The shapes of a table: a member `"Type":shape` per line.
    public static func shapes(fromTable text: String) -> [String: Shape] {
        var shapes: [String: Shape] = [:]
        for line in lines(of: text) {
            guard case .object(let entries)? = try? JSONValue(jsonString: "{" + line + "}"), entries.count == 1 else {
                preconditionFailure("a line of the mock's shape table is not a \"Type\":shape member: \(line.prefix(200))")
            }
            shapes[entries[0].key] = shape(entries[0].value)
        }
        return shapes
    }

    private static func lines(of text: String) -> [Substring] {
        text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
    }

    private static func shape(_ value: JSONValue) -> Shape {
        switch value {
        case .string("string"): return .string
        case .string("integer"): return .integer
        case .string("number"): return .number
        case .string("boolean"): return .boolean
        case .object(let fields) where fields.count >= 1:
            let (key, inner) = (fields[0].key, fields[0].value)
            switch key {
            case "values": return .values(inner.texts ?? [], isOpen: fields["open"] == .bool(true))
            case "array": return .array(shape(inner))
            case "map": return .map(shape(inner))
            case "oneOf":
                guard case .array(let items) = inner else { return .any }
                return .oneOf(items.map(shape))
            case "named": return .named(inner.text ?? "")
            case "object":
                guard case .array(let items) = inner else { return .any }
                return .object(items.compactMap { item in
                    guard case .array(let parts) = item, parts.count == 3, let key = parts[0].text else { return nil }
                    let shape = shape(parts[1])
                    switch parts[2].text {
                    case "required": return .required(key, shape)
                    case "requiredNullable": return .requiredNullable(key, shape)
                    default: return .optional(key, shape)
                    }
                })
            default: return .any
            }
        default: return .any
        }
    }
}

private extension JSONValue {
    var text: String? {
        if case .string(let text) = self { text } else { nil }
    }

    var texts: [String]? {
        if case .array(let items) = self { items.compactMap(\.text) } else { nil }
    }

    var integer: Int? {
        if case .number(let text) = self { Int(text) } else { nil }
    }
}
