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

    /// The values of the server's `{region}`.
    public enum Region: String, Sendable, CaseIterable {
        case eu
        case usEast = "us-east"
        case ap
    }

    /// A client for the spec's server, `https://{tenant}.{region}.example.com/{version}`: The tenant's own API.
    /// `tenant` fills the server's `{tenant}`: Your tenant's name.
    /// `region` fills the server's `{region}`. Default: `eu`.
    /// `version` fills the server's `{version}`. Default: `v2`.
    public init(tenant: String, region: Region = .eu, version: String = "v2", transport: any HTTPTransport = URLSessionTransport(), options: RequestOptions = RequestOptions()) throws {
        let baseURL = try ClientCore.baseURL(server: "https://{tenant}.{region}.example.com/{version}", variables: ["tenant": tenant, "region": region.rawValue, "version": version])
        self.init(baseURL: baseURL, transport: transport, options: options)
    }

    /// A client for `https://HOST/{version}` (`http://` for a loopback host such as `127.0.0.1:8080`),
    /// keeping the server's path.
    /// A bare name without dots fills the server's `{tenant}` (`https://{tenant}.{region}.example.com/{version}`).
    /// `version` fills the server's `{version}`. Default: `v2`.
    public init(host: String, version: String = "v2", transport: any HTTPTransport = URLSessionTransport(), options: RequestOptions = RequestOptions()) throws {
        let baseURL = try ClientCore.baseURL(host: host, server: "https://{tenant}.{region}.example.com/{version}", variables: ["tenant": "your-tenant", "region": "eu", "version": version])
        self.init(baseURL: baseURL, transport: transport, options: options)
    }

    /// A client for any base URL, e.g. a proxy: the paths of the spec are appended to it, so it
    /// includes the server's path if the proxy expects it. Requests to it go over `https://`
    /// only, or `http://` to a loopback host.
    public init(baseURL: URL, transport: any HTTPTransport = URLSessionTransport(), options: RequestOptions = RequestOptions()) {
        core = ClientCore(
            baseURL: baseURL,
            defaultHeaders: [HTTPHeader("User-Agent", Self.userAgent)],
            transport: transport,
            options: options
        )
    }

    /// Operations under `/status`.
    public var status: Status { Status(core: core) }
}

extension SnippetClient {
    /// Operations under `/status`.
    public struct Status: Sendable {
        let core: ClientCore

        /// `GET /status` (operationId `getStatus`)
        ///
        /// Spec: `#/paths/~1status/get`
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
                "/status",
                body: JSONValue?.none,
                operation: "getStatus",
                options: options,
                errors: [:]
            )
        }
    }
}
