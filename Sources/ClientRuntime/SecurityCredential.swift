import Foundation

/// What a security scheme of the spec has a request send: a header (`Authorization: Basic ...`,
/// `Authorization: Bearer ...`, an API key's header), a query item or a cookie. Its value is
/// never printed.
struct SecurityCredential: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    enum Placement: Sendable {
        case header, query, cookie
    }

    var placement: Placement
    var name: String
    var value: String

    static func basic(user: String, password: String) -> Self {
        Self(placement: .header, name: "Authorization", value: "Basic " + Data("\(user):\(password)".utf8).base64EncodedString())
    }

    /// An `http` `bearer` token, or one of OAuth 2 or OpenID Connect.
    static func bearer(_ token: String) -> Self {
        Self(placement: .header, name: "Authorization", value: "Bearer " + token)
    }

    static func apiKey(_ name: String, in placement: Placement, _ value: String) -> Self {
        Self(placement: placement, name: name, value: value)
    }

    var description: String {
        "\(placement) \(name): <redacted>"
    }

    var debugDescription: String { description }
    var customMirror: Mirror { Mirror(self, children: ["placement": placement, "name": name], displayStyle: .struct) }
}

extension ClientCore {
    /// The same client, for an operation whose own `security` differs from the spec's default:
    /// its alternatives, each the names of the schemes sent together (`[]`: none).
    func securing(_ security: [[String]]) -> ClientCore {
        var copy = self
        copy.security = security
        return copy
    }

    /// The credentials a request sends: those of the first alternative of `security` whose
    /// schemes were all given (an alternative of no schemes, or no alternatives, send none);
    /// when none was given, an error that names the schemes the call needs.
    func credentialsToSend() throws(ClientError) -> [SecurityCredential] {
        guard !security.isEmpty else { return [] }
        for alternative in security where !alternative.isEmpty {
            let given = alternative.compactMap { credentials[$0] }
            if given.count == alternative.count { return given }
        }
        if security.contains(where: \.isEmpty) { return [] }
        let needs = security.map { $0.joined(separator: " and ") }.joined(separator: ", or ")
        throw .missingConfiguration("this call needs credentials for \(needs); give them when creating the client")
    }
}
