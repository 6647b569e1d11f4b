/// Marks the properties through which a struct would contain itself (directly or through other
/// structs) as indirect, so that every struct has a finite size. Arrays, maps and unions
/// (indirect enums) already store their values out of line and break cycles by themselves.
enum CycleBreaker {
    static func breakCycles(in types: inout [TypeDeclaration]) {
        var structs: [String: [PropertyDeclaration]] = [:]
        var aliases: [String: TypeReference] = [:]
        collect(types, parent: nil, structs: &structs, aliases: &aliases)

        /// The structs a property's value holds inline.
        func inlineTargets(_ type: TypeReference, depth: Int = 0) -> [String] {
            guard case .named(let name) = type, depth < 16 else { return [] }
            if let target = aliases[name] { return inlineTargets(target, depth: depth + 1) }
            return structs[name] != nil ? [name] : []
        }

        var reachable: [String: Set<String>] = [:]
        func reach(_ start: String) -> Set<String> {
            if let known = reachable[start] { return known }
            var seen: Set<String> = []
            var pending = [start]
            while let name = pending.popLast() {
                for property in structs[name] ?? [] {
                    for target in inlineTargets(property.type) where seen.insert(target).inserted {
                        pending.append(target)
                    }
                }
            }
            reachable[start] = seen
            return seen
        }

        var indirect: Set<String> = []  // "Struct.property key"
        for (name, properties) in structs {
            for property in properties where inlineTargets(property.type).contains(where: { $0 == name || reach($0).contains(name) }) {
                indirect.insert(name + "\u{0}" + property.key)
            }
        }
        guard !indirect.isEmpty else { return }
        mark(&types, parent: nil, indirect: indirect)
    }

    private static func collect(
        _ types: [TypeDeclaration], parent: String?, structs: inout [String: [PropertyDeclaration]],
        aliases: inout [String: TypeReference]
    ) {
        for type in types {
            let name = parent.map { "\($0).\(type.name)" } ?? type.name
            switch type {
            case .structure(let declaration):
                structs[name] = declaration.properties
                collect(declaration.nested, parent: name, structs: &structs, aliases: &aliases)
            case .union(let declaration):
                collect(declaration.nested, parent: name, structs: &structs, aliases: &aliases)
            case .alias(let declaration):
                aliases[name] = declaration.target
            case .enumeration:
                break
            }
        }
    }

    private static func mark(_ types: inout [TypeDeclaration], parent: String?, indirect: Set<String>) {
        for index in types.indices {
            let name = parent.map { "\($0).\(types[index].name)" } ?? types[index].name
            switch types[index] {
            case .structure(var declaration):
                for property in declaration.properties.indices where indirect.contains(name + "\u{0}" + declaration.properties[property].key) {
                    declaration.properties[property].isIndirect = true
                }
                mark(&declaration.nested, parent: name, indirect: indirect)
                types[index] = .structure(declaration)
            case .union(var declaration):
                mark(&declaration.nested, parent: name, indirect: indirect)
                types[index] = .union(declaration)
            case .alias, .enumeration:
                break
            }
        }
    }
}
