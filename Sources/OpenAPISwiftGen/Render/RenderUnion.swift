extension CodePrinter {
    /// A `oneOf`/`anyOf` as an indirect enum. The case is chosen by the discriminator's value when
    /// there is one (a value no case has is the `defaultMapping` case if it decodes, else
    /// `undocumented`); otherwise the alternatives are tried
    /// in order, each only when the data has the values of its one-value properties and of the
    /// enums that tell it from the others (an optional one only when present): the first
    /// that decodes exactly (a struct without unknown keys, a union's documented case) wins, else
    /// the first that decodes at all, else `undocumented`.
    mutating func render(_ declaration: UnionDeclaration) {
        documentation(declaration.documentation, onType: true)
        open("\(access) indirect enum \(declaration.name): JSONCodable, Sendable, Hashable {")
        for item in declaration.cases {
            line("case \(SwiftName.escaped(item.name))(\(item.type.swift))")
        }
        line("/// A value that matches none of the documented alternatives, kept as it was.")
        line("case undocumented(JSONValue)")
        line()
        open("\(access) init(from reader: inout JSONReader) throws(JSONDecodingError) {")
        renderDecoding(declaration)
        close()
        line()
        open("\(access) func encode(to writer: inout JSONWriter) {")
        line("switch self {")
        for item in declaration.cases {
            line("case .\(item.name)(let value): value.encode(to: &writer)")
        }
        line("case .undocumented(let value): writer.value(value)")
        line("}")
        close()
        for nested in declaration.nested {
            line()
            render(nested)
        }
        close()
    }

    /// The body of `init(from:)`.
    private mutating func renderDecoding(_ declaration: UnionDeclaration) {
        line("let start = reader.position")
        if let discriminator = declaration.discriminator, declaration.cases.contains(where: { !$0.tags.isEmpty }) {
            line("switch reader.discriminator(\(SwiftText.literal(discriminator))) {")
            for item in declaration.cases where !item.tags.isEmpty {
                let tags = item.tags.map(SwiftText.literal).joined(separator: ", ")
                line("case \(tags): self = .\(item.name)(try \(item.type.swift)(from: &reader)); return")
            }
            if declaration.isFullyTagged && declaration.defaultCase == nil {
                line("case .some: self = .undocumented(try reader.readValue()); return")
                line("case nil: break")
            } else {
                line("default: break")
            }
            line("}")
        }
        if let name = declaration.defaultCase, let item = declaration.cases.first(where: { $0.name == name }) {
            line("if let value = try? reader.attempt(\(item.type.swift).self, from: start) { self = .\(item.name)(value); return }")
            if declaration.isFullyTagged {
                line("reader.position = start")
                line("self = .undocumented(try reader.readValue())")
                return
            }
        }
        // Each key with a one-value property is read once, before any alternative is decoded.
        var peeked: [[String]: String] = [:]
        for constant in declaration.cases.flatMap(\.constants) where peeked[constant.path] == nil {
            peeked[constant.path] = "peeked\(peeked.count + 1)"
            let keys = constant.path.map(SwiftText.literal).joined(separator: ", ")
            line("let \(peeked[constant.path]!) = reader.discriminator(\(keys))")
        }
        let loose = declaration.cases.contains(where: \.isStruct)
        if loose { line("var loose: (value: Self, end: JSONReader.Position)?") }
        for item in declaration.cases {
            let conditions = item.constants.map { constant in
                let peek = peeked[constant.path]!
                guard constant.values.count == 1 else {
                    let values = constant.values.map(SwiftText.literal).joined(separator: ", ")
                    return "(\(peek).map { [\(values)].contains($0) } ?? \(!constant.isRequired)), "
                }
                let test = "\(peek) == \(SwiftText.literal(constant.values[0]))"
                return (constant.isRequired ? test : "\(peek) == nil || " + test) + ", "
            }.joined()
            let attempt = "\(conditions)let value = try? reader.attempt(\(item.type.swift).self, from: start)"
            if item.isStruct {
                open("if \(attempt) {")
                line("if value.additionalFields.isEmpty { self = .\(item.name)(value); return }")
                line("if loose == nil { loose = (.\(item.name)(value), reader.position) }")
                close()
            } else if item.isUnion {
                open("if \(attempt) {")
                line("if case .undocumented = value {} else { self = .\(item.name)(value); return }")
                close()
            } else {
                line("if \(attempt) { self = .\(item.name)(value); return }")
            }
        }
        if loose { line("if let loose { self = loose.value; reader.position = loose.end; return }") }
        line("reader.position = start")
        line("self = .undocumented(try reader.readValue())")
    }
}
