/// Types: added, removed and renamed top-level types; then, for every type on both sides
/// (nested ones included), its properties, cases or target. Whether a property change breaks
/// depends on which way the type travels: in a request the caller writes it, in a response the
/// caller reads it (a type in both, or in neither, takes the stricter rule).
extension APIComparison {
    /// Where a type is used: sent in request bodies, received in responses and error bodies.
    struct Usage {
        var sent: Set<String> = []
        var received: Set<String> = []

        init(_ model: CodeModel, declarations: [String: TypeDeclaration]) {
            func reach(_ type: TypeReference, into set: inout Set<String>) {
                switch type {
                case .array(let element): reach(element, into: &set)
                case .map(let value): reach(value, into: &set)
                case .named(let name):
                    guard let declaration = declarations[name], set.insert(name).inserted else { return }
                    switch declaration {
                    case .structure(let structure): structure.properties.forEach { reach($0.type, into: &set) }
                    case .union(let union): union.cases.forEach { reach($0.type, into: &set) }
                    case .alias(let alias): reach(alias.target, into: &set)
                    case .enumeration: break
                    }
                }
            }
            for site in APIComparison.callSites(model.client.root) {
                let operation = site.operation
                if let body = operation.body { reach(body.type, into: &sent) }
                (operation.pathParameters + operation.queryParameters + operation.headerParameters).forEach { reach($0.type, into: &sent) }
                if let response = operation.response { reach(response, into: &received) }
                operation.errors.forEach { reach($0.type, into: &received) }
            }
        }

        /// Whether the caller reads values of the type (received, or used nowhere the client knows).
        func isRead(_ name: String) -> Bool { received.contains(name) || !sent.contains(name) }
        /// Whether the caller writes values of the type (sent, or used nowhere the client knows).
        func isWritten(_ name: String) -> Bool { sent.contains(name) || !received.contains(name) }
    }

    /// Every declaration by its qualified name (`Room.Layout`), nested ones included.
    static func declarations(_ model: CodeModel) -> [String: TypeDeclaration] {
        var all: [String: TypeDeclaration] = [:]
        func visit(_ declaration: TypeDeclaration, prefix: String) {
            let name = prefix + declaration.name
            if all[name] == nil { all[name] = declaration }
            let nested: [TypeDeclaration] = switch declaration {
            case .structure(let structure): structure.nested
            case .union(let union): union.nested
            case .enumeration, .alias: []
            }
            nested.forEach { visit($0, prefix: name + ".") }
        }
        model.types.forEach { visit($0, prefix: "") }
        return all
    }

    mutating func compareTypes() {
        let before = Self.declarations(old)
        let after = Self.declarations(new)
        let oldTop = Set(old.types.map(\.name))
        let newTop = Set(new.types.map(\.name))
        var removed = old.types.filter { !newTop.contains($0.name) }
        var added = new.types.filter { !oldTop.contains($0.name) }
        // A removed type and an added one of the same shape: renamed.
        var addedByShape: [String: [Int]] = [:]
        for (index, type) in added.enumerated() { addedByShape[Self.shape(type), default: []].append(index) }
        var renamedIndices = Set<Int>()
        removed.removeAll { type in
            guard let index = addedByShape[Self.shape(type)]?.first(where: { !renamedIndices.contains($0) }) else { return false }
            renamedIndices.insert(index)
            renamedTypes[type.name] = added[index].name
            return true
        }
        for (from, to) in renamedTypes.sorted(by: { $0.key < $1.key }) {
            add(.breaking, APIChange.typesResource, from, "renamed to `\(to)` (same shape)", pointer: Self.source(after[to]!))
        }
        added = added.enumerated().filter { !renamedIndices.contains($0.offset) }.map(\.element)
        for type in removed {
            add(.breaking, APIChange.typesResource, type.name, "removed", pointer: Self.source(type), old: true)
        }
        for type in added {
            add(.compatible, APIChange.typesResource, type.name, "added", pointer: Self.source(type))
        }

        let oldUsage = Usage(old, declarations: before)
        let newUsage = Usage(new, declarations: after)
        for (name, declaration) in after.sorted(by: { $0.key < $1.key }) {
            let oldName = renamedTypes.first { name == $0.value || name.hasPrefix($0.value + ".") }
                .map { $0.key + name.dropFirst($0.value.count) } ?? name
            guard let was = before[oldName] else { continue }
            let isRead = oldUsage.isRead(oldName) || newUsage.isRead(name)
            let isWritten = oldUsage.isWritten(oldName) || newUsage.isWritten(name)
            compare(was, declaration, name: name, isRead: isRead, isWritten: isWritten)
        }
    }

