/// Types: added, removed and renamed top-level types; then, for every type on both sides
/// (nested ones included), its properties, cases or target. Whether a property change breaks
/// depends on which way the type travels: in a request the caller writes it, in a response the
/// caller reads it (a type in both, or in neither, takes the stricter rule).
extension APIComparison {
    /// Where a type is used: sent in request bodies and webhook answers, received in responses,
    /// error bodies and webhook payloads.
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
            // A webhook's payload comes to the app; its answer goes from the app.
            for webhook in model.webhooks {
                reach(webhook.payload, into: &received)
                if let answer = webhook.answer { reach(answer, into: &sent) }
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
        TypeDeclaration.walk(model.types) { name, declaration in
            if all[name] == nil { all[name] = declaration }
        }
        return all
    }


    mutating func compareTypes() {
        let before = Self.declarations(old)
        let after = Self.declarations(new)
        let oldTop = Set(old.types.map(\.name))
        let newTop = Set(new.types.map(\.name))
        referrers = (Self.referrers(before), Self.referrers(after))
        var removed = old.types.filter { !newTop.contains($0.name) }
        var added = new.types.filter { !oldTop.contains($0.name) }
        findRenames(removed: &removed, added: &added)
        for (from, to) in renamedTypes.sorted(by: { $0.key < $1.key }) {
            let isSameShape = before[from].map { shape($0, renaming: true) == shape(after[to]!, renaming: false) } ?? true
            let message = isSameShape ? "renamed to `\(to)` (same shape)" : "renamed to `\(to)`, whose changes are listed under its name"
            add(.breaking, APIChange.typesResource, from, message, pointer: Self.source(after[to]!))
        }
        for type in removed {
            add(.breaking, APIChange.typesResource, type.name, "removed", pointer: Self.source(type), old: true)
        }
        for type in added {
            add(.compatible, APIChange.typesResource, type.name, "added", pointer: Self.source(type))
        }

        let oldUsage = Usage(old, declarations: before)
        let newUsage = Usage(new, declarations: after)
        let oldNames = Dictionary(renamedTypes.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        for (name, declaration) in after.sorted(by: { $0.key < $1.key }) {
            let oldName = Self.substitute(name, oldNames) ?? name
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

    /// Pairs a removed type with an added one of the same shape (its references to types
    /// renamed so far written with their new names, so a family of schemas moved under a new
    /// prefix is found leaf first). A shape shared by several types pairs only names that share
    /// a leading or trailing word (`ConnectHeaders` and `SwmlCallingConnectHeaders`), best first;
    /// otherwise the removal and the addition are reported as they are.
    private mutating func findRenames(removed: inout [TypeDeclaration], added: inout [TypeDeclaration]) {
        while matchByShape(removed: &removed, added: &added) || matchFamilies(removed: &removed, added: &added) {}
    }

    /// One round of pairing by equal shapes; whether it found any.
    private mutating func matchByShape(removed: inout [TypeDeclaration], added: inout [TypeDeclaration]) -> Bool {
        var anyFound = false
        var found = true
        while found {
            found = false
            var removedByShape: [String: [TypeDeclaration]] = [:]
            for type in removed { removedByShape[shape(type, renaming: true), default: []].append(type) }
            var addedByShape: [String: [TypeDeclaration]] = [:]
            for type in added { addedByShape[shape(type, renaming: false), default: []].append(type) }
            var pairs: [(from: String, to: String, affinity: Int)] = []
            for (shape, olds) in removedByShape {
                guard let news = addedByShape[shape] else { continue }
                let isUnique = olds.count == 1 && news.count == 1
                for was in olds {
                    let options = news.map { (type: $0, rank: Double(Self.nameAffinity(was.name, $0.name))) }.filter { $0.rank > 0 || isUnique }
                    if let type = choose(was, among: options) { pairs.append((was.name, type.name, Self.nameAffinity(was.name, type.name))) }
                }
            }
            pairs.sort { ($0.affinity, $1.from, $1.to) > ($1.affinity, $0.from, $0.to) }
            var taken = Set<String>()
            let removedByName = Dictionary(removed.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            let addedByName = Dictionary(added.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            for pair in pairs where renamedTypes[pair.from] == nil && !taken.contains(pair.to) {
                renamedTypes[pair.from] = pair.to
                renameNested(removedByName[pair.from]!, pair.from, addedByName[pair.to]!, pair.to)
                taken.insert(pair.to)
                found = true
            }
            removed.removeAll { renamedTypes[$0.name] != nil }
            added.removeAll { taken.contains($0.name) }
            anyFound = anyFound || found
        }
        return anyFound
    }

    /// Types that refer to each other (a family moved under a new prefix, cycles included) are
    /// not found leaf first, and one real change in such a family changes every shape in it. So
    /// a removed type is also renamed to the one added type of its kind whose name ends or starts
    /// with all of its words (`Cond` and `SwmlCallingCond`), when they share at least half of
    /// their properties, values or alternatives; their differences are then compared like any
    /// type's. Whether any were found.
    private mutating func matchFamilies(removed: inout [TypeDeclaration], added: inout [TypeDeclaration]) -> Bool {
        let addedWords = added.map { Self.words($0.name) }
        var candidates: [(was: TypeDeclaration, type: TypeDeclaration)] = []
        var ambiguous: [(was: TypeDeclaration, types: [TypeDeclaration])] = []
        for was in removed {
            let words = Self.words(was.name)
            let matches = added.indices.filter { Self.isSameKind(was, added[$0]) && Self.oneContainsTheOther(words, addedWords[$0]) }
            let best = matches.map { Self.nameAffinity(words, addedWords[$0]) }.max()
            let chosen = matches.filter { Self.nameAffinity(words, addedWords[$0]) == best }.map { added[$0] }
            if chosen.count == 1 { candidates.append((was, chosen[0])) } else if chosen.count > 1 { ambiguous.append((was, chosen)) }
        }
        let confirmed = renamedTypes
        for pair in candidates { rename(pair.was, to: pair.type) }
        // Several names fit (`SwmlCallingSwitch`, `SwmlMessagingSwitch`): the most similar one.
        for (was, types) in ambiguous {
            if let type = choose(was, among: types.map { ($0, similarity(was, $0)) }) { candidates.append((was, type)) }
        }
        let claims = Dictionary(candidates.map { ($0.type.name, 1) }, uniquingKeysWith: +)
        candidates.removeAll { claims[$0.type.name]! > 1 }
        renamedTypes = confirmed
        for pair in candidates { rename(pair.was, to: pair.type) }
        candidates.removeAll { similarity($0.was, $0.type) < 0.5 }
        renamedTypes = confirmed
        for pair in candidates { rename(pair.was, to: pair.type) }
        let taken = Set(candidates.map(\.type.name))
        removed.removeAll { renamedTypes[$0.name] != nil }
        added.removeAll { taken.contains($0.name) }
        return !candidates.isEmpty
    }

    /// The option of the highest rank; between equals, the one used where the removed type was
    /// (the same property of the same or a renamed type); nil when that does not decide either.
    private func choose(_ was: TypeDeclaration, among options: [(type: TypeDeclaration, rank: Double)]) -> TypeDeclaration? {
        guard let best = options.map(\.rank).max() else { return nil }
        let top = options.filter { $0.rank == best }
        if top.count == 1 { return top[0].type }
        let oldSites = Set((referrers.old[was.name] ?? []).map { site in
            let owner = site.prefix { $0 != "/" }
            return (Self.substitute(String(owner), renamedTypes) ?? String(owner)) + site.dropFirst(owner.count)
        })
        let scored = top.map { (type: $0.type, score: oldSites.intersection(referrers.new[$0.type.name] ?? []).count) }
            .sorted { $0.score > $1.score }
        return scored[0].score > scored[1].score ? scored[0].type : nil
    }

    /// Where each type is used: `Owner/key` for a property, `Owner/|` for an alternative, `Owner/=` for an alias.
    static func referrers(_ declarations: [String: TypeDeclaration]) -> [String: Set<String>] {
        var sites: [String: Set<String>] = [:]
        func note(_ type: TypeReference, _ site: String) {
            switch type {
            case .array(let element): note(element, site)
            case .map(let value): note(value, site)
            case .named(let name): sites[name, default: []].insert(site)
            }
        }
        for (name, declaration) in declarations {
            switch declaration {
            case .structure(let structure): structure.properties.forEach { note($0.type, name + "/" + $0.key) }
            case .union(let union): union.cases.forEach { note($0.type, name + "/|") }
            case .alias(let alias): note(alias.target, name + "/=")
            case .enumeration: break
            }
        }
        return sites
    }

    private mutating func rename(_ was: TypeDeclaration, to declaration: TypeDeclaration) {
        renamedTypes[was.name] = declaration.name
        renameNested(was, was.name, declaration, declaration.name)
    }

    private static func isSameKind(_ a: TypeDeclaration, _ b: TypeDeclaration) -> Bool {
        switch (a, b) {
        case (.structure, .structure), (.enumeration, .enumeration), (.union, .union), (.alias, .alias): true
        default: false
        }
    }

    /// The share of property keys, enum values or alternatives (renamed types applied) two types have in common.
    private func similarity(_ a: TypeDeclaration, _ b: TypeDeclaration) -> Double {
        func overlap<T: Hashable>(_ x: [T], _ y: [T]) -> Double {
            let x = Set(x), y = Set(y)
            return x.isEmpty && y.isEmpty ? 1 : Double(x.intersection(y).count) / Double(max(x.count, y.count))
        }
        switch (a, b) {
        case (.structure(let x), .structure(let y)): return overlap(x.properties.map(\.key), y.properties.map(\.key))
        case (.enumeration(let x), .enumeration(let y)): return overlap(x.cases.map(\.value), y.cases.map(\.value))
        case (.union(let x), .union(let y)): return overlap(x.cases.map { renamed($0.type) }, y.cases.map(\.type))
        case (.alias(let x), .alias(let y)): return renamed(x.target) == y.target ? 1 : 0
        default: return 0
        }
    }

    /// Types nested in a renamed one whose own names changed too; same shapes nest alike.
    private mutating func renameNested(_ was: TypeDeclaration, _ oldName: String, _ declaration: TypeDeclaration, _ name: String) {
        let olds = was.nestedDeclarations, news = declaration.nestedDeclarations
        guard olds.count == news.count else { return }
        for (a, b) in zip(olds, news) {
            let from = oldName + "." + a.name, to = name + "." + b.name
            if a.name != b.name { renamedTypes[from] = to }
            renameNested(a, from, b, to)
        }
    }

    /// How many words two type names share at their start or their end (`FabricSwmlWebhooksInboundCallHeader`
    /// and `WebhooksCallingInboundCallHeader` share three).
    static func nameAffinity(_ a: String, _ b: String) -> Int {
        nameAffinity(words(a), words(b))
    }

    private static func nameAffinity(_ x: [Substring], _ y: [Substring]) -> Int {
        let leading = zip(x, y).prefix { $0 == $1 }.count
        let trailing = zip(x.reversed(), y.reversed()).prefix { $0 == $1 }.count
        return max(leading, trailing)
    }

    /// Whether all the words of one name start or end the other.
    private static func oneContainsTheOther(_ x: [Substring], _ y: [Substring]) -> Bool {
        nameAffinity(x, y) == min(x.count, y.count)
    }

    /// A type name's words: `SwmlCallingAIObject` is `Swml`, `Calling`, `AIObject`.
    static func words(_ name: String) -> [Substring] {
        var words: [Substring] = []
        var start = name.startIndex
        for index in name.indices.dropFirst() where name[index].isUppercase && !name[name.index(before: index)].isUppercase {
            words.append(name[start..<index])
            start = index
        }
        words.append(name[start...])
        return words
    }

    /// A type's shape without its own name or its nested types' names (they are written by
    /// position); with `renaming`, references to renamed types are written with their new names.
    private func shape(_ declaration: TypeDeclaration, renaming: Bool) -> String {
        var positions: [String: String] = [:]
        func place(_ declaration: TypeDeclaration, name: String, position: String) {
            positions[name] = position
            for (index, nested) in declaration.nestedDeclarations.enumerated() {
                place(nested, name: name + "." + nested.name, position: position + ".\(index)")
            }
        }
        place(declaration, name: declaration.name, position: "Self")
        func spelled(_ type: TypeReference) -> String {
            switch type {
            case .array(let element): return "[" + spelled(element) + "]"
            case .map(let value): return "[:" + spelled(value) + "]"
            case .named(let name): return positions[name] ?? (renaming ? renamed(type).swift : name)
            }
        }
        func body(_ declaration: TypeDeclaration) -> String {
            switch declaration {
            case .structure(let structure):
                return "struct " + structure.properties.map { "\($0.key):\(spelled($0.type)):\($0.presence):\($0.isNullable)" }.joined(separator: ",")
                    + structure.nested.map { "{" + body($0) + "}" }.joined()
            case .enumeration(let enumeration):
                return "enum " + enumeration.cases.map(\.value).joined(separator: ",")
            case .union(let union):
                return "union " + union.cases.map { spelled($0.type) }.joined(separator: ",")
                    + union.nested.map { "{" + body($0) + "}" }.joined()
            case .alias(let alias):
                return "alias " + spelled(alias.target)
            }
        }
        return body(declaration)
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
            // An alternative whose type was renamed keeps its place under the case name the new type gives.
            var newCaseByType: [TypeReference: String] = [:]
            for item in b.cases where oldCases[item.name] == nil { newCaseByType[item.type] = newCaseByType[item.type] ?? item.name }
            var renamedCases = Set<String>()
            for item in a.cases where !newNames.contains(item.name) {
                if let newName = newCaseByType[renamed(item.type)], renamedCases.insert(newName).inserted {
                    add(.breaking, resource, name, "alternative `.\(item.name)` is now `.\(newName)(\(renamed(item.type).swift))`", pointer: pointer)
                } else {
                    add(.breaking, resource, name, "alternative `.\(item.name)(\(item.type.swift))` removed", pointer: Self.source(was), old: true)
                }
            }
            for item in b.cases where !renamedCases.contains(item.name) {
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
