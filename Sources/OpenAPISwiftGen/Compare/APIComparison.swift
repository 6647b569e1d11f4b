/// The changes of the generated API between two code models: operations as the caller writes
/// them (`client.fabric.sipEndpoints.create(...)`), then types (see `TypeComparison.swift`).
/// Both models come from the same pipeline and config, so what differs is what the spec changed.
public struct APIComparison {
    let old: CodeModel
    let new: CodeModel
    var changes: [APIChange] = []
    /// Old qualified type name to new, for schemas renamed with the same shape (and the types
    /// nested in them whose own names changed with it: `Answer.AnswerValue` to `SwmlCallingAnswer.Answer`).
    var renamedTypes: [String: String] = [:]
    /// Where each type is used on each side (see `referrers(_:)`), to tell apart rename candidates of the same shape.
    var referrers: (old: [String: Set<String>], new: [String: Set<String>]) = ([:], [:])

    /// The changes, most severe first within each resource.
    public static func changes(from old: CodeModel, to new: CodeModel) -> [APIChange] {
        var comparison = APIComparison(old: old, new: new)
        comparison.compareTypes()
        comparison.compareOperations()
        comparison.compareWebhooks()
        return comparison.changes
    }

    mutating func add(_ effect: APIChange.Effect, _ resource: String, _ subject: String, _ message: String, pointer: String?, old: Bool = false) {
        changes.append(APIChange(effect, resource: resource, subject: subject, message: message, pointer: pointer ?? "", isInOldSpec: old))
    }

    // MARK: Operations

    /// An operation with the call that reaches it.
    struct CallSite {
        /// `client.fabric.sipEndpoints`
        var resource: String
        var operation: OperationDeclaration
        var subject: String { "\(operation.name)(...)" }
        var call: String { resource + "." + operation.name }
        /// `GET /r/{id}`, and `, asking for text/csv` for a method of another media type.
        var described: String {
            let variant = operation.variantSuffix == nil ? "" : ", asking for " + (operation.mediaType ?? "")
            return operation.method.rawValue + " " + operation.path + variant
        }
        /// Method and path with the parameter names taken out, and the media type of a method
        /// for another media type than the one read best: `POST /rooms/{}`, `GET /r/{} text/csv`.
        var route: String {
            var path = ""
            var inside = false
            for character in operation.path {
                if character == "{" { inside = true; path += "{" } else if character == "}" { inside = false; path += "}" } else if !inside { path.append(character) }
            }
            let variant = operation.variantSuffix == nil ? "" : " " + (operation.mediaType ?? "")
            return operation.method.rawValue + " " + path + variant
        }
    }

    static func callSites(_ group: GroupDeclaration, resource: String = "client") -> [CallSite] {
        group.operations.map { CallSite(resource: resource, operation: $0) }
            + group.groups.flatMap { callSites($0, resource: resource + "." + $0.property) }
    }

    /// Operations are matched by method and path first, then by the call; what is left was
    /// removed or added.
    mutating func compareOperations() {
        var olds = Self.callSites(old.client.root)
        var news = Self.callSites(new.client.root)
        var pairs: [(CallSite, CallSite)] = []
        for key in [\CallSite.route, \CallSite.call] {
            var byKey: [String: Int] = [:]
            for (index, site) in news.enumerated() where byKey[site[keyPath: key]] == nil { byKey[site[keyPath: key]] = index }
            var matchedNew = Set<Int>()
            olds.removeAll { site in
                guard let index = byKey[site[keyPath: key]], !matchedNew.contains(index) else { return false }
                matchedNew.insert(index)
                pairs.append((site, news[index]))
                return true
            }
            news = news.enumerated().filter { !matchedNew.contains($0.offset) }.map(\.element)
        }
        for site in olds {
            add(.breaking, site.resource, site.subject, "removed (\(site.described))", pointer: site.operation.documentation.pointer, old: true)
        }
        for site in news {
            add(.compatible, site.resource, site.subject, "added (\(site.described))", pointer: site.operation.documentation.pointer)
        }
        for (before, after) in pairs { compare(before, after) }
    }

