/// Spec: `#/components/schemas/BatchResult`
public struct BatchResult: JSONCodable, Sendable, Hashable {
    public var id: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        id: String,
        additionalFields: JSONObject = [:]
    ) {
        self.id = id
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _id: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._id: reader.read(&_id, key: "id")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.id = _id!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("id"),
    ])
    private enum JSONKey: Int {
        case _id
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", self.id)
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

    /// Operations under `/batch`.
    public var batch: Batch { Batch(core: core) }

    /// Operations under `/archive`.
    public var archive: Archive { Archive(core: core) }
}

import Foundation

extension SnippetClient {
    /// Operations under `/batch`.
    public struct Batch: Sendable {
        let core: ClientCore

        /// `POST /batch` (operationId `runBatch`)
        ///
        /// Spec: `#/paths/~1batch/post`
        public func create(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> MultipartParts<BatchResult> {
            try await createWithResponse(
                options: options
            ).value
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<MultipartParts<BatchResult>> {
            try await core.parts(
                "POST",
                "/batch",
                accept: "multipart/mixed",
                contentTypes: .init(prefix: ["text/plain"], item: "application/json"),
                operation: "runBatch",
                options: options,
                errors: [:]
            )
        }
    }
}

import Foundation

extension SnippetClient {
    /// Operations under `/archive`.
    public struct Archive: Sendable {
        let core: ClientCore

        /// `GET /archive` (operationId `getArchive`)
        ///
        /// Spec: `#/paths/~1archive/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> MultipartParts<JSONValue> {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<MultipartParts<JSONValue>> {
            try await core.parts(
                "GET",
                "/archive",
                accept: "multipart/mixed",
                operation: "getArchive",
                options: options,
                errors: [:]
            )
        }
    }
}
