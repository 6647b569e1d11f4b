import Foundation

/// The client's identity at a token endpoint; never printed.
struct OAuth2Client: Sendable {
    var id: String
    /// Nil for a public client.
    var secret: String?
    var authentication: OAuth2ClientAuthentication
}

/// What a token request needs from the client that makes it.
struct OAuth2Context: Sendable {
    var endpoints: OAuth2Endpoints
    /// The client's server URL, against which a relative token URL is resolved.
    var baseURL: URL
    /// Sends one request with the client's transport, bounded by its timeout.
    var send: @Sendable (HTTPRequest) async throws(ClientError) -> HTTPResponse
    var timeout: Double
}

/// The tokens of one OAuth 2 grant, shared by every copy of the client that holds it: the current
/// token until shortly before it expires, one token request at a time however many calls wait for
/// it, and the latest refresh token.
actor OAuth2Session {
    enum Grant: Sendable {
        case clientCredentials
        case refreshToken(String)
    }

    struct Token: Sendable {
        var value: String
        /// When to stop using it: `expires_in` less a margin; nil: until the API refuses it.
        var renewAt: ContinuousClock.Instant?
        /// A new refresh token the endpoint gave with it.
        var refreshToken: String?

        init(value: String, expiresIn: Double?, refreshToken: String? = nil, now: ContinuousClock.Instant = OAuth2Session.now) {
            self.value = value
            self.refreshToken = refreshToken
            renewAt = expiresIn.map { lifetime in now + .milliseconds(Int64(max(0, lifetime - Self.margin(for: lifetime)) * 1000)) }
        }

        /// A minute, or a tenth of a shorter lifetime: time for the request to reach the API.
        static func margin(for lifetime: Double) -> Double { min(60, lifetime / 10) }

        var isFresh: Bool { renewAt.map { OAuth2Session.now < $0 } ?? true }
    }

    /// How far tests move the clock tokens are judged by, instead of waiting for them to expire.
    @TaskLocal static var clockAdvance: Duration = .zero
    static var now: ContinuousClock.Instant { .now + clockAdvance }

    /// `client credentials` or `refresh token`, for messages.
    nonisolated let grantName: String
    private let isClientCredentials: Bool
    private let client: OAuth2Client
    private let scopes: [String]?
    private let tokenURL: String?
    private var refreshToken: String?
    private var token: Token?
    private var pending: Task<Token, any Error>?

    init(grant: Grant, client: OAuth2Client, scopes: [String]?, tokenURL: String?, token: Token? = nil) {
        switch grant {
        case .clientCredentials:
            isClientCredentials = true
            refreshToken = nil
        case .refreshToken(let refresh):
            isClientCredentials = false
            refreshToken = refresh
        }
        grantName = isClientCredentials ? "client credentials" : "refresh token"
        self.client = client
        self.scopes = scopes
        self.tokenURL = tokenURL
        self.token = token
    }

    /// The token to send: the current one while it is fresh and is not `refused` (the token the
    /// API just answered 401 to); else a new one, from the one token request in flight.
    func token(_ context: OAuth2Context, replacing refused: String? = nil) async throws(ClientError) -> String {
        if let token, token.isFresh, token.value != refused {
            return token.value
        }
        let task: Task<Token, any Error>
        if let pending {
            task = pending
        } else {
            let request = try tokenRequest(context)
            let grantName = grantName
            // Not a child of the caller: its cancellation must not fail the other calls waiting.
            task = Task { try await Self.fetch(request, context, grantName: grantName) }
            pending = task
        }
        do {
            let fresh = try await task.value
            if pending == task {
                pending = nil
                token = fresh
                if let newRefresh = fresh.refreshToken { refreshToken = newRefresh }
            }
            return fresh.value
        } catch {
            if pending == task { pending = nil }
            throw error as? ClientError ?? .authentication("OAuth 2 \(grantName): \(error)")
        }
    }

    /// The token request of RFC 6749 section 4.4.2 or 6, with the client authenticated as
    /// section 2.3.1 says.
    private func tokenRequest(_ context: OAuth2Context) throws(ClientError) -> HTTPRequest {
        let endpoint = try tokenEndpoint(context)
        var fields: [(String, JSONValue)]
        if isClientCredentials {
            fields = [("grant_type", "client_credentials")]
            let scopes = scopes ?? context.endpoints.scopes
            if !scopes.isEmpty { fields.append(("scope", .string(scopes.joined(separator: " ")))) }
        } else {
            fields = [("grant_type", "refresh_token"), ("refresh_token", .string(refreshToken ?? ""))]
        }
        var headers = [HTTPHeader("Accept", "application/json")]
        if let secret = client.secret, client.authentication == .basic {
            let pair = Self.formEscaped(client.id) + ":" + Self.formEscaped(secret)
            headers.append(HTTPHeader("Authorization", "Basic " + Data(pair.utf8).base64EncodedString()))
        } else {
            fields.append(("client_id", .string(client.id)))
            if let secret = client.secret { fields.append(("client_secret", .string(secret))) }
        }
        let (contentType, body) = try BodyEncoding.form.encode(JSONValue.object(JSONObject(fields.map { JSONObject.Entry(key: $0.0, value: $0.1) })))
        headers.append(HTTPHeader("Content-Type", contentType))
        return HTTPRequest(method: "POST", url: endpoint, headers: headers, body: body, timeout: context.timeout)
    }

    /// The caller's token URL, else the spec's for this grant, resolved against the server URL;
    /// only `https://`, or `http://` to a loopback host.
    private func tokenEndpoint(_ context: OAuth2Context) throws(ClientError) -> URL {
        let given = tokenURL ?? (isClientCredentials ? context.endpoints.clientCredentials : context.endpoints.refresh)
        guard let given else {
            throw .missingConfiguration("OAuth 2 \(grantName): the spec gives no token URL for this grant; pass tokenURL:")
        }
        guard let url = URL(string: given, relativeTo: context.baseURL)?.absoluteURL, let scheme = url.scheme?.lowercased() else {
            throw .invalidRequest("OAuth 2 \(grantName): the token URL '\(given)' is not a URL")
        }
        guard scheme == "https" || (scheme == "http" && ClientCore.isLoopback(url.host ?? "")) else {
            throw .invalidRequest("OAuth 2 \(grantName): refusing to send client credentials to \(url.host ?? "?") over \(scheme)://; use https://")
        }
        return url
    }

    /// Sends the token request and reads the token response (section 5.1), or the error response
    /// (section 5.2) as an error that names the grant and the endpoint, never a secret.
    private static func fetch(_ request: HTTPRequest, _ context: OAuth2Context, grantName: String) async throws -> Token {
        let endpoint = request.url.absoluteString
        let response = try await context.send(request)
        let json = try? JSONValue(jsonData: response.body)
        guard (200..<300).contains(response.status) else {
            var reason = "HTTP \(response.status)"
            if case .string(let code)? = json?.member("error") {
                reason += ": " + code
                if case .string(let text)? = json?.member("error_description") { reason += " (\(text))" }
            }
            throw ClientError.authentication("OAuth 2 \(grantName): the token endpoint \(endpoint) answered \(reason)")
        }
        guard case .string(let value)? = json?.member("access_token"), !value.isEmpty else {
            throw ClientError.authentication("OAuth 2 \(grantName): the token endpoint \(endpoint) answered without an access_token")
        }
        if case .string(let type)? = json?.member("token_type"), type.lowercased() != "bearer" {
            throw ClientError.authentication("OAuth 2 \(grantName): the token endpoint \(endpoint) gave a '\(type)' token, not a bearer token")
        }
        let expiresIn: Double? = switch json?.member("expires_in") {
        case .number(let text)?, .string(let text)?: Double(text)
        default: nil
        }
        let refresh: String? = if case .string(let text)? = json?.member("refresh_token") { text } else { nil }
        return Token(value: value, expiresIn: expiresIn, refreshToken: refresh)
    }

    /// `application/x-www-form-urlencoded` escaping of the client id and secret (section 2.3.1).
    private static func formEscaped(_ text: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._*")
        return (text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text).replacingOccurrences(of: "%20", with: "+")
    }
}

extension JSONValue {
    /// An object's member; nil for a missing key or a value that is not an object.
    fileprivate func member(_ key: String) -> JSONValue? {
        if case .object(let object) = self { object[key] } else { nil }
    }
}
