extension CodePrinter {
    /// The client type: initializers for credentials, host and environment, its default
    /// options, and its groups.
    mutating func render(_ client: ClientDeclaration) {
        documentation(client.documentation)
        open("public struct \(client.name): Sendable {")
        line("/// Sent as `User-Agent` with every request.")
        line("public static let userAgent = \(SwiftText.literal(client.userAgent))")
        line()
        line("var core: ClientCore")
        line()
        line("/// Timeout, retries, extra headers and query items of every call; each method can override them.")
        open("public var options: RequestOptions {")
        line("get { core.options }")
        line("set { core.options = newValue }")
        close()
        line()
        let credentials = Self.credentialArguments(client.authentication)
        let credentialList = credentials.map { "\($0): String, " }.joined()
        let credentialPass = credentials.map { "\($0): \($0), " }.joined()
        let template = client.serverTemplate.map(SwiftText.literal) ?? "nil"
        let tail = "transport: any HTTPTransport = URLSessionTransport(), options: RequestOptions = RequestOptions()"

        line("/// A client for `https://HOST` (`http://` for a loopback host such as `127.0.0.1:8080`).")
        line("/// A bare name without dots fills the server template (\(client.serverTemplate.map { "`\($0)`" } ?? "none")).")
        open("public init(\(credentialList)host: String, \(tail)) throws {")
        line("let baseURL = try ClientCore.baseURL(host: host, template: \(template))")
        line("self.init(\(credentialPass)baseURL: baseURL, transport: transport, options: options)")
        close()
        line()
        line("/// A client for any base URL, e.g. a proxy. Requests to it go over `https://` only, or")
        line("/// `http://` to a loopback host.")
        open("public init(\(credentialList)baseURL: URL, \(tail)) {")
        line("var headers: [HTTPHeader] = [\(Self.authorizationHeader(client.authentication))]")
        line("headers.append(HTTPHeader(\"User-Agent\", Self.userAgent))")
        line("core = ClientCore(baseURL: baseURL, defaultHeaders: headers, transport: transport, options: options)")
        close()
        if let authentication = client.authentication, let hostVariable = authentication.hostEnvironment,
           authentication.environment.count == credentials.count {
            line()
            let variables = (authentication.environment + [hostVariable]).map { "`\($0)`" }.joined(separator: ", ")
            line("/// A client configured from the environment: \(variables).")
            line("/// Throws ``ClientError/missingConfiguration(_:)`` naming the first variable that is not set.")
            open("public init(environment: [String: String] = ProcessInfo.processInfo.environment, \(tail)) throws {")
            open("try self.init(")
            for (label, variable) in zip(credentials, authentication.environment) {
                line("\(label): ClientCore.environmentValue(\(SwiftText.literal(variable)), in: environment, purpose: \(SwiftText.literal(label))),")
            }
            line("host: ClientCore.environmentValue(\(SwiftText.literal(hostVariable)), in: environment, purpose: \"host\"),")
            line("transport: transport,")
            line("options: options")
            close(")")
            close()
        }
        renderMembers(of: client.root)
        close()
    }

    /// The extension that declares one group's type, inside its parent's.
    mutating func render(_ group: GroupDeclaration, parent: String) {
        open("extension \(parent) {")
        line("/// Operations under `\(group.path)`.")
        open("public struct \(group.name): Sendable {")
        line("let core: ClientCore")
        renderMembers(of: group)
        close()
        close()
    }

    /// A group's subgroups (as properties) and operations (as methods).
    private mutating func renderMembers(of group: GroupDeclaration) {
        for child in group.groups {
            line()
            line("/// Operations under `\(child.path)`.")
            line("public var \(child.property): \(child.name) { \(child.name)(core: core) }")
        }
        for operation in group.operations {
            renderWithResponse(operation)
            renderValueOnly(operation)
            renderFlattened(operation)
            renderPages(operation)
        }
    }

