import Foundation

/// Reads an ``OpenAPIDocument`` from a YAML node tree.
///
/// Lenient: keys it does not use are ignored, and problems that do not stop generation become
/// warnings. A document that cannot be read at all, or a `$ref` to nothing, is an error.
public struct SpecReader {
    private let root: YAMLNode
    private let file: String
    private var diagnostics = Diagnostics()
    /// The operations' callbacks, collected while the paths are read.
    private var callbacks: [WebhookOperation] = []

    public static func read(_ root: YAMLNode, file: String) throws(DiagnosticError) -> (OpenAPIDocument, Diagnostics) {
        var reader = SpecReader(root: root, file: file)
        var document = try reader.readDocument()
        document.schemas += try reader.pointedSchemas(of: document)
        try SchemaIndex.checkReferences(in: document)
        return (document, reader.diagnostics)
    }

    private init(root: YAMLNode, file: String) {
        self.root = root
        self.file = file
    }

    private mutating func readDocument() throws(DiagnosticError) -> OpenAPIDocument {
        guard root.entries != nil else {
            throw DiagnosticError("an OpenAPI document must be a mapping, found \(root.kindName)", at: root.location)
        }
        guard let version = root["openapi"]?.string else {
            if root["swagger"] != nil {
                throw DiagnosticError("Swagger 2.0 documents are not supported; convert to OpenAPI 3", at: root.location)
            }
            throw DiagnosticError("missing 'openapi' version key: is this an OpenAPI document?", at: root.location)
        }
        if !version.hasPrefix("3.") {
            throw DiagnosticError("OpenAPI \(version) is not supported (3.0, 3.1 and 3.2 are)", at: root["openapi"]?.location)
        }
        if let base = root["$self"], base.string.flatMap({ URL(string: $0)?.scheme }) == nil {
            diagnostics.warn("$self (OpenAPI 3.2) is not an absolute URI; references are resolved against the spec's own file", at: base.location, pointer: "#/$self")
        }
        let info = root["info"]
        let components = root["components"]
        return OpenAPIDocument(
            file: file,
            version: version,
            info: .init(
                title: info?["title"]?.string ?? "API",
                version: info?["version"]?.string ?? "",
                description: info?["description"]?.string
            ),
            servers: (root["servers"]?.items ?? []).map(readServer),
            operations: try readOperations(),
            webhooks: try readWebhooks(),  // after the operations, whose reading collects the callbacks
            schemas: (components?["schemas"]?.entries ?? []).map { entry in
                .init(name: entry.key, schema: readSchema(entry.value, pointer: "#/components/schemas/" + JSONPointer.escape(entry.key)))
            },
            securitySchemes: (components?["securitySchemes"]?.entries ?? []).map { readSecurityScheme($0) },
            security: root["security"].map { readSecurity($0, pointer: "#/security") },
            sharedResponses: (components?["responses"]?.entries ?? []).map(\.key),
            sharedParameters: (components?["parameters"]?.entries ?? []).map(\.key),
            idempotencyHeader: root["x-idempotency-key"].flatMap { readIdempotencyKey($0, pointer: "#/x-idempotency-key", allowsOff: false) }
                .flatMap { if case .header(let name) = $0 { name } else { nil } },
            webhookSignature: root["x-webhook-signature"].flatMap { readWebhookSignature($0) },
            tags: readTags()
        )
    }

