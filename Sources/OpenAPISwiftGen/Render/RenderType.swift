extension CodePrinter {
    /// Any type declaration, by its kind.
    mutating func render(_ declaration: TypeDeclaration) {
        switch declaration {
        case .structure(let structure): render(structure)
        case .enumeration(let enumeration): render(enumeration)
        case .union(let union): render(union)
        case .alias(let alias): render(alias)
        }
    }
}
