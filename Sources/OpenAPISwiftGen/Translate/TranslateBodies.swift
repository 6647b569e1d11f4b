import Foundation

/// Request and response bodies: the media type sent, and the types of bodies and answers.
extension Translator {
    /// The body's media type the client sends: JSON first, then a form, then multipart, then a JSON sequence, then bytes.
    static func bodyContent(_ body: RequestBody) -> (MediaType, BodyDeclaration.Encoding)? {
        if let json = body.content.first(where: { isJSON($0.name) }) { return (json, .json) }
        if let form = body.content.first(where: { baseType($0.name) == "application/x-www-form-urlencoded" }) { return (form, .form) }
        if let multipart = body.content.first(where: { baseType($0.name) == "multipart/form-data" }) { return (multipart, .multipart) }
        if let sequence = body.content.first(where: isJSONSequence) { return (sequence, .jsonSequence) }
        if let binary = body.content.first(where: isBinary) { return (binary, .binary) }
        return nil
    }

    /// Bytes rather than text: `application/octet-stream`, images, audio, video, PDF, archives,
    /// or any media type whose schema is a string of `format: binary`.
    static func isBinary(_ media: MediaType) -> Bool {
        let base = baseType(media.name)
        if ["application/octet-stream", "application/pdf", "application/zip", "application/gzip"].contains(base) { return true }
        if ["image/", "audio/", "video/"].contains(where: base.hasPrefix) { return true }
        return media.schema?.format == "binary"
    }

    static func isEventStream(_ media: MediaType) -> Bool {
        baseType(media.name) == "text/event-stream"
    }

    /// JSON Lines (`application/jsonl`, `application/x-ndjson`, `application/x-jsonlines`) or
    /// JSON text sequences (`application/json-seq`).
    static func isJSONSequence(_ media: MediaType) -> Bool {
        ["application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/json-seq"].contains(baseType(media.name))
    }

    /// `.../content/application~1json/example` for a media type's schema pointer `.../schema`.
    static func examplePointer(_ schema: Schema) -> String {
        String(schema.pointer.dropLast("schema".count)) + "example"
    }

    static func baseType(_ mediaType: String) -> String { MediaTypeName.base(mediaType) }

    static func isJSON(_ mediaType: String) -> Bool { MediaTypeName.isJSON(mediaType) }

    /// The type of a response's JSON body: one type per `components/responses` entry, named
    /// after it and shared by every operation that refers to it; else one named after the operation.
    /// `examples`: the response's, checked and kept as round-trip tests; nil: not looked at.
    mutating func responseType(_ response: Response, schema: Schema, name: String, examples: [SpecValue]?) -> TypeReference {
        // A schema that a `$ref` elsewhere points at is already a type of its own.
        if let type = componentTypes[schema.pointer], generatedComponents?.contains(schema.pointer) ?? true {
            if let examples { collectExamples(examples, of: schema, pointer: Self.examplePointer(schema), type: .named(type), nullable: unwrapNullable(schema).1) }
            return .named(type)
        }
        func make(_ translator: inout Translator, _ name: String) -> TypeReference {
            examples.map { translator.hoistedType(for: schema, name: name, examples: $0) } ?? translator.hoistedType(for: schema, name: name)
        }
        if let shared = response.sharedName,
           let type = sharedType(Self.sharedPointer("responses", shared), make: { make(&$0, Self.sharedResponseTypeName(shared)) }) {
            return type
        }
        return make(&self, name)
    }

    /// The type of a body (`hoistedType(for:name:)`), with the media type's examples recorded as its examples.
    mutating func hoistedType(for schema: Schema, name: String, examples: [SpecValue]) -> TypeReference {
        let type = hoistedType(for: schema, name: name)
        collectExamples(examples, of: schema, pointer: Self.examplePointer(schema), type: type, nullable: unwrapNullable(schema).1)
        return type
    }

    /// The type of a body: a component's type, or an inline schema declared at top level under `name`.
    mutating func hoistedType(for schema: Schema, name: String) -> TypeReference {
        let (core, _) = unwrapNullable(schema)
        if kind(of: core).declaresType {
            let typeName = topLevelTypeName(name)
            declare(declarations(for: core, name: typeName, pointer: schema.pointer))
            return .named(typeName)
        }
        var nesting = Nesting(parent: nil, names: topLevelNames)
        let reference = typeReference(for: core, suggestedName: Naming.typeName(name), nesting: &nesting)
        topLevelNames = nesting.names
        declare(nesting.declarations)
        return reference
    }
}