    /// The top-level tags; a `parent` that names no tag, or that leads back to the tag, is warned
    /// about and left out.
    private mutating func readTags() -> [OpenAPIDocument.Tag] {
        let nodes = root["tags"]?.items ?? []
        var tags = nodes.compactMap { node in
            node["name"]?.string.map {
                OpenAPIDocument.Tag(name: $0, summary: node["summary"]?.string, description: node["description"]?.string, parent: node["parent"]?.string, kind: node["kind"]?.string)
            }
        }
        let names = Set(tags.map(\.name))
        for index in tags.indices {
            guard let parent = tags[index].parent, let node = nodes.first(where: { $0["name"]?.string == tags[index].name })?["parent"] else { continue }
            var seen: Set<String> = [tags[index].name]
            var next: String? = parent
            while let name = next, names.contains(name), seen.insert(name).inserted {
                next = tags.first { $0.name == name }?.parent
            }
            if !names.contains(parent) {
                diagnostics.warn("the tag's parent '\(parent)' is no tag of the document; it is shown at the top", at: node.location, pointer: "#/tags/\(index)/parent")
                tags[index].parent = nil
            } else if let name = next, names.contains(name) {
                diagnostics.warn("the tag's parents lead back to '\(name)'; it is shown at the top", at: node.location, pointer: "#/tags/\(index)/parent")
                tags[index].parent = nil
            }
        }
        return tags
    }

    /// `x-webhook-signature: signalwire` (or `standard-webhooks`, `none`); anything else is a warning and ignored.
    private mutating func readWebhookSignature(_ node: YAMLNode) -> WebhookSignatureScheme? {
        if let text = node.string, let scheme = WebhookSignatureScheme(rawValue: text) { return scheme }
        diagnostics.warn("x-webhook-signature must be one of \(WebhookSignatureScheme.spellings); ignored", at: node.location, pointer: "#/x-webhook-signature")
        return nil
    }

    /// `x-idempotency-key: {header: NAME}` (or `false` on an operation); anything else is a warning and ignored.
    private mutating func readIdempotencyKey(_ node: YAMLNode, pointer: String, allowsOff: Bool) -> IdempotencyKey? {
        if allowsOff, node.string == "false" { return .off }
        if let header = node["header"]?.string, HTTPToken.isHeaderName(header) {
            return .header(header)
        }
        diagnostics.warn("x-idempotency-key must be {header: NAME} with NAME a header name\(allowsOff ? " or false" : ""); ignored", at: node.location, pointer: pointer)
        return nil
    }

    private func readServer(_ node: YAMLNode) -> OpenAPIDocument.Server {
        .init(
            url: node["url"]?.string ?? "/",
            name: node["name"]?.string,
            description: node["description"]?.string,
            location: node.location,
            variables: (node["variables"]?.entries ?? []).map { entry in
                .init(
                    name: entry.key,
                    defaultValue: entry.value["default"]?.string ?? "",
                    values: (entry.value["enum"]?.items ?? []).compactMap(\.string),
                    description: entry.value["description"]?.string
                )
            }
        )
    }

    private mutating func readSecurityScheme(_ entry: YAMLEntry) -> OpenAPIDocument.SecurityScheme {
        let node = entry.value
        let type = node["type"]?.string ?? ""
        let kind: OpenAPIDocument.SecurityScheme.Kind
        switch (type, node["scheme"]?.string?.lowercased()) {
        case ("http", "basic"): kind = .httpBasic
        case ("http", "bearer"), ("openIdConnect", _): kind = .httpBearer(tokenEndpoints: nil)
        case ("oauth2", _):
            kind = .httpBearer(tokenEndpoints: readTokenEndpoints(node["flows"]))
            if let metadata = node["oauth2MetadataUrl"] {
                diagnostics.warn("oauth2MetadataUrl (OpenAPI 3.2) is not fetched: the client takes its token URLs from the flows, or from `tokenURL:`", at: metadata.location, pointer: "#/components/securitySchemes/" + JSONPointer.escape(entry.key) + "/oauth2MetadataUrl")
            }
        case ("apiKey", _):
            let placementText = node["in"]?.string ?? ""
            guard let name = node["name"]?.string, let placement = ParameterPlacement(rawValue: placementText), placement != .path else {
                kind = .unsupported(type)
                diagnostics.warn("API key scheme '\(entry.key)' needs a 'name' and 'in: header', 'query' or 'cookie'; the client will not send it", at: node.location, pointer: "#/components/securitySchemes/" + JSONPointer.escape(entry.key))
                break
            }
            kind = .apiKey(name: name, placement: placement)
        default:
            kind = .unsupported(type)
            diagnostics.warn("security scheme '\(entry.key)' of type '\(type)' is not supported; the client will not send it", at: node.location, pointer: "#/components/securitySchemes/" + JSONPointer.escape(entry.key))
        }
        return .init(name: entry.key, kind: kind, description: node["description"]?.string, deprecated: node["deprecated"]?.string == "true", location: node.location)
    }

