// defaults-deprecations.yaml:50:40: warning: the default does not match its schema: $: expected string, found a number; it is left out of the documentation [#/components/schemas/Room/properties/theme/default]

/// Spec: `#/components/schemas/Room`
public struct Room: JSONCodable, Sendable, Hashable {
    public var name: String
    /// The seat count. Use capacity.
    @available(*, deprecated, message: "Use capacity.")
    @IndirectRequired public var size: Int
    /// Default: `10`, assumed by the server when the key is absent.
    @OptionalKey public var capacity: Int?
    /// `capacity`, or the schema's default when the key is absent.
    public var capacityOrDefault: Int { self.capacity ?? 10 }
    /// Default: `"speaker"`, assumed by the server when the key is absent.
    @OptionalKey public var layout: Room.Layout?
    /// `layout`, or the schema's default when the key is absent.
    public var layoutOrDefault: Room.Layout { self.layout ?? .speaker }
    /// Default: `["OPUS","PCMU"]`, assumed by the server when the key is absent.
    @OptionalKey public var codecs: [Room.CodecsItem]?
    /// `codecs`, or the schema's default when the key is absent.
    public var codecsOrDefault: [Room.CodecsItem] { self.codecs ?? [.opus, .pcmu] }
    /// Default: `1.5`, assumed by the server when the key is absent.
    @OptionalKey public var ratio: Double?
    /// `ratio`, or the schema's default when the key is absent.
    public var ratioOrDefault: Double { self.ratio ?? 1.5 }
    /// Default: `"general"`, assumed by the server when the key is absent.
    @OptionalKey public var topic: String?
    /// `topic`, or the schema's default when the key is absent (a `null` stays nil).
    public var topicOrDefault: String? { if case .absent = self.$topic { "general" } else { self.topic } }
    @OptionalKey public var theme: String?
    /// **Note:** The first API's id. Use [the room's name](/docs/rooms#name) instead.
    @available(*, deprecated, message: "Use the room's name instead.")
    @OptionalKey public var legacyId: String?
    @available(*, deprecated, message: "Settings of the first API.")
    @IndirectOptionalKey public var old: OldSettings?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        name: String,
        size: Int,
        capacity: Int? = nil,
        layout: Room.Layout? = nil,
        codecs: [Room.CodecsItem]? = nil,
        ratio: Double? = nil,
        topic: String? = nil,
        theme: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.name = name
        self._size = IndirectRequired(wrappedValue: size)
        self.capacity = capacity
        self.layout = layout
        self.codecs = codecs
        self.ratio = ratio
        self.topic = topic
        self.theme = theme
        self._legacyId = OptionalKey(projectedValue: .absent)
        self._old = IndirectOptionalKey(projectedValue: .absent)
        self.additionalFields = additionalFields
    }

    @available(*, deprecated, message: "Sets deprecated properties: `legacyId`, `old`.")
    public init(
        name: String,
        size: Int,
        capacity: Int? = nil,
        layout: Room.Layout? = nil,
        codecs: [Room.CodecsItem]? = nil,
        ratio: Double? = nil,
        topic: String? = nil,
        theme: String? = nil,
        legacyId: String? = nil,
        old: OldSettings? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.name = name
        self._size = IndirectRequired(wrappedValue: size)
        self.capacity = capacity
        self.layout = layout
        self.codecs = codecs
        self.ratio = ratio
        self.topic = topic
        self.theme = theme
        self._legacyId = OptionalKey(wrappedValue: legacyId)
        self._old = IndirectOptionalKey(wrappedValue: old)
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _name: String?
        var _size: Int?
        var _capacity = JSONField<Int>.absent
        var _layout = JSONField<Room.Layout>.absent
        var _codecs = JSONField<[Room.CodecsItem]>.absent
        var _ratio = JSONField<Double>.absent
        var _topic = JSONField<String>.absent
        var _theme = JSONField<String>.absent
        var _legacyId = JSONField<String>.absent
        var _old = JSONField<OldSettings>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._name: reader.read(&_name, key: "name")
            case ._size: reader.read(&_size, key: "size")
            case ._capacity: reader.read(&_capacity, key: "capacity")
            case ._layout: reader.read(&_layout, key: "layout")
            case ._codecs: reader.read(&_codecs, key: "codecs")
            case ._ratio: reader.read(&_ratio, key: "ratio")
            case ._topic: reader.read(&_topic, key: "topic")
            case ._theme: reader.read(&_theme, key: "theme")
            case ._legacyId: reader.read(&_legacyId, key: "legacy_id")
            case ._old: reader.read(&_old, key: "old")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.name = _name!
        self._size = IndirectRequired(wrappedValue: _size!)
        self._capacity = OptionalKey(projectedValue: _capacity)
        self._layout = OptionalKey(projectedValue: _layout)
        self._codecs = OptionalKey(projectedValue: _codecs)
        self._ratio = OptionalKey(projectedValue: _ratio)
        self._topic = OptionalKey(projectedValue: _topic)
        self._theme = OptionalKey(projectedValue: _theme)
        self._legacyId = OptionalKey(projectedValue: _legacyId)
        self._old = IndirectOptionalKey(projectedValue: _old)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("name"),
        .required("size"),
        .optional("capacity"),
        .optional("layout"),
        .optional("codecs"),
        .optional("ratio"),
        .optional("topic"),
        .optional("theme"),
        .optional("legacy_id"),
        .optional("old"),
    ])
    private enum JSONKey: Int {
        case _name
        case _size
        case _capacity
        case _layout
        case _codecs
        case _ratio
        case _topic
        case _theme
        case _legacyId
        case _old
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("name", self.name)
        writer.field("size", self._size.wrappedValue)
        writer.field("capacity", self.$capacity)
        writer.field("layout", self.$layout)
        writer.field("codecs", self.$codecs)
        writer.field("ratio", self.$ratio)
        writer.field("topic", self.$topic)
        writer.field("theme", self.$theme)
        writer.field("legacy_id", self.$legacyId)
        writer.field("old", self.$old)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum Layout: OpenEnum {
        case grid
        case speaker
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "grid": self = .grid
            case "speaker": self = .speaker
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .grid: "grid"
            case .speaker: "speaker"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [Layout] = [
            .grid,
            .speaker,
        ]
    }

    public enum CodecsItem: OpenEnum {
        case pcmu
        case opus
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "PCMU": self = .pcmu
            case "OPUS": self = .opus
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .pcmu: "PCMU"
            case .opus: "OPUS"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [CodecsItem] = [
            .pcmu,
            .opus,
        ]
    }
}

