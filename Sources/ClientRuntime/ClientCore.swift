import Foundation

/// A decoded success response together with the response it came from.
public struct APIResponse<Value: Sendable>: Sendable {
    public let value: Value
    public let response: HTTPResponse

    public var status: Int { response.status }
    public var headers: [HTTPHeader] { response.headers }
    public var body: Data { response.body }
}

/// What every operation of a client shares: the server, the credentials, the transport and the
/// default options; and the one way requests are sent, with timeouts, retries and typed errors.
///
/// Its descriptions never show the credentials.
struct ClientCore: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    let baseURL: URL
    /// Sent with every request, e.g. `User-Agent`.
    let defaultHeaders: [HTTPHeader]
    /// The credentials the caller gave, by the name of their security scheme; never printed.
    let credentials: [String: SecurityCredential]
    /// The spec's `security` for this call: alternatives, each the schemes sent together.
    var security: [[String]]
    let transport: any HTTPTransport
    var options: RequestOptions

    /// Decoders of an operation's documented error bodies, by status as the spec writes it
    /// (`"422"`, `"4XX"`, `"default"`).
    typealias ErrorBodies = [String: @Sendable (Data) throws -> any Sendable]

    init(
        baseURL: URL, defaultHeaders: [HTTPHeader], credentials: [String: SecurityCredential] = [:], security: [[String]] = [],
        transport: any HTTPTransport, options: RequestOptions
    ) {
        // A request's path is appended to the base URL's text: `https://x.example.com/v1/` must not give `//`.
        self.baseURL = baseURL.absoluteString.hasSuffix("/") ? URL(string: String(baseURL.absoluteString.dropLast())) ?? baseURL : baseURL
        self.defaultHeaders = defaultHeaders
        self.credentials = credentials
        self.security = security
        self.transport = transport
        self.options = options
    }

    /// A decoder for one documented error body.
    static func errorBody<Body: JSONDecodable & Sendable>(_: Body.Type) -> @Sendable (Data) throws -> any Sendable {
        { body in try Body(jsonData: body) }
    }

    /// The base URL of a server template with `host` as its host: `https://HOST/PATH`, or
    /// `http://HOST/PATH` for a loopback host (`127.0.0.1:8080`, `localhost`, `[::1]`), where PATH
    /// is the template's path with its variables filled from `variables`
    /// (`https://api.example.com/v1` with `127.0.0.1:8080` gives `http://127.0.0.1:8080/v1`).
    /// A bare name without dots or a port fills the first variable of the template's host instead
    /// (`my-space` with `https://{space_name}.signalwire.com` gives `https://my-space.signalwire.com`).
    static func baseURL(host: String, server template: String?, variables: [String: String] = [:]) throws(ClientError) -> URL {
        let server = ServerTemplate(template ?? "")
        var host = host
        if !host.contains("."), !host.contains(":"), !isLoopback(host),
           let open = server.host.firstIndex(of: "{"), let close = server.host[open...].firstIndex(of: "}") {
            host = server.host.replacingCharacters(in: open...close, with: host)
            host = ServerTemplate.filled(host, variables)
        }
        guard !host.isEmpty, !host.contains("/"), !host.contains("@"),
              let url = URL(string: (isLoopback(host) ? "http://" : "https://") + host + ServerTemplate.filled(server.path, variables)),
              url.host != nil
        else {
            throw .invalidRequest("'\(host)' is not a host name (expected e.g. 'api.example.com' or '127.0.0.1:8080')")
        }
        return url
    }

    /// The base URL of a server template with its variables filled from `variables`
    /// (`https://{region}.example.com/v1` with `region: eu` gives `https://eu.example.com/v1`).
    static func baseURL(server template: String, variables: [String: String] = [:]) throws(ClientError) -> URL {
        let server = ServerTemplate(template)
        let text = server.scheme + "://" + ServerTemplate.filled(server.host, variables) + ServerTemplate.filled(server.path, variables)
        guard !server.scheme.isEmpty, let url = URL(string: text), url.host != nil else {
            throw .invalidRequest("'\(text)' is not a server URL")
        }
        return url
    }

    /// `localhost`, `127.x.x.x` or `[::1]`, with or without a port.
    static func isLoopback(_ host: String) -> Bool {
        if host.hasPrefix("[::1]") { return true }
        let name = host.split(separator: ":").first.map(String.init) ?? host
        return name == "localhost" || name.hasPrefix("127.")
    }

    /// A path parameter's text (`simple` style), percent-encoded so that it stays one path segment.
    static func pathSegment(_ value: some JSONEncodable) -> String {
        StyledParameter.simple("", value).pathText
    }

    /// A path parameter's text in its style (`label`, `matrix`, an exploded `simple`).
    static func path(_ parameter: StyledParameter) -> String {
        parameter.pathText
    }

    /// A setting from the environment, or an error that names the variable.
    static func environmentValue(_ name: String, in environment: [String: String], purpose: String) throws(ClientError) -> String {
        guard let value = environment[name], !value.isEmpty else {
            throw .missingConfiguration("the environment variable \(name) (\(purpose)) is not set")
        }
        return value
    }

    // MARK: Sending

    /// Query parameters, each written in its style; a nil value leaves one out.
    typealias Query = [StyledParameter]
    /// Header and cookie parameters (the cookies go together in one `Cookie` header).
    typealias Headers = [StyledParameter]

    /// Sends a request and decodes the JSON body of the success response. With an
    /// `idempotencyHeader`, the call sends a key in it (the same on every retry) and is retried
    /// like a safe method.
    func send<Response: JSONDecodable & Sendable>(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: (some JSONEncodable)?,
        encoding: BodyEncoding = .json, accept: String = "application/json", idempotencyHeader: String? = nil, operation: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<Response> {
        try Self.decoded(await perform(
            method, path, query: query, headers: headers, body: body.map { .json(encoding, $0) } ?? .none,
            accept: accept, idempotencyHeader: idempotencyHeader, operation: operation, options: options, errors: errors))
    }

    /// The response with its body decoded as `Response`.
    static func decoded<Response: JSONDecodable & Sendable>(_ response: HTTPResponse) throws(ClientError) -> APIResponse<Response> {
        do {
            return APIResponse(value: try Response(jsonData: response.body), response: response)
        } catch {
            throw .decoding(DecodingFailure(error: error, response: response))
        }
    }

    /// Fetches a page a list's `next` link points to (with GET), keeping to the client's host.
    func send<Response: JSONDecodable & Sendable>(link: String, operation: String? = nil, options: RequestOptions?) async throws(ClientError) -> APIResponse<Response> {
        guard let url = URL(string: link, relativeTo: baseURL)?.absoluteURL else {
            throw ClientError.invalidRequest("the next page link '\(link)' is not a URL")
        }
        guard url.host?.lowercased() == baseURL.host?.lowercased(), url.port == baseURL.port else {
            throw ClientError.invalidRequest("the next page link leads to \(url.host ?? "another host"), not \(baseURL.host ?? "the client's host")")
        }
        let options = options ?? self.options
        var request = try makeRequest("GET", url: url, headers: [], body: .none, accept: "application/json", options: options)
        request.operationId = operation
        return try Self.decoded(await perform(request, hasIdempotencyKey: false, options: options, errors: [:]))
    }

    /// Sends a request whose success response has no JSON body.
    func sendWithoutResult(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: (some JSONEncodable)?,
        encoding: BodyEncoding = .json, idempotencyHeader: String? = nil, operation: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<Void> {
        let response = try await perform(
            method, path, query: query, headers: headers, body: body.map { .json(encoding, $0) } ?? .none,
            accept: "application/json", idempotencyHeader: idempotencyHeader, operation: operation, options: options, errors: errors)
        return APIResponse(value: (), response: response)
    }

    /// What a call sends: nothing, a JSON (or form, or multipart) body, or bytes.
    enum RequestBody {
        case none
        case json(BodyEncoding, any JSONEncodable)
        case binary(BinaryBody)
    }

    /// Sends until a success, a failure that must not be retried, or the end of the retries.
    private func perform(
        _ method: String, _ path: String, query: Query, headers: Headers, body: RequestBody,
        accept: String, idempotencyHeader: String?, operation: String?, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> HTTPResponse {
        let options = options ?? self.options
        let request = try request(
            method, path, query: query, headers: headers, body: body, accept: accept,
            idempotencyHeader: idempotencyHeader, operation: operation, options: options)
        return try await perform(request, hasIdempotencyKey: idempotencyHeader != nil, options: options, errors: errors)
    }

    private func perform(_ request: HTTPRequest, hasIdempotencyKey: Bool, options: RequestOptions, errors: ErrorBodies) async throws(ClientError) -> HTTPResponse {
        let transport = self.transport
        return try await retrying(request, hasIdempotencyKey: hasIdempotencyKey, options: options, errors: errors) { request in
            try await transport.send(request)
        } failure: { response in
            (200..<300).contains(response.status) ? nil : response
        }
    }

    /// The request of a call to `path`: its parameters, body, and idempotency key (the caller's,
    /// or a fresh one, sent in `idempotencyHeader`).
    func request(
        _ method: String, _ path: String, query: Query, headers: Headers, body: RequestBody, accept: String,
        idempotencyHeader: String?, operation: String? = nil, options: RequestOptions
    ) throws(ClientError) -> HTTPRequest {
        let pairs = query.flatMap(\.queryPairs)
        guard let url = URL(string: baseURL.absoluteString + path + (pairs.isEmpty ? "" : "?" + pairs.joined(separator: "&"))) else {
            throw ClientError.invalidRequest("'\(path)' does not make a URL with \(baseURL.absoluteString)")
        }
        var fields = headers.filter { !$0.isCookie }.compactMap { parameter in parameter.headerValue.map { HTTPHeader(parameter.name, $0) } }
        let cookies = headers.flatMap(\.cookiePairs)
        if !cookies.isEmpty { fields.append(HTTPHeader("Cookie", cookies.joined(separator: "; "))) }
        if let idempotencyHeader {
            fields.append(HTTPHeader(idempotencyHeader, options.idempotencyKey ?? UUID().uuidString.lowercased()))
        }
        var request = try makeRequest(method, url: url, headers: fields, body: body, accept: accept, options: options)
        request.operationId = operation
        return request
    }

    /// Attempts until a success, a failure that must not be retried, or the end of the retries;
    /// `failure` gives the whole response of an error status (nil for a success). Each attempt
    /// sends the credentials of that moment, and a 401 to a token the client obtains with OAuth 2
    /// is answered once with a new token. Each attempt is bounded by the timeout unless
    /// `isBounded` is false (a download, which takes as long as its size needs; the transport's
    /// idle timeout still ends a stalled one).
    func retrying<Answer: AttemptAnswer>(
        _ request: HTTPRequest, hasIdempotencyKey: Bool, options: RequestOptions, errors: ErrorBodies, isBounded: Bool = true,
        attempt: @escaping @Sendable (HTTPRequest) async throws -> Answer, failure: (Answer) async -> HTTPResponse?
    ) async throws(ClientError) -> Answer {
        let repeatable = RetryPolicy.isRepeatable(method: request.method, hasIdempotencyKey: hasIdempotencyKey)
        let credentials = try credentialsToSend()
        var refused: [String]?
        var retry = 0
        var number = 0
        while true {
            if Task.isCancelled { throw ClientError.cancelled }
            let (authorized, sent) = try await authorized(request, with: credentials, replacing: refused)
            number += 1
            let answer: Answer
            let middleware = options.middleware
            let attemptNumber = number
            switch await Self.bounded(timeout: isBounded ? options.timeout : nil, {
                try await Self.throughMiddleware(middleware, request: authorized, number: attemptNumber, send: attempt)
            }) {
            case .success(let value):
                answer = value
            case .failure(.transport(let error)):
                if error.kind == .cancelled || Task.isCancelled { throw .cancelled }
                if let delay = options.retry.delay(after: error, repeatable: repeatable, retry: retry) {
                    try await wait(delay, policy: options.retry)
                    retry += 1
                    continue
                }
                throw error.kind == .timedOut ? .timedOut(seconds: options.timeout) : .transport(error)
            case .failure(let error):
                throw error
            }
            guard let whole = await failure(answer) else { return answer }
            if whole.status == 401, refused == nil, credentials.contains(where: \.isRenewable) {
                refused = sent
                continue
            }
            if let delay = options.retry.delay(after: whole, repeatable: repeatable, retry: retry) {
                try await wait(delay, policy: options.retry)
                retry += 1
                continue
            }
            throw ClientError.status(StatusFailure(response: whole, documentedBody: Self.documentedBody(of: whole, errors)))
        }
    }

    /// One attempt, bounded by the timeout (for a stream, until its head; the body then has the
    /// transport's idle timeout). What it throws becomes a `ClientError`.
    static func bounded<Answer: Sendable>(
        timeout: Double?, _ attempt: @escaping @Sendable () async throws -> Answer
    ) async -> Result<Answer, ClientError> {
        do {
            return .success(try await withThrowingTaskGroup(of: Answer?.self) { group in
                group.addTask { try await attempt() }
                if let timeout {
                    group.addTask {
                        try await Task.sleep(nanoseconds: UInt64(max(0, timeout) * 1_000_000_000))
                        return nil
                    }
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let answer = first else {
                    throw TransportError(.timedOut, "no response within \(timeout ?? 0) s")
                }
                return answer
            })
        } catch let error as TransportError {
            return .failure(.transport(error))
        } catch is CancellationError {
            return .failure(.cancelled)
        } catch let error as ClientError {
            return .failure(error)
        } catch {
            return .failure(.transport(TransportError(.other, "\(error)")))
        }
    }

    /// One attempt of `request`, without retries or credentials: an OAuth 2 token request.
    @Sendable func sendOnce(_ request: HTTPRequest) async throws(ClientError) -> HTTPResponse {
        let transport = self.transport
        switch await Self.bounded(timeout: request.timeout, { try await transport.send(request) }) {
        case .success(let response): return response
        case .failure(.transport(let error)) where error.kind == .timedOut: throw .timedOut(seconds: request.timeout)
        case .failure(let error): throw error
        }
    }

    private func wait(_ seconds: Double, policy: RetryPolicy) async throws(ClientError) {
        do {
            try await policy.sleep(seconds)
        } catch {
            throw ClientError.cancelled
        }
        if Task.isCancelled { throw ClientError.cancelled }
    }

    /// The request as it will be sent but for its credentials (added to each attempt), refused
    /// before sending when it would be unsafe.
    private func makeRequest(
        _ method: String, url: URL, headers parameters: [HTTPHeader], body: RequestBody, accept: String, options: RequestOptions
    ) throws(ClientError) -> HTTPRequest {
        var url = url
        let extra = options.extraQueryItems.flatMap { item in
            item.value == nil ? [StyledParameter.encoded(item.name)] : StyledParameter.form(item.name, item.value).queryPairs
        }
        if !extra.isEmpty {
            url = URL(string: url.absoluteString + (url.query == nil ? "?" : "&") + extra.joined(separator: "&")) ?? url
        }
        guard let scheme = url.scheme?.lowercased() else {
            throw .invalidRequest("'\(url.absoluteString)' has no scheme")
        }
        if scheme != "https" && !(scheme == "http" && Self.isLoopback(url.host ?? "")) {
            throw .invalidRequest("refusing to send credentials to \(url.host ?? "?") over \(scheme)://; use https://")
        }
        var headers = defaultHeaders
        headers.append(HTTPHeader("Accept", accept))
        var data: Data?
        var file: URL?
        switch body {
        case .none: break
        case .json(let encoding, let value):
            let (contentType, bytes) = try encoding.encode(value)
            headers.append(HTTPHeader("Content-Type", contentType))
            data = bytes
        case .binary(.data(let bytes, let contentType)):
            headers.append(HTTPHeader("Content-Type", contentType))
            data = bytes
        case .binary(.file(let url, let contentType)):
            guard FileManager.default.isReadableFile(atPath: url.path) else {
                throw .invalidRequest("the file to send, \(url.path), cannot be read")
            }
            headers.append(HTTPHeader("Content-Type", contentType))
            file = url
        }
        headers += parameters
        headers += options.extraHeaders
        for header in headers where header.name.contains(where: \.isNewline) || header.value.contains(where: \.isNewline) {
            throw .invalidRequest("the header '\(header.name.filter { !$0.isNewline })' holds a line break")
        }
        return HTTPRequest(method: method, url: url, headers: headers, body: data, bodyFile: file, timeout: options.timeout)
    }

    /// The body decoded as documented for its status: the exact status, then `4XX`, then `default`.
    private static func documentedBody(of response: HTTPResponse, _ errors: ErrorBodies) -> (any Sendable)? {
        let keys = [String(response.status), "\(response.status / 100)XX", "default"]
        guard let decode = keys.lazy.compactMap({ errors[$0] }).first else { return nil }
        return try? decode(response.body)
    }

    var description: String { "ClientCore(baseURL: \(baseURL.absoluteString), credentials: <redacted>)" }
    var debugDescription: String { description }
    var customMirror: Mirror { Mirror(self, children: ["baseURL": baseURL], displayStyle: .struct) }
}