    /// The token URLs of an `oauth2` scheme's flows; the refresh URL from the first flow that
    /// gives one (`refreshUrl`, else the `tokenUrl` of a flow that issues refresh tokens).
    private func readTokenEndpoints(_ flows: YAMLNode?) -> OAuth2TokenEndpoints {
        let order = ["authorizationCode", "deviceAuthorization", "password", "clientCredentials", "implicit"]
        let refresh = order.lazy.compactMap { flows?[$0]?["refreshUrl"]?.string }.first
            ?? order.dropLast().lazy.compactMap { flows?[$0]?["tokenUrl"]?.string }.first
        return OAuth2TokenEndpoints(clientCredentials: flows?["clientCredentials"]?["tokenUrl"]?.string, refresh: refresh)
    }

    /// A `security` list: each item an alternative whose keys name the schemes sent together.
    private mutating func readSecurity(_ node: YAMLNode, pointer: String) -> [SecurityRequirement] {
        guard let items = node.items else {
            diagnostics.warn("'security' must be a list of requirements; ignored", at: node.location, pointer: pointer)
            return []
        }
        return items.map { item in
            let entries = item.entries ?? []
            return SecurityRequirement(schemes: entries.map(\.key), scopes: entries.map { ($0.value.items ?? []).compactMap(\.string) }, location: item.location)
        }
    }

    private mutating func readOperations() throws(DiagnosticError) -> [Operation] {
        var operations: [Operation] = []
        for pathEntry in root["paths"]?.entries ?? [] {
            operations += try readPathItem(pathEntry.value, key: pathEntry.key, pointer: "#/paths/\(JSONPointer.escape(pathEntry.key))", readsCallbacks: true)
        }
        return operations
    }

    /// The requests the API makes to the app: the spec's `webhooks` (OpenAPI 3.1), then the
    /// operations' `callbacks` (found while the paths were read).
    private mutating func readWebhooks() throws(DiagnosticError) -> [WebhookOperation] {
        var webhooks: [WebhookOperation] = []
        for entry in root["webhooks"]?.entries ?? [] {
            for operation in try readPathItem(entry.value, key: entry.key, pointer: "#/webhooks/\(JSONPointer.escape(entry.key))") {
                webhooks.append(WebhookOperation(name: entry.key, origin: .webhook, operation: operation))
            }
        }
        return webhooks + callbacks
    }

    /// An operation's `callbacks`, each expression of a callback an operation of its own.
    private mutating func readCallbacks(of node: YAMLNode, pointer: String) throws(DiagnosticError) {
        for callback in node["callbacks"]?.entries ?? [] {
            let target = try resolveIfReference(callback.value)
            for expression in target.entries ?? [] {
                let itemPointer = "\(pointer)/callbacks/\(JSONPointer.escape(callback.key))/\(JSONPointer.escape(expression.key))"
                for operation in try readPathItem(expression.value, key: expression.key, pointer: itemPointer) {
                    callbacks.append(WebhookOperation(
                        name: callback.key,
                        origin: .callback(operationId: node["operationId"]?.string, expression: expression.key),
                        operation: operation))
                }
            }
        }
    }

    /// The keys of a path item besides its methods.
    private static let pathItemKeys: Set<String> = ["$ref", "summary", "description", "servers", "parameters", "additionalOperations"]

