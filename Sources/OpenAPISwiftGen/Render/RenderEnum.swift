extension CodePrinter {
    /// An open string enum: the documented cases, plus `undocumented` for any other value.
    mutating func render(_ declaration: EnumDeclaration) {
        documentation(declaration.documentation, onType: true)
        open("\(access) enum \(declaration.name): OpenEnum {")
        for item in declaration.cases {
            line("case \(SwiftName.escaped(item.name))")
        }
        line("/// A value the spec does not list, kept as it was sent.")
        line("case undocumented(String)")
        line()
        open("\(access) init(rawValue: String) {")
        line("switch rawValue {")
        for item in declaration.cases {
            line("case \(SwiftText.literal(item.value)): self = .\(item.name)")
        }
        line("default: self = .undocumented(rawValue)")
        line("}")
        close()
        line()
        open("\(access) var rawValue: String {")
        line("switch self {")
        for item in declaration.cases {
            line("case .\(item.name): \(SwiftText.literal(item.value))")
        }
        line("case .undocumented(let value): value")
        line("}")
        close()
        line()
        line("/// The values the spec lists, in its order.")
        let cases = declaration.cases.map { ListItem.text(".\($0.name)") }
        list("\(access) static let documentedCases: [\(declaration.name)] = [", cases, closing: "]", trailingComma: true)
        close()
    }

    mutating func render(_ declaration: AliasDeclaration) {
        documentation(declaration.documentation, onType: true)
        line("\(access) typealias \(declaration.name) = \(declaration.target.swift)")
    }
}
