import Foundation

/// Everything a client call can fail with. No case, message or description holds a credential.
public enum ClientError: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// A setting the client needs is missing, such as an environment variable.
    case missingConfiguration(String)
    /// The request was refused before anything was sent: a bad host or URL, a header value with
    /// a line break, credentials over plain `http://` to a host that is not loopback.
    case invalidRequest(String)
    /// The request or its response did not make it through the network.
    case transport(TransportError)
    /// An attempt took longer than the timeout, in seconds.
    case timedOut(seconds: Double)
    /// The Swift task was cancelled.
    case cancelled
    /// A credential could not be obtained: the OAuth 2 token endpoint refused (its `error` and
    /// `error_description` are in the message), or the app's token provider threw.
    case authentication(String)
    /// The server answered with a status that is not a success.
    case status(StatusFailure)
    /// The success response's body is not what the spec describes.
    case decoding(DecodingFailure)
    /// A list's next-page link led back to a page already fetched.
    case paginationLoop(String)

    /// What `localizedDescription` says: the description.
    public var errorDescription: String? { description }

    /// The `X-Request-Id` (or `Request-Id`) the server sent with its response, if any.
    public var requestID: String? { response?.requestID }

    /// The response, for the cases that have one.
    public var response: HTTPResponse? {
        switch self {
        case .status(let failure): failure.response
        case .decoding(let failure): failure.response
        default: nil
        }
    }

    public var description: String {
        var text: String
        switch self {
        case .missingConfiguration(let message): text = message
        case .invalidRequest(let message): text = "invalid request: \(message)"
        case .transport(let error): text = "the request failed: \(error.message)"
        case .timedOut(let seconds): text = "no response within \(seconds) s"
        case .cancelled: text = "the call was cancelled"
        case .authentication(let message): text = "authentication failed: \(message)"
        case .status(let failure): text = failure.description
        case .decoding(let failure): text = failure.description
        case .paginationLoop(let link): text = "pagination loop: the next page \(link) was already fetched"
        }
        if let requestID { text += " (request id \(requestID))" }
        return text
    }
}

/// A response with a status that is not a success.
public struct StatusFailure: Sendable, CustomStringConvertible {
    public let response: HTTPResponse
    /// The body decoded as the schema the spec documents for this status; nil when the status is
    /// not documented or the body does not match.
    public let documentedBody: (any Sendable)?

    public var status: Int { response.status }

    /// The documented body as a given type, e.g. `failure.body(as: ValidationError.self)`.
    public func body<Body>(as _: Body.Type) -> Body? {
        documentedBody as? Body
    }

    public var description: String {
        let kind = documentedBody == nil ? "undocumented status" : "status"
        return "HTTP \(response.status) (\(kind)): \(HTTPResponse.excerpt(response.body))"
    }
}

/// A success response whose body could not be decoded.
public struct DecodingFailure: Sendable, CustomStringConvertible {
    public let error: JSONDecodingError
    public let response: HTTPResponse

    public var description: String {
        "could not decode the HTTP \(response.status) response: \(error) (body: \(HTTPResponse.excerpt(response.body)))"
    }
}

extension HTTPResponse {
    /// The request id the server sent, from `X-Request-Id` or `Request-Id`.
    public var requestID: String? { header("X-Request-Id") ?? header("Request-Id") }

    /// The start of a body, for messages.
    static func excerpt(_ body: Data, limit: Int = 200) -> String {
        let text = String(decoding: body.prefix(limit), as: UTF8.self)
        return body.count > limit ? text + "… (\(body.count) bytes)" : text
    }
}