    /// `namePages(...)` and `nameAll(...)`: a paginated list as pages and as items.
    private mutating func renderPages(_ operation: OperationDeclaration) {
        guard let pagination = operation.pagination, let page = operation.response else { return }
        let name = Naming.plain(operation.name)
        let arguments = Self.arguments(operation, body: .value)
        line()
        line("/// Every page of ``\(name)(\(Self.selector(operation)))``, fetched as they are iterated: each page's")
        line("/// `next` link leads to the following one.")
        open("public func \(name)Pages(\(arguments)) -> Pages<\(page.swift)> {")
        open("Pages(core: core, options: options, next: { \(pagination.next) }) {")
        line("try await \(name)WithResponse(\(Self.forwarded(operation, body: "body"))).value")
        close()
        close()
        line()
        line("/// Every item of every page of ``\(name)(\(Self.selector(operation)))``, fetched page by page.")
        open("public func \(name)All(\(arguments)) -> PageItems<\(page.swift), \(pagination.item.swift)> {")
        line("\(name)Pages(\(Self.forwarded(operation, body: "body"))).items { \(pagination.items) }")
        close()
    }

    /// The argument labels of a method, for a DocC reference: `pageNumber:pageSize:options:`.
    private static func selector(_ operation: OperationDeclaration) -> String {
        var labels = operation.pathParameters.map { Naming.plain($0.name) + ":" }
        if operation.body != nil { labels.append("_:") }
        labels += (operation.queryParameters + operation.headerParameters).map { Naming.plain($0.name) + ":" }
        labels.append("options:")
        return labels.joined()
    }

    /// `nameWithResponse(...)`: the one method that sends; gives the value and the raw response.
    private mutating func renderWithResponse(_ operation: OperationDeclaration) {
        let result = "APIResponse<\(operation.response?.swift ?? "Void")>"
        line()
        documentation(Documentation(operation.documentation.text))
        line("///")
        line("/// Gives the decoded value with the status, headers and body bytes of the response.")
        open("public func \(Naming.plain(operation.name))WithResponse(\(Self.arguments(operation, body: .value))) async throws -> \(result) {")
        var path = ""
        var rest = Substring(operation.path)
        for parameter in operation.pathParameters {
            let placeholder = "{\(parameter.wireName)}"
            guard let range = rest.range(of: placeholder) else { continue }
            path += SwiftText.literalBody(String(rest[..<range.lowerBound]))
            path += "\\(ClientCore.pathSegment(\(parameter.name)))"
            rest = rest[range.upperBound...]
        }
        path += SwiftText.literalBody(String(rest))
        let query = operation.queryParameters.map { "(\(SwiftText.literal($0.wireName)), \(Self.queryValues($0)))" }
        let headers = operation.headerParameters.map { "(\(SwiftText.literal($0.wireName)), \(Self.headerValue($0)))" }
        var arguments = ""
        if !query.isEmpty { arguments += " query: [\(query.joined(separator: ", "))]," }
        if !headers.isEmpty { arguments += " headers: [\(headers.joined(separator: ", "))]," }
        arguments += operation.body == nil ? " body: JSONValue?.none," : " body: body,"
        if let encoding = operation.body?.encoding, encoding != .json { arguments += " encoding: .\(encoding.rawValue)," }
        let function = operation.response == nil ? "sendWithoutResult" : "send"
        open("try await core.\(function)(")
        line("\(SwiftText.literal(operation.method)), \"\(path)\",\(arguments) options: options,")
        if operation.errors.isEmpty {
            line("errors: [:]")
        } else {
            open("errors: [")
            for error in operation.errors {
                line("\(SwiftText.literal(error.status)): ClientCore.errorBody(\(error.type.swift).self),")
            }
            close("]")
        }
        close(")")
        close()
    }

    /// `name(...)`: the same call, giving just the value.
    private mutating func renderValueOnly(_ operation: OperationDeclaration) {
        let returns = operation.response.map { " -> \($0.swift)" } ?? ""
        line()
        documentation(Documentation(operation.documentation.text))
        open("public func \(operation.name)(\(Self.arguments(operation, body: .value))) async throws\(returns) {")
        let value = operation.response == nil ? "" : ".value"
        let prefix = operation.response == nil ? "_ = " : ""
        line("\(prefix)try await \(Naming.plain(operation.name))WithResponse(\(Self.forwarded(operation, body: "body")))\(value)")
        close()
    }

