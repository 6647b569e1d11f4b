// security.yaml:41:11: warning: security names 'nobody', which is not in components/securitySchemes; this alternative is left out [#/paths/~1reports/get/security/3]

import Foundation

/// Snippet
public struct SnippetClient: Sendable {
    /// Sent as `User-Agent` with every request.
    public static let userAgent = "Snippet/1"

    var core: ClientCore

    /// Timeout, retries, extra headers and query items of every call; each method can override them.
    public var options: RequestOptions {
        get { core.options }
        set { core.options = newValue }
    }

    /// A client for `https://HOST` (`http://` for a loopback host such as `127.0.0.1:8080`).
    public init(username: String, password: String, oauthToken: BearerToken? = nil, clientId: String? = nil, secret: String? = nil, session: String? = nil, jwtToken: BearerToken? = nil, host: String, transport: any HTTPTransport = URLSessionTransport(), options: RequestOptions = RequestOptions()) throws {
        let baseURL = try ClientCore.baseURL(host: host, server: nil)
        self.init(username: username, password: password, oauthToken: oauthToken, clientId: clientId, secret: secret, session: session, jwtToken: jwtToken, baseURL: baseURL, transport: transport, options: options)
    }

    /// A client for any base URL, e.g. a proxy: the paths of the spec are appended to it, so it
    /// includes the server's path if the proxy expects it. Requests to it go over `https://`
    /// only, or `http://` to a loopback host.
    public init(username: String, password: String, oauthToken: BearerToken? = nil, clientId: String? = nil, secret: String? = nil, session: String? = nil, jwtToken: BearerToken? = nil, baseURL: URL, transport: any HTTPTransport = URLSessionTransport(), options: RequestOptions = RequestOptions()) {
        var credentials: [String: SecurityCredential] = ["basic": .basic(user: username, password: password)]
        if let oauthToken { credentials["oauth"] = .bearer(oauthToken, oauth2: OAuth2Endpoints(clientCredentials: "/oauth/token", refresh: "https://auth.example.com/refresh", scopes: ["read", "write"])) }
        if let clientId { credentials["clientId"] = .apiKey("X-Client-Id", in: .header, clientId) }
        if let secret { credentials["secret"] = .apiKey("secret", in: .query, secret) }
        if let session { credentials["session"] = .apiKey("sid", in: .cookie, session) }
        if let jwtToken { credentials["jwt"] = .bearer(jwtToken) }
        core = ClientCore(
            baseURL: baseURL,
            defaultHeaders: [HTTPHeader("User-Agent", Self.userAgent)],
            credentials: credentials,
            security: [["basic"]],
            transport: transport,
            options: options
        )
    }

    /// Operations under `/me`.
    public var me: Me { Me(core: core) }

    /// Operations under `/health`.
    public var health: Health { Health(core: core) }

    /// Operations under `/reports`.
    public var reports: Reports { Reports(core: core) }

    /// Operations under `/exports`.
    public var exports: Exports { Exports(core: core) }
}

extension SnippetClient {
    /// Operations under `/me`.
    public struct Me: Sendable {
        let core: ClientCore

        /// `GET /me` (operationId `getMe`)
        ///
        /// Spec: `#/paths/~1me/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await listWithResponse(
                options: options
            )
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "GET",
                "/me",
                body: JSONValue?.none,
                operation: "getMe",
                options: options,
                errors: [:]
            )
        }
    }
}

extension SnippetClient {
    /// Operations under `/health`.
    public struct Health: Sendable {
        let core: ClientCore

        /// `GET /health` (operationId `getHealth`)
        ///
        /// Spec: `#/paths/~1health/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await listWithResponse(
                options: options
            )
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.securing([]).sendWithoutResult(
                "GET",
                "/health",
                body: JSONValue?.none,
                operation: "getHealth",
                options: options,
                errors: [:]
            )
        }
    }
}

extension SnippetClient {
    /// Operations under `/reports`.
    public struct Reports: Sendable {
        let core: ClientCore

        /// `GET /reports` (operationId `listReports`)
        ///
        /// Spec: `#/paths/~1reports/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await listWithResponse(
                options: options
            )
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.securing([["clientId", "secret"], ["oauth"], ["session"]]).sendWithoutResult(
                "GET",
                "/reports",
                body: JSONValue?.none,
                operation: "listReports",
                options: options,
                errors: [:]
            )
        }
    }
}

extension SnippetClient {
    /// Operations under `/exports`.
    public struct Exports: Sendable {
        let core: ClientCore

        /// `POST /exports` (operationId `createExport`)
        ///
        /// Spec: `#/paths/~1exports/post`
        public func create(
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await createWithResponse(
                options: options
            )
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.securing([["oauth"], ["jwt"]]).sendWithoutResult(
                "POST",
                "/exports",
                body: JSONValue?.none,
                operation: "createExport",
                options: options,
                errors: [:]
            )
        }
    }
}
