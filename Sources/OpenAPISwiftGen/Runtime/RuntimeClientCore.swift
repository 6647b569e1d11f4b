extension RuntimeFile {
    /// `Runtime/ClientCore.swift` of every generated module.
    static let clientCore = RuntimeFile(name: "ClientCore.swift", contents: ##"""
import Foundation

/// What every operation of a client shares: the server, the credentials and the transport.
///
/// Its descriptions never show the credentials.
struct ClientCore: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    let baseURL: URL
    /// Sent with every request, e.g. `Authorization`; never printed.
    let defaultHeaders: [HTTPHeader]
    let transport: any HTTPTransport

    init(baseURL: URL, defaultHeaders: [HTTPHeader], transport: any HTTPTransport) {
        self.baseURL = baseURL
        self.defaultHeaders = defaultHeaders
        self.transport = transport
    }

    /// `https://HOST`, or `http://HOST` for a loopback host (`127.0.0.1:8080`, `localhost`, `[::1]`).
    /// A bare name without dots or a port fills the first variable of the server template
    /// (`my-space` with `https://{space_name}.signalwire.com` gives `https://my-space.signalwire.com`).
    static func baseURL(host: String, template: String?) throws(ClientError) -> URL {
        var host = host
        if !host.contains("."), !host.contains(":"), let template,
           let open = template.firstIndex(of: "{"), let close = template[open...].firstIndex(of: "}") {
            let filled = template.replacingCharacters(in: open...close, with: host)
            host = filled.components(separatedBy: "://").last ?? filled
        }
        let name = host.split(separator: ":").first.map(String.init) ?? host
        let isLoopback = name == "localhost" || name.hasPrefix("127.") || host.hasPrefix("[::1]")
        guard !host.isEmpty, !host.contains("/"), !host.contains("@"),
              let url = URL(string: (isLoopback ? "http://" : "https://") + host), url.host != nil
        else {
            throw .invalidURL("'\(host)' is not a host name (expected e.g. 'example.signalwire.com' or '127.0.0.1:8080')")
        }
        return url
    }

    /// A path parameter's text, percent-encoded so that it stays one path segment.
    static func pathSegment(_ value: some CustomStringConvertible) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;?#")
        return value.description.addingPercentEncoding(withAllowedCharacters: allowed) ?? value.description
    }

    /// `Basic base64(user:password)`.
    static func basicAuthorization(user: String, password: String) -> HTTPHeader {
        HTTPHeader("Authorization", "Basic " + Data("\(user):\(password)".utf8).base64EncodedString())
    }

    /// A setting from the environment, or an error that names the variable.
    static func environmentValue(_ name: String, in environment: [String: String], purpose: String) throws(ClientError) -> String {
        guard let value = environment[name], !value.isEmpty else {
            throw .missingConfiguration("the environment variable \(name) (\(purpose)) is not set")
        }
        return value
    }

    /// Sends a request with a JSON body (or none) and decodes the JSON answer of a success status.
    func send<Response: JSONDecodable>(
        _ method: String, _ path: String, query: [(String, String?)] = [], body: (some JSONEncodable)?
    ) async throws -> Response {
        let response = try await sendRaw(method, path, query: query, body: body)
        do {
            return try Response(jsonData: response.body)
        } catch {
            throw ClientError.decoding(error, response)
        }
    }

    /// Sends a request and gives back the success response as it came.
    func sendRaw(
        _ method: String, _ path: String, query: [(String, String?)] = [], body: (some JSONEncodable)?
    ) async throws -> HTTPResponse {
        guard var components = URLComponents(string: baseURL.absoluteString + path) else {
            throw ClientError.invalidURL(baseURL.absoluteString + path)
        }
        let items = query.compactMap { name, value in value.map { URLQueryItem(name: name, value: $0) } }
        if !items.isEmpty { components.queryItems = items }
        guard let url = components.url else { throw ClientError.invalidURL(baseURL.absoluteString + path) }
        var headers = defaultHeaders
        headers.append(HTTPHeader("Accept", "application/json"))
        var data: Data?
        if let body {
            headers.append(HTTPHeader("Content-Type", "application/json"))
            data = body.jsonData()
        }
        let response = try await transport.send(HTTPRequest(method: method, url: url, headers: headers, body: data))
        guard (200..<300).contains(response.status) else {
            throw ClientError.unexpectedStatus(response)
        }
        return response
    }

    var description: String { "ClientCore(baseURL: \(baseURL.absoluteString), credentials: <redacted>)" }
    var debugDescription: String { description }
    var customMirror: Mirror { Mirror(self, children: ["baseURL": baseURL], displayStyle: .struct) }
}
"""##)
}
