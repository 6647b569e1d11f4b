import Foundation

/// Brings what `$ref`s into other files point at into the document, as component schemas, and
/// rewrites those references to point at them, so that the stages after it see one document.
///
/// A reference is a path relative to the file it is written in, with an optional JSON pointer
/// (`common.yaml#/components/schemas/Pet`, `pet.yaml`). Files must lie in the spec's folder or
/// below it; references to URLs are refused.
struct ReferenceBundler {
    /// The spec itself, whose own components stay where they are.
    private let rootFile: URL
    /// The folder files may be read from (the spec's).
    private let root: URL
    private let rootDisplay: String
    private var files: [String: YAMLNode] = [:]
    /// Component names given to imported targets, by `path#pointer`.
    private var imported: [String: String] = [:]
    private var names: Set<String>
    private var schemas: [YAMLEntry] = []
    /// The spec's OpenAPI 3.2 `$self`: the URI its references are relative to.
    private var selfURI: URL?

    /// The document with every external reference brought in; the document itself when it has none.
    static func bundle(_ document: YAMLNode, path: String, displayPath: String) throws(DiagnosticError) -> YAMLNode {
        guard hasExternalReference(document) else { return document }
        let existing = document["components"]?["schemas"]?.entries?.map(\.key) ?? []
        var bundler = ReferenceBundler(
            rootFile: URL(fileURLWithPath: path).standardizedFileURL,
            root: URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL,
            rootDisplay: (displayPath as NSString).deletingLastPathComponent,
            names: Set(existing)
        )
        bundler.selfURI = document["$self"]?.string.flatMap { URL(string: $0) }.flatMap { $0.scheme == nil ? nil : $0 }
        let rewritten = try bundler.rewrite(document, file: URL(fileURLWithPath: path).standardizedFileURL, isRoot: true)
        return bundler.adding(bundler.schemas, to: rewritten)
    }

    private init(rootFile: URL, root: URL, rootDisplay: String, names: Set<String>) {
        self.rootFile = rootFile
        self.root = root
        self.rootDisplay = rootDisplay
        self.names = names
    }

    private static func hasExternalReference(_ node: YAMLNode) -> Bool {
        var pending = [node]
        while let next = pending.popLast() {
            switch next.content {
            case .scalar: continue
            case .sequence(let items): pending += items
            case .mapping(let entries):
                for entry in entries {
                    if entry.key == "$ref", let ref = entry.value.string, !ref.hasPrefix("#") { return true }
                    pending.append(entry.value)
                }
            }
        }
        return false
    }

    /// The node with each `$ref` made local: into this document for the root file, into imported
    /// components for the others.
    private mutating func rewrite(_ node: YAMLNode, file: URL, isRoot: Bool) throws(DiagnosticError) -> YAMLNode {
        switch node.content {
        case .scalar:
            return node
        case .sequence(let items):
            var result: [YAMLNode] = []
            for item in items { result.append(try rewrite(item, file: file, isRoot: isRoot)) }
            return YAMLNode(.sequence(result), at: node.location)
        case .mapping(let entries):
            var result: [YAMLEntry] = []
            for entry in entries {
                if entry.key == "$ref", let ref = entry.value.string {
                    let local = try localReference(ref, from: file, isRoot: isRoot, at: entry.value.location)
                    result.append(YAMLEntry(key: "$ref", keyLocation: entry.keyLocation,
                                            value: YAMLNode(.scalar(YAMLScalar(text: local, isPlain: false)), at: entry.value.location)))
                } else {
                    result.append(YAMLEntry(key: entry.key, keyLocation: entry.keyLocation, value: try rewrite(entry.value, file: file, isRoot: isRoot)))
                }
            }
            return YAMLNode(.mapping(result), at: node.location)
        }
    }