    private mutating func compare(_ before: CallSite, _ after: CallSite) {
        let resource = after.resource
        let subject = after.subject
        let pointer = after.operation.documentation.pointer
        func report(_ effect: APIChange.Effect, _ message: String, at source: String? = nil, old: Bool = false) {
            add(effect, resource, subject, message, pointer: source ?? (old ? before.operation.documentation.pointer : pointer), old: old)
        }
        if before.call != after.call {
            report(.breaking, "renamed: `\(before.call)(...)` is now `\(after.call)(...)`")
        }
        let (a, b) = (before.operation, after.operation)
        if before.route != after.route {
            report(.runtime, "now sends \(b.method.rawValue) \(b.path) (was \(a.method.rawValue) \(a.path)): an app built with the old module calls the old one")
        }
        if !a.documentation.isDeprecated, let message = b.documentation.deprecation {
            report(.compatible, "deprecated" + (message.isEmpty ? "" : ": \(message)"))
        }
        for finding in argumentChanges(a, b) + bodyChanges(a.body, b.body) {
            report(finding.effect, finding.message, at: finding.source, old: finding.isInOldSpec)
        }
        switch (a.response, b.response) {
        case (nil, let type?): report(.compatible, "now returns `\(type.swift)`")
        case (let type?, nil): report(.breaking, "no longer returns a value (was `\(type.swift)`)")
        case (let was?, let type?) where !sameType(was, type): report(.breaking, "returns `\(type.swift)` (was `\(was.swift)`)")
        default: break
        }
        let oldErrors = Dictionary(a.errors.map { ($0.status, $0.type) }, uniquingKeysWith: { first, _ in first })
        let newErrors = Dictionary(b.errors.map { ($0.status, $0.type) }, uniquingKeysWith: { first, _ in first })
        for (status, _) in a.errors where newErrors[status] == nil {
            report(.runtime, "error status \(status) is no longer documented: its body is no longer decoded")
        }
        for (status, type) in b.errors {
            guard let was = oldErrors[status] else {
                report(.compatible, "documents error status \(status) (`\(type.swift)`)")
                continue
            }
            if !sameType(was, type) { report(.runtime, "the body of error status \(status) is `\(type.swift)` (was `\(was.swift)`)") }
        }
        switch (a.pagination != nil, b.pagination != nil) {
        case (true, false): report(.breaking, "is no longer paginated: `\(a.name)Pages(...)` and `\(a.name)All(...)` are gone")
        case (false, true): report(.compatible, "is paginated: `\(b.name)Pages(...)` and `\(b.name)All(...)` are added")
        default: break
        }
    }

    /// A change found in a part of a declaration, with the spec item it is about when not the declaration's.
    typealias Finding = (effect: APIChange.Effect, message: String, source: String?, isInOldSpec: Bool)