    /// The operations of a path item (`key` is its path, a webhook's name or a callback's
    /// expression); with `readsCallbacks`, their callbacks go to `callbacks`.
    private mutating func readPathItem(
        _ node: YAMLNode, key: String, pointer itemPointer: String, readsCallbacks: Bool = false
    ) throws(DiagnosticError) -> [Operation] {
        var operations: [Operation] = []
        var item = node
        if let ref = item["$ref"]?.string {
            item = try resolve(ref, at: item["$ref"]!.location)
        }
        let shared = try readParameters(item["parameters"], pointer: itemPointer + "/parameters")
        var methods: [(method: HTTPMethod, entry: YAMLEntry, pointer: String)] = []
        for entry in item.entries ?? [] {
            if let method = HTTPMethod(key: entry.key) {
                methods.append((method, entry, "\(itemPointer)/\(entry.key)"))
            } else if !Self.pathItemKeys.contains(entry.key), !entry.key.hasPrefix("x-") {
                diagnostics.warn("'\(entry.key)' is no method of a path item; the operation is left out", at: entry.keyLocation, pointer: "\(itemPointer)/\(JSONPointer.escape(entry.key))")
            }
        }
        // OpenAPI 3.2: methods without a fixed field, by their names as sent (`LINK`).
        for entry in item["additionalOperations"]?.entries ?? [] {
            let pointer = "\(itemPointer)/additionalOperations/\(JSONPointer.escape(entry.key))"
            if HTTPMethod.fixedFields.contains(where: { $0.rawValue == entry.key.uppercased() }) {
                diagnostics.warn("'\(entry.key)' has a fixed field of the path item ('\(entry.key.lowercased())'), which additionalOperations must not repeat; the operation is left out", at: entry.keyLocation, pointer: pointer)
            } else if !HTTPToken.isHeaderName(entry.key) {
                diagnostics.warn("'\(entry.key)' is not an HTTP method name; the operation is left out", at: entry.keyLocation, pointer: pointer)
            } else {
                methods.append((HTTPMethod(rawValue: entry.key), entry, pointer))
            }
        }
        for (method, entry, pointer) in methods {
            let node = entry.value
            if readsCallbacks { try readCallbacks(of: node, pointer: pointer) }
            var parameters = shared
            for parameter in try readParameters(node["parameters"], pointer: pointer + "/parameters") {
                parameters.removeAll { $0.name == parameter.name && $0.placement == parameter.placement }
                parameters.append(parameter)
            }
            var responses: [Response] = []
            for response in node["responses"]?.entries ?? [] {
                let target = try resolveIfReference(response.value)
                // A response referred to is named by where it lives, in its types' spec pointers too.
                let local = response.value["$ref"]?.string.flatMap { $0.hasPrefix("#/") ? $0 : nil }
                let shared = local.flatMap { Self.componentName($0, in: "responses") }
                responses.append(Response(
                    status: response.key,
                    sharedName: shared,
                    summary: target["summary"]?.string,
                    description: target["description"]?.string,
                    content: try readContent(target["content"], pointer: (local ?? "\(pointer)/responses/\(response.key)") + "/content"),
                    location: response.keyLocation
                ))
            }
            var requestBody: RequestBody?
            if let bodyNode = node["requestBody"] {
                let target = try resolveIfReference(bodyNode)
                requestBody = RequestBody(
                    required: target["required"]?.string == "true",
                    description: target["description"]?.string,
                    content: try readContent(target["content"], pointer: "\(pointer)/requestBody/content"),
                    location: bodyNode.location
                )
            }
            operations.append(Operation(
                method: method,
                path: key,
                operationId: node["operationId"]?.string,
                summary: node["summary"]?.string,
                description: node["description"]?.string,
                deprecated: node["deprecated"]?.string == "true",
                tags: (node["tags"]?.items ?? []).compactMap(\.string),
                parameters: parameters,
                requestBody: requestBody,
                responses: responses,
                idempotencyKey: node["x-idempotency-key"].flatMap { readIdempotencyKey($0, pointer: pointer + "/x-idempotency-key", allowsOff: true) },
                security: node["security"].map { readSecurity($0, pointer: pointer + "/security") },
                location: entry.keyLocation,
                pointer: pointer
            ))
        }
        return operations
    }

