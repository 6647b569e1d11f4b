import Foundation

/// Documentation made for generated methods.
extension Translator {
    /// `- Parameters:` for the documentation of an operation: each parameter's description,
    /// default and deprecation; empty when none has any.
    /// Once one parameter is documented, DocC wants them all: the list then names every
    /// parameter (by where it goes when the spec says nothing), the body and the options.
    static func parameterList(
        path: [ParameterDeclaration], query: [ParameterDeclaration], header: [ParameterDeclaration], hasBody: Bool
    ) -> String {
        var documented = false
        func item(_ parameter: ParameterDeclaration, _ placement: String) -> String {
            let documentation = parameter.documentation
            var parts: [String] = []
            if let text = documentation.text { parts.append(text.split(whereSeparator: \.isNewline).joined(separator: " ")) }
            if let value = documentation.defaultValue { parts.append("Default: `\(value)`.") }
            if let message = documentation.deprecation { parts.append(message.isEmpty ? "Deprecated." : "Deprecated: \(message)") }
            documented = documented || !parts.isEmpty
            return "  - \(parameter.name): " + (parts.isEmpty ? "The `\(parameter.wireName)` \(placement) parameter." : parts.joined(separator: " "))
        }
        var items = path.map { item($0, "path") } + (hasBody ? ["  - body: The request body."] : [])
        items += query.map { item($0, "query") } + header.map { item($0, "header") }
        guard documented else { return "" }
        items.append("  - options: What this call changes of the client's options.")
        return "\n\n- Parameters:\n" + items.joined(separator: "\n")
    }
}
