/// Spec: `#/components/parameters/Market/schema`
public enum Market: OpenEnum {
    case us
    case gb
    /// A value the spec does not list, kept as it was sent.
    case undocumented(String)

    public init(rawValue: String) {
        switch rawValue {
        case "US": self = .us
        case "GB": self = .gb
        default: self = .undocumented(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .us: "US"
        case .gb: "GB"
        case .undocumented(let value): value
        }
    }

    /// The values the spec lists, in its order.
    public static let documentedCases: [Market] = [
        .us,
        .gb,
    ]
}

/// Spec: `#/paths/~1albums~1{id}/get/responses/200/content/application~1json/schema`
public struct GetAlbumResponse: JSONCodable, Sendable, Hashable {
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

/// Spec: `#/components/responses/Unauthorized/content/application~1json/schema`
public struct UnauthorizedResponse: JSONCodable, Sendable, Hashable {
    public var error: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        error: String,
        additionalFields: JSONObject = [:]
    ) {
        self.error = error
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _error: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._error: reader.read(&_error, key: "error")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.error = _error!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("error"),
    ])
    private enum JSONKey: Int {
        case _error
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("error", self.error)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/responses/ErrorResponse/content/application~1json/schema`
public struct ErrorResponse: JSONCodable, Sendable, Hashable {
    @OptionalKey public var message: String?
    @OptionalKey public var code: Int?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        message: String? = nil,
        code: Int? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.message = message
        self.code = code
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _message = JSONField<String>.absent
        var _code = JSONField<Int>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._message: reader.read(&_message, key: "message")
            case ._code: reader.read(&_code, key: "code")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._message = OptionalKey(projectedValue: _message)
        self._code = OptionalKey(projectedValue: _code)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("message"),
        .optional("code"),
    ])
    private enum JSONKey: Int {
        case _message
        case _code
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("message", self.$message)
        writer.field("code", self.$code)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/paths/~1me/get/responses/200/content/application~1json/schema`
public struct GetCurrentUsersProfileResponse: JSONCodable, Sendable, Hashable {
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

/// Spec: `#/paths/~1me/get/responses/429/content/application~1json/schema`
public struct GetCurrentUsersProfile429Error: JSONCodable, Sendable, Hashable {
    @OptionalKey public var retryAfter: Int?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        retryAfter: Int? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.retryAfter = retryAfter
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _retryAfter = JSONField<Int>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._retryAfter: reader.read(&_retryAfter, key: "retryAfter")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._retryAfter = OptionalKey(projectedValue: _retryAfter)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("retryAfter"),
    ])
    private enum JSONKey: Int {
        case _retryAfter
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("retryAfter", self.$retryAfter)
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

    /// Operations under `/albums`.
    public var albums: Albums { Albums(core: core) }

    /// Operations under `/me`.
    public var me: Me { Me(core: core) }
}

extension SnippetClient {
    /// Operations under `/albums`.
    public struct Albums: Sendable {
        let core: ClientCore

        /// `GET /albums/{id}` (operationId `getAlbum`)
        ///
        /// Spec: `#/paths/~1albums~1{id}/get`
        public func get(
            id: String,
            market: Market? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> GetAlbumResponse {
            try await getWithResponse(
                id: id,
                market: market,
                options: options
            ).value
        }

        /// `get(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func getWithResponse(
            id: String,
            market: Market? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<GetAlbumResponse> {
            try await core.send(
                "GET",
                "/albums/\(ClientCore.pathSegment(id))",
                query: [
                    .form("market", market),
                ],
                body: JSONValue?.none,
                operation: "getAlbum",
                options: options,
                errors: [
                    "401": ClientCore.errorBody(UnauthorizedResponse.self),
                    "default": ClientCore.errorBody(ErrorResponse.self),
                ]
            )
        }
    }
}

extension SnippetClient {
    /// Operations under `/me`.
    public struct Me: Sendable {
        let core: ClientCore

        /// `GET /me` (operationId `getCurrentUsersProfile`)
        ///
        /// Spec: `#/paths/~1me/get`
        public func get(
            market: Market? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> GetCurrentUsersProfileResponse {
            try await getWithResponse(
                market: market,
                options: options
            ).value
        }

        /// `get(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func getWithResponse(
            market: Market? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<GetCurrentUsersProfileResponse> {
            try await core.send(
                "GET",
                "/me",
                query: [
                    .form("market", market),
                ],
                body: JSONValue?.none,
                operation: "getCurrentUsersProfile",
                options: options,
                errors: [
                    "401": ClientCore.errorBody(UnauthorizedResponse.self),
                    "429": ClientCore.errorBody(GetCurrentUsersProfile429Error.self),
                ]
            )
        }
    }
}
