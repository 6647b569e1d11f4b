import Foundation

/// How operations are named and grouped with `naming: resources`: groups from the path, verbs
/// from the method, actions and singletons.
extension Translator {
    /// The groups an operation belongs to: the static segments of its path, less a leading `api`,
    /// version segments (`v1`, `2010-04-01`) and the word `resources`.
    /// `/api/fabric/resources/sip_endpoints/{id}` -> `fabric`, `sip_endpoints`.
    func resourceGroups(of path: String) -> [(segment: String, prefix: String)] {
        var groups: [(String, String)] = []
        var prefix = ""
        for (position, segment) in path.split(separator: "/").enumerated() {
            prefix += "/" + segment
            let text = String(segment)
            if text.hasPrefix("{") || text.isEmpty { continue }
            if position == 0 && text == "api" { continue }
            if text == "resources" || Self.isVersion(text) { continue }
            if !Naming.hasWords(text) { continue }
            groups.append((text, prefix))
        }
        return groups
    }

    static func isVersion(_ segment: String) -> Bool {
        let body = segment.hasPrefix("v") ? segment.dropFirst() : segment[...]
        return !body.isEmpty && body.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" } && body.first!.isNumber
    }

    /// An action on a resource rather than a resource of its own: the only operation of its path,
    /// on a path that ends in a word no other path goes under or has as a collection, and either not a GET under a path
    /// that has operations of its own (`PUT /me/player/pause` beside `GET /me/player`) or a POST
    /// under an item (`POST /payments/{id}/cancel`). Its method is named after the word:
    /// `me.player.pause()`, `payments.cancel(id:)`.
    /// A word the spec also uses for a collection (`/sip_endpoints/{id}` anywhere) is a noun, never an action.
    static func isAction(_ operation: Operation, methods: [String: [HTTPMethod]]) -> Bool {
        guard operation.method != .get, methods[operation.path]?.count == 1, !operation.path.hasSuffix("}"),
              let slash = operation.path.lastIndex(of: "/") else { return false }
        let parent = String(operation.path[..<slash])
        let word = operation.path[slash...]
        guard !parent.isEmpty, !methods.keys.contains(where: { $0.hasPrefix(operation.path + "/") || $0.contains(word + "/{") }) else { return false }
        return methods[parent] != nil || (parent.hasSuffix("}") && operation.method == .post)
    }

    /// A GET of one thing at a path without an id (`GET /me`, `GET /reports/{id}/file`): its
    /// answer is an object that holds no list of items (no page, no `data`, `items`, ... array,
    /// no lone array), or bytes, and no `GET path/{id}` makes the path a collection.
    func isSingleton(_ operation: Operation, response: TypeReference?, pagination: Pagination?, methods: [String: [HTTPMethod]]) -> Bool {
        guard operation.method == .get, pagination == nil else { return false }
        if let object = declared.structure(response) {
            let arrays = object.properties.filter { if case .array = $0.type { true } else { false } }
            if arrays.contains(where: { Self.itemKeys.contains($0.key) }) || (arrays.count == 1 && object.properties.count == 1) { return false }
        } else if response != .named("Data") {
            return false
        }
        return !methods.contains { path, methods in
            methods.contains(.get) && path.hasPrefix(operation.path + "/{") && !path.dropFirst(operation.path.count + 1).contains("/")
        }
    }

    /// The verb of an operation from its method and whether its path ends on an item (`{id}`).
    func verb(_ operation: Operation) -> String {
        let onItem = operation.path.hasSuffix("}")
        switch (operation.method, onItem) {
        case (.get, false): return "list"
        case (.get, true): return "get"
        case (.post, false): return "create"
        case (.put, true), (.patch, true): return "update"
        case (.delete, true): return "delete"
        default: return operation.method.key
        }
    }

    /// lowerCamel operationId (or its name override), or method and path words when there is none.
    func fallbackName(_ operation: Operation) -> String {
        if let id = operation.operationId, let name = config.operationNames[id] { return name }
        if let id = operation.operationId, Naming.hasWords(id) { return Naming.memberName(id) }
        return Naming.memberName(operation.method.key + " " + operation.path)
    }
}