    private static func source(_ declaration: TypeDeclaration) -> String {
        documentation(declaration).source ?? ""
    }

    private static func documentation(_ declaration: TypeDeclaration) -> Documentation {
        switch declaration {
        case .structure(let structure): structure.documentation
        case .enumeration(let enumeration): enumeration.documentation
        case .union(let union): union.documentation
        case .alias(let alias): alias.documentation
        }
    }

    /// A type's shape without its own name, to find a schema renamed without other change.
    private static func shape(_ declaration: TypeDeclaration) -> String {
        let name = declaration.name
        func local(_ type: TypeReference) -> String {
            let text = type.swift
            return text.hasPrefix(name + ".") ? "Self" + text.dropFirst(name.count) : text
        }
        switch declaration {
        case .structure(let structure):
            return "struct " + structure.properties.map { "\($0.key):\(local($0.type)):\($0.presence):\($0.isNullable)" }.joined(separator: ",")
                + structure.nested.map { "{" + shape($0) + "}" }.joined()
        case .enumeration(let enumeration):
            return "enum " + enumeration.cases.map(\.value).joined(separator: ",")
        case .union(let union):
            return "union " + union.cases.map { "\($0.name):\(local($0.type))" }.joined(separator: ",") + union.nested.map { "{" + shape($0) + "}" }.joined()
        case .alias(let alias):
            return "alias " + local(alias.target)
        }
    }

