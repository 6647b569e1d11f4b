import Foundation

/// How a method reads one media type of an operation's success response.
struct ResponseReading {
    var mediaType: String
    var transfer: Transfer
    /// The type the caller gets; nil: no value.
    var response: TypeReference?
    /// The mock's answer body: compact JSON, or the stream's text for a sequential media type.
    var example: String?
    /// The mock's `Content-Type` when it is not the media type (a multipart one names its boundary).
    var mockContentType: String?
}

extension Translator {
    /// The media types of a success response, each as a method reads it: the one read best first
    /// (JSON with a schema, then JSON Lines or a JSON text sequence, then an event stream, then
    /// any other), then the others in the spec's order, each with what its method adds to the
    /// operation's name (``variantSuffix(_:among:)``). The first's reading is nil when it is JSON
    /// without a schema.
    mutating func responseReadings(_ success: Response, of operation: Operation) -> [(suffix: String, reading: ResponseReading?)] {
        let content = success.content
        let ranks: [(MediaType) -> Bool] = [
            { Self.isJSON($0.name) && $0.schema != nil }, Self.isJSONSequence, Self.isEventStream, Self.isMultipart, { _ in true },
        ]
        guard let first = ranks.lazy.compactMap({ rank in content.firstIndex(where: rank) }).first else { return [] }
        let sequential = content.filter(Self.isSequential).map(\.name)
        var suffixes = NameScope(reserved: [""])
        return ([first] + content.indices.filter { $0 != first }).enumerated().map { position, index in
            let media = content[index]
            let suffix = position == 0 ? "" : suffixes.claim(Self.variantSuffix(media, among: sequential))
            return (suffix, reading(media, of: success, name: fallbackName(operation) + suffix, isPrimary: position == 0))
        }
    }

    /// How one media type is read. JSON without a schema is left unread by the operation's first
    /// method (its `...WithResponse` gives the bytes) and read as bytes by any other.
    private mutating func reading(_ media: MediaType, of success: Response, name: String, isPrimary: Bool) -> ResponseReading? {
        if Self.isJSON(media.name), let schema = media.schema {
            let type = responseType(success, schema: schema, name: name + " response", examples: media.examples)
            return ResponseReading(mediaType: media.name, transfer: .json, response: type, example: media.examples.first?.json ?? exampleValue(for: schema))
        }
        if Self.isJSONSequence(media) {
            let (item, example) = sequenceItem(media, name: name + " item")
            return ResponseReading(
                mediaType: media.name, transfer: .jsonSequence(item: item, accept: media.name), response: .named("JSONSequence<\(item.swift)>"),
                example: Self.sequenceText(example, mediaType: media.name))
        }
        if Self.isEventStream(media) {
            var payload = TypeReference.string
            var example = "\"\""
            if let item = media.itemSchema {
                // OpenAPI 3.2: the schema of each event; its `data` is text, or JSON its `contentSchema` gives.
                let data = resolved(item).properties.first { $0.name == "data" }.map { resolved($0.schema) }
                if let content = data?.contentSchema {
                    payload = hoistedType(for: content, name: name + " event")
                    example = exampleValue(for: content)
                }
            } else if let schema = media.schema, unwrapNullable(schema).0.types != ["string"] {
                payload = hoistedType(for: schema, name: name + " event")
                example = exampleValue(for: schema)
            }
            return ResponseReading(
                mediaType: media.name, transfer: .events(payload: payload), response: .named("ServerSentEvents<\(payload.swift)>"),
                example: Self.eventText(example, isText: payload == .string))
        }
        if Self.isMultipart(media) {
            // OpenAPI 3.2: `itemSchema` types each part; an object's parts are JSON unless `itemEncoding` says otherwise.
            var item = TypeReference.json
            var partContentType = media.itemContentType
            let scalars: Set = ["string", "number", "integer", "boolean", "null"]
            if let itemSchema = media.itemSchema, !resolved(itemSchema).types.allSatisfy(scalars.contains) || resolved(itemSchema).types.isEmpty {
                item = hoistedType(for: itemSchema, name: name + " part")
                partContentType = partContentType ?? "application/json"
            }
            // The mock answers with one part: the item's example, or an empty text part.
            let part = media.itemSchema.map { item == .json ? "Content-Type: text/plain\r\n\r\n" : "Content-Type: application/json\r\n\r\n" + exampleValue(for: $0) }
                ?? "Content-Type: text/plain\r\n\r\n"
            return ResponseReading(
                mediaType: media.name,
                transfer: .parts(item: item, accept: media.name, prefix: media.prefixContentTypes, partContentType: partContentType),
                response: .named("MultipartParts<\(item.swift)>"),
                example: "--mock-boundary\r\n" + part + "\r\n--mock-boundary--\r\n",
                mockContentType: Self.baseType(media.name) + "; boundary=mock-boundary")
        }
        if isPrimary && Self.isJSON(media.name) { return nil }
        return ResponseReading(mediaType: media.name, transfer: .bytes(accept: media.name), response: .named("Data"), example: nil)
    }