    /// The schemas that `$ref`s name by a JSON pointer other than `#/components/schemas/NAME`
    /// (`#/components/responses/Conflict/content/application~1json/schema`), each read once and
    /// indexed under its pointer, in the order they are found; pointers inside them are followed too.
    private mutating func pointedSchemas(of document: OpenAPIDocument) throws(DiagnosticError) -> [OpenAPIDocument.NamedSchema] {
        var pending: [Schema] = document.schemas.map(\.schema)
        for operation in document.operations + document.webhooks.map(\.operation) {
            pending += operation.parameters.compactMap(\.schema)
            pending += (operation.requestBody?.content ?? []).compactMap(\.schema)
            pending += operation.responses.flatMap(\.content).flatMap { [$0.schema, $0.itemSchema].compactMap { $0 } }
        }
        var found: [OpenAPIDocument.NamedSchema] = []
        var seen: Set<String> = []
        var next = 0
        while next < pending.count {
            let schema = pending[next]
            next += 1
            if let ref = schema.ref, ref.hasPrefix("#/"), SchemaIndex.isPointer(ref), seen.insert(ref).inserted {
                let target = readSchema(try resolve(ref, at: schema.location), pointer: ref)
                found.append(.init(name: ref, schema: target))
                pending.append(target)
            }
            pending += schema.properties.map(\.schema)
            pending += schema.allOf + schema.anyOf + schema.oneOf
            if let items = schema.items { pending.append(items) }
            if let additional = schema.additionalProperties { pending.append(additional) }
        }
        return found
    }

    /// `NAME` of `#/components/KIND/NAME`; nil for any other reference.
    private static func componentName(_ ref: String, in kind: String) -> String? {
        let prefix = "#/components/\(kind)/"
        guard ref.hasPrefix(prefix), !ref.dropFirst(prefix.count).contains("/") else { return nil }
        return JSONPointer.unescape(ref.dropFirst(prefix.count))
    }

    private mutating func readParameters(_ node: YAMLNode?, pointer: String) throws(DiagnosticError) -> [Parameter] {
        var parameters: [Parameter] = []
        for (index, item) in (node?.items ?? []).enumerated() {
            let target = try resolveIfReference(item)
            // A parameter referred to is named by where it lives, in its types' spec pointers too.
            let local = item["$ref"]?.string.flatMap { $0.hasPrefix("#/") ? $0 : nil }
            guard let name = target["name"]?.string, let placementText = target["in"]?.string else {
                diagnostics.warn("a parameter needs 'name' and 'in'; skipped", at: item.location, pointer: "\(pointer)/\(index)")
                continue
            }
            let isQueryString = placementText == "querystring"
            guard let placement = isQueryString ? .query : ParameterPlacement(rawValue: placementText) else {
                diagnostics.warn("'in: \(placementText)' is not a parameter placement (path, query, querystring, header, cookie); skipped", at: target["in"]!.location, pointer: "\(pointer)/\(index)/in")
                continue
            }
            let parameterPointer = local ?? "\(pointer)/\(index)"
            let style = isQueryString ? readQueryStringStyle(target, pointer: parameterPointer) : readStyle(target, placement: placement, pointer: parameterPointer)
            var schema = target["schema"].map { readSchema($0, pointer: parameterPointer + "/schema") }
            if schema == nil, let content = target["content"]?.entries?.first {
                schema = content.value["schema"].map { readSchema($0, pointer: parameterPointer + "/content/" + JSONPointer.escape(content.key) + "/schema") }
            }
            parameters.append(Parameter(
                name: name,
                placement: placement,
                required: target["required"]?.string == "true" || placement == .path,
                style: style,
                explode: target["explode"]?.string.map { $0 == "true" } ?? (style == .form || style == .cookie),
                allowReserved: placement == .query && target["allowReserved"]?.string == "true",
                description: target["description"]?.string,
                deprecated: target["deprecated"]?.string == "true",
                schema: schema,
                sharedName: local.flatMap { Self.componentName($0, in: "parameters") },
                pointer: "\(pointer)/\(index)",
                location: target.location
            ))
        }
        return parameters
    }

