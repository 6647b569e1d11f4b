import Foundation

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

    // MARK: Resource naming

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

    private static func isVersion(_ segment: String) -> Bool {
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

    private func insert(
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
    private func disambiguate(_ group: inout GroupDeclaration, typeNames: Set<String>) {
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

    // MARK: Operations

    private mutating func translateOperation(_ operation: Operation, defaultSecurity: [[String]]) -> [OperationDeclaration] {
        var argumentNames = NameScope(reserved: ["body", "additionalFields", "core", "options"])
        var pathParameters: [ParameterDeclaration] = []
        var queryParameters: [ParameterDeclaration] = []
        var headerParameters: [ParameterDeclaration] = []
        for parameter in operation.parameters {
            let defaultValue = parameter.schema.flatMap { checkedDefault(of: $0) }
            let schemaDeprecation = parameter.schema.flatMap { deprecation(of: $0, core: unwrapNullable($0).0) }
            let declaration = ParameterDeclaration(
                name: argumentNames.claim(Naming.memberName(parameter.name)),
                wireName: parameter.name,
                type: parameterType(parameter, of: operation),
                required: parameter.required,
                placement: parameter.placement,
                style: parameter.style,
                explode: parameter.explode,
                allowReserved: parameter.allowReserved,
                isNamedInQuery: !(parameter.style == .form && parameter.explode && isObject(parameter.schema))
                    && parameter.style != .querystring && parameter.style != .querystringJSON,
                documentation: Documentation(
                    parameter.description, defaultValue: defaultValue?.json,
                    deprecation: Documentation.deprecation(parameter.deprecated, description: parameter.description) ?? schemaDeprecation,
                    source: parameter.pointer)
            )
            switch parameter.placement {
            case .path: pathParameters.append(declaration)
            case .query: queryParameters.append(declaration)
            case .header, .cookie: headerParameters.append(declaration)
            }
        }

        var body: BodyDeclaration?
        var requestExample: String?
        if let requestBody = operation.requestBody {
            guard let (content, encoding) = Self.bodyContent(requestBody), encoding == .binary || encoding == .jsonSequence || content.schema != nil else {
                let kinds = requestBody.content.map(\.name).joined(separator: ", ")
                diagnostics.warn("request bodies of type \(kinds) are not supported yet; operation skipped", at: requestBody.location, pointer: operation.pointer + "/requestBody")
                return []
            }
            if encoding == .binary {
                body = BodyDeclaration(type: .named("BinaryBody"), encoding: .binary, required: requestBody.required, flattened: nil)
            } else if encoding == .jsonSequence {
                // Items the caller gives from an array or an async sequence; always sent (none is an empty stream).
                let (item, _) = sequenceItem(content, name: fallbackName(operation) + " request item")
                body = BodyDeclaration(type: .named("JSONSequenceBody<\(item.swift)>"), encoding: .jsonSequence, mediaType: content.name, required: true, flattened: nil)
            } else if let schema = content.schema {
                let type = hoistedType(for: schema, name: fallbackName(operation) + " request", examples: content.examples)
                if encoding == .json { requestExample = content.examples.first?.json ?? exampleValue(for: schema) }
                var flattened: [FlattenedArgument]?
                if let structure = declared.structure(type) {
                    // A field named like a parameter is told apart by where it goes: `bodyIds` beside the query's `ids`.
                    // A readOnly field is the server's to fill: never an argument.
                    flattened = structure.properties.filter { !$0.isReadOnly }.map { property in
                        let name = argumentNames.isFree(property.name) ? property.name : Naming.memberName("body " + property.key)
                        return FlattenedArgument(property: property, localName: argumentNames.claim(name))
                    }
                }
                body = BodyDeclaration(type: type, encoding: encoding, required: requestBody.required, flattened: flattened)
            }
        }

        var readings: [(suffix: String, reading: ResponseReading?)] = []
        var mock = MockAnswer(
            status: 200, example: nil,
            validationStatus: operation.responses.contains { $0.status == "422" } ? 422 : 400, requestExample: requestExample)
        if let success = operation.responses.first(where: { $0.status.hasPrefix("2") }) {
            mock.status = Int(success.status) ?? 200
            readings = responseReadings(success, of: operation)
            if let first = readings.first, first.reading == nil {
                diagnostics.warn("the \(success.status) response's \(success.content[0].name) body is not decoded: it has no schema; the method gives no value, and `...WithResponse` the body's bytes", at: success.location, pointer: operation.pointer + "/responses/" + success.status)
            }
            for other in operation.responses where other.status.hasPrefix("2") && other.status != success.status && !other.content.isEmpty
                && Self.bodySchemaRef(other) != Self.bodySchemaRef(success) {
                diagnostics.warn("the \(other.status) response's body is not decoded as a type of its own: the method decodes every success as the \(success.status) response's body", at: other.location, pointer: operation.pointer + "/responses/" + other.status)
            }
        }
        var errors: [(status: String, type: TypeReference)] = []
        for failure in operation.responses where !failure.status.hasPrefix("2") {
            guard let json = failure.content.first(where: { Self.isJSON($0.name) }), let schema = json.schema else { continue }
            errors.append((failure.status, responseType(failure, schema: schema, name: fallbackName(operation) + " \(failure.status) error", examples: nil)))
        }

        var text = [operation.summary, operation.description].compactMap { $0 }.joined(separator: "\n\n")
        if !text.isEmpty { text += "\n\n" }
        text += "`\(operation.method.rawValue) \(operation.path)`"
        if let id = operation.operationId { text += " (operationId `\(id)`)" }
        if let header = idempotencyHeader(operation) {
            text += "\n\nSends an idempotency key in `\(header)` (`options.idempotencyKey`, or a fresh one per call), the same on every retry, and so is retried like a safe request."
        }
        var parameterList = Self.parameterList(path: pathParameters, query: queryParameters, header: headerParameters, hasBody: body != nil)
        // OpenAPI 3.2's response `summary` says what the call gives.
        if let success = operation.responses.first(where: { $0.status.hasPrefix("2") }), !success.content.isEmpty,
           let summary = success.summary, !summary.isEmpty {
            parameterList += "\n\n- Returns: " + summary.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        let primary = readings.first?.reading
        if body?.encoding == .jsonSequence, let primary, primary.transfer != .json {
            diagnostics.warn("the \(primary.mediaType) answer of an operation that sends a JSON sequence is not read yet; the operation is left out", at: operation.location, pointer: operation.pointer + "/responses")
            return []
        }
        var declaration = OperationDeclaration(
            name: verb(operation),
            fallbackName: fallbackName(operation),
            method: operation.method,
            path: operation.path,
            operationId: operation.operationId,
            documentation: Documentation(
                text + parameterList, pointer: operation.pointer,
                deprecation: Documentation.deprecation(operation.deprecated, description: operation.description ?? operation.summary)),
            pathParameters: pathParameters,
            queryParameters: queryParameters,
            headerParameters: headerParameters,
            body: body,
            response: primary?.response,
            errors: errors,
            pagination: nil,
            idempotencyHeader: idempotencyHeader(operation),
            security: operation.security.map { requirements($0, pointer: operation.pointer + "/security", warns: true) }
                .flatMap { $0 == defaultSecurity ? nil : $0 },
            transfer: primary?.transfer ?? .json,
            mediaType: primary?.mediaType,
            mock: mock
        )
        declaration.tags = operation.tags
        declaration.mock.example = primary?.example
        declaration.mock.contentType = primary?.mockContentType
        declaration.pagination = operation.method == .get && primary?.transfer == .json ? pagination(of: primary?.response) : nil
        var declarations = [declaration]
        for (suffix, reading) in readings.dropFirst() {
            guard let reading else { continue }
            if body?.encoding == .jsonSequence, reading.transfer != .json {
                diagnostics.warn("the \(reading.mediaType) answer of an operation that sends a JSON sequence is not read yet; its method is left out", at: operation.location, pointer: operation.pointer + "/responses")
                continue
            }
            var variant = declaration
            variant.variantSuffix = suffix
            variant.fallbackName += suffix
            variant.response = reading.response
            variant.transfer = reading.transfer
            variant.mediaType = reading.mediaType
            variant.mock.example = reading.example
            variant.mock.contentType = reading.mockContentType
            variant.pagination = nil
            let others = readings.compactMap(\.reading?.mediaType).filter { $0 != reading.mediaType }.map { "`\($0)`" }
            variant.documentation.text = text + "\n\nAsks for `\(reading.mediaType)` (the operation also answers \(others.joined(separator: ", ")))." + parameterList
            declarations.append(variant)
        }
        return declarations
    }

    /// The operation's own `x-idempotency-key`, else the config's, else the spec's top-level one;
    /// only for POST and PATCH, which are not safe to repeat without a key.
    func idempotencyHeader(_ operation: Operation) -> String? {
        guard operation.method == .post || operation.method == .patch else { return nil }
        switch operation.idempotencyKey {
        case .header(let name): return name
        case .off: return nil
        case nil: return config.idempotencyHeader ?? document.idempotencyHeader
        }
    }

    /// A list is paginated when its page is an object with an array `data` and a `links` object
    /// whose `next` is a string: the shape of SignalWire's lists (and many others).
    func pagination(of response: TypeReference?) -> Pagination? {
        guard let page = declared.structure(response) else { return nil }
        let arrays = page.properties.filter { if case .array = $0.type { true } else { false } }
        guard let items = arrays.first(where: { Self.itemKeys.contains($0.key) }) ?? (arrays.count == 1 ? arrays[0] : nil),
              case .array(let item) = items.type, let next = nextLink(in: page)
        else { return nil }
        return Pagination(next: next, items: Self.step(items), item: item)
    }

    /// Where a page's array of items is, when it has more than one array.
    private static let itemKeys: Set<String> = ["data", "items", "results", "entries", "records"]
    /// Where a page's link to the next page is: a string at one of these keys, at the top or in `links`.
    private static let nextKeys = ["next", "next_page_uri", "next_page_url", "nextPageUrl", "next_url", "nextUrl"]

    /// The properties from a page to its next link: `next`, `links.next`, `next_page_uri`, ...
    private func nextLink(in page: StructDeclaration) -> [Pagination.Step]? {
        if let next = page.properties.first(where: { Self.nextKeys.contains($0.key) && $0.type == .string }) {
            return [Self.step(next)]
        }
        guard let links = page.properties.first(where: { $0.key == "links" }), let linkType = declared.structure(links.type),
              let next = linkType.properties.first(where: { $0.key == "next" }), next.type == .string
        else { return nil }
        return [Self.step(links), Self.step(next)]
    }

    private static func step(_ property: PropertyDeclaration) -> Pagination.Step {
        Pagination.Step(property: property.name, key: property.key, isOptional: property.presence != .required)
    }

    /// What a response's first media type's schema refers to, to tell responses of one body apart.
    private static func bodySchemaRef(_ response: Response) -> String? {
        response.content.first.flatMap { $0.schema?.ref ?? $0.schema?.pointer }
    }

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

    /// A parameter's type: a primitive, an enum, an array of one, or any other type (an object,
    /// a union), written in the parameter's style. An inline type of a
    /// `components/parameters` entry is one type named after the entry, shared by every
    /// operation that refers to it; else it is named after the operation and the parameter.
    private mutating func parameterType(
        _ parameter: Parameter, of operation: Operation
    ) -> TypeReference {
        if let shared = parameter.sharedName,
           let type = sharedType(Self.sharedPointer("parameters", shared), make: { $0.parameterType(parameter, of: operation, name: shared) }) {
            return type
        }
        return parameterType(parameter, of: operation, name: fallbackName(operation) + " " + parameter.name)
    }

    private mutating func parameterType(
        _ parameter: Parameter, of operation: Operation, name: String
    ) -> TypeReference {
        guard let schema = parameter.schema else { return .string }
        let (core, _) = unwrapNullable(schema)
        if let scalar = scalarParameterType(core, name: name) { return scalar }
        if case .array(let items?) = kind(of: core),
           let scalar = scalarParameterType(unwrapNullable(items).0, name: name + " item") {
            return .array(scalar)
        }
        // An object, a union (`oneOf: [string, array]`) or an array of either: written in the
        // parameter's style from the value's JSON.
        return hoistedType(for: schema, name: name)
    }

    /// An object or a map, whose keys a parameter's style may write in place of its name.
    private func isObject(_ schema: Schema?) -> Bool {
        guard let schema else { return false }
        switch kind(of: resolved(unwrapNullable(schema).0)) {
        case .object, .map, .freeObject: return true
        default: return false
        }
    }

    /// A primitive or an enum (a component's, or an inline one declared under `name`).
    private mutating func scalarParameterType(_ schema: Schema, name: String) -> TypeReference? {
        if let primitive = primitiveType(schema) { return primitive }
        let target = resolved(schema)
        guard case .enumeration = kind(of: target) else { return nil }
        if let ref = schema.ref, let component = SchemaIndex.componentName(ref) { return .named(componentTypes[component]!) }
        return hoistedType(for: schema, name: name)
    }

    /// `.../content/application~1json/example` for a media type's schema pointer `.../schema`.
    static func examplePointer(_ schema: Schema) -> String {
        String(schema.pointer.dropLast("schema".count)) + "example"
    }

    static func baseType(_ mediaType: String) -> String { MediaTypeName.base(mediaType) }

    static func isJSON(_ mediaType: String) -> Bool { MediaTypeName.isJSON(mediaType) }

    /// The type of a body: a component's type, or an inline schema declared at top level under `name`.
    /// The type of a body (`hoistedType(for:name:)`), with the media type's examples recorded as its examples.
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

    mutating func hoistedType(for schema: Schema, name: String, examples: [SpecValue]) -> TypeReference {
        let type = hoistedType(for: schema, name: name)
        collectExamples(examples, of: schema, pointer: Self.examplePointer(schema), type: type, nullable: unwrapNullable(schema).1)
        return type
    }

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

    // MARK: Authentication

    /// The first server, its variables named as arguments that no initializer argument uses,
    /// and its listed values as an enum nested in the client, named apart from the groups.
    /// A template that does not make a URL with its variables' listed values is left out
    /// with a warning.
    private mutating func server(groupTypes: Set<String>) -> ServerDeclaration? {
        guard let server = document.servers.first else { return nil }
        if let bad = Self.badServerURL(server) {
            diagnostics.warn("the server URL '\(bad)' is not a URL; the client takes its host or base URL from the caller", at: server.location, pointer: "#/servers/0")
            return nil
        }
        let credentials = [config.userLabel, config.passwordLabel, config.tokenLabel]
        var labels = NameScope(reserved: Set(credentials + ["host", "baseURL", "transport", "options", "environment"]))
        var types = NameScope(reserved: groupTypes.union(["Server"]))
        let variables = server.variables.map { variable in
            var cases = NameScope()
            return ServerVariable(
                name: variable.name,
                label: labels.claim(Naming.memberName(variable.name)),
                defaultValue: variable.defaultValue,
                isRequired: variable.values.isEmpty && ServerTemplate(server.url).host.contains("{\(variable.name)}"),
                documentation: variable.description,
                typeName: variable.values.isEmpty ? nil : types.claim(Naming.typeName(variable.name)),
                cases: variable.values.map { (cases.claim(Naming.memberName($0)), $0) }
            )
        }
        return ServerDeclaration(template: server.url, name: server.name, description: server.description, variables: variables)
    }

    /// The first text the server's template makes with its variables' defaults and listed values
    /// that is no URL; nil when all are.
    private static func badServerURL(_ server: OpenAPIDocument.Server) -> String? {
        let defaults = Dictionary(server.variables.map { ($0.name, $0.defaultValue) }, uniquingKeysWith: { first, _ in first })
        var choices = [defaults]
        for variable in server.variables {
            choices += variable.values.map { value in defaults.merging([variable.name: value]) { _, new in new } }
        }
        // Filled as the runtime fills it (`ClientCore.baseURL`); a relative template under a stand-in host.
        let template = ServerTemplate(server.url)
        for values in choices {
            let host = template.scheme.isEmpty ? "https://host" : template.scheme + "://" + ServerTemplate.filled(template.host, values)
            let text = host + ServerTemplate.filled(template.path, values)
            if text.contains("{") || URL(string: text)?.host == nil { return ServerTemplate.filled(server.url, values) }
        }
        return nil
    }

    /// The schemes a `security` list names, each alternative kept only when the client can send
    /// all of its schemes (an unknown one is warned about where it is named, an unsupported one
    /// where it is declared).
    mutating func requirements(_ security: [SecurityRequirement], pointer: String, warns: Bool = false) -> [[String]] {
        let known = Dictionary(document.securitySchemes.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
        return security.enumerated().compactMap { index, requirement in
            for name in requirement.schemes {
                switch known[name] {
                case nil:
                    if warns {
                        diagnostics.warn("security names '\(name)', which is not in components/securitySchemes; this alternative is left out", at: requirement.location, pointer: "\(pointer)/\(index)")
                    }
                    return nil
                case .unsupported?:
                    return nil
                default:
                    continue
                }
            }
            return requirement.schemes
        }
    }

    /// The schemes any operation may send, each an initializer argument (or two): labelled by the
    /// config (`token`, `username`/`password`) when the client has one scheme or its default
    /// `security` is one scheme, else by the scheme's name; required when the top-level
    /// `security` always sends it (without one, when every operation's does).
    private mutating func authentication(operations: [Operation], security: [[String]]) -> Authentication? {
        var used = Set(security.joined())
        var own: [[[String]]] = []
        for operation in operations {
            own.append(operation.security.map { requirements($0, pointer: operation.pointer + "/security") } ?? security)
            used.formUnion(own[own.count - 1].joined())
        }
        // The schemes the client needs: in each alternative of the top-level `security` or,
        // without one, of every operation's.
        let needed = (security.isEmpty ? own : [security]).reduce(nil as Set<String>?) { common, alternatives in
            let here = Set(alternatives.first.map { first in first.filter { scheme in alternatives.allSatisfy { $0.contains(scheme) } } } ?? [])
            return common.map { $0.intersection(here) } ?? here
        } ?? []
        let schemes = document.securitySchemes.filter { used.contains($0.name) }
        if schemes.isEmpty {
            if let declared = document.securitySchemes.first, !operations.isEmpty {
                diagnostics.warn("security schemes are declared but no 'security' asks for one; the client sends no credentials", at: declared.location, pointer: "#/components/securitySchemes")
            }
            return nil
        }
        let primary = schemes.count == 1 ? schemes[0].name : (security.count == 1 && security[0].count == 1 ? security[0][0] : nil)
        var environment: [String] = []
        let declared = schemes.map { scheme -> Authentication.Scheme in
            let isPrimary = scheme.name == primary
            let isRequired = needed.contains(scheme.name)
            let kind: Authentication.Scheme.Kind
            switch scheme.kind {
            case .httpBasic:
                kind = isPrimary
                    ? .basic(userLabel: config.userLabel, passwordLabel: config.passwordLabel)
                    : .basic(userLabel: Naming.memberName(scheme.name + " username"), passwordLabel: Naming.memberName(scheme.name + " password"))
                if isPrimary { environment = [config.userEnvironment, config.passwordEnvironment].compactMap { $0 } }
            case .httpBearer(let endpoints):
                let named = scheme.name.lowercased().hasSuffix("token") ? scheme.name : scheme.name + " token"
                let label = isPrimary ? config.tokenLabel : Naming.memberName(named)
                kind = .bearer(tokenLabel: label, tokenEndpoints: endpoints, scopes: endpoints == nil ? [] : scopes(of: scheme.name, in: operations))
                if isPrimary { environment = [config.tokenEnvironment].compactMap { $0 } }
            case .apiKey(let name, let placement):
                kind = .apiKey(label: isPrimary ? config.tokenLabel : Naming.memberName(scheme.name), placement: placement, name: name)
                if isPrimary { environment = [config.tokenEnvironment].compactMap { $0 } }
            case .unsupported:
                preconditionFailure("an unsupported scheme is in no requirement")
            }
            return Authentication.Scheme(name: scheme.name, kind: kind, isRequired: isRequired, isDeprecated: scheme.deprecated)
        }
        return Authentication(schemes: declared, security: security, environment: environment, hostEnvironment: config.hostEnvironment)
    }

    /// The scopes the requirements of the top level and of `operations` ask of a scheme, in the
    /// order they first appear.
    private func scopes(of scheme: String, in operations: [Operation]) -> [String] {
        var scopes: [String] = []
        for requirement in (document.security ?? []) + operations.flatMap({ $0.security ?? [] }) {
            for (name, asked) in zip(requirement.schemes, requirement.scopes) where name == scheme {
                for scope in asked where !scopes.contains(scope) { scopes.append(scope) }
            }
        }
        return scopes
    }

    /// `- Parameters:` for the documentation of an operation: each parameter's description,
    /// default and deprecation; empty when none has any.
    /// Once one parameter is documented, DocC wants them all: the list then names every
    /// parameter (by where it goes when the spec says nothing), the body and the options.
    private static func parameterList(
        path: [ParameterDeclaration], query: [ParameterDeclaration], header: [ParameterDeclaration], hasBody: Bool
    ) -> String {
        var documented = false
        func item(_ parameter: ParameterDeclaration, _ placement: String) -> String {
            let documentation = parameter.documentation
            var parts: [String] = []
            if let text = documentation.text { parts.append(text.split(whereSeparator: \.isNewline).joined(separator: " ")) }
            if let value = documentation.defaultValue { parts.append("Default: `\(value)`.") }
            if let message = documentation.deprecation { parts.append(message.isEmpty ? "Deprecated." : "Deprecated: \(message)") }
            documented = documented || !parts.isEmpty
            return "  - \(parameter.name): " + (parts.isEmpty ? "The `\(parameter.wireName)` \(placement) parameter." : parts.joined(separator: " "))
        }
        var items = path.map { item($0, "path") } + (hasBody ? ["  - body: The request body."] : [])
        items += query.map { item($0, "query") } + header.map { item($0, "header") }
        guard documented else { return "" }
        items.append("  - options: What this call changes of the client's options.")
        return "\n\n- Parameters:\n" + items.joined(separator: "\n")
    }
}