    static func isSequential(_ media: MediaType) -> Bool {
        isJSONSequence(media) || isEventStream(media) || isMultipart(media)
    }

    /// `multipart/mixed` and the other `multipart/*` types, read part by part.
    static func isMultipart(_ media: MediaType) -> Bool {
        baseType(media.name).hasPrefix("multipart/")
    }

    /// What a method for a media type other than the first adds to the operation's name: `Stream`
    /// for the first sequential one (event stream, JSON Lines, JSON text sequence, multipart), else the
    /// subtype's words (`image/jpeg`: `Jpeg`; `application/vnd.api+json`: `Api`).
    static func variantSuffix(_ media: MediaType, among sequential: [String]) -> String {
        if isSequential(media), sequential.first == media.name { return "Stream" }
        var subtype = baseType(media.name).split(separator: "/").dropFirst().first.map(String.init) ?? ""
        if let plus = subtype.lastIndex(of: "+"), subtype[plus...] != "+" { subtype = String(subtype[..<plus]) }
        for prefix in ["vnd.", "x-", "prs."] where subtype.hasPrefix(prefix) && subtype.count > prefix.count {
            subtype.removeFirst(prefix.count)
        }
        let words = Naming.typeName(subtype)
        return words.isEmpty || !Naming.hasWords(subtype) ? "Body" : words
    }

    /// The type of each item of a sequential media type (its `itemSchema`, else its `schema`: the
    /// items of an array schema, which describes the whole stream; else any JSON) and the items
    /// the mock answers with: the media type's examples (an array example of an array schema is
    /// the items), else one made from the item's schema.
    mutating func sequenceItem(_ media: MediaType, name: String) -> (TypeReference, [String]) {
        var itemSchema = media.itemSchema
        var examplesAreItems = true
        if itemSchema == nil, let schema = media.schema {
            let (plain, _) = unwrapNullable(schema)
            if plain.types == ["array"], let items = plain.items {
                itemSchema = items
                examplesAreItems = false
            } else {
                itemSchema = schema
            }
        }
        guard let itemSchema else { return (.json, media.examples.map(\.json)) }
        let type = hoistedType(for: itemSchema, name: name)
        var items: [String] = []
        for example in media.examples {
            if !examplesAreItems, let elements = example.items {
                items += elements.map(\.json)
            } else {
                items.append(example.json)
            }
        }
        return (type, items.isEmpty ? [exampleValue(for: itemSchema)] : items)
    }

    /// Items written as the media type carries them: a line each (JSON Lines), or each after a
    /// record separator (RFC 7464).
    static func sequenceText(_ items: [String], mediaType: String) -> String {
        if baseType(mediaType) == "application/json-seq" { return items.map { "\u{1E}" + $0 + "\n" }.joined() }
        return items.map { $0 + "\n" }.joined()
    }

    /// One event whose `data` is the example: JSON, or the text of a JSON string.
    static func eventText(_ example: String, isText: Bool) -> String {
        var data = example
        if isText, let text = try? JSONSerialization.jsonObject(with: Data(example.utf8), options: .fragmentsAllowed) as? String { data = text }
        return data.split(separator: "\n", omittingEmptySubsequences: false).map { "data: " + $0 + "\n" }.joined() + "\n"
    }
}
