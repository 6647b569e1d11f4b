/// Names of the code model as Swift source writes them. The model holds plain identifiers;
/// backticks are added here, once, where Swift needs them.
enum SwiftName {
    /// A name where it is declared or used as a value: a keyword goes in backticks.
    static func escaped(_ name: String) -> String {
        Naming.keywords.contains(name) ? "`\(name)`" : name
    }

    /// A name as an argument label at a call site: keywords need no backticks there (Swift 6 warns
    /// about them), but for `inout`.
    static func label(_ name: String) -> String {
        name == "inout" ? "`inout`" : name
    }
}

extension TypeReference {
    /// The type as Swift source writes it: `Pet`, `[Pet]`, `JSONMap<Pet>`.
    var swift: String {
        switch self {
        case .named(let name): name
        case .array(let element): "[\(element.swift)]"
        case .map(let value): "JSONMap<\(value.swift)>"
        }
    }
}
