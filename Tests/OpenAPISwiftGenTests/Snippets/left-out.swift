// left-out.yaml:5:5: warning: 'fetch' is no method of a path item; the operation is left out [#/paths/~1reports/fetch]
// left-out.yaml:23:9: warning: the 200 response's application/json body is not decoded: it has no schema; the method gives no value, and `...WithResponse` the body's bytes [#/paths/~1reports~1{id}/get/responses/200]
// left-out.yaml:35:9: warning: the 202 response's body is not decoded as a type of its own: the method decodes every success as the 200 response's body [#/paths/~1reports~1{id}/put/responses/202]

/// Spec: `#/paths/~1reports~1{id}/put/responses/200/content/application~1json/schema`
public struct PutReportResponse: JSONCodable, Sendable, Hashable {
    @OptionalKey public var id: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        id: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.id = id
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _id = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._id: reader.read(&_id, key: "id")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._id = OptionalKey(projectedValue: _id)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("id"),
    ])
    private enum JSONKey: Int {
        case _id
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", self.$id)
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

    /// Operations under `/reports`.
    public var reports: Reports { Reports(core: core) }
}

import Foundation

extension SnippetClient {
    /// Operations under `/reports`.
    public struct Reports: Sendable {
        let core: ClientCore

        /// `GET /reports` (operationId `listReports`)
        ///
        /// Spec: `#/paths/~1reports/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Data {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Data> {
            try await core.bytes(
                "GET",
                "/reports",
                accept: "text/csv",
                operation: "listReports",
                options: options,
                errors: [:]
            )
        }

        /// `list(...)`, writing the body into `file` as it arrives (memory stays flat), through a
        /// partial file beside it: on failure or cancellation `file` is left as it was. `options.downloadProgress` reports the bytes.
        @discardableResult public func list(
            to file: URL,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> URL {
            try await core.download(
                "GET",
                "/reports",
                accept: "text/csv",
                to: file,
                operation: "listReports",
                options: options,
                errors: [:]
            ).value
        }

        /// `list(...)`, giving the status and headers at once and the body as it arrives, chunk by chunk.
        public func listStream(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> HTTPStreamedResponse {
            try await core.stream(
                "GET",
                "/reports",
                accept: "text/csv",
                operation: "listReports",
                options: options,
                errors: [:]
            )
        }

        /// `GET /reports/{id}` (operationId `getReport`)
        ///
        /// Spec: `#/paths/~1reports~1{id}/get`
        public func get(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await getWithResponse(
                id: id,
                options: options
            )
        }

        /// `get(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func getWithResponse(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "GET",
                "/reports/\(ClientCore.pathSegment(id))",
                body: JSONValue?.none,
                operation: "getReport",
                options: options,
                errors: [:]
            )
        }

        /// `PUT /reports/{id}` (operationId `putReport`)
        ///
        /// Spec: `#/paths/~1reports~1{id}/put`
        public func update(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> PutReportResponse {
            try await updateWithResponse(
                id: id,
                options: options
            ).value
        }

        /// `update(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func updateWithResponse(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<PutReportResponse> {
            try await core.send(
                "PUT",
                "/reports/\(ClientCore.pathSegment(id))",
                body: JSONValue?.none,
                operation: "putReport",
                options: options,
                errors: [:]
            )
        }
    }
}
