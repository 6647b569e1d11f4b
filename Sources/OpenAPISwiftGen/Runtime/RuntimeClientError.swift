extension RuntimeFile {
    /// `Runtime/ClientError.swift` of every generated module.
    static let clientError = RuntimeFile(name: "ClientError.swift", contents: ##"""
import Foundation

/// Everything a client call can fail with.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    /// A setting the client needs is missing, such as an environment variable.
    case missingConfiguration(String)
    /// A host or URL that cannot be used.
    case invalidURL(String)
    /// The request did not get an HTTP response.
    case transport(String)
    /// The server answered with a status the operation does not treat as success.
    case unexpectedStatus(HTTPResponse)
    /// The response body is not what the spec describes.
    case decoding(JSONDecodingError, HTTPResponse)

    public var description: String {
        switch self {
        case .missingConfiguration(let message): return message
        case .invalidURL(let message): return "invalid URL: \(message)"
        case .transport(let message): return "the request failed: \(message)"
        case .unexpectedStatus(let response):
            return "HTTP \(response.status): \(Self.excerpt(response.body))"
        case .decoding(let error, let response):
            return "could not decode the HTTP \(response.status) response: \(error) (body: \(Self.excerpt(response.body)))"
        }
    }

    /// The start of a body, for messages.
    static func excerpt(_ body: Data, limit: Int = 200) -> String {
        let text = String(decoding: body.prefix(limit), as: UTF8.self)
        return body.count > limit ? text + "…" : text
    }
}
"""##)
}