    private mutating func compare(_ was: TypeDeclaration, _ declaration: TypeDeclaration, name: String, isRead: Bool, isWritten: Bool) {
        let resource = APIChange.typesResource
        let pointer = Self.source(declaration)
        if !Self.documentation(was).isDeprecated, let message = Self.documentation(declaration).deprecation {
            add(.compatible, resource, name, "deprecated" + (message.isEmpty ? "" : ": \(message)"), pointer: pointer)
        }
        switch (was, declaration) {
        case (.structure(let a), .structure(let b)):
            compareProperties(a, b, name: name, isRead: isRead, isWritten: isWritten)
        case (.enumeration(let a), .enumeration(let b)):
            let newValues = Set(b.cases.map(\.value))
            let oldCases = Dictionary(a.cases.map { ($0.value, $0.name) }, uniquingKeysWith: { first, _ in first })
            for (position, item) in a.cases.enumerated() where !newValues.contains(item.value) {
                add(.breaking, resource, name, "case `.\(item.name)` removed (\"\(item.value)\" now decodes as `.undocumented`)", pointer: Self.source(was) + "/enum/\(position)", old: true)
            }
            for (position, item) in b.cases.enumerated() {
                guard let oldName = oldCases[item.value] else {
                    add(.compatible, resource, name, "new case `.\(item.name)` (\"\(item.value)\"; a `switch` without `default` must handle it)", pointer: pointer + "/enum/\(position)")
                    continue
                }
                if oldName != item.name { add(.breaking, resource, name, "case `.\(oldName)` is now `.\(item.name)`", pointer: pointer) }
            }
        case (.union(let a), .union(let b)):
            let oldCases = Dictionary(a.cases.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
            let newNames = Set(b.cases.map(\.name))
            for item in a.cases where !newNames.contains(item.name) {
                add(.breaking, resource, name, "alternative `.\(item.name)(\(item.type.swift))` removed", pointer: Self.source(was), old: true)
            }
            for item in b.cases {
                guard let type = oldCases[item.name] else {
                    add(.compatible, resource, name, "new alternative `.\(item.name)(\(item.type.swift))` (a `switch` without `default` must handle it)", pointer: pointer)
                    continue
                }
                if !sameType(type, item.type) { add(.breaking, resource, name, "alternative `.\(item.name)` holds `\(item.type.swift)` (was `\(type.swift)`)", pointer: pointer) }
            }
            if a.discriminator != b.discriminator {
                add(.runtime, resource, name, "the alternative is chosen by \(b.discriminator.map { "`\($0)`" } ?? "trying each") (was \(a.discriminator.map { "`\($0)`" } ?? "trying each"))", pointer: pointer)
            }
        case (.alias(let a), .alias(let b)):
            if !sameType(a.target, b.target) { add(.breaking, resource, name, "is `\(b.target.swift)` (was `\(a.target.swift)`)", pointer: pointer) }
        default:
            add(.breaking, resource, name, "is now \(Self.kindName(declaration)) (was \(Self.kindName(was)))", pointer: pointer)
        }
    }

    private static func kindName(_ declaration: TypeDeclaration) -> String {
        switch declaration {
        case .structure: "a struct"
        case .enumeration: "an enum"
        case .union: "a union (enum of alternatives)"
        case .alias: "an alias"
        }
    }

    private mutating func compareProperties(_ a: StructDeclaration, _ b: StructDeclaration, name: String, isRead: Bool, isWritten: Bool) {
        let resource = APIChange.typesResource
        let oldByKey = Dictionary(a.properties.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(b.properties.map(\.key))
        for property in a.properties where !newKeys.contains(property.key) {
            add(.breaking, resource, "\(name).\(property.name)", "removed", pointer: property.documentation.source, old: true)
        }
        for property in b.properties {
            let subject = "\(name).\(property.name)"
            let pointer = property.documentation.source
            func report(_ effect: APIChange.Effect, _ message: String) { add(effect, resource, subject, message, pointer: pointer) }
            let type = Self.spelled(property)
            guard let was = oldByKey[property.key] else {
                if property.presence == .optional || !isWritten {
                    report(.compatible, "added (`\(type)`)")
                } else {
                    report(.breaking, "added, required (`\(type)`): a new argument of the initializer and of flattened methods")
                }
                continue
            }
            if was.name != property.name {
                report(.breaking, "renamed from `\(was.name)`")
            }
            if !sameType(was.type, property.type) {
                report(.breaking, "is `\(type)` (was `\(Self.spelled(was))`)")
            } else {
                for (effect, message) in Self.presenceChange(was, property, isRead: isRead, isWritten: isWritten) { report(effect, message) }
            }
            for (effect, message) in defaultChanges(was.documentation, property.documentation, accessor: (was.defaultAccessor?.name, property.defaultAccessor?.name)) {
                report(effect, message)
            }
            if !was.documentation.isDeprecated, let message = property.documentation.deprecation {
                report(.compatible, "deprecated" + (message.isEmpty ? "" : ": \(message)"))
            }
        }
    }

    /// `T` or `T?`, as the property is declared.
    static func spelled(_ property: PropertyDeclaration) -> String {
        property.type.swift + (property.presence == .required ? "" : "?")
    }

    /// Required, optional and nullable changes, by what they do to code that writes or reads the property.
    static func presenceChange(_ was: PropertyDeclaration, _ now: PropertyDeclaration, isRead: Bool, isWritten: Bool) -> [(APIChange.Effect, String)] {
        let (t, optional) = (now.type.swift, now.type.swift + "?")
        switch (was.presence, now.presence) {
        case (.required, .optional):
            return [(isRead ? .breaking : .compatible, "is optional (`\(t)` -> `\(optional)`)" + (isRead ? "" : "; its argument gets `= nil`"))]
        case (.required, .requiredNullable):
            return [(isRead ? .breaking : .compatible, "may be null (`\(t)` -> `\(optional)`)")]
        case (.optional, .required):
            return [(.breaking, "is required (`\(optional)` -> `\(t)`)" + (isWritten ? "; its argument loses `= nil`" : ""))]
        case (.requiredNullable, .required):
            return [(.breaking, "is no longer nullable (`\(optional)` -> `\(t)`)")]
        case (.optional, .requiredNullable):
            return [(isWritten ? .breaking : .compatible, "is required, may be null (`\(optional)` as before)" + (isWritten ? "; its argument loses `= nil`" : ""))]
        case (.requiredNullable, .optional):
            return [(.compatible, "is optional (`\(optional)` as before)" + (isWritten ? "; its argument gets `= nil`" : ""))]
        case (.optional, .optional) where was.isNullable != now.isNullable:
            if now.isNullable { return [(.compatible, "may be null (`\(optional)` as before)")] }
            return [(isWritten ? .runtime : .compatible, "may no longer be null (`\(optional)` as before)" + (isWritten ? ": a `null` sent with `$\(now.name) = .null` is refused" : ""))]
        default:
            return []
        }
    }
}
