/// Spec: `#/webhooks/orderShipped/post/requestBody/content/application~1json/schema`
public struct OrderShippedPayload: JSONCodable, Sendable, Hashable {
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

    /// Operations under `/orders`.
    public var orders: Orders { Orders(core: core) }
}

extension SnippetClient {
    /// Operations under `/orders`.
    public struct Orders: Sendable {
        let core: ClientCore

        /// `GET /orders` (operationId `listOrders`)
        ///
        /// Spec: `#/paths/~1orders/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await listWithResponse(
                options: options
            )
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "GET",
                "/orders",
                body: JSONValue?.none,
                operation: "listOrders",
                options: options,
                errors: [:]
            )
        }
    }
}

import Foundation

/// The requests Snippet sends to your server (webhooks and callbacks). Read one with
/// `Webhooks.Name.payload(headers:body:)` and answer with `Webhooks.Name.answer(...)`.
/// They are signed with Standard Webhooks: `Webhooks.Name.verifiedPayload(url:headers:body:key:)`
/// reads a request only once its signature holds.
public enum Webhooks {}

extension Webhooks {
    /// The API sends `POST` to the URL you configure (webhook `orderShipped`, operationId `order_shipped`).
    ///
    /// Spec: `#/webhooks/orderShipped/post`
    public enum OrderShipped: SignedWebhook {
        public typealias Payload = OrderShippedPayload
        public static let signature = WebhookSignature.Scheme.standardWebhooks
        public static let name = "orderShipped"
        public static let method = "POST"
        public static let answerStatus = 204
        /// A payload made from the spec's examples, to test a handler with.
        public static let example = "{\"id\":\"string\"}"
    }
}