    /// How an `in: querystring` parameter (OpenAPI 3.2) is written: as JSON text for a JSON
    /// `content`, else as a form's pairs (`application/x-www-form-urlencoded`, or any other
    /// media type, warned about).
    private mutating func readQueryStringStyle(_ target: YAMLNode, pointer: String) -> ParameterStyle {
        guard let content = target["content"]?.entries?.first else {
            diagnostics.warn("an 'in: querystring' parameter is described by 'content'; without it, its value is written as a form's pairs", at: target.location, pointer: pointer)
            return .querystring
        }
        if MediaTypeName.isJSON(content.key) { return .querystringJSON }
        if MediaTypeName.base(content.key) != "application/x-www-form-urlencoded" {
            diagnostics.warn("the query string's content '\(content.key)' is neither a form nor JSON; its value is written as a form's pairs", at: content.keyLocation, pointer: pointer + "/content")
        }
        return .querystring
    }

    /// A parameter's `style`: the placement's default when absent; `json` for one described by
    /// `content` (JSON media types only: another is sent as its text, with a warning); a style
    /// the placement does not allow is warned about and replaced by the default.
    private mutating func readStyle(_ target: YAMLNode, placement: ParameterPlacement, pointer: String) -> ParameterStyle {
        let allowed = ParameterStyle.allowed(in: placement)
        if let content = target["content"]?.entries?.first, target["schema"] == nil {
            if MediaTypeName.isJSON(content.key) { return .json }
            diagnostics.warn("the parameter's content '\(content.key)' is not JSON; its value is sent as text in the \(allowed[0].rawValue) style", at: content.keyLocation, pointer: pointer + "/content")
            return allowed[0]
        }
        guard let node = target["style"], let text = node.string else { return allowed[0] }
        guard let style = ParameterStyle(rawValue: text), style != .json, allowed.contains(style) else {
            let names = allowed.map(\.rawValue).joined(separator: ", ")
            diagnostics.warn("'style: \(text)' is not a style of \(placement.rawValue) parameters (\(names)); it is written as \(allowed[0].rawValue)", at: node.location, pointer: pointer + "/style")
            return allowed[0]
        }
        return style
    }

    /// A media type's examples: `example`, and the `value` of each of `examples`, where it is
    /// written or where its `$ref` points (`#/components/examples/X`).
    private mutating func readContent(_ node: YAMLNode?, pointer: String) throws(DiagnosticError) -> [MediaType] {
        var media: [MediaType] = []
        for item in node?.entries ?? [] {
            // OpenAPI 3.2: a media type may be a `$ref` to `components/mediaTypes`.
            let entry = YAMLEntry(key: item.key, keyLocation: item.keyLocation, value: try resolveIfReference(item.value))
            var examples: [SpecValue] = []
            if let example = entry.value["example"] { examples.append(SpecValue(example)) }
            let isMultipart = entry.key.lowercased().hasPrefix("multipart/")
            for key in ["itemEncoding", "prefixEncoding"] where !isMultipart {
                if let unused = entry.value[key] {
                    diagnostics.warn("\(key) (OpenAPI 3.2) applies to multipart media types only; it is not used here", at: unused.location, pointer: "\(pointer)/\(JSONPointer.escape(entry.key))/\(key)")
                }
            }
            for named in entry.value["examples"]?.entries ?? [] {
                let example = try resolveIfReference(named.value)
                // OpenAPI 3.2's `dataValue` is the example as data, like `value`.
                if let value = example["value"] ?? example["dataValue"] {
                    examples.append(SpecValue(value))
                } else if let serialized = example["serializedValue"] {
                    // OpenAPI 3.2: the example as the wire carries it; JSON text is read as its value.
                    if MediaTypeName.isJSON(entry.key), let text = serialized.string, let value = try? YAMLLoader.load(Array(text.utf8), file: serialized.location.file) {
                        examples.append(SpecValue(value.relocated(to: serialized.location)))
                    } else {
                        diagnostics.warn("the example '\(named.key)' is given only as serializedValue (OpenAPI 3.2), which is read for JSON media types only; it is left out", at: named.keyLocation, pointer: "\(pointer)/\(JSONPointer.escape(entry.key))/examples/\(JSONPointer.escape(named.key))")
                    }
                } else if example["externalValue"] != nil {
                    diagnostics.warn("the example '\(named.key)' is in another file (externalValue), which is not read; it is left out", at: named.keyLocation, pointer: "\(pointer)/\(JSONPointer.escape(entry.key))/examples/\(JSONPointer.escape(named.key))")
                }
            }
            media.append(MediaType(
                name: entry.key,
                schema: entry.value["schema"].map { readSchema($0, pointer: "\(pointer)/\(JSONPointer.escape(entry.key))/schema") },
                itemSchema: entry.value["itemSchema"].map { readSchema($0, pointer: "\(pointer)/\(JSONPointer.escape(entry.key))/itemSchema") },
                examples: examples,
                prefixContentTypes: isMultipart ? (entry.value["prefixEncoding"]?.items ?? []).map { $0["contentType"]?.string ?? "" } : [],
                itemContentType: isMultipart ? entry.value["itemEncoding"]?["contentType"]?.string : nil
            ))
        }
        return media
    }

