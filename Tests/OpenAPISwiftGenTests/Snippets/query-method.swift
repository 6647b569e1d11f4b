// query-method.yaml:26:7: warning: 'get' has a fixed field of the path item ('get'), which additionalOperations must not repeat; the operation is left out [#/paths/~1orders/additionalOperations/get]
// query-method.yaml:30:7: warning: 'BAD NAME' is not an HTTP method name; the operation is left out [#/paths/~1orders/additionalOperations/BAD NAME]

/// Spec: `#/paths/~1orders/query/requestBody/content/application~1json/schema`
public struct SearchOrdersRequest: JSONCodable, Sendable, Hashable {
    @OptionalKey public var status: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        status: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.status = status
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _status = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._status: reader.read(&_status, key: "status")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._status = OptionalKey(projectedValue: _status)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("status"),
    ])
    private enum JSONKey: Int {
        case _status
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("status", self.$status)
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

    /// Operations under `/orders`.
    public var orders: Orders { Orders(core: core) }
}

extension SnippetClient {
    /// Operations under `/orders`.
    public struct Orders: Sendable {
        let core: ClientCore

        /// `QUERY /orders` (operationId `searchOrders`)
        ///
        /// Spec: `#/paths/~1orders/query`
        public func query(
            _ body: SearchOrdersRequest,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> [String] {
            try await queryWithResponse(
                body,
                options: options
            ).value
        }

        /// `query(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func queryWithResponse(
            _ body: SearchOrdersRequest,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<[String]> {
            try await core.send(
                "QUERY",
                "/orders",
                body: body,
                operation: "searchOrders",
                options: options,
                errors: [:]
            )
        }

        /// `query(...)`, taking the fields of ``SearchOrdersRequest`` as arguments.
        public func query(
            status: String? = nil,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) -> [String] {
            try await query(
                SearchOrdersRequest(
                    status: status,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }

        /// `PURGE /orders` (operationId `purgeOrders`)
        ///
        /// Spec: `#/paths/~1orders/additionalOperations/PURGE`
        public func purge(
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await purgeWithResponse(
                options: options
            )
        }

        /// `purge(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func purgeWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "PURGE",
                "/orders",
                body: JSONValue?.none,
                operation: "purgeOrders",
                options: options,
                errors: [:]
            )
        }
    }
}
