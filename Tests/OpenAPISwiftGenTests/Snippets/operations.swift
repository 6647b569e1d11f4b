/// Spec: `#/components/schemas/Pet`
public struct Pet: JSONCodable, Sendable, Hashable {
    public var name: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        name: String,
        additionalFields: JSONObject = [:]
    ) {
        self.name = name
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _name: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._name: reader.read(&_name, key: "name")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.name = _name!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("name"),
    ])
    private enum JSONKey: Int {
        case _name
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.name)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/paths/~1v1~1stores~1{store_id}~1pets/get/parameters/3/schema`
public enum ListPetsStatus: OpenEnum {
    case available
    case sold
    /// A value the spec does not list, kept as it was sent.
    case undocumented(String)

    public init(rawValue: String) {
        switch rawValue {
        case "available": self = .available
        case "sold": self = .sold
        default: self = .undocumented(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .available: "available"
        case .sold: "sold"
        case .undocumented(let value): value
        }
    }

    /// The values the spec lists, in its order.
    public static let documentedCases: [ListPetsStatus] = [
        .available,
        .sold,
    ]
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

    /// Operations under `/v1/stores`.
    public var stores: Stores { Stores(core: core) }
}

extension SnippetClient {
    /// Operations under `/v1/stores`.
    public struct Stores: Sendable {
        let core: ClientCore

        /// Operations under `/v1/stores/{store_id}/pets`.
        public var pets: Pets { Pets(core: core) }
    }
}

extension SnippetClient.Stores {
    /// Operations under `/v1/stores/{store_id}/pets`.
    public struct Pets: Sendable {
        let core: ClientCore

        /// Operations under `/v1/stores/{store_id}/pets/search`.
        public var search: Search { Search(core: core) }

        /// `GET /v1/stores/{store_id}/pets` (operationId `listPets`)
        ///
        /// Spec: `#/paths/~1v1~1stores~1{store_id}~1pets/get`
        public func list(
            storeId: String,
            tags: [String]? = nil,
            ids: [Int]? = nil,
            status: ListPetsStatus? = nil,
            xRequestId: String? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> [Pet] {
            try await listWithResponse(
                storeId: storeId,
                tags: tags,
                ids: ids,
                status: status,
                xRequestId: xRequestId,
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            storeId: String,
            tags: [String]? = nil,
            ids: [Int]? = nil,
            status: ListPetsStatus? = nil,
            xRequestId: String? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<[Pet]> {
            try await core.send(
                "GET",
                "/v1/stores/\(ClientCore.pathSegment(storeId))/pets",
                query: [
                    .form("tags", tags),
                    .form("ids", ids, explode: false),
                    .form("status", status),
                ],
                headers: [
                    .simple("X-Request-Id", xRequestId),
                ],
                body: JSONValue?.none,
                operation: "listPets",
                options: options,
                errors: [:]
            )
        }

        /// `POST /v1/stores/{store_id}/pets` (operationId `addPet`)
        ///
        /// Spec: `#/paths/~1v1~1stores~1{store_id}~1pets/post`
        public func create(
            storeId: String,
            _ body: Pet,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await createWithResponse(
                storeId: storeId,
                body,
                options: options
            )
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            storeId: String,
            _ body: Pet,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "POST",
                "/v1/stores/\(ClientCore.pathSegment(storeId))/pets",
                body: body,
                encoding: .form,
                operation: "addPet",
                options: options,
                errors: [:]
            )
        }

        /// `create(...)`, taking the fields of ``Pet`` as arguments.
        public func create(
            storeId: String,
            name: String,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            try await create(
                storeId: storeId,
                Pet(
                    name: name,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }
    }
}

extension SnippetClient.Stores.Pets {
    /// Operations under `/v1/stores/{store_id}/pets/search`.
    public struct Search: Sendable {
        let core: ClientCore

        /// `GET /v1/stores/{store_id}/pets/search` (operationId `searchPets`)
        ///
        /// Spec: `#/paths/~1v1~1stores~1{store_id}~1pets~1search/get`
        public func list(
            storeId: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> [Pet] {
            try await listWithResponse(
                storeId: storeId,
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            storeId: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<[Pet]> {
            try await core.send(
                "GET",
                "/v1/stores/\(ClientCore.pathSegment(storeId))/pets/search",
                body: JSONValue?.none,
                operation: "searchPets",
                options: options,
                errors: [:]
            )
        }
    }
}
