import Foundation

/// The client: operations grouped by resource (or flat by operationId), the server and the
/// authentication.
extension Translator {
    /// The client: its authentication and its operations grouped by resource (or flat by operationId).
    mutating func translateClient() -> ClientDeclaration {
        var root = GroupDeclaration(name: config.client, property: "", path: "", operations: [], groups: [])
        var firstUse: [String: SourceLocation] = [:]
        let chosen = document.operations.filter(config.includes)
        let security = document.security.map { requirements($0, pointer: "#/security", warns: true) } ?? []
        let methods = Dictionary(chosen.map { ($0.path, [$0.method]) }, uniquingKeysWith: +)
        for operation in chosen {
            if let id = operation.operationId {
                if let first = firstUse[id] {
                    diagnostics.warn("operationId '\(id)' is used again (first at \(first.line):\(first.column)); names made from it get a number", at: operation.location, pointer: operation.pointer)
                } else {
                    firstUse[id] = operation.location
                }
            }
            let declarations = translateOperation(operation, defaultSecurity: security)
            guard var declaration = declarations.first else { continue }
            var groupPath = config.naming == .resources ? resourceGroups(of: operation.path) : []
            if let last = groupPath.last, Self.isAction(operation, methods: methods), last.prefix == operation.path {
                declaration.name = Naming.memberName(last.segment)
                groupPath.removeLast()
            } else if declaration.name == "list", isSingleton(operation, response: declaration.response, pagination: declaration.pagination, methods: methods) {
                declaration.name = "get"
            }
            if groupPath.isEmpty || config.naming == .operationId {
                declaration.name = fallbackName(operation)
            }
            if let id = operation.operationId, let name = config.operationNames[id] { declaration.name = name }
            insert(declaration, at: groupPath[...], pathPrefix: "", into: &root)
            // The methods of the operation's other media types: `createStream`, `getCsv`.
            for var variant in declarations.dropFirst() {
                variant.name = declaration.name + (variant.variantSuffix ?? "")
                insert(variant, at: groupPath[...], pathPrefix: "", into: &root)
            }
        }
        disambiguate(&root, typeNames: Set(types.map(\.name)).union(Naming.reservedTopLevelNames))
        let version = document.info.version.isEmpty ? "" : "/" + document.info.version
        let authentication = authentication(operations: chosen, security: security)
        var documentation = document.info.description.map { "\(document.info.title)\n\n\($0)" } ?? document.info.title
        // OpenAPI 3.2: a scheme the spec deprecates is still sent; the client's documentation says so.
        let deprecated = (authentication?.schemes ?? []).filter(\.isDeprecated)
        if !deprecated.isEmpty {
            let names = deprecated.map { scheme in "`\(scheme.name)` (" + scheme.labels.map { "`\($0):`" }.joined(separator: ", ") + ")" }
            documentation += "\n\nThe spec deprecates the credentials of " + names.joined(separator: ", ") + ": the API means to stop accepting them."
        }
        return ClientDeclaration(
            name: config.client,
            title: document.info.title,
            version: document.info.version,
            specDescription: document.info.description,
            userAgent: config.module + version.filter { !$0.isWhitespace && !$0.isNewline },
            documentation: Documentation(documentation),
            server: server(groupTypes: Set(root.groups.map(\.name))),
            authentication: authentication,
            root: root
        )
    }

    func insert(
        _ operation: OperationDeclaration, at path: ArraySlice<(segment: String, prefix: String)>, pathPrefix: String,
        into group: inout GroupDeclaration
    ) {
        guard let first = path.first else {
            group.operations.append(operation)
            return
        }
        let name = Naming.typeName(first.segment)
        if let existing = group.groups.firstIndex(where: { $0.name == name }) {
            insert(operation, at: path.dropFirst(), pathPrefix: first.prefix, into: &group.groups[existing])
        } else {
            var properties = NameScope(reserved: ["core"])
            var child = GroupDeclaration(
                name: name, property: properties.claim(Naming.memberName(first.segment)), path: first.prefix,
                operations: [], groups: []
            )
            insert(operation, at: path.dropFirst(), pathPrefix: first.prefix, into: &child)
            group.groups.append(child)
        }
    }

    /// Two operations of one group with the same verb both take their operationId's name instead;
    /// method names that still collide get numbered. A group whose type name would hide a model
    /// type (or a standard one) inside the client gets `Operations` appended.
    func disambiguate(_ group: inout GroupDeclaration, typeNames: Set<String>) {
        var counts: [String: Int] = [:]
        for operation in group.operations where operation.variantSuffix == nil { counts[operation.name, default: 0] += 1 }
        for index in group.operations.indices where group.operations[index].variantSuffix == nil && counts[group.operations[index].name]! > 1 {
            group.operations[index].name = group.operations[index].fallbackName
        }
        // The method of another media type keeps to its operation's name: `getReport`, `getReportCsv`.
        for index in group.operations.indices {
            let operation = group.operations[index]
            guard let suffix = operation.variantSuffix,
                  let first = group.operations.first(where: { $0.variantSuffix == nil && $0.method == operation.method && $0.path == operation.path })
            else { continue }
            group.operations[index].name = first.name + suffix
        }
        // Each operation also declares `nameWithResponse` (and a bytes one `nameStream`): claim them all.
        var scope = NameScope(reserved: Set(group.groups.map(\.property)).union(["core", "options"]))
        for index in group.operations.indices {
            var name = scope.claim(group.operations[index].name)
            var suffixes = group.operations[index].pagination == nil ? ["WithResponse"] : ["WithResponse", "Pages", "All"]
            if case .bytes = group.operations[index].transfer { suffixes.append("Stream") }
            while !suffixes.allSatisfy({ scope.isFree(name + $0) }) { name = scope.claim(name) }
            for suffix in suffixes { _ = scope.claim(name + suffix) }
            group.operations[index].name = name
        }
        for index in group.groups.indices {
            // A type named like a declared type, or spelled like its own property (`_1Clicks` for
            // `/1-clicks`: a leading digit makes both the same), is told apart.
            if typeNames.contains(group.groups[index].name) || group.groups[index].name == group.groups[index].property {
                group.groups[index].name += "Operations"
            }
            disambiguate(&group.groups[index], typeNames: typeNames)
        }
    }
}