    /// The node a local `$ref` (`#/components/...`) points at.
    private func resolve(_ ref: String, at location: SourceLocation) throws(DiagnosticError) -> YAMLNode {
        guard ref.hasPrefix("#/") else {
            throw DiagnosticError("'$ref: \(ref)' points outside this document, which is not supported yet", at: location)
        }
        do {
            return try root.descendant(atPointer: ref.dropFirst())
        } catch {
            throw DiagnosticError("'$ref: \(ref)' points to nothing: there is no '\(error.key)'", at: location)
        }
    }

    private func resolveIfReference(_ node: YAMLNode) throws(DiagnosticError) -> YAMLNode {
        var current = node
        var seen: Set<String> = []
        while let ref = current["$ref"]?.string {
            guard seen.insert(ref).inserted else {
                throw DiagnosticError("'$ref: \(ref)' refers to itself in a cycle", at: current.location)
            }
            current = try resolve(ref, at: current["$ref"]!.location)
        }
        return current
    }

    /// One pass over the schema's keys (a lookup per key read cost a search and a copy each).
    private mutating func readSchema(_ node: YAMLNode, pointer: String) -> Schema {
        var parts = Schema.Parts(location: node.location, pointer: pointer)
        // `true` / `false` schemas (anything, nothing) read as an empty schema.
        guard let entries = node.entries else { return Schema(parts) }
        var example: YAMLNode?
        var examples: [YAMLNode] = []
        func list(_ key: String, _ value: YAMLNode) -> [Schema] {
            (value.items ?? []).enumerated().map { index, item in readSchema(item, pointer: "\(pointer)/\(key)/\(index)") }
        }
        for entry in entries {
            let value = entry.value
            switch entry.key {
            case "type": parts.types = value.items?.compactMap(\.string) ?? value.string.map { [$0] } ?? []
            case "$ref": parts.ref = value.string
            case "format": parts.format = value.string
            case "title": parts.title = value.string
            case "description": parts.description = value.string
            case "enum": if let items = value.items { parts.enumValues = items.map(SpecValue.init) }
            case "const": if node["enum"]?.items == nil { parts.enumValues = [SpecValue(value)] }  // a list under `enum` wins
            case "nullable": parts.nullable = value.string == "true"
            case "default": parts.defaultValue = SpecValue(value)
            case "deprecated": parts.deprecated = value.string == "true"
            case "readOnly": parts.readOnly = value.string == "true"
            case "writeOnly": parts.writeOnly = value.string == "true"
            case "properties":
                // `properties: {$ref: ...}` refers to a map of properties written elsewhere (a
                // property's schema is never a string, so this `$ref` names no property).
                var map = value
                if value["$ref"]?.string != nil {
                    do {
                        map = try resolveIfReference(value)
                    } catch {
                        diagnostics.warn("\(error.diagnostic.message); the properties are left out", at: value.location, pointer: "\(pointer)/properties")
                        continue
                    }
                }
                parts.properties = (map.entries ?? []).map { property in
                    SchemaProperty(
                        name: property.key,
                        location: property.keyLocation,
                        schema: readSchema(property.value, pointer: "\(pointer)/properties/\(JSONPointer.escape(property.key))")
                    )
                }
            case "required": parts.required = (value.items ?? []).compactMap(\.string)
            case "items": parts.items = readSchema(value, pointer: "\(pointer)/items")
            case "contentSchema": parts.contentSchema = readSchema(value, pointer: "\(pointer)/contentSchema")
            case "allOf": parts.allOf = list("allOf", value)
            case "anyOf": parts.anyOf = list("anyOf", value)
            case "oneOf": parts.oneOf = list("oneOf", value)
            case "discriminator":
                guard let name = value["propertyName"]?.string else { continue }
                parts.discriminator = Schema.Discriminator(
                    propertyName: name,
                    mapping: (value["mapping"]?.entries ?? []).compactMap { mapping in
                        mapping.value.string.map { (mapping.key, $0) }
                    },
                    defaultMapping: value["defaultMapping"].flatMap { node in node.string.map { ($0, node.location) } }
                )
            case "additionalProperties":
                if value.entries != nil {
                    parts.additionalProperties = readSchema(value, pointer: "\(pointer)/additionalProperties")
                }
            case "example": example = value
            // 3.1 `examples` is a list of values; an older habit writes a map of names to values.
            case "examples": examples = value.items ?? value.entries?.map(\.value) ?? []
            default: continue
            }
        }
        parts.examples = ((example.map { [$0] } ?? []) + examples).map(SpecValue.init)
        if let defaultMapping = parts.discriminator?.defaultMapping, parts.oneOf.isEmpty, parts.anyOf.isEmpty {
            diagnostics.warn("discriminator.defaultMapping has no effect here: only a oneOf or anyOf is decoded by its discriminator", at: defaultMapping.location, pointer: "\(pointer)/discriminator/defaultMapping")
        }
        if parts.allOf.count > 1 { Self.foldAnnotations(into: &parts) }
        return Schema(parts)
    }