/// Settings of the first API. Replaced by Room's own fields.
///
/// Deprecated: Settings of the first API.
///
/// Spec: `#/components/schemas/OldSettings`
public struct OldSettings: JSONCodable, Sendable, Hashable {
    /// Default: `true`, assumed by the server when the key is absent.
    @OptionalKey public var mute: Bool?
    /// `mute`, or the schema's default when the key is absent.
    public var muteOrDefault: Bool { self.mute ?? true }
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    @available(*, deprecated, message: "Settings of the first API.")
    public init(
        mute: Bool? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.mute = mute
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _mute = JSONField<Bool>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._mute: reader.read(&_mute, key: "mute")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._mute = OptionalKey(projectedValue: _mute)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("mute"),
    ])
    private enum JSONKey: Int {
        case _mute
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("mute", self.$mute)
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

    /// Operations under `/rooms`.
    public var rooms: Rooms { Rooms(core: core) }
}

extension SnippetClient {
    /// Operations under `/rooms`.
    public struct Rooms: Sendable {
        let core: ClientCore

        /// `POST /rooms` (operationId `createRoom`)
        ///
        /// - Parameters:
        ///   - body: The request body.
        ///   - dryRun: Validate only. Default: `false`.
        ///   - legacyMode: Ignored since v2. Kept for old clients. Deprecated: Ignored since v2.
        ///   - options: What this call changes of the client's options.
        ///
        /// Spec: `#/paths/~1rooms/post`
        public func create(
            _ body: Room,
            dryRun: Bool? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Room {
            try await createWithResponse(
                body,
                dryRun: dryRun,
                options: options
            ).value
        }

        /// `create(...)`, also taking its deprecated arguments.
        @available(*, deprecated, message: "Takes deprecated arguments: `legacyMode`.")
        public func create(
            _ body: Room,
            dryRun: Bool? = nil,
            legacyMode: String? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Room {
            try await createWithResponse(
                body,
                dryRun: dryRun,
                legacyMode: legacyMode,
                options: options
            ).value
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: Room,
            dryRun: Bool? = nil,
            legacyMode: String? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Room> {
            try await core.send(
                "POST",
                "/rooms",
                query: [
                    .form("dry_run", dryRun),
                    .form("legacy_mode", legacyMode),
                ],
                body: body,
                operation: "createRoom",
                options: options,
                errors: [:]
            )
        }

        /// `create(...)`, taking the fields of ``Room`` as arguments.
        ///
        /// `capacity` defaults to `10` on the server when not sent.
        /// `layout` defaults to `"speaker"` on the server when not sent.
        /// `codecs` defaults to `["OPUS","PCMU"]` on the server when not sent.
        /// `ratio` defaults to `1.5` on the server when not sent.
        /// `topic` defaults to `"general"` on the server when not sent.
        public func create(
            name: String,
            size: Int,
            capacity: Int? = nil,
            layout: Room.Layout? = nil,
            codecs: [Room.CodecsItem]? = nil,
            ratio: Double? = nil,
            topic: String? = nil,
            theme: String? = nil,
            dryRun: Bool? = nil,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Room {
            try await create(
                Room(
                    name: name,
                    size: size,
                    capacity: capacity,
                    layout: layout,
                    codecs: codecs,
                    ratio: ratio,
                    topic: topic,
                    theme: theme,
                    additionalFields: additionalFields
                ),
                dryRun: dryRun,
                options: options
            )
        }

        /// `create(...)`, taking the fields of ``Room`` as arguments.
        ///
        /// `capacity` defaults to `10` on the server when not sent.
        /// `layout` defaults to `"speaker"` on the server when not sent.
        /// `codecs` defaults to `["OPUS","PCMU"]` on the server when not sent.
        /// `ratio` defaults to `1.5` on the server when not sent.
        /// `topic` defaults to `"general"` on the server when not sent.
        @available(*, deprecated, message: "Takes deprecated arguments: `legacyMode`, `legacyId`, `old`.")
        public func create(
            name: String,
            size: Int,
            capacity: Int? = nil,
            layout: Room.Layout? = nil,
            codecs: [Room.CodecsItem]? = nil,
            ratio: Double? = nil,
            topic: String? = nil,
            theme: String? = nil,
            legacyId: String? = nil,
            old: OldSettings? = nil,
            dryRun: Bool? = nil,
            legacyMode: String? = nil,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Room {
            try await create(
                Room(
                    name: name,
                    size: size,
                    capacity: capacity,
                    layout: layout,
                    codecs: codecs,
                    ratio: ratio,
                    topic: topic,
                    theme: theme,
                    legacyId: legacyId,
                    old: old,
                    additionalFields: additionalFields
                ),
                dryRun: dryRun,
                legacyMode: legacyMode,
                options: options
            )
        }

        /// Rooms are closed, not deleted. Use closeRoom.
        ///
        /// `DELETE /rooms/{id}` (operationId `deleteRoom`)
        ///
        /// Spec: `#/paths/~1rooms~1{id}/delete`
        @available(*, deprecated, message: "Use closeRoom.")
        public func delete(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await deleteWithResponse(
                id: id,
                options: options
            )
        }

        /// `delete(...)`, giving the decoded value with the status, headers and body bytes of the response.
        @available(*, deprecated, message: "Use closeRoom.")
        public func deleteWithResponse(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "DELETE",
                "/rooms/\(ClientCore.pathSegment(id))",
                body: JSONValue?.none,
                operation: "deleteRoom",
                options: options,
                errors: [:]
            )
        }
    }
}
