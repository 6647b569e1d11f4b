import Foundation

/// What a security scheme of the spec has a request send: a header (`Authorization: Basic ...`,
/// `Authorization: Bearer ...`, an API key's header), a query item or a cookie. Its value is
/// never printed.
struct SecurityCredential: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    enum Placement: Sendable {
        case header, query, cookie
    }

    enum Value: Sendable {
        case fixed(String)
        /// `Bearer ` and the token's current value.
        case bearer(BearerToken, OAuth2Endpoints)
    }

    var placement: Placement
    var name: String
    var value: Value

    static func basic(user: String, password: String) -> Self {
        Self(placement: .header, name: "Authorization", value: .fixed("Basic " + Data("\(user):\(password)".utf8).base64EncodedString()))
    }

    /// An `http` `bearer` token, or one of OAuth 2 (whose token endpoints the spec gives) or OpenID Connect.
    static func bearer(_ token: BearerToken, oauth2 endpoints: OAuth2Endpoints = OAuth2Endpoints()) -> Self {
        Self(placement: .header, name: "Authorization", value: .bearer(token, endpoints))
    }

    static func apiKey(_ name: String, in placement: Placement, _ value: String) -> Self {
        Self(placement: placement, name: name, value: .fixed(value))
    }

    /// Whether a 401 answer is worth a new token: one the client obtains with OAuth 2.
    var isRenewable: Bool {
        if case .bearer(let token, _) = value, case .oauth2 = token.source { true } else { false }
    }

    /// The value to send now; `refused` is the one the API answered 401 to, to be replaced.
    func current(_ core: ClientCore, replacing refused: String?) async throws(ClientError) -> String {
        switch value {
        case .fixed(let text):
            return text
        case .bearer(let token, let endpoints):
            switch token.source {
            case .fixed(let text):
                return "Bearer " + text
            case .provider(let provide):
                do {
                    return "Bearer " + (try await provide())
                } catch {
                    throw .authentication("the bearer token provider failed: \(error)")
                }
            case .oauth2(let session):
                let context = OAuth2Context(endpoints: endpoints, baseURL: core.baseURL, send: core.sendOnce, timeout: core.options.timeout)
                return "Bearer " + (try await session.token(context, replacing: refused.map { String($0.dropFirst("Bearer ".count)) }))
            }
        }
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

    /// `request` with `credentials` added: headers first, query items last, cookies joined to the
    /// request's `Cookie` header. Also gives the values sent, in the order of `credentials`.
    func authorized(
        _ request: HTTPRequest, with credentials: [SecurityCredential], replacing refused: [String]?
    ) async throws(ClientError) -> (request: HTTPRequest, values: [String]) {
        guard !credentials.isEmpty else { return (request, []) }
        var values: [String] = []
        for (index, credential) in credentials.enumerated() {
            values.append(try await credential.current(self, replacing: credential.isRenewable ? refused?[index] : nil))
        }
        var request = request
        var headers: [HTTPHeader] = []
        var query: [String] = []
        var cookies: [String] = []
        for (credential, value) in zip(credentials, values) {
            switch credential.placement {
            case .header: headers.append(HTTPHeader(credential: credential.name, value))
            case .query:
                query += StyledParameter.form(credential.name, value).queryPairs
                request.secretQueryNames.insert(credential.name)
            case .cookie: cookies.append(credential.name + "=" + value)
            }
        }
        request.headers.insert(contentsOf: headers, at: 0)
        if !query.isEmpty {
            let text = request.url.absoluteString
            request.url = URL(string: text + (request.url.query == nil ? "?" : "&") + query.joined(separator: "&")) ?? request.url
        }
        if !cookies.isEmpty {
            if let index = request.headers.firstIndex(where: { $0.name == "Cookie" }) {
                request.headers[index] = HTTPHeader("Cookie", ([request.headers[index].value] + cookies).joined(separator: "; "))
            } else {
                request.headers.append(HTTPHeader("Cookie", cookies.joined(separator: "; ")))
            }
        }
        return (request, values)
    }
}
