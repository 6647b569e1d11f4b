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

/// Spec: `#/paths/~1me~1player/get/responses/200/content/application~1json/schema`
public struct GetPlaybackStateResponse: JSONCodable, Sendable, Hashable {
    @OptionalKey public var isPlaying: Bool?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        isPlaying: Bool? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.isPlaying = isPlaying
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _isPlaying = JSONField<Bool>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._isPlaying: reader.read(&_isPlaying, key: "is_playing")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._isPlaying = OptionalKey(projectedValue: _isPlaying)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("is_playing"),
    ])
    private enum JSONKey: Int {
        case _isPlaying
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("is_playing", self.$isPlaying)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

public struct ListPaymentsResponseItem: JSONCodable, Sendable, Hashable {
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

/// Spec: `#/paths/~1payments/post/requestBody/content/application~1json/schema`
public struct CreatePaymentRequest: JSONCodable, Sendable, Hashable {
    @OptionalKey public var amount: Int?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        amount: Int? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.amount = amount
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _amount = JSONField<Int>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._amount: reader.read(&_amount, key: "amount")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._amount = OptionalKey(projectedValue: _amount)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("amount"),
    ])
    private enum JSONKey: Int {
        case _amount
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", self.$amount)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/paths/~1payments~1{id}/get/responses/200/content/application~1json/schema`
public struct GetPaymentResponse: JSONCodable, Sendable, Hashable {
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

/// Spec: `#/paths/~1playlists~1{playlist_id}~1items/put/requestBody/content/application~1json/schema`
public struct ReplacePlaylistItemsRequest: JSONCodable, Sendable, Hashable {
    @OptionalKey public var uris: [String]?
    @OptionalKey public var rangeStart: Int?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        uris: [String]? = nil,
        rangeStart: Int? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.uris = uris
        self.rangeStart = rangeStart
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _uris = JSONField<[String]>.absent
        var _rangeStart = JSONField<Int>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._uris: reader.read(&_uris, key: "uris")
            case ._rangeStart: reader.read(&_rangeStart, key: "range_start")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._uris = OptionalKey(projectedValue: _uris)
        self._rangeStart = OptionalKey(projectedValue: _rangeStart)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("uris"),
        .optional("range_start"),
    ])
    private enum JSONKey: Int {
        case _uris
        case _rangeStart
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("uris", self.$uris)
        writer.field("range_start", self.$rangeStart)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/paths/~1playlists~1{playlist_id}~1items/put/responses/200/content/application~1json/schema`
public struct ReplacePlaylistItemsResponse: JSONCodable, Sendable, Hashable {
    @OptionalKey public var snapshotId: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        snapshotId: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.snapshotId = snapshotId
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _snapshotId = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._snapshotId: reader.read(&_snapshotId, key: "snapshot_id")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._snapshotId = OptionalKey(projectedValue: _snapshotId)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("snapshot_id"),
    ])
    private enum JSONKey: Int {
        case _snapshotId
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("snapshot_id", self.$snapshotId)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/paths/~1payments~1{id}~1note/put/requestBody/content/application~1json/schema`
public struct SetPaymentNoteRequest: JSONCodable, Sendable, Hashable {
    public var note: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        note: String,
        additionalFields: JSONObject = [:]
    ) {
        self.note = note
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _note: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._note: reader.read(&_note, key: "note")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.note = _note!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("note"),
    ])
    private enum JSONKey: Int {
        case _note
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("note", self.note)
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

    /// Operations under `/1-clicks`.
    public var _1Clicks: _1ClicksOperations { _1ClicksOperations(core: core) }

    /// Operations under `/me`.
    public var me: Me { Me(core: core) }

    /// Operations under `/payments`.
    public var payments: Payments { Payments(core: core) }

    /// Operations under `/playlists`.
    public var playlists: Playlists { Playlists(core: core) }
}

extension SnippetClient {
    /// Operations under `/1-clicks`.
    public struct _1ClicksOperations: Sendable {
        let core: ClientCore

        /// `GET /1-clicks` (operationId `oneClicks_list`)
        ///
        /// Spec: `#/paths/~11-clicks/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> [String] {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<[String]> {
            try await core.send(
                "GET",
                "/1-clicks",
                body: JSONValue?.none,
                operation: "oneClicks_list",
                options: options,
                errors: [:]
            )
        }
    }
}

extension SnippetClient {
    /// Operations under `/me`.
    public struct Me: Sendable {
        let core: ClientCore

        /// Operations under `/me/player`.
        public var player: Player { Player(core: core) }

        /// `GET /me` (operationId `getCurrentUsersProfile`)
        ///
        /// Spec: `#/paths/~1me/get`
        public func get(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> GetCurrentUsersProfileResponse {
            try await getWithResponse(
                options: options
            ).value
        }

        /// `get(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func getWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<GetCurrentUsersProfileResponse> {
            try await core.send(
                "GET",
                "/me",
                body: JSONValue?.none,
                operation: "getCurrentUsersProfile",
                options: options,
                errors: [:]
            )
        }
    }
}

extension SnippetClient.Me {
    /// Operations under `/me/player`.
    public struct Player: Sendable {
        let core: ClientCore

        /// `GET /me/player` (operationId `getPlaybackState`)
        ///
        /// Spec: `#/paths/~1me~1player/get`
        public func get(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> GetPlaybackStateResponse {
            try await getWithResponse(
                options: options
            ).value
        }

        /// `get(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func getWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<GetPlaybackStateResponse> {
            try await core.send(
                "GET",
                "/me/player",
                body: JSONValue?.none,
                operation: "getPlaybackState",
                options: options,
                errors: [:]
            )
        }

        /// `PUT /me/player/pause` (operationId `pausePlayback`)
        ///
        /// Spec: `#/paths/~1me~1player~1pause/put`
        public func pause(
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await pauseWithResponse(
                options: options
            )
        }

        /// `pause(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func pauseWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "PUT",
                "/me/player/pause",
                body: JSONValue?.none,
                operation: "pausePlayback",
                options: options,
                errors: [:]
            )
        }

        /// `POST /me/player/next` (operationId `skipToNext`)
        ///
        /// Spec: `#/paths/~1me~1player~1next/post`
        public func next(
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await nextWithResponse(
                options: options
            )
        }

        /// `next(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func nextWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "POST",
                "/me/player/next",
                body: JSONValue?.none,
                operation: "skipToNext",
                options: options,
                errors: [:]
            )
        }
    }
}

