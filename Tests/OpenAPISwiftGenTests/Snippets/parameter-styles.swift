// parameter-styles.yaml:42:45: warning: 'style: form' is not a style of header parameters (simple); it is written as simple [#/paths/~1paints~1{label}~1{matrix}~1{simple}/get/parameters/12/style]

/// Spec: `#/components/schemas/Color`
public struct Color: JSONCodable, Sendable, Hashable {
    public var r: Int
    public var g: Int
    public var b: Int
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        r: Int,
        g: Int,
        b: Int,
        additionalFields: JSONObject = [:]
    ) {
        self.r = r
        self.g = g
        self.b = b
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _r: Int?
        var _g: Int?
        var _b: Int?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._r: reader.read(&_r, key: "R")
            case ._g: reader.read(&_g, key: "G")
            case ._b: reader.read(&_b, key: "B")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.r = _r!
        self.g = _g!
        self.b = _b!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("R"),
        .required("G"),
        .required("B"),
    ])
    private enum JSONKey: Int {
        case _r
        case _g
        case _b
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("R", self.r)
        writer.field("G", self.g)
        writer.field("B", self.b)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/paths/~1paints~1{label}~1{matrix}~1{simple}/get/parameters/9/schema`
public indirect enum ListPaintsIds: JSONCodable, Sendable, Hashable {
    case string(String)
    case array([String])
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        if let value = try? reader.attempt(String.self, from: start) { self = .string(value); return }
        if let value = try? reader.attempt([String].self, from: start) { self = .array(value); return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .string(let value): value.encode(to: &writer)
        case .array(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/paths/~1paints~1{label}~1{matrix}~1{simple}/get/parameters/10/content/application~1json/schema`
public struct ListPaintsCoordinates: JSONCodable, Sendable, Hashable {
    @OptionalKey public var lat: Double?
    @OptionalKey public var long: Double?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        lat: Double? = nil,
        long: Double? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.lat = lat
        self.long = long
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _lat = JSONField<Double>.absent
        var _long = JSONField<Double>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._lat: reader.read(&_lat, key: "lat")
            case ._long: reader.read(&_long, key: "long")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._lat = OptionalKey(projectedValue: _lat)
        self._long = OptionalKey(projectedValue: _long)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("lat"),
        .optional("long"),
    ])
    private enum JSONKey: Int {
        case _lat
        case _long
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("lat", self.$lat)
        writer.field("long", self.$long)
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

    /// Operations under `/paints`.
    public var paints: Paints { Paints(core: core) }
}

extension SnippetClient {
    /// Operations under `/paints`.
    public struct Paints: Sendable {
        let core: ClientCore

        /// `GET /paints/{label}/{matrix}/{simple}` (operationId `listPaints`)
        ///
        /// Spec: `#/paths/~1paints~1{label}~1{matrix}~1{simple}/get`
        public func get(
            label: [String],
            matrix: Color,
            simple: Color,
            color: Color? = nil,
            tags: [String]? = nil,
            spaced: [String]? = nil,
            piped: [Int]? = nil,
            filter: Color? = nil,
            next: String? = nil,
            ids: ListPaintsIds? = nil,
            coordinates: ListPaintsCoordinates? = nil,
            xShades: [String]? = nil,
            xMode: String? = nil,
            session: String,
            recent: [String]? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await getWithResponse(
                label: label,
                matrix: matrix,
                simple: simple,
                color: color,
                tags: tags,
                spaced: spaced,
                piped: piped,
                filter: filter,
                next: next,
                ids: ids,
                coordinates: coordinates,
                xShades: xShades,
                xMode: xMode,
                session: session,
                recent: recent,
                options: options
            )
        }

        /// `get(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func getWithResponse(
            label: [String],
            matrix: Color,
            simple: Color,
            color: Color? = nil,
            tags: [String]? = nil,
            spaced: [String]? = nil,
            piped: [Int]? = nil,
            filter: Color? = nil,
            next: String? = nil,
            ids: ListPaintsIds? = nil,
            coordinates: ListPaintsCoordinates? = nil,
            xShades: [String]? = nil,
            xMode: String? = nil,
            session: String,
            recent: [String]? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "GET",
                "/paints/\(ClientCore.path(.label("label", label)))/\(ClientCore.path(.matrix("matrix", matrix, explode: true)))/\(ClientCore.path(.simple("simple", simple, explode: true)))",
                query: [
                    .form("color", color),
                    .form("tags", tags, explode: false),
                    .spaceDelimited("spaced", spaced),
                    .pipeDelimited("piped", piped),
                    .deepObject("filter", filter),
                    .form("next", next, allowReserved: true),
                    .form("ids", ids),
                    .json("coordinates", coordinates),
                ],
                headers: [
                    .simple("X-Shades", xShades),
                    .simple("X-Mode", xMode),
                    .cookie("session", session),
                    .cookie("recent", recent, explode: false),
                ],
                body: JSONValue?.none,
                operation: "listPaints",
                options: options,
                errors: [:]
            )
        }
    }
}
