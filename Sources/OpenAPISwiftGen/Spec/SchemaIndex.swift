import Foundation

/// Finds component schemas by `$ref`.
public struct SchemaIndex: Sendable {
    public static let prefix = "#/components/schemas/"
    private let byName: [String: Schema]

    public init(_ document: OpenAPIDocument) {
        var byName: [String: Schema] = [:]
        for named in document.schemas { byName[named.name] = named.schema }
        self.byName = byName
    }

    /// The name a local `$ref`'s schema is indexed under: the component's name for
    /// `#/components/schemas/NAME`, the pointer itself for any other place in the document
    /// (read by the spec reader as a schema of its own); nil for a reference to another file.
    public static func componentName(_ ref: String) -> String? {
        guard ref.hasPrefix("#/") else { return nil }
        guard ref.hasPrefix(prefix), !hasSlash(ref, after: prefixLength) else { return ref }
        return JSONPointer.unescape(Substring(ref.utf8.dropFirst(prefixLength)))
    }

    /// Whether a local `$ref` points somewhere other than a component schema itself.
    public static func isPointer(_ ref: String) -> Bool {
        !ref.hasPrefix(prefix) || hasSlash(ref, after: prefixLength)
    }

    private static let prefixLength = prefix.utf8.count

    /// Whether `text` has a `/` after its first `offset` bytes: on the bytes, since this runs for
    /// every use of a type (`String.contains` and character offsets cost tens of times more).
    private static func hasSlash(_ text: String, after offset: Int) -> Bool {
        let slash = UInt8(ascii: "/")
        return text.utf8.withContiguousStorageIfAvailable { $0[offset...].contains(slash) }
            ?? text.utf8.dropFirst(offset).contains(slash)
    }

    public func schema(named name: String) -> Schema? { byName[name] }

    /// Every schema `$ref` must name a component schema of this document, and no component may
    /// be nothing but a chain of references that comes back to itself.
    static func checkReferences(in document: OpenAPIDocument) throws(DiagnosticError) {
        let index = SchemaIndex(document)
        try checkReferenceTargets(in: document, index: index)
        for named in document.schemas {
            var seen: [String] = [named.name]
            var current = named.schema
            while let ref = referenceOnly(current), let name = componentName(ref), let target = index.schema(named: name) {
                guard !seen.contains(name) else {
                    let chain = (seen + [name]).joined(separator: " -> ")
                    throw DiagnosticError("a cycle of $refs that never reaches a schema: \(chain)", at: current.location, pointer: current.pointer)
                }
                seen.append(name)
                current = target
            }
        }
    }

    /// The `$ref` of a schema that is only a reference (or a lone `allOf: [$ref]` wrapper).
    private static func referenceOnly(_ schema: Schema) -> String? {
        if let ref = schema.ref { return ref }
        if schema.allOf.count == 1, schema.properties.isEmpty, schema.types.isEmpty, schema.anyOf.isEmpty, schema.oneOf.isEmpty {
            return referenceOnly(schema.allOf[0])
        }
        return nil
    }

    private static func checkReferenceTargets(in document: OpenAPIDocument, index: SchemaIndex) throws(DiagnosticError) {
        var pending: [Schema] = document.schemas.map(\.schema)
        for operation in document.operations {
            pending += operation.parameters.compactMap(\.schema)
            pending += (operation.requestBody?.content ?? []).compactMap(\.schema)
            pending += operation.responses.flatMap(\.content).compactMap(\.schema)
        }
        while let schema = pending.popLast() {
            if let ref = schema.ref {
                guard ref.hasPrefix("#/") else {
                    throw DiagnosticError("'$ref: \(ref)' points outside this document, which is not supported yet", at: schema.location, pointer: schema.pointer)
                }
                guard let name = componentName(ref), index.schema(named: name) != nil else {
                    throw DiagnosticError("'$ref: \(ref)' points to nothing: no such schema in #/components/schemas", at: schema.location, pointer: schema.pointer)
                }
            }
            pending += schema.properties.map(\.schema)
            pending += schema.allOf + schema.anyOf + schema.oneOf
            if let items = schema.items { pending.append(items) }
            if let additional = schema.additionalProperties { pending.append(additional) }
        }
    }
}
