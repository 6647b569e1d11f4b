/// Spec: `#/paths/~1me~1shows/get/responses/200/content/application~1json/schema`
public struct GetUsersSavedShowsResponse: JSONCodable, Sendable, Hashable {
    @OptionalKey public var href: String?
    public var items: [GetUsersSavedShowsResponse.ItemsItem]
    @RequiredNullable public var next: String?
    @OptionalKey public var total: Int?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        href: String? = nil,
        items: [GetUsersSavedShowsResponse.ItemsItem],
        next: String?,
        total: Int? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.href = href
        self.items = items
        self.next = next
        self.total = total
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _href = JSONField<String>.absent
        var _items: [GetUsersSavedShowsResponse.ItemsItem]?
        var _next = JSONField<String>.absent
        var _total = JSONField<Int>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._href: reader.read(&_href, key: "href")
            case ._items: reader.read(&_items, key: "items")
            case ._next: reader.read(&_next, key: "next")
            case ._total: reader.read(&_total, key: "total")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._href = OptionalKey(projectedValue: _href)
        self.items = _items!
        self._next = RequiredNullable(projectedValue: _next)
        self._total = OptionalKey(projectedValue: _total)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("href"),
        .required("items"),
        .optional("next"),
        .optional("total"),
    ])
    private enum JSONKey: Int {
        case _href
        case _items
        case _next
        case _total
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("href", self.$href)
        writer.field("items", self.items)
        writer.field("next", self.$next)
        writer.field("total", self.$total)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public struct ItemsItem: JSONCodable, Sendable, Hashable {
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
}

/// Spec: `#/paths/~1calls/get/responses/200/content/application~1json/schema`
public struct ListCallsResponse: JSONCodable, Sendable, Hashable {
    @OptionalKey public var calls: [ListCallsResponse.CallsItem]?
    @OptionalKey public var nextPageUri: String?
    @OptionalKey public var page: Int?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        calls: [ListCallsResponse.CallsItem]? = nil,
        nextPageUri: String? = nil,
        page: Int? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.calls = calls
        self.nextPageUri = nextPageUri
        self.page = page
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _calls = JSONField<[ListCallsResponse.CallsItem]>.absent
        var _nextPageUri = JSONField<String>.absent
        var _page = JSONField<Int>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._calls: reader.read(&_calls, key: "calls")
            case ._nextPageUri: reader.read(&_nextPageUri, key: "next_page_uri")
            case ._page: reader.read(&_page, key: "page")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._calls = OptionalKey(projectedValue: _calls)
        self._nextPageUri = OptionalKey(projectedValue: _nextPageUri)
        self._page = OptionalKey(projectedValue: _page)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("calls"),
        .optional("next_page_uri"),
        .optional("page"),
    ])
    private enum JSONKey: Int {
        case _calls
        case _nextPageUri
        case _page
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("calls", self.$calls)
        writer.field("next_page_uri", self.$nextPageUri)
        writer.field("page", self.$page)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public struct CallsItem: JSONCodable, Sendable, Hashable {
        @OptionalKey public var sid: String?
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            sid: String? = nil,
            additionalFields: JSONObject = [:]
        ) {
            self.sid = sid
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _sid = JSONField<String>.absent
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._sid: reader.read(&_sid, key: "sid")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self._sid = OptionalKey(projectedValue: _sid)
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .optional("sid"),
        ])
        private enum JSONKey: Int {
            case _sid
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("sid", self.$sid)
            writer.fields(self.additionalFields)
            writer.endObject()
        }
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

    /// Operations under `/me`.
    public var me: Me { Me(core: core) }

    /// Operations under `/calls`.
    public var calls: Calls { Calls(core: core) }
}

extension SnippetClient {
    /// Operations under `/me`.
    public struct Me: Sendable {
        let core: ClientCore

        /// Operations under `/me/shows`.
        public var shows: Shows { Shows(core: core) }
    }
}

extension SnippetClient.Me {
    /// Operations under `/me/shows`.
    public struct Shows: Sendable {
        let core: ClientCore

        /// `GET /me/shows` (operationId `getUsersSavedShows`)
        ///
        /// Spec: `#/paths/~1me~1shows/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> GetUsersSavedShowsResponse {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<GetUsersSavedShowsResponse> {
            try await core.send(
                "GET",
                "/me/shows",
                body: JSONValue?.none,
                operation: "getUsersSavedShows",
                options: options,
                errors: [:]
            )
        }

        /// Every page of `list(...)`, fetched as they are iterated: each page's `next` link leads to the following one.
        public func listPages(
            options: RequestOptions? = nil
        ) -> Pages<GetUsersSavedShowsResponse> {
            Pages(core: core, options: options, operation: "getUsersSavedShows", next: { $0.next }) { () throws(ClientError) in
                try await listWithResponse(
                    options: options
                ).value
            }
        }

        /// Every item of every page of `list(...)`, fetched page by page.
        public func listAll(
            options: RequestOptions? = nil
        ) -> PageItems<GetUsersSavedShowsResponse, GetUsersSavedShowsResponse.ItemsItem> {
            listPages(
                options: options
            ).items { $0.items }
        }
    }
}

extension SnippetClient {
    /// Operations under `/calls`.
    public struct Calls: Sendable {
        let core: ClientCore

        /// `GET /calls` (operationId `listCalls`)
        ///
        /// Spec: `#/paths/~1calls/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> ListCallsResponse {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<ListCallsResponse> {
            try await core.send(
                "GET",
                "/calls",
                body: JSONValue?.none,
                operation: "listCalls",
                options: options,
                errors: [:]
            )
        }

        /// Every page of `list(...)`, fetched as they are iterated: each page's `next` link leads to the following one.
        public func listPages(
            options: RequestOptions? = nil
        ) -> Pages<ListCallsResponse> {
            Pages(core: core, options: options, operation: "listCalls", next: { $0.nextPageUri }) { () throws(ClientError) in
                try await listWithResponse(
                    options: options
                ).value
            }
        }

        /// Every item of every page of `list(...)`, fetched page by page.
        public func listAll(
            options: RequestOptions? = nil
        ) -> PageItems<ListCallsResponse, ListCallsResponse.CallsItem> {
            listPages(
                options: options
            ).items { $0.calls ?? [] }
        }
    }
}