    private func argumentChanges(_ a: OperationDeclaration, _ b: OperationDeclaration) -> [Finding] {
        var findings: [Finding] = []
        func report(_ effect: APIChange.Effect, _ message: String, _ source: String?, old: Bool = false) { findings.append((effect, message, source, old)) }
        let before = a.pathParameters + a.queryParameters + a.headerParameters
        let after = b.pathParameters + b.queryParameters + b.headerParameters
        let oldByName = Dictionary(before.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(after.map(\.name))
        for parameter in before where !newNames.contains(parameter.name) {
            report(.breaking, "argument `\(parameter.name)` removed", parameter.documentation.source, old: true)
        }
        for parameter in after {
            let source = parameter.documentation.source
            guard let was = oldByName[parameter.name] else {
                if parameter.required {
                    report(.breaking, "new required argument `\(parameter.name): \(parameter.type.swift)`", source)
                } else {
                    report(.compatible, "new argument `\(parameter.name): \(parameter.type.swift)? = nil`", source)
                }
                continue
            }
            if !sameType(was.type, parameter.type) {
                report(.breaking, "argument `\(parameter.name)` is `\(parameter.type.swift)` (was `\(was.type.swift)`)", source)
            }
            if was.required && !parameter.required {
                report(.compatible, "argument `\(parameter.name)` is optional (it gets `= nil`)", source)
            } else if !was.required && parameter.required {
                report(.breaking, "argument `\(parameter.name)` is required", source)
            }
            if was.wireName != parameter.wireName {
                report(.runtime, "argument `\(parameter.name)` is sent as `\(parameter.wireName)` (was `\(was.wireName)`)", source)
            }
            for (effect, message) in defaultChanges(was.documentation, parameter.documentation, accessor: nil) {
                report(effect, "argument `\(parameter.name)`: " + message, source)
            }
            if !was.documentation.isDeprecated, parameter.documentation.isDeprecated {
                report(.compatible, "argument `\(parameter.name)` is deprecated", source)
            }
        }
        return findings
    }

    private func bodyChanges(_ a: BodyDeclaration?, _ b: BodyDeclaration?) -> [Finding] {
        var findings: [Finding] = []
        func report(_ effect: APIChange.Effect, _ message: String, _ source: String?, old: Bool = false) { findings.append((effect, message, source, old)) }
        switch (a, b) {
        case (nil, let body?):
            report(body.required ? .breaking : .compatible, "takes a body `\(body.type.swift)`" + (body.required ? "" : " (optional)"), nil)
        case (let body?, nil):
            report(.breaking, "no longer takes a body (was `\(body.type.swift)`)", nil, old: true)
        case (let was?, let body?):
            if !sameType(was.type, body.type) { report(.breaking, "takes a body `\(body.type.swift)` (was `\(was.type.swift)`)", nil) }
            if was.required && !body.required { report(.compatible, "the body is optional", nil) }
            if !was.required && body.required { report(.breaking, "the body is required", nil) }
            if was.encoding != body.encoding {
                report(.runtime, "the body is sent as \(body.encoding.rawValue) (was \(was.encoding.rawValue)): an app built with the old module sends the old encoding", nil)
            }
        case (nil, nil):
            break
        }
        return findings
    }

    /// A default added, changed or removed; `accessor` is the `xOrDefault` an app may read.
    func defaultChanges(_ a: Documentation, _ b: Documentation, accessor: (old: String?, new: String?)?) -> [(APIChange.Effect, String)] {
        switch (a.defaultValue, b.defaultValue) {
        case (nil, let value?):
            return [(.compatible, "documents the default `\(value)`" + (accessor?.new.map { " (`\($0)`)" } ?? ""))]
        case (let value?, nil):
            if let gone = accessor?.old, accessor?.new == nil {
                return [(.breaking, "no longer has the default `\(value)`: `\(gone)` is gone")]
            }
            return [(.compatible, "no longer documents the default `\(value)`")]
        case (let was?, let value?) where was != value:
            return [(.runtime, "the default is `\(value)` (was `\(was)`): the server assumes another value when none is sent")]
        default:
            return []
        }
    }

    /// Whether two references name the same type, taking schemas renamed with the same shape as the same.
    func sameType(_ a: TypeReference, _ b: TypeReference) -> Bool {
        renamed(a) == b
    }

    /// A reference with renamed types (and the types nested in them) written with their new names.
    func renamed(_ type: TypeReference) -> TypeReference {
        switch type {
        case .array(let element): return .array(renamed(element))
        case .map(let value): return .map(renamed(value))
        case .named(let name): return .named(Self.substitute(name, renamedTypes) ?? name)
        }
    }

    /// `name` with its longest dotted prefix found in `names` replaced (`A.B.C` with `A.B` to `X.Y` is `X.Y.C`).
    static func substitute(_ name: String, _ names: [String: String]) -> String? {
        guard !names.isEmpty else { return nil }
        var prefix = Substring(name)
        while true {
            if let to = names[String(prefix)] { return to + name.dropFirst(prefix.count) }
            guard let dot = prefix.lastIndex(of: ".") else { return nil }
            prefix = prefix[..<dot]
        }
    }
}
