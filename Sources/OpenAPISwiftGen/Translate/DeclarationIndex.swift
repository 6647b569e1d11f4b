/// The module's type declarations by qualified Swift name (`Page`, `Page.Links`), nested ones
/// included: what the translator asks about a type it has declared, without searching for it.
struct DeclarationIndex {
    private var byName: [String: TypeDeclaration] = [:]

    /// Adds top-level declarations (or those nested in `parent`) and everything nested in them.
    mutating func add(_ declarations: [TypeDeclaration], parent: String? = nil) {
        TypeDeclaration.walk(declarations, parent: parent) { name, declaration in byName[name] = declaration }
    }

    /// The declaration of a qualified Swift name.
    func declaration(named name: String) -> TypeDeclaration? {
        byName[name]
    }

    /// The struct a type reference names, if it names one.
    func structure(_ type: TypeReference?) -> StructDeclaration? {
        guard case .named(let name)? = type, case .structure(let declaration)? = byName[name] else { return nil }
        return declaration
    }
}
