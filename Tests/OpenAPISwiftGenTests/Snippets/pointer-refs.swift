/// Spec: `#/components/schemas/LoadBalancerCreate`
public indirect enum LoadBalancerCreate: JSONCodable, Sendable, Hashable {
    case assignDropletsById(LoadBalancerCreate.Option1)
    case assignDropletsByTag(LoadBalancerCreate.Option2)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        var loose: (value: Self, end: JSONReader.Position)?
        if let value = try? reader.attempt(LoadBalancerCreate.Option1.self, from: start) {
            if value.additionalFields.isEmpty { self = .assignDropletsById(value); return }
            if loose == nil { loose = (.assignDropletsById(value), reader.position) }
        }
        if let value = try? reader.attempt(LoadBalancerCreate.Option2.self, from: start) {
            if value.additionalFields.isEmpty { self = .assignDropletsByTag(value); return }
            if loose == nil { loose = (.assignDropletsByTag(value), reader.position) }
        }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .assignDropletsById(let value): value.encode(to: &writer)
        case .assignDropletsByTag(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }

    public struct Option1: JSONCodable, Sendable, Hashable {
        public var dropletIds: [Int]
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            dropletIds: [Int],
            additionalFields: JSONObject = [:]
        ) {
            self.dropletIds = dropletIds
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _dropletIds: [Int]?
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._dropletIds: reader.read(&_dropletIds, key: "droplet_ids")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self.dropletIds = _dropletIds!
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .required("droplet_ids"),
        ])
        private enum JSONKey: Int {
            case _dropletIds
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("droplet_ids", self.dropletIds)
            writer.fields(self.additionalFields)
            writer.endObject()
        }
    }

    public struct Option2: JSONCodable, Sendable, Hashable {
        public var tag: String
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            tag: String,
            additionalFields: JSONObject = [:]
        ) {
            self.tag = tag
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _tag: String?
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._tag: reader.read(&_tag, key: "tag")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self.tag = _tag!
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .required("tag"),
        ])
        private enum JSONKey: Int {
            case _tag
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("tag", self.tag)
            writer.fields(self.additionalFields)
            writer.endObject()
        }
    }
}

/// Spec: `#/components/schemas/Order`
public struct Order: JSONCodable, Sendable, Hashable {
    @OptionalKey public var status: OrderStatus?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        status: OrderStatus? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.status = status
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _status = JSONField<OrderStatus>.absent
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

/// Spec: `#/components/schemas/OrderSummary`
public struct OrderSummary: JSONCodable, Sendable, Hashable {
    @OptionalKey public var status: OrderStatus?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        status: OrderStatus? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.status = status
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _status = JSONField<OrderStatus>.absent
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

/// Spec: `#/components/responses/Conflict/content/application~1json/schema`
public struct ConflictResponse: JSONCodable, Sendable, Hashable {
    @OptionalKey public var error: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        error: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.error = error
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _error = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._error: reader.read(&_error, key: "error")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._error = OptionalKey(projectedValue: _error)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("error"),
    ])
    private enum JSONKey: Int {
        case _error
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("error", self.$error)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Order/properties/status`
public enum OrderStatus: OpenEnum {
    case `open`
    case closed
    /// A value the spec does not list, kept as it was sent.
    case undocumented(String)

    public init(rawValue: String) {
        switch rawValue {
        case "open": self = .open
        case "closed": self = .closed
        default: self = .undocumented(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .open: "open"
        case .closed: "closed"
        case .undocumented(let value): value
        }
    }

    /// The values the spec lists, in its order.
    public static let documentedCases: [OrderStatus] = [
        .open,
        .closed,
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

    /// Operations under `/orders`.
    public var orders: Orders { Orders(core: core) }
}

extension SnippetClient {
    /// Operations under `/orders`.
    public struct Orders: Sendable {
        let core: ClientCore

        /// `POST /orders` (operationId `createOrder`)
        ///
        /// Spec: `#/paths/~1orders/post`
        public func create(
            _ body: LoadBalancerCreate? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> OrderSummary {
            try await createWithResponse(
                body,
                options: options
            ).value
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: LoadBalancerCreate? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<OrderSummary> {
            try await core.send(
                "POST",
                "/orders",
                body: body,
                operation: "createOrder",
                options: options,
                errors: [
                    "409": ClientCore.errorBody(ConflictResponse.self),
                    "500": ClientCore.errorBody(ConflictResponse.self),
                ]
            )
        }
    }
}
