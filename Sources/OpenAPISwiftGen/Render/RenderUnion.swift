extension CodePrinter {
    /// A `oneOf`/`anyOf` as an indirect enum: a case per alternative, chosen by the discriminator
    /// when there is one, else the first alternative that decodes exactly (a struct without
    /// unknown keys), else the first that decodes at all, else `undocumented`.
    mutating func render(_ declaration: UnionDeclaration) {
        documentation(declaration.documentation)
        open("\(access) indirect enum \(declaration.name): JSONCodable, Sendable, Hashable {")
        for item in declaration.cases {
            line("case \(SwiftName.escaped(item.name))(\(item.type.swift))")
        }
        line("/// A value that matches none of the documented alternatives, kept as it was.")
        line("case undocumented(JSONValue)")
        line()
        open("\(access) init(from reader: inout JSONReader) throws(JSONDecodingError) {")
        line("let start = reader.position")
        if let discriminator = declaration.discriminator, declaration.cases.contains(where: { !$0.tags.isEmpty }) {
            line("switch reader.discriminator(\(SwiftText.literal(discriminator))) {")
            for item in declaration.cases where !item.tags.isEmpty {
                let tags = item.tags.map(SwiftText.literal).joined(separator: ", ")
                line("case \(tags): self = .\(item.name)(try \(item.type.swift)(from: &reader)); return")
            }
            line("default: break")
            line("}")
        }
        let loose = declaration.cases.contains(where: \.isStruct)
        if loose { line("var loose: (value: Self, end: JSONReader.Position)?") }
        for item in declaration.cases {
            let name = item.name
            let attempt = "try? reader.attempt(\(item.type.swift).self, from: start)"
            if item.isStruct {
                open("if let value = \(attempt) {")
                line("if value.additionalFields.isEmpty { self = .\(name)(value); return }")
                line("if loose == nil { loose = (.\(name)(value), reader.position) }")
                close()
            } else {
                line("if let value = \(attempt) { self = .\(name)(value); return }")
            }
        }
        if loose { line("if let loose { self = loose.value; reader.position = loose.end; return }") }
        line("reader.position = start")
        line("self = .undocumented(try reader.readValue())")
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
}