    /// `allOf: [{$ref: X}, {description: ..., nullable: true}]` is X, described: members that only
    /// annotate (description, title, nullable, deprecated, default, examples, and a `type` that
    /// restates X's, with keys the reader does not keep such as `maxLength` or `readOnly`) are
    /// folded into the schema, so that whatever X is (a union, an enum, a scalar, an array) the
    /// annotations never change its type. The schema's own annotations win over its members'.
    private static func foldAnnotations(into parts: inout Schema.Parts) {
        let annotations = parts.allOf.filter(\.onlyAnnotates)
        guard !annotations.isEmpty, annotations.count < parts.allOf.count else { return }
        parts.allOf.removeAll(where: \.onlyAnnotates)
        for member in annotations {
            parts.description = parts.description ?? member.description
            parts.title = parts.title ?? member.title
            parts.nullable = parts.nullable || member.nullable || member.types.contains("null")
            parts.deprecated = parts.deprecated || member.deprecated
            parts.readOnly = parts.readOnly || member.readOnly
            parts.writeOnly = parts.writeOnly || member.writeOnly
            parts.defaultValue = parts.defaultValue ?? member.defaultValue
            parts.examples += member.examples
        }
    }
}

extension Schema {
    /// Says nothing about the shape of a value: no reference, format, values, properties, items,
    /// members, alternatives or map values (a `type` alone restates what the other members say).
    var onlyAnnotates: Bool {
        ref == nil && format == nil && enumValues == nil && properties.isEmpty && required.isEmpty && items == nil
            && allOf.isEmpty && anyOf.isEmpty && oneOf.isEmpty && discriminator == nil && additionalProperties == nil
    }
}
