import Foundation

/// One operation: its parameters, body, answers and errors, idempotency, pagination and
/// documentation, as one or more methods (one per media type of its answer).
extension Translator {
    mutating func translateOperation(_ operation: Operation, defaultSecurity: [[String]]) -> [OperationDeclaration] {
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

    /// What a response's first media type's schema refers to, to tell responses of one body apart.
    static func bodySchemaRef(_ response: Response) -> String? {
        response.content.first.flatMap { $0.schema?.ref ?? $0.schema?.pointer }
    }
}