extension SnippetClient {
    /// Operations under `/payments`.
    public struct Payments: Sendable {
        let core: ClientCore

        /// `GET /payments` (operationId `listPayments`)
        ///
        /// Spec: `#/paths/~1payments/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> [ListPaymentsResponseItem] {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<[ListPaymentsResponseItem]> {
            try await core.send(
                "GET",
                "/payments",
                body: JSONValue?.none,
                operation: "listPayments",
                options: options,
                errors: [:]
            )
        }

        /// `POST /payments` (operationId `createPayment`)
        ///
        /// Spec: `#/paths/~1payments/post`
        public func create(
            _ body: CreatePaymentRequest? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await createWithResponse(
                body,
                options: options
            )
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: CreatePaymentRequest? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "POST",
                "/payments",
                body: body,
                operation: "createPayment",
                options: options,
                errors: [:]
            )
        }

        /// `create(...)`, taking the fields of ``CreatePaymentRequest`` as arguments.
        public func create(
            amount: Int? = nil,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            try await create(
                CreatePaymentRequest(
                    amount: amount,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }

        /// `GET /payments/{id}` (operationId `getPayment`)
        ///
        /// Spec: `#/paths/~1payments~1{id}/get`
        public func get(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> GetPaymentResponse {
            try await getWithResponse(
                id: id,
                options: options
            ).value
        }

        /// `get(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func getWithResponse(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<GetPaymentResponse> {
            try await core.send(
                "GET",
                "/payments/\(ClientCore.pathSegment(id))",
                body: JSONValue?.none,
                operation: "getPayment",
                options: options,
                errors: [:]
            )
        }

        /// `POST /payments/{id}/cancel` (operationId `cancelPayment`)
        ///
        /// Spec: `#/paths/~1payments~1{id}~1cancel/post`
        public func cancel(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await cancelWithResponse(
                id: id,
                options: options
            )
        }

        /// `cancel(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func cancelWithResponse(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "POST",
                "/payments/\(ClientCore.pathSegment(id))/cancel",
                body: JSONValue?.none,
                operation: "cancelPayment",
                options: options,
                errors: [:]
            )
        }

        /// `PUT /payments/{id}/note` (operationId `setPaymentNote`)
        ///
        /// Spec: `#/paths/~1payments~1{id}~1note/put`
        public func note(
            id: String,
            _ body: SetPaymentNoteRequest? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await noteWithResponse(
                id: id,
                body,
                options: options
            )
        }

        /// `note(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func noteWithResponse(
            id: String,
            _ body: SetPaymentNoteRequest? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "PUT",
                "/payments/\(ClientCore.pathSegment(id))/note",
                body: body,
                operation: "setPaymentNote",
                options: options,
                errors: [:]
            )
        }

        /// `note(...)`, taking the fields of ``SetPaymentNoteRequest`` as arguments.
        public func note(
            id: String,
            note: String,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            try await self.note(
                id: id,
                SetPaymentNoteRequest(
                    note: note,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }
    }
}

extension SnippetClient {
    /// Operations under `/playlists`.
    public struct Playlists: Sendable {
        let core: ClientCore

        /// Operations under `/playlists/{playlist_id}/items`.
        public var items: Items { Items(core: core) }
    }
}

extension SnippetClient.Playlists {
    /// Operations under `/playlists/{playlist_id}/items`.
    public struct Items: Sendable {
        let core: ClientCore

        /// `PUT /playlists/{playlist_id}/items` (operationId `replacePlaylistItems`)
        ///
        /// Spec: `#/paths/~1playlists~1{playlist_id}~1items/put`
        public func put(
            playlistId: String,
            _ body: ReplacePlaylistItemsRequest? = nil,
            uris: String? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> ReplacePlaylistItemsResponse {
            try await putWithResponse(
                playlistId: playlistId,
                body,
                uris: uris,
                options: options
            ).value
        }

        /// `put(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func putWithResponse(
            playlistId: String,
            _ body: ReplacePlaylistItemsRequest? = nil,
            uris: String? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<ReplacePlaylistItemsResponse> {
            try await core.send(
                "PUT",
                "/playlists/\(ClientCore.pathSegment(playlistId))/items",
                query: [
                    .form("uris", uris),
                ],
                body: body,
                operation: "replacePlaylistItems",
                options: options,
                errors: [:]
            )
        }

        /// `put(...)`, taking the fields of ``ReplacePlaylistItemsRequest`` as arguments.
        public func put(
            playlistId: String,
            bodyUris: [String]? = nil,
            rangeStart: Int? = nil,
            uris: String? = nil,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) -> ReplacePlaylistItemsResponse {
            try await put(
                playlistId: playlistId,
                ReplacePlaylistItemsRequest(
                    uris: bodyUris,
                    rangeStart: rangeStart,
                    additionalFields: additionalFields
                ),
                uris: uris,
                options: options
            )
        }
    }
}
