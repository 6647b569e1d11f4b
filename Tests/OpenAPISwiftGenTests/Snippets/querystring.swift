/// Spec: `#/components/schemas/Filter`
public struct Filter: JSONCodable, Sendable, Hashable {
    @OptionalKey public var status: String?
    @OptionalKey public var limit: Int?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        status: String? = nil,
        limit: Int? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.status = status
        self.limit = limit
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _status = JSONField<String>.absent
        var _limit = JSONField<Int>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._status: reader.read(&_status, key: "status")
            case ._limit: reader.read(&_limit, key: "limit")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._status = OptionalKey(projectedValue: _status)
        self._limit = OptionalKey(projectedValue: _limit)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("status"),
        .optional("limit"),
    ])
    private enum JSONKey: Int {
        case _status
        case _limit
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("status", self.$status)
        writer.field("limit", self.$limit)
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

    /// Operations under `/search`.
    public var search: Search { Search(core: core) }

    /// Operations under `/query`.
    public var query: Query { Query(core: core) }
}

extension SnippetClient {
    /// Operations under `/search`.
    public struct Search: Sendable {
        let core: ClientCore

        /// `GET /search` (operationId `search`)
        ///
        /// Spec: `#/paths/~1search/get`
        public func list(
            filter: Filter,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await listWithResponse(
                filter: filter,
                options: options
            )
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            filter: Filter,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "GET",
                "/search",
                query: [
                    .querystring("filter", filter),
                ],
                body: JSONValue?.none,
                operation: "search",
                options: options,
                errors: [:]
            )
        }
    }
}

extension SnippetClient {
    /// Operations under `/query`.
    public struct Query: Sendable {
        let core: ClientCore

        /// `GET /query` (operationId `runQuery`)
        ///
        /// Spec: `#/paths/~1query/get`
        public func list(
            selector: Filter? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await listWithResponse(
                selector: selector,
                options: options
            )
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            selector: Filter? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "GET",
                "/query",
                query: [
                    .querystring("selector", selector, json: true),
                ],
                body: JSONValue?.none,
                operation: "runQuery",
                options: options,
                errors: [:]
            )
        }
    }
}
