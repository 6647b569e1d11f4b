extension CodePrinter {
    /// The client type: initializers for credentials, host and environment, its default
    /// options, and its groups.
    mutating func render(_ client: ClientDeclaration) {
        documentation(client.documentation)
        open("\(access) struct \(client.name): Sendable {")
        line("/// Sent as `User-Agent` with every request.")
        line("\(access) static let userAgent = \(SwiftText.literal(client.userAgent))")
        line()
        line("var core: ClientCore")
        line()
        line("/// Timeout, retries, extra headers and query items of every call; each method can override them.")
        open("\(access) var options: RequestOptions {")
        line("get { core.options }")
        line("set { core.options = newValue }")
        close()
        line()
        let credentials = client.authentication?.arguments ?? []
        let credentialList = Self.credentialList(credentials)
        let credentialPass = Self.credentialPass(credentials)
        let tail = "transport: any HTTPTransport = URLSessionTransport(), options: RequestOptions = RequestOptions()"
        if let server = client.server {
            for variable in server.variables { renderEnum(of: variable) }
            if server.isAbsolute { renderServerInitializer(server, credentials: credentials, tail: tail) }
        }
        let pathVariables = client.server?.pathVariables ?? []
        let template = client.server.map { SwiftText.literal($0.template) } ?? "nil"
        let path = client.server.map { String(ServerTemplate($0.template).path) } ?? ""
        line("/// A client for `https://HOST\(path)` (`http://` for a loopback host such as `127.0.0.1:8080`)\(path.isEmpty ? "." : ",")")
        if !path.isEmpty { line("/// keeping the server's path.") }
        if let host = client.server.flatMap({ Self.hostVariable(of: $0.template) }) {
            line("/// A bare name without dots fills the server's `{\(host)}` (`\(client.server!.template)`).")
        }
        variableParameterDocumentation(pathVariables)
        open("\(access) init(\(credentialList)host: String, \(variableArguments(pathVariables))\(tail)) throws {")
        line("let baseURL = try ClientCore.baseURL(host: host, server: \(template)\(variableValues(client.server?.variables ?? [], arguments: pathVariables)))")
        line("self.init(\(credentialPass)baseURL: baseURL, transport: transport, options: options)")
        close()
        line()
        line("/// A client for any base URL, e.g. a proxy: the paths of the spec are appended to it, so it")
        line("/// includes the server's path if the proxy expects it. Requests to it go over `https://`")
        line("/// only, or `http://` to a loopback host.")
        open("\(access) init(\(credentialList)baseURL: URL, \(tail)) {")
        renderCoreInitialization(client.authentication)
        close()
        if let authentication = client.authentication, let hostVariable = authentication.hostEnvironment,
           authentication.environment.count == credentials.filter(\.isRequired).count {
            line()
            let variables = (authentication.environment + [hostVariable]).map { "`\($0)`" }.joined(separator: ", ")
            line("/// A client configured from the environment: \(variables).")
            line("/// Throws ``ClientError/missingConfiguration(_:)`` naming the first variable that is not set.")
            open("\(access) init(environment: [String: String] = ProcessInfo.processInfo.environment, \(tail)) throws {")
            var arguments: [ListItem] = zip(credentials.filter(\.isRequired), authentication.environment).map { credential, variable in
                let value = "ClientCore.environmentValue(\(SwiftText.literal(variable)), in: environment, purpose: \(SwiftText.literal(credential.label)))"
                return .text("\(SwiftName.label(credential.label)): " + (credential.isToken ? "BearerToken(\(value))" : value))
            }
            arguments.append(.text("host: ClientCore.environmentValue(\(SwiftText.literal(hostVariable)), in: environment, purpose: \"host\")"))
            arguments += [.text("transport: transport"), .text("options: options")]
            list("try self.init(", arguments, closing: ")")
            close()
        }
        renderMembers(of: client.root)
        close()
    }

    /// The extension that declares one group's type, inside its parent's.
    mutating func render(_ group: GroupDeclaration, parent: String) {
        open("extension \(parent) {")
        line("/// Operations under `\(group.path)`.")
        open("\(access) struct \(group.name): Sendable {")
        line("let core: ClientCore")
        renderMembers(of: group)
        close()
        close()
    }

    /// A group's subgroups (as properties) and operations (as methods): for each operation, the
    /// method that gives the value (documented), the one that also gives the response, the one
    /// that takes the body's fields, and for lists the pages and the items.
    private mutating func renderMembers(of group: GroupDeclaration) {
        for child in group.groups {
            line()
            line("/// Operations under `\(child.path)`.")
            line("\(access) var \(SwiftName.escaped(child.property)): \(child.name) { \(child.name)(core: core) }")
        }
        for operation in group.operations {
            renderValueOnly(operation)
            renderWithResponse(operation)
            renderFlattened(operation)
            renderTransfers(operation)
            renderPages(operation)
        }
    }

    /// `name(...)`: the call, giving just the value; the one the operation's documentation is on.
    /// With deprecated optional parameters there are two: one without them, and a deprecated one.
    private mutating func renderValueOnly(_ operation: OperationDeclaration) {
        let omitted = Self.deprecatedOptionalParameters(operation)
        if !omitted.isEmpty { renderValueOnly(operation, omitting: omitted) }
        renderValueOnly(operation, omitting: [], isTwin: !omitted.isEmpty)
    }

    /// `isTwin`: the variant with deprecated arguments, documented in a line that points to the plain one.
    private mutating func renderValueOnly(_ operation: OperationDeclaration, omitting omitted: Set<String>, isTwin: Bool = false) {
        let returns = operation.response.map { " -> \($0.swift)" } ?? ""
        line()
        if isTwin {
            line("/// `\(operation.name)(...)`, also taking its deprecated arguments.")
            deprecatedIfTheOperationIs(operation)
        } else {
            documentation(operation.documentation)
        }
        if !operation.documentation.isDeprecated, omitted.isEmpty, let message = Self.deprecatedArguments(operation, fields: []) { deprecated(message) }
        list("\(access) func \(SwiftName.escaped(operation.name))(", Self.parameters(operation, body: .value, omitting: omitted), closing: ") async throws(ClientError)\(returns) {")
        let call = "\(operation.response == nil ? "_ = " : "")try await \(operation.name)WithResponse("
        list(call, Self.forwarded(operation, body: .text("body"), omitting: omitted), closing: operation.response == nil ? ")" : ").value")
        close()
    }

    /// The names of optional parameters the spec deprecates, which a method's plain variant leaves out.
    private static func deprecatedOptionalParameters(_ operation: OperationDeclaration) -> Set<String> {
        Set((operation.queryParameters + operation.headerParameters).filter { !$0.required && $0.documentation.isDeprecated }.map(\.name))
    }

    /// The message for the variant of a method that takes deprecated arguments; nil when it takes none.
    private static func deprecatedArguments(_ operation: OperationDeclaration, fields: [FlattenedArgument]) -> String? {
        let names = (operation.queryParameters + operation.headerParameters).filter { !$0.required && $0.documentation.isDeprecated }.map(\.name)
            + fields.filter { $0.property.presence == .optional && $0.property.documentation.isDeprecated }.map(\.property.name)
        return names.isEmpty ? nil : "Takes deprecated arguments: " + names.map { "`\($0)`" }.joined(separator: ", ") + "."
    }

    /// `@available(*, deprecated)` on a method of a deprecated operation that is not the documented one.
    private mutating func deprecatedIfTheOperationIs(_ operation: OperationDeclaration) {
        if let message = operation.documentation.deprecation { deprecated(message) }
    }

    /// `nameWithResponse(...)`: the one method that sends; gives the value and the raw response.
    private mutating func renderWithResponse(_ operation: OperationDeclaration) {
        let result = "APIResponse<\(operation.response?.swift ?? "Void")>"
        line()
        line("/// `\(operation.name)(...)`, giving the decoded value with the status, headers and body bytes of the response.")
        deprecatedIfTheOperationIs(operation)
        list("\(access) func \(operation.name)WithResponse(", Self.parameters(operation, body: .value), closing: ") async throws(ClientError) -> \(result) {")
        var arguments = Self.sendArguments(operation)
        let function: String
        switch operation.transfer {
        case .json where operation.body?.encoding == .binary:
            function = operation.response == nil ? "uploadWithoutResult" : "upload"
            arguments = Self.sendArguments(operation, before: Self.jsonAccept(operation))
        case .json where operation.body?.encoding == .jsonSequence:
            function = operation.response == nil ? "sendItemsWithoutResult" : "sendItems"
            arguments = Self.sendArguments(operation, before: Self.jsonAccept(operation))
        case .json:
            function = operation.response == nil ? "sendWithoutResult" : "send"
            arguments = Self.sendArguments(operation, before: Self.jsonAccept(operation))
        case .events(let payload):
            function = "events"
            arguments.append(.text(payload == .string ? "decode: ClientCore.eventText" : "decode: ClientCore.eventJSON(\(payload.swift).self)"))
        case .bytes(let accept):
            function = "bytes"
            arguments = Self.sendArguments(operation, before: [.text("accept: \(SwiftText.literal(accept))")])
        case .jsonSequence(_, let accept):
            function = "jsonSequence"
            arguments = Self.sendArguments(operation, before: [.text("accept: \(SwiftText.literal(accept))")])
        case .parts(_, let accept, let prefix, let partContentType):
            function = "parts"
            var extra: [ListItem] = [.text("accept: \(SwiftText.literal(accept))")]
            if !prefix.isEmpty || partContentType != nil {
                let prefixList = prefix.isEmpty ? "" : "prefix: [\(prefix.map(SwiftText.literal).joined(separator: ", "))]"
                let item = partContentType.map { "item: \(SwiftText.literal($0))" }
                extra.append(.text("contentTypes: .init(\([prefixList.isEmpty ? nil : prefixList, item].compactMap { $0 }.joined(separator: ", ")))"))
            }
            arguments = Self.sendArguments(operation, before: extra)
        }
        list("try await \(Self.core(operation)).\(function)(", arguments, closing: ")")
        close()
    }

    /// `accept:` for a JSON media type other than `application/json` (`application/vnd.api+json`).
    private static func jsonAccept(_ operation: OperationDeclaration) -> [ListItem] {
        guard let mediaType = operation.mediaType, operation.response != nil,
              Translator.baseType(mediaType) != "application/json" else { return [] }
        return [.text("accept: \(SwiftText.literal(mediaType))")]
    }

    /// For a bytes response: `name(..., to: file)`, which writes the body into a file as it
    /// arrives, and `nameStream(...)`, which gives its chunks.
    private mutating func renderTransfers(_ operation: OperationDeclaration) {
        guard case .bytes(let mediaTypes) = operation.transfer else { return }
        var parameters = Self.parameters(operation, body: .value)
        parameters.insert(.text("to file: URL"), at: parameters.count - 1)
        let accept = ListItem.text("accept: \(SwiftText.literal(mediaTypes))")
        line()
        line("/// `\(operation.name)(...)`, writing the body into `file` as it arrives (memory stays flat), through a")
        line("/// partial file beside it: on failure or cancellation `file` is left as it was. `options.downloadProgress` reports the bytes.")
        deprecatedIfTheOperationIs(operation)
        list("@discardableResult \(access) func \(SwiftName.escaped(operation.name))(", parameters, closing: ") async throws(ClientError) -> URL {")
        list("try await \(Self.core(operation)).download(", Self.sendArguments(operation, before: [accept, .text("to: file")]), closing: ").value")
        close()

        line()
        line("/// `\(operation.name)(...)`, giving the status and headers at once and the body as it arrives, chunk by chunk.")
        deprecatedIfTheOperationIs(operation)
        list("\(access) func \(operation.name)Stream(", Self.parameters(operation, body: .value), closing: ") async throws(ClientError) -> HTTPStreamedResponse {")
        list("try await \(Self.core(operation)).stream(", Self.sendArguments(operation, before: [accept]), closing: ")")
        close()
    }

    /// The arguments of the `core.send` call (or another of the core's calls, with `extra` ones
    /// before `idempotencyHeader` and `options`); query items, headers and error bodies one per line.
    private static func sendArguments(_ operation: OperationDeclaration, before extra: [ListItem] = []) -> [ListItem] {
        var arguments: [ListItem] = [.text(SwiftText.literal(operation.method.rawValue)), .text("\"\(pathInterpolation(operation))\"")]
        if !operation.queryParameters.isEmpty {
            arguments.append(.array("query: ", operation.queryParameters.map(styled)))
        }
        if !operation.headerParameters.isEmpty {
            arguments.append(.array("headers: ", operation.headerParameters.map(styled)))
        }
        switch (operation.transfer, operation.body) {
        case (.json, nil):
            arguments.append(.text("body: JSONValue?.none"))
        case (.json, let body?) where body.encoding == .binary:
            arguments.append(.text(body.required ? "body: body" : "body: body ?? .data(Data())"))
        case (.json, let body?) where body.encoding == .jsonSequence:
            arguments.append(.text("items: body"))
            arguments.append(.text("mediaType: \(SwiftText.literal(body.mediaType ?? "application/jsonl"))"))
        case (.json, let body?):
            arguments.append(.text("body: body"))
            if body.encoding != .json { arguments.append(.text("encoding: .\(body.encoding.rawValue)")) }
        case (_, nil):
            break  // the streaming calls send no body by default
        case (_, let body?):
            let value = body.encoding == .binary ? ".binary($0)" : ".json(.\(body.encoding.rawValue), $0)"
            arguments.append(.text(body.required ? "body: \(value.replacingOccurrences(of: "$0", with: "body"))" : "body: body.map { \(value) } ?? .none"))
        }
        arguments += extra
        if let header = operation.idempotencyHeader { arguments.append(.text("idempotencyHeader: \(SwiftText.literal(header))")) }
        arguments.append(.text("operation: \(SwiftText.literal(operation.operationId ?? operation.fallbackName))"))
        arguments.append(.text("options: options"))
        if operation.errors.isEmpty {
            arguments.append(.text("errors: [:]"))
        } else {
            arguments.append(.array("errors: ", operation.errors.map {
                "\(SwiftText.literal($0.status)): ClientCore.errorBody(\($0.type.swift).self)"
            }))
        }
        return arguments
    }

    /// The path as the inside of a string literal, path parameters interpolated percent-encoded.
    private static func pathInterpolation(_ operation: OperationDeclaration) -> String {
        var path = ""
        var rest = Substring(operation.path)
        for parameter in operation.pathParameters {
            let placeholder = "{\(parameter.wireName)}"
            guard let range = rest.range(of: placeholder) else { continue }
            path += SwiftText.literalBody(String(rest[..<range.lowerBound]))
            if parameter.style == .simple && !parameter.explode {
                path += "\\(ClientCore.pathSegment(\(SwiftName.escaped(parameter.name))))"
            } else {
                path += "\\(ClientCore.path(\(styled(parameter))))"
            }
            rest = rest[range.upperBound...]
        }
        return path + SwiftText.literalBody(String(rest))
    }

    /// `name(field: ..., ...)`: the body's fields as arguments, for a body that is an object.
    /// With deprecated optional fields or parameters there are two: one without them, and a
    /// deprecated one.
    private mutating func renderFlattened(_ operation: OperationDeclaration) {
        guard let body = operation.body, let fields = body.flattened else { return }
        let omittedFields = Set(fields.filter { $0.property.presence == .optional && $0.property.documentation.isDeprecated }.map(\.property.name))
        let omittedParameters = Self.deprecatedOptionalParameters(operation)
        if !omittedFields.isEmpty || !omittedParameters.isEmpty {
            renderFlattened(operation, body: body, fields: fields, omitting: omittedParameters, fields: omittedFields)
        }
        renderFlattened(operation, body: body, fields: fields, omitting: [], fields: [])
    }

    private mutating func renderFlattened(
        _ operation: OperationDeclaration, body: BodyDeclaration, fields allFields: [FlattenedArgument],
        omitting omitted: Set<String>, fields omittedFields: Set<String>
    ) {
        let fields = allFields.filter { !omittedFields.contains($0.property.name) }
        let returns = operation.response.map { " -> \($0.swift)" } ?? ""
        line()
        line("/// `\(operation.name)(...)`, taking the fields of ``\(body.type.swift)`` as arguments.")
        let defaults = fields.filter { $0.property.presence == .optional }.compactMap { field in
            field.property.documentation.defaultValue.map { "/// `\(field.localName)` defaults to `\(SwiftText.commentLines($0).joined(separator: " "))` on the server when not sent." }
        }
        if !defaults.isEmpty {
            line("///")
            defaults.forEach { line($0) }
        }
        deprecatedIfTheOperationIs(operation)
        if !operation.documentation.isDeprecated, omitted.isEmpty, omittedFields.isEmpty,
           let message = Self.deprecatedArguments(operation, fields: allFields) { deprecated(message) }
        list("\(access) func \(SwiftName.escaped(operation.name))(", Self.parameters(operation, body: .flattened(fields), omitting: omitted), closing: ") async throws(ClientError)\(returns) {")
        var construction: [ListItem] = fields.map { field in
            .text("\(SwiftName.label(field.property.name)): \(SwiftName.escaped(field.localName))")
        }
        construction.append(.text("additionalFields: additionalFields"))
        // `self.` where an argument has the method's name (`channel(channel:)` of an action path).
        let receiver = fields.contains { $0.localName == operation.name } ? "self." : ""
        list("try await \(receiver)\(SwiftName.escaped(operation.name))(", Self.forwarded(operation, body: .call(body.type.swift, construction), omitting: omitted), closing: ")")
        close()
    }

    /// `namePages(...)` and `nameAll(...)`: a paginated list as pages and as items.
    private mutating func renderPages(_ operation: OperationDeclaration) {
        guard let pagination = operation.pagination, let page = operation.response else { return }
        let name = operation.name
        let parameters = Self.parameters(operation, body: .value)
        let forwarded = Self.forwarded(operation, body: .text("body"))
        line()
        line("/// Every page of `\(name)(...)`, fetched as they are iterated: each page's `next` link leads to the following one.")
        deprecatedIfTheOperationIs(operation)
        list("\(access) func \(name)Pages(", parameters, closing: ") -> Pages<\(page.swift)> {")
        open("Pages(core: \(Self.core(operation)), options: options, operation: \(SwiftText.literal(operation.operationId ?? operation.fallbackName)), next: { \(Self.access(pagination.next)) }) { () throws(ClientError) in")
        list("try await \(name)WithResponse(", forwarded, closing: ").value")
        close()
        close()
        line()
        line("/// Every item of every page of `\(name)(...)`, fetched page by page.")
        deprecatedIfTheOperationIs(operation)
        list("\(access) func \(name)All(", parameters, closing: ") -> PageItems<\(page.swift), \(pagination.item.swift)> {")
        let items = Self.access([pagination.items]) + (pagination.items.isOptional ? " ?? []" : "")
        list("\(name)Pages(", forwarded, closing: ").items { \(items) }")
        close()
    }

    /// `$0.links?.next`: a path of properties from a page, `?.` after an optional one.
    private static func access(_ steps: [Pagination.Step]) -> String {
        var text = "$0"
        var previousIsOptional = false
        for step in steps {
            text += (previousIsOptional ? "?." : ".") + step.property
            previousIsOptional = previousIsOptional || step.isOptional
        }
        return text
    }

    private enum BodyParameter {
        case value
        case flattened([FlattenedArgument])
    }

    /// A parameter as the runtime writes it: `.form("ids", ids, explode: false)`, with only what
    /// differs from the style's defaults.
    static func styled(_ parameter: ParameterDeclaration) -> String {
        var arguments = [SwiftText.literal(parameter.wireName), SwiftName.escaped(parameter.name)]
        let factory: String
        switch parameter.style {
        case _ where parameter.placement == .cookie:
            factory = "cookie"
            if !parameter.explode { arguments.append("explode: false") }
            if parameter.style == .cookie { arguments.append("percentEncoded: false") }
        case .deepObject, .json:
            factory = parameter.style.rawValue
        case .querystring:
            factory = "querystring"
        case .querystringJSON:
            factory = "querystring"
            arguments.append("json: true")
        default:
            factory = parameter.style.rawValue
            let defaultExplode = parameter.style == .form
            if parameter.explode != defaultExplode { arguments.append("explode: \(parameter.explode)") }
        }
        if parameter.allowReserved { arguments.append("allowReserved: true") }
        return ".\(factory)(\(arguments.joined(separator: ", ")))"
    }

    /// Declared parameters: path parameters, the body (or its fields), query and header
    /// parameters, options.
    private static func parameters(_ operation: OperationDeclaration, body: BodyParameter, omitting omitted: Set<String> = []) -> [ListItem] {
        var parameters = operation.pathParameters.map { "\(SwiftName.escaped($0.name)): \($0.type.swift)" }
        switch body {
        case .value:
            if let body = operation.body {
                parameters.append("_ body: \(body.type.swift)" + (body.required ? "" : "? = nil"))
            }
        case .flattened(let fields):
            parameters += fields.map { field in
                parameter(field.property, name: SwiftName.escaped(field.localName))
            }
        }
        parameters += (operation.queryParameters + operation.headerParameters).filter { !omitted.contains($0.name) }.map {
            "\(SwiftName.escaped($0.name)): \($0.type.swift)" + ($0.required ? "" : "? = nil")
        }
        if case .flattened = body { parameters.append("additionalFields: JSONObject = [:]") }
        parameters.append("options: RequestOptions? = nil")
        return parameters.map(ListItem.text)
    }

    /// Arguments passed on to the next method: the same parameters, the body as given.
    private static func forwarded(_ operation: OperationDeclaration, body: ListItem, omitting omitted: Set<String> = []) -> [ListItem] {
        func passed(_ parameter: ParameterDeclaration) -> ListItem {
            .text("\(SwiftName.label(parameter.name)): \(SwiftName.escaped(parameter.name))")
        }
        var arguments = operation.pathParameters.map(passed)
        if operation.body != nil { arguments.append(body) }
        arguments += (operation.queryParameters + operation.headerParameters).filter { !omitted.contains($0.name) }.map(passed)
        arguments.append(.text("options: options"))
        return arguments
    }

    /// The credential argument labels, in order.
    /// A server variable's listed values as a closed enum nested in the client.
    private mutating func renderEnum(of variable: ServerVariable) {
        guard let type = variable.typeName else { return }
        line("/// The values of the server's `{\(variable.name)}`.")
        open("\(access) enum \(type): String, Sendable, CaseIterable {")
        for (name, value) in variable.cases {
            line("case \(SwiftName.escaped(name))\(name == value ? "" : " = \(SwiftText.literal(value))")")
        }
        close()
        line()
    }

    /// `init(credentials, variables...)`: a client for the spec's server, its variables filled
    /// from arguments that default to the spec's defaults. It throws only when a variable takes
    /// any text, which may not make a URL.
    private mutating func renderServerInitializer(_ server: ServerDeclaration, credentials: [Authentication.Argument], tail: String) {
        let credentialList = Self.credentialList(credentials)
        let credentialPass = Self.credentialPass(credentials)
        let throwing = server.variables.contains { $0.typeName == nil }
        let name = server.name.map { " (\(SwiftText.commentLines($0).joined(separator: " ")))" } ?? ""
        line("/// A client for the spec's server, `\(server.template)`\(name)\(server.description.map { ": \(SwiftText.commentLines($0).joined(separator: " "))" } ?? ".")")
        variableParameterDocumentation(server.variables)
        open("\(access) init(\(credentialList)\(variableArguments(server.variables))\(tail))\(throwing ? " throws" : "") {")
        let call = "ClientCore.baseURL(server: \(SwiftText.literal(server.template))\(variableValues(server.variables, arguments: server.variables)))"
        if throwing {
            line("let baseURL = try \(call)")
        } else {
            line("// The server URL with each listed value makes a URL: the generator checked.")
            line("let baseURL = try! \(call)")
        }
        line("self.init(\(credentialPass)baseURL: baseURL, transport: transport, options: options)")
        close()
        line()
    }

    /// A line per variable, as prose: DocC wants every parameter documented once one is, and the
    /// credentials, transport and options need no words here.
    private mutating func variableParameterDocumentation(_ variables: [ServerVariable]) {
        for variable in variables {
            let text = variable.documentation.map { ": " + SwiftText.commentLines($0).joined(separator: " ") } ?? "."
            let given = variable.isRequired ? "" : " Default: `\(variable.defaultValue)`."
            line("/// `\(variable.label)` fills the server's `{\(variable.name)}`\(text)\(given)")
        }
    }

    /// `region: Region = .eu, spaceName: String = "example", ` for an initializer's arguments.
    private func variableArguments(_ variables: [ServerVariable]) -> String {
        variables.map { variable in
            if let type = variable.typeName {
                let name = variable.cases.first { $0.value == variable.defaultValue }?.name ?? variable.cases[0].name
                return "\(SwiftName.escaped(variable.label)): \(type) = .\(SwiftName.escaped(name)), "
            }
            return "\(SwiftName.escaped(variable.label)): String\(variable.isRequired ? "" : " = " + SwiftText.literal(variable.defaultValue)), "
        }.joined()
    }

    /// `, variables: ["region": region.rawValue, "version": "v2"]`: the arguments' values, and
    /// the defaults of the other variables; nothing without variables.
    private func variableValues(_ variables: [ServerVariable], arguments: [ServerVariable]) -> String {
        guard !variables.isEmpty else { return "" }
        let labels = Set(arguments.map(\.label))
        let pairs = variables.map { variable in
            let value = !labels.contains(variable.label) ? SwiftText.literal(variable.defaultValue)
                : SwiftName.escaped(variable.label) + (variable.typeName == nil ? "" : ".rawValue")
            return "\(SwiftText.literal(variable.name)): \(value)"
        }
        return ", variables: [\(pairs.joined(separator: ", "))]"
    }

    /// The first variable of a server template's host, which a bare name fills.
    static func hostVariable(of template: String) -> String? {
        let host = ServerTemplate(template).host
        guard let open = host.firstIndex(of: "{"), let close = host[open...].firstIndex(of: "}") else { return nil }
        return String(host[host.index(after: open)..<close])
    }

    /// The credential arguments of an initializer: `username: String, token: BearerToken, `; an
    /// optional one `= nil`.
    static func credentialList(_ credentials: [Authentication.Argument]) -> String {
        credentials.map { "\(SwiftName.escaped($0.label)): \($0.isToken ? "BearerToken" : "String")\($0.isRequired ? "" : "? = nil"), " }.joined()
    }

    static func credentialPass(_ credentials: [Authentication.Argument]) -> String {
        credentials.map { "\(SwiftName.label($0.label)): \(SwiftName.escaped($0.label)), " }.joined()
    }

    /// `core = ClientCore(...)` with the credentials given, by scheme, and the spec's `security`.
    private mutating func renderCoreInitialization(_ authentication: Authentication?) {
        var arguments: [ListItem] = [.text("baseURL: baseURL"), .text("defaultHeaders: [HTTPHeader(\"User-Agent\", Self.userAgent)]")]
        if let authentication {
            let required = authentication.schemes.filter(\.isRequired)
            let optional = authentication.schemes.filter { !$0.isRequired }
            let given = required.map { "\(SwiftText.literal($0.name)): \(Self.credential($0))" }
            if optional.isEmpty {
                arguments.append(.array("credentials: ", given))
            } else {
                line("var credentials: [String: SecurityCredential] = [\(given.isEmpty ? ":" : given.joined(separator: ", "))]")
                for scheme in optional {
                    let unwrapped = scheme.labels.map { "let \(SwiftName.escaped($0))" }.joined(separator: ", ")
                    line("if \(unwrapped) { credentials[\(SwiftText.literal(scheme.name))] = \(Self.credential(scheme)) }")
                }
                arguments.append(.text("credentials: credentials"))
            }
            arguments.append(.text("security: \(Self.securityLiteral(authentication.security))"))
        }
        arguments += [.text("transport: transport"), .text("options: options")]
        list("core = ClientCore(", arguments, closing: ")")
    }

    /// The credential a scheme's arguments make.
    private static func credential(_ scheme: Authentication.Scheme) -> String {
        switch scheme.kind {
        case .basic(let user, let password): ".basic(user: \(SwiftName.escaped(user)), password: \(SwiftName.escaped(password)))"
        case .bearer(let token, let endpoints?, let scopes):
            ".bearer(\(SwiftName.escaped(token)), oauth2: OAuth2Endpoints(\(tokenEndpointArguments(endpoints, scopes: scopes))))"
        case .bearer(let token, nil, _): ".bearer(\(SwiftName.escaped(token)))"
        case .apiKey(let label, let placement, let name): ".apiKey(\(SwiftText.literal(name)), in: .\(placement.rawValue), \(SwiftName.escaped(label)))"
        }
    }

    /// `clientCredentials: "/oauth/token", refresh: "/oauth/token", scopes: ["read"]`, leaving out what the spec does not give.
    private static func tokenEndpointArguments(_ endpoints: OAuth2TokenEndpoints, scopes: [String]) -> String {
        var arguments: [String] = []
        if let url = endpoints.clientCredentials { arguments.append("clientCredentials: \(SwiftText.literal(url))") }
        if let url = endpoints.refresh { arguments.append("refresh: \(SwiftText.literal(url))") }
        if !scopes.isEmpty { arguments.append("scopes: [\(scopes.map(SwiftText.literal).joined(separator: ", "))]") }
        return arguments.joined(separator: ", ")
    }

    /// `[["A", "B"], ["C"]]`: alternatives, each the schemes sent together.
    static func securityLiteral(_ security: [[String]]) -> String {
        "[" + security.map { "[" + $0.map(SwiftText.literal).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
    }

    /// The core an operation's calls go through: the client's, or one with the operation's own `security`.
    static func core(_ operation: OperationDeclaration) -> String {
        operation.security.map { "core.securing(\(securityLiteral($0)))" } ?? "core"
    }
}
