/// Spec: `#/components/schemas/Record`
public struct Record: JSONCodable, Sendable, Hashable {
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

/// Spec: `#/paths/~1records/post/responses/200/content/application~1json/schema`
public struct ImportRecordsResponse: JSONCodable, Sendable, Hashable {
    public var count: Int
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        count: Int,
        additionalFields: JSONObject = [:]
    ) {
        self.count = count
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _count: Int?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._count: reader.read(&_count, key: "count")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.count = _count!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("count"),
    ])
    private enum JSONKey: Int {
        case _count
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("count", self.count)
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

    /// Operations under `/records`.
    public var records: Records { Records(core: core) }

    /// Operations under `/events`.
    public var events: Events { Events(core: core) }
}

import Foundation

extension SnippetClient {
    /// Operations under `/records`.
    public struct Records: Sendable {
        let core: ClientCore

        /// `POST /records` (operationId `importRecords`)
        ///
        /// Spec: `#/paths/~1records/post`
        public func create(
            _ body: JSONSequenceBody<Record>,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> ImportRecordsResponse {
            try await createWithResponse(
                body,
                options: options
            ).value
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: JSONSequenceBody<Record>,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<ImportRecordsResponse> {
            try await core.sendItems(
                "POST",
                "/records",
                items: body,
                mediaType: "application/jsonl",
                operation: "importRecords",
                options: options,
                errors: [:]
            )
        }
    }
}

import Foundation

extension SnippetClient {
    /// Operations under `/events`.
    public struct Events: Sendable {
        let core: ClientCore

        /// `POST /events` (operationId `appendEvents`)
        ///
        /// Spec: `#/paths/~1events/post`
        public func create(
            _ body: JSONSequenceBody<Record>,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await createWithResponse(
                body,
                options: options
            )
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: JSONSequenceBody<Record>,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendItemsWithoutResult(
                "POST",
                "/events",
                items: body,
                mediaType: "application/json-seq",
                operation: "appendEvents",
                options: options,
                errors: [:]
            )
        }
    }
}
