// openapi-3-2-fields.yaml:44:25: warning: discriminator.defaultMapping has no effect here: only a oneOf or anyOf is decoded by its discriminator [#/components/schemas/Part/discriminator/defaultMapping]
// openapi-3-2-fields.yaml:18:36: warning: the example does not match its schema: $.kind: expected string, found a number [#/paths/~1parts/get/responses/200/content/application~1json/example/1]

/// Spec: `#/components/schemas/Part`
public struct Part: JSONCodable, Sendable, Hashable {
    public var kind: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        kind: String,
        additionalFields: JSONObject = [:]
    ) {
        self.kind = kind
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _kind: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._kind: reader.read(&_kind, key: "kind")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.kind = _kind!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("kind"),
    ])
    private enum JSONKey: Int {
        case _kind
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("kind", self.kind)
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

    /// Operations under `/parts`.
    public var parts: Parts { Parts(core: core) }
}

import Foundation

extension SnippetClient {
    /// Operations under `/parts`.
    public struct Parts: Sendable {
        let core: ClientCore

        /// `GET /parts` (operationId `listParts`)
        ///
        /// Spec: `#/paths/~1parts/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Part {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Part> {
            try await core.send(
                "GET",
                "/parts",
                body: JSONValue?.none,
                operation: "listParts",
                options: options,
                errors: [:]
            )
        }

        /// `GET /parts` (operationId `listParts`)
        ///
        /// Asks for `multipart/mixed` (the operation also answers `application/json`).
        ///
        /// Spec: `#/paths/~1parts/get`
        public func listStream(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> MultipartParts<JSONValue> {
            try await listStreamWithResponse(
                options: options
            ).value
        }

        /// `listStream(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listStreamWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<MultipartParts<JSONValue>> {
            try await core.parts(
                "GET",
                "/parts",
                accept: "multipart/mixed",
                contentTypes: .init(prefix: ["text/plain"], item: "application/json"),
                operation: "listParts",
                options: options,
                errors: [:]
            )
        }

        /// `GET /parts/{id}` (operationId `getPart`)
        ///
        /// Spec: `#/paths/~1parts~1{id}/get`
        public func get(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Part {
            try await getWithResponse(
                id: id,
                options: options
            ).value
        }

        /// `get(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func getWithResponse(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Part> {
            try await core.send(
                "GET",
                "/parts/\(ClientCore.pathSegment(id))",
                body: JSONValue?.none,
                operation: "getPart",
                options: options,
                errors: [:]
            )
        }
    }
}
