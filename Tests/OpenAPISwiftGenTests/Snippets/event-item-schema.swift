/// Spec: `#/components/schemas/Token`
public struct Token: JSONCodable, Sendable, Hashable {
    public var text: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        text: String,
        additionalFields: JSONObject = [:]
    ) {
        self.text = text
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _text: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._text: reader.read(&_text, key: "text")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.text = _text!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("text"),
    ])
    private enum JSONKey: Int {
        case _text
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("text", self.text)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/TextEvent`
public struct TextEvent: JSONCodable, Sendable, Hashable {
    @OptionalKey public var data: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        data: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.data = data
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _data = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._data: reader.read(&_data, key: "data")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._data = OptionalKey(projectedValue: _data)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("data"),
    ])
    private enum JSONKey: Int {
        case _data
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("data", self.$data)
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

    /// Operations under `/completions`.
    public var completions: Completions { Completions(core: core) }

    /// Operations under `/logs`.
    public var logs: Logs { Logs(core: core) }
}

import Foundation

extension SnippetClient {
    /// Operations under `/completions`.
    public struct Completions: Sendable {
        let core: ClientCore

        /// `POST /completions` (operationId `createCompletion`)
        ///
        /// Spec: `#/paths/~1completions/post`
        public func create(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> ServerSentEvents<Token> {
            try await createWithResponse(
                options: options
            ).value
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<ServerSentEvents<Token>> {
            try await core.events(
                "POST",
                "/completions",
                operation: "createCompletion",
                options: options,
                errors: [:],
                decode: ClientCore.eventJSON(Token.self)
            )
        }
    }
}

import Foundation

extension SnippetClient {
    /// Operations under `/logs`.
    public struct Logs: Sendable {
        let core: ClientCore

        /// `GET /logs` (operationId `tailLogs`)
        ///
        /// Spec: `#/paths/~1logs/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> ServerSentEvents<String> {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<ServerSentEvents<String>> {
            try await core.events(
                "GET",
                "/logs",
                operation: "tailLogs",
                options: options,
                errors: [:],
                decode: ClientCore.eventText
            )
        }
    }
}
