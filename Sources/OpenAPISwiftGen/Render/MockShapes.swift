/// The module's types that JSON request bodies reach, for the mock's shapes, and the shape of
/// any type reference as the mock's table writes it (`"string"`, `{"array":{"named":"Codecs"}}`).
struct MockShapes {
    /// The reached declarations by qualified name, in the order the module declares them.
    private(set) var declarations: [(name: String, declaration: TypeDeclaration)] = []
    private let index: DeclarationIndex

    init(_ types: [TypeDeclaration], bodies: [TypeReference]) {
        var index = DeclarationIndex()
        index.add(types)
        self.index = index
        var reached: Set<String> = []
        var pending = bodies
        while let type = pending.popLast() {
            for name in Self.names(in: type) {
                guard let declaration = index.declaration(named: name), reached.insert(name).inserted else { continue }
                pending += Self.references(of: declaration)
            }
        }
        var declarations: [(name: String, declaration: TypeDeclaration)] = []
        TypeDeclaration.walk(types) { name, declaration in
            if reached.contains(name) { declarations.append((name, declaration)) }
        }
        self.declarations = declarations
    }

    /// The shape of a type as the mock's table writes it: a plain value, or `{"named": ...}` for a
    /// declared type.
    func shape(of type: TypeReference) -> String {
        switch type {
        case .array(let items): return "{\"array\":\(shape(of: items))}"
        case .map(let values): return "{\"map\":\(shape(of: values))}"
        case .named(let name):
            if index.declaration(named: name) != nil { return "{\"named\":\(JSONText.quoted(name))}" }
            switch type.primitiveKind {
            case .string: return "\"string\""
            case .integer: return "\"integer\""
            case .number: return "\"number\""
            case .boolean: return "\"boolean\""
            case .object: return "{\"map\":\"any\"}"
            case nil: return "\"any\""
            }
        }
    }

    private static func names(in type: TypeReference) -> [String] {
        switch type {
        case .array(let element), .map(let element): names(in: element)
        case .named(let name): [name]
        }
    }

    private static func references(of declaration: TypeDeclaration) -> [TypeReference] {
        switch declaration {
        case .structure(let structure): structure.properties.map(\.type)
        case .union(let union): union.cases.map(\.type)
        case .alias(let alias): [alias.target]
        case .enumeration: []
        }
    }
}
