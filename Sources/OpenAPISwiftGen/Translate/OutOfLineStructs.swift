/// Marks every property whose value is a generated struct (directly, through an alias, or as the
/// value of an optional or nullable key) as indirect: stored in a shared immutable box.
///
/// Every struct then has a small, fixed size whatever it contains, which breaks recursion (a
/// struct containing itself) and keeps the compiled code linear in the spec: a struct stored
/// inline makes the copy and destroy code of every struct around it grow with all the fields
/// nested inside (one copy function of a fabric-api struct took 58 KB of machine code). Arrays,
/// maps and unions (indirect enums) already store their values out of line.
enum OutOfLineStructs {
    static func mark(_ types: inout [TypeDeclaration]) {
        var structs: Set<String> = []
        var aliases: [String: TypeReference] = [:]
        collect(types, parent: nil, structs: &structs, aliases: &aliases)

        /// Whether a property's value holds a struct inline.
        func holdsStruct(_ type: TypeReference, depth: Int = 0) -> Bool {
            guard case .named(let name) = type, depth < 16 else { return false }
            if let target = aliases[name] { return holdsStruct(target, depth: depth + 1) }
            return structs.contains(name)
        }
        mark(&types) { holdsStruct($0.type) }
    }

    private static func collect(
        _ types: [TypeDeclaration], parent: String?, structs: inout Set<String>, aliases: inout [String: TypeReference]
    ) {
        TypeDeclaration.walk(types, parent: parent) { name, type in
            switch type {
            case .structure: structs.insert(name)
            case .alias(let declaration): aliases[name] = declaration.target
            case .union, .enumeration: break
            }
        }
    }

    private static func mark(_ types: inout [TypeDeclaration], where isIndirect: (PropertyDeclaration) -> Bool) {
        for index in types.indices {
            switch types[index] {
            case .structure(var declaration):
                for property in declaration.properties.indices where isIndirect(declaration.properties[property]) {
                    declaration.properties[property].isIndirect = true
                }
                mark(&declaration.nested, where: isIndirect)
                types[index] = .structure(declaration)
            case .union(var declaration):
                mark(&declaration.nested, where: isIndirect)
                types[index] = .union(declaration)
            case .alias, .enumeration:
                break
            }
        }
    }
}