    /// `name(field: ..., ...)`: the body's fields as arguments, for a body that is an object.
    private mutating func renderFlattened(_ operation: OperationDeclaration) {
        guard let body = operation.body, let fields = body.flattened else { return }
        let returns = operation.response.map { " -> \($0.swift)" } ?? ""
        line()
        documentation(Documentation(operation.documentation.text))
        line("///")
        line("/// Takes the fields of ``\(body.type.swift)`` as arguments.")
        let arguments = Self.arguments(operation, body: .flattened(fields)).split(separator: "\u{0}").map(String.init)
        open("public func \(operation.name)(")
        for (index, argument) in arguments.enumerated() {
            line(argument + (index == arguments.count - 1 ? "" : ","))
        }
        reopen(") async throws\(returns) {")
        var construction = "\(body.type.swift)(\n"
        for field in fields {
            construction += "    \(Naming.label(field.property.name)): \(field.localName),\n"
        }
        construction += "    additionalFields: additionalFields\n)"
        let forwarded = Self.forwarded(operation, body: construction)
        open("try await \(operation.name)(")
        for part in forwarded.split(separator: "\n", omittingEmptySubsequences: false) {
            line(String(part))
        }
        close(")")
        close()
    }

    private enum BodyArgument {
        case value
        case flattened([FlattenedArgument])
    }

    /// A query parameter's values as `[String]?`: one value, each array element (explode), or the
    /// elements joined by commas.
    private static func queryValues(_ parameter: ParameterDeclaration) -> String {
        let name = parameter.name
        guard case .array = parameter.type else {
            return parameter.required ? "[\"\\(\(name))\"]" : "\(name).map { [\"\\($0)\"] }"
        }
        if parameter.explode {
            return parameter.required ? "\(name).map { \"\\($0)\" }" : "\(name)?.map { \"\\($0)\" }"
        }
        return parameter.required
            ? "[\(name).map { \"\\($0)\" }.joined(separator: \",\")]"
            : "\(name).map { [$0.map { \"\\($0)\" }.joined(separator: \",\")] }"
    }

    /// A header parameter's value as `String?`; arrays are joined by commas.
    private static func headerValue(_ parameter: ParameterDeclaration) -> String {
        let name = parameter.name
        if case .array = parameter.type {
            return parameter.required ? "\(name).map { \"\\($0)\" }.joined(separator: \",\")" : "\(name)?.map { \"\\($0)\" }.joined(separator: \",\")"
        }
        return parameter.required ? "\"\\(\(name))\"" : "\(name).map { \"\\($0)\" }"
    }

    /// Declared arguments: path parameters, the body (or its fields), query parameters, options.
    /// Flattened lists are separated by NUL for one-per-line rendering; others by ", ".
    private static func arguments(_ operation: OperationDeclaration, body: BodyArgument) -> String {
        var arguments = operation.pathParameters.map { "\($0.name): \($0.type.swift)" }
        switch body {
        case .value:
            if let body = operation.body {
                arguments.append("_ body: \(body.type.swift)" + (body.required ? "" : "? = nil"))
            }
        case .flattened(let fields):
            arguments += fields.map { field in
                let argument = argument(field.property)
                guard field.localName != field.property.name else { return argument }
                return "\(field.property.name) \(field.localName)" + argument.dropFirst(field.property.name.count)
            }
        }
        arguments += (operation.queryParameters + operation.headerParameters).map {
            "\($0.name): \($0.type.swift)" + ($0.required ? "" : "? = nil")
        }
        if case .flattened = body { arguments.append("additionalFields: JSONObject = [:]") }
        arguments.append("options: RequestOptions? = nil")
        if case .flattened = body { return arguments.joined(separator: "\u{0}") }
        return arguments.joined(separator: ", ")
    }

    /// Arguments passed on to the next method: the same parameters, the body as given.
    private static func forwarded(_ operation: OperationDeclaration, body: String) -> String {
        var parts = operation.pathParameters.map { "\(Naming.label($0.name)): \($0.name)" }
        if operation.body != nil { parts.append(body) }
        parts += (operation.queryParameters + operation.headerParameters).map { "\(Naming.label($0.name)): \($0.name)" }
        parts.append("options: options")
        return parts.joined(separator: ", ")
    }

    /// The credential argument labels, in order.
    static func credentialArguments(_ authentication: Authentication?) -> [String] {
        switch authentication?.kind {
        case .basic(let user, let password): [user, password]
        case .bearer(let token): [token]
        case .apiKey(let label, _): [label]
        case nil: []
        }
    }

    static func authorizationHeader(_ authentication: Authentication?) -> String {
        switch authentication?.kind {
        case .basic(let user, let password): "ClientCore.basicAuthorization(user: \(user), password: \(password))"
        case .bearer(let token): "HTTPHeader(\"Authorization\", \"Bearer \\(\(token))\")"
        case .apiKey(let label, let header): "HTTPHeader(\(SwiftText.literal(header)), \(label))"
        case nil: ""
        }
    }
}
