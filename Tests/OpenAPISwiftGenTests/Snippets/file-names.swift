/// Spec: `#/components/schemas/Webhook`
public struct Webhook: JSONCodable, Sendable, Hashable {
    @OptionalKey public var url: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        url: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.url = url
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _url = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._url: reader.read(&_url, key: "url")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._url = OptionalKey(projectedValue: _url)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("url"),
    ])
    private enum JSONKey: Int {
        case _url
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("url", self.$url)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Fields`
public struct Fields: JSONCodable, Sendable, Hashable {
    @OptionalKey public var name: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        name: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.name = name
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _name = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._name: reader.read(&_name, key: "name")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._name = OptionalKey(projectedValue: _name)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("name"),
    ])
    private enum JSONKey: Int {
        case _name
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.$name)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

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
    public init(host: String, transport: any HTTPTransport = URLSessionTransport(), options: RequestOptions = RequestOptions()) throws {
        let baseURL = try ClientCore.baseURL(host: host, server: nil)
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

import Foundation

/// The requests Snippet sends to your server (webhooks and callbacks). Read one with
/// `Webhooks.Name.payload(headers:body:)` and answer with `Webhooks.Name.answer(...)`.
public enum Webhooks {}

extension Webhooks {
    /// The API sends `POST` to the URL you configure (webhook `created`).
    ///
    /// Spec: `#/webhooks/created/post`
    public enum Created: APIWebhook {
        public typealias Payload = Webhook
        public static let name = "created"
        public static let method = "POST"
        public static let answerStatus = 200
        /// A payload made from the spec's examples, to test a handler with.
        public static let example = "{}"
    }
}
