import Foundation

/// Where a client's bearer token comes from (`http` `bearer`, OAuth 2, OpenID Connect): a fixed
/// token, the app's own provider, or an OAuth 2 flow the client runs against the token endpoint.
/// A string literal is a fixed token. Its descriptions never show a token or a secret.
public struct BearerToken: Sendable, ExpressibleByStringLiteral, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    enum Source: Sendable {
        case fixed(String)
        case provider(@Sendable () async throws -> String)
        case oauth2(OAuth2Session)
    }

    let source: Source

    /// A token that does not change.
    public init(_ token: String) {
        source = .fixed(token)
    }

    public init(stringLiteral token: String) {
        self.init(token)
    }

    /// A token that does not change.
    public static func fixed(_ token: String) -> BearerToken {
        BearerToken(token)
    }

    /// A token the app gives: `provide` is called before every request (and every retry), so
    /// the app decides how long a token lives and when it rotates. What it throws fails the call
    /// as ``ClientError/authentication(_:)``.
    public static func provider(_ provide: @escaping @Sendable () async throws -> String) -> BearerToken {
        BearerToken(source: .provider(provide))
    }

    /// OAuth 2 client credentials (RFC 6749 section 4.4): the client asks the token endpoint for a
    /// token, keeps it until shortly before `expires_in` ends, asks again when the API answers
    /// 401, and lets concurrent calls share one token request.
    ///
    /// - Parameters:
    ///   - clientID: The client's id at the authorization server.
    ///   - clientSecret: The client's secret.
    ///   - scopes: The scopes to ask for; nil asks for those the spec's operations name.
    ///   - authentication: How the client authenticates to the token endpoint.
    ///   - tokenURL: The token endpoint, when not the spec's `tokenUrl` (relative to the server URL).
    public static func clientCredentials(
        clientID: String, clientSecret: String, scopes: [String]? = nil,
        authentication: OAuth2ClientAuthentication = .basic, tokenURL: String? = nil
    ) -> BearerToken {
        let client = OAuth2Client(id: clientID, secret: clientSecret, authentication: authentication)
        return BearerToken(source: .oauth2(OAuth2Session(grant: .clientCredentials, client: client, scopes: scopes, tokenURL: tokenURL)))
    }

    /// Tokens the app obtained with a flow that needs a person (authorization code, device,
    /// password), renewed by the client with the refresh token (RFC 6749 section 6): when
    /// `accessToken` is nil or expires, and when the API answers 401. A new refresh token the
    /// endpoint returns replaces the old one.
    ///
    /// - Parameters:
    ///   - accessToken: The current access token, if the app has one.
    ///   - expiresIn: Its lifetime in seconds from now, if known.
    ///   - refreshToken: The refresh token.
    ///   - clientID: The client's id at the authorization server.
    ///   - clientSecret: The client's secret; nil for a public client (sent as `client_id` only).
    ///   - authentication: How a client with a secret authenticates to the token endpoint.
    ///   - tokenURL: The token endpoint, when not the spec's `refreshUrl` or `tokenUrl`.
    public static func refreshing(
        accessToken: String? = nil, expiresIn: Double? = nil, refreshToken: String, clientID: String, clientSecret: String? = nil,
        authentication: OAuth2ClientAuthentication = .basic, tokenURL: String? = nil
    ) -> BearerToken {
        let client = OAuth2Client(id: clientID, secret: clientSecret, authentication: authentication)
        let token = accessToken.map { OAuth2Session.Token(value: $0, expiresIn: expiresIn) }
        return BearerToken(source: .oauth2(OAuth2Session(grant: .refreshToken(refreshToken), client: client, scopes: nil, tokenURL: tokenURL, token: token)))
    }

    private init(source: Source) {
        self.source = source
    }

    public var description: String {
        switch source {
        case .fixed: "BearerToken(fixed: <redacted>)"
        case .provider: "BearerToken(provider)"
        case .oauth2(let session): "BearerToken(OAuth 2 \(session.grantName), client: <redacted>)"
        }
    }

    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: ["description": description], displayStyle: .struct) }
}

/// How an OAuth 2 client proves itself to the token endpoint (RFC 6749 section 2.3.1).
public enum OAuth2ClientAuthentication: Sendable {
    /// `client_secret_basic`: `Authorization: Basic` with the client id and secret.
    case basic
    /// `client_secret_post`: `client_id` and `client_secret` in the form body.
    case post
}

/// What the spec says of an OAuth 2 scheme's token endpoints; relative URLs are resolved against
/// the client's server URL.
struct OAuth2Endpoints: Sendable {
    /// The `tokenUrl` of the `clientCredentials` flow.
    var clientCredentials: String?
    /// Where refresh tokens go: a flow's `refreshUrl`, else the `tokenUrl` of a flow that issues them.
    var refresh: String?
    /// The scopes the spec's operations ask for, in the order they first appear.
    var scopes: [String]

    init(clientCredentials: String? = nil, refresh: String? = nil, scopes: [String] = []) {
        self.clientCredentials = clientCredentials
        self.refresh = refresh
        self.scopes = scopes
    }
}