    private mutating func localReference(_ ref: String, from file: URL, isRoot: Bool, at location: SourceLocation) throws(DiagnosticError) -> String {
        if ref.hasPrefix("#") {
            return isRoot ? ref : "#/components/schemas/" + JSONPointer.escape(try importTarget(file, pointer: String(ref.dropFirst()), at: location))
        }
        if ref.contains("://") {
            // A URL under the spec's own `$self` is a file beside it (or the spec itself).
            guard isRoot, let relative = relativeToSelf(ref) else {
                throw DiagnosticError("'$ref: \(ref)' points to a URL; references to other files must be paths beside the spec, or URLs under its $self", at: location)
            }
            return try localReference(relative, from: file, isRoot: isRoot, at: location)
        }
        let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target = URL(fileURLWithPath: String(parts[0]), relativeTo: file.deletingLastPathComponent()).standardizedFileURL
        guard target.path.hasPrefix(root.path + "/") else {
            throw DiagnosticError("'$ref: \(ref)' points outside the spec's folder (\(rootDisplay.isEmpty ? "." : rootDisplay))", at: location)
        }
        let pointer = parts.count > 1 ? String(parts[1]) : ""
        if target == rootFile { return "#" + pointer }  // back into the spec itself
        return "#/components/schemas/" + JSONPointer.escape(try importTarget(target, pointer: pointer, at: location))
    }

    /// `common.yaml#/X` for `https://api.example.com/v1/common.yaml#/X` when `$self` is
    /// `https://api.example.com/v1/openapi.yaml`; `#/X` for the spec's own URI; nil for a URL elsewhere.
    private func relativeToSelf(_ ref: String) -> String? {
        guard let selfURI, let url = URL(string: ref) else { return nil }
        let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        let selfText = selfURI.absoluteString.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        if String(parts[0]) == selfText { return fragment.isEmpty ? "#" : fragment }
        let folder = selfURI.deletingLastPathComponent().absoluteString
        guard url.scheme == selfURI.scheme, url.host == selfURI.host, url.port == selfURI.port, parts[0].hasPrefix(folder) else { return nil }
        let path = String(parts[0].dropFirst(folder.count))
        return path.isEmpty || path.contains("..") ? nil : path + fragment
    }

    /// The component name of a file's node, importing it (and what it references) the first time.
    private mutating func importTarget(_ file: URL, pointer: String, at location: SourceLocation) throws(DiagnosticError) -> String {
        let key = file.path + "#" + pointer
        if let name = imported[key] { return name }
        let display = rootDisplay.isEmpty ? String(file.path.dropFirst(root.path.count + 1))
            : rootDisplay + "/" + file.path.dropFirst(root.path.count + 1)
        let document: YAMLNode
        if let cached = files[file.path] {
            document = cached
        } else {
            guard let bytes = FileSystem.contents(of: file.path) else {
                throw DiagnosticError("the file \(display) that a $ref names does not exist", at: location)
            }
            document = try YAMLLoader.load(bytes, file: display)
            files[file.path] = document
        }
        let node: YAMLNode
        do {
            node = try document.descendant(atPointer: pointer)
        } catch {
            throw DiagnosticError("'\(display)#\(pointer)' points to nothing: there is no '\(error.key)'", at: location)
        }
        var name = pointer.split(separator: "/").last.map { String($0) } ?? file.deletingPathExtension().lastPathComponent
        if names.contains(name) {
            var counter = 2
            while names.contains("\(name)\(counter)") { counter += 1 }
            name = "\(name)\(counter)"
        }
        names.insert(name)
        imported[key] = name
        let rewritten = try rewrite(node, file: file, isRoot: false)
        schemas.append(YAMLEntry(key: name, keyLocation: node.location, value: rewritten))
        return name
    }

    /// The document with `entries` appended to `components/schemas` (made when missing).
    private func adding(_ entries: [YAMLEntry], to document: YAMLNode) -> YAMLNode {
        guard !entries.isEmpty, var top = document.entries else { return document }
        func mapping(_ entries: [YAMLEntry], at location: SourceLocation) -> YAMLNode { YAMLNode(.mapping(entries), at: location) }
        var components = top.first { $0.key == "components" }?.value.entries ?? []
        var schemas = components.first { $0.key == "schemas" }?.value.entries ?? []
        schemas += entries
        let location = document.location
        if let index = components.firstIndex(where: { $0.key == "schemas" }) {
            components[index].value = mapping(schemas, at: components[index].value.location)
        } else {
            components.append(YAMLEntry(key: "schemas", keyLocation: location, value: mapping(schemas, at: location)))
        }
        if let index = top.firstIndex(where: { $0.key == "components" }) {
            top[index].value = mapping(components, at: top[index].value.location)
        } else {
            top.append(YAMLEntry(key: "components", keyLocation: location, value: mapping(components, at: location)))
        }
        return mapping(top, at: location)
    }
}
