import Foundation

/// The server the client talks to and the credentials it sends.
extension Translator {
    /// The first server, its variables named as arguments that no initializer argument uses,
    /// and its listed values as an enum nested in the client, named apart from the groups.
    /// A template that does not make a URL with its variables' listed values is left out
    /// with a warning.
    mutating func server(groupTypes: Set<String>) -> ServerDeclaration? {
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
    static func badServerURL(_ server: OpenAPIDocument.Server) -> String? {
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
    mutating func authentication(operations: [Operation], security: [[String]]) -> Authentication? {
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
    func scopes(of scheme: String, in operations: [Operation]) -> [String] {
        var scopes: [String] = []
        for requirement in (document.security ?? []) + operations.flatMap({ $0.security ?? [] }) {
            for (name, asked) in zip(requirement.schemes, requirement.scopes) where name == scheme {
                for scope in asked where !scopes.contains(scope) { scopes.append(scope) }
            }
        }
        return scopes
    }
}
