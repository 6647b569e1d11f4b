extension CodePrinter {
    /// The client type: initializers for credentials, host and environment, and its groups.
    mutating func render(_ client: ClientDeclaration) {
        documentation(client.documentation)
        open("public struct \(client.name): Sendable {")
        line("let core: ClientCore")
        line()
        let credentials = Self.credentialArguments(client.authentication)
        let credentialList = credentials.map { "\($0): String, " }.joined()
        let credentialPass = credentials.map { "\($0): \($0), " }.joined()
        let template = client.serverTemplate.map(SwiftText.literal) ?? "nil"

        line("/// A client for `https://HOST` (`http://` for a loopback host such as `127.0.0.1:8080`).")
        line("/// A bare name without dots fills the server template (\(client.serverTemplate.map { "`\($0)`" } ?? "none")).")
        open("public init(\(credentialList)host: String, transport: any HTTPTransport = URLSessionTransport()) throws {")
        line("try self.init(\(credentialPass)baseURL: ClientCore.baseURL(host: host, template: \(template)), transport: transport)")
        close()
        line()
        line("/// A client for any base URL, e.g. a proxy or a test server.")
        open("public init(\(credentialList)baseURL: URL, transport: any HTTPTransport = URLSessionTransport()) {")
        line("core = ClientCore(baseURL: baseURL, defaultHeaders: [\(Self.authorizationHeader(client.authentication))], transport: transport)")
        close()
        if let authentication = client.authentication, let hostVariable = authentication.hostEnvironment,
           authentication.environment.count == credentials.count {
            line()
            let variables = (authentication.environment + [hostVariable]).map { "`\($0)`" }.joined(separator: ", ")
            line("/// A client configured from the environment: \(variables).")
            line("/// Throws ``ClientError/missingConfiguration(_:)`` naming the first variable that is not set.")
            open("public init(environment: [String: String] = ProcessInfo.processInfo.environment, transport: any HTTPTransport = URLSessionTransport()) throws {")
            open("try self.init(")
            for (label, variable) in zip(credentials, authentication.environment) {
                line("\(label): ClientCore.environmentValue(\(SwiftText.literal(variable)), in: environment, purpose: \(SwiftText.literal(label))),")
            }
            line("host: ClientCore.environmentValue(\(SwiftText.literal(hostVariable)), in: environment, purpose: \"host\"),")
            line("transport: transport")
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
            line()
            render(operation)
        }
    }

    private mutating func render(_ operation: OperationDeclaration) {
        let returns = operation.response.map { " -> \($0.swift)" } ?? ""
        var arguments = operation.pathParameters.map { "\($0.name): \($0.type.swift)" }
        if let body = operation.body {
            arguments.append("_ body: \(body.type.swift)" + (body.required ? "" : "? = nil"))
        }
        arguments += operation.queryParameters.map { "\($0.name): \($0.type.swift)" + ($0.required ? "" : "? = nil") }

        documentation(Documentation(operation.documentation.text))
        open("public func \(operation.name)(\(arguments.joined(separator: ", "))) async throws\(returns) {")
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
        let query = operation.queryParameters.map { "(\(SwiftText.literal($0.wireName)), \($0.name).map { \"\\($0)\" })" }
        let queryArgument = query.isEmpty ? "" : ", query: [\(query.joined(separator: ", "))]"
        let bodyArgument = operation.body == nil ? "body: JSONValue?.none" : "body: body"
        if operation.response != nil {
            line("try await core.send(\(SwiftText.literal(operation.method)), \"\(path)\"\(queryArgument), \(bodyArgument))")
        } else {
            line("_ = try await core.sendRaw(\(SwiftText.literal(operation.method)), \"\(path)\"\(queryArgument), \(bodyArgument))")
        }
        close()

        guard let body = operation.body, let fields = body.flattened else { return }
        line()
        documentation(Documentation(operation.documentation.text))
        line("///")
        line("/// Takes the fields of ``\(body.type.swift)`` as arguments.")
        var flatArguments = operation.pathParameters.map { "\($0.name): \($0.type.swift)" }
        flatArguments += fields.map { field in
            let argument = Self.argument(field.property)
            return field.localName == field.property.name ? argument : "\(field.property.name) \(field.localName)" + argument.dropFirst(field.property.name.count)
        }
        flatArguments += operation.queryParameters.map { "\($0.name): \($0.type.swift)" + ($0.required ? "" : "? = nil") }
        flatArguments.append("additionalFields: JSONObject = [:]")
        open("public func \(operation.name)(")
        for (index, argument) in flatArguments.enumerated() {
            line(argument + (index == flatArguments.count - 1 ? "" : ","))
        }
        reopen(") async throws\(returns) {")
        let forwarded = operation.pathParameters.map { "\(Naming.label($0.name)): \($0.name), " }.joined()
        let forwardedQuery = operation.queryParameters.map { ", \(Naming.label($0.name)): \($0.name)" }.joined()
        open("try await \(operation.name)(")
        line("\(forwarded)\(body.type.swift)(")
        for field in fields {
            line("    \(Naming.label(field.property.name)): \(field.localName),")
        }
        line("    additionalFields: additionalFields")
        line(")\(forwardedQuery)")
        close(")")
        close()
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
