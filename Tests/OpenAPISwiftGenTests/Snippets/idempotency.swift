// idempotency.yaml:63:26: warning: x-idempotency-key must be {header: NAME} with NAME a header name or false; ignored [#/paths/~1refunds/post/x-idempotency-key]

/// Spec: `#/components/schemas/Order`
public struct Order: JSONCodable, Sendable, Hashable {
    public var item: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        item: String,
        additionalFields: JSONObject = [:]
    ) {
        self.item = item
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _item: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._item: reader.read(&_item, key: "item")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.item = _item!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("item"),
    ])
    private enum JSONKey: Int {
        case _item
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("item", self.item)
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

    /// Operations under `/payments`.
    public var payments: Payments { Payments(core: core) }

    /// Operations under `/refunds`.
    public var refunds: Refunds { Refunds(core: core) }
}

extension SnippetClient {
    /// Operations under `/orders`.
    public struct Orders: Sendable {
        let core: ClientCore

        /// `POST /orders` (operationId `createOrder`)
        ///
        /// Sends an idempotency key in `Idempotency-Key` (`options.idempotencyKey`, or a fresh one per call), the same on every retry, and so is retried like a safe request.
        ///
        /// Spec: `#/paths/~1orders/post`
        public func create(
            _ body: Order,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Order {
            try await createWithResponse(
                body,
                options: options
            ).value
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: Order,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Order> {
            try await core.send(
                "POST",
                "/orders",
                body: body,
                idempotencyHeader: "Idempotency-Key",
                operation: "createOrder",
                options: options,
                errors: [:]
            )
        }

        /// `create(...)`, taking the fields of ``Order`` as arguments.
        public func create(
            item: String,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Order {
            try await create(
                Order(
                    item: item,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }

        /// `PATCH /orders/{id}` (operationId `updateOrder`)
        ///
        /// Sends an idempotency key in `Idempotency-Key` (`options.idempotencyKey`, or a fresh one per call), the same on every retry, and so is retried like a safe request.
        ///
        /// Spec: `#/paths/~1orders~1{id}/patch`
        public func updateOrder(
            id: String,
            _ body: Order? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Order {
            try await updateOrderWithResponse(
                id: id,
                body,
                options: options
            ).value
        }

        /// `updateOrder(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func updateOrderWithResponse(
            id: String,
            _ body: Order? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Order> {
            try await core.send(
                "PATCH",
                "/orders/\(ClientCore.pathSegment(id))",
                body: body,
                idempotencyHeader: "Idempotency-Key",
                operation: "updateOrder",
                options: options,
                errors: [:]
            )
        }

        /// `updateOrder(...)`, taking the fields of ``Order`` as arguments.
        public func updateOrder(
            id: String,
            item: String,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Order {
            try await updateOrder(
                id: id,
                Order(
                    item: item,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }

        /// `PUT /orders/{id}` (operationId `replaceOrder`)
        ///
        /// Spec: `#/paths/~1orders~1{id}/put`
        public func replaceOrder(
            id: String,
            _ body: Order? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await replaceOrderWithResponse(
                id: id,
                body,
                options: options
            )
        }

        /// `replaceOrder(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func replaceOrderWithResponse(
            id: String,
            _ body: Order? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "PUT",
                "/orders/\(ClientCore.pathSegment(id))",
                body: body,
                operation: "replaceOrder",
                options: options,
                errors: [:]
            )
        }

        /// `replaceOrder(...)`, taking the fields of ``Order`` as arguments.
        public func replaceOrder(
            id: String,
            item: String,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            try await replaceOrder(
                id: id,
                Order(
                    item: item,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }

        /// `POST /orders/{id}/cancel` (operationId `cancelOrder`)
        ///
        /// Spec: `#/paths/~1orders~1{id}~1cancel/post`
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
                "/orders/\(ClientCore.pathSegment(id))/cancel",
                body: JSONValue?.none,
                operation: "cancelOrder",
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

        /// `POST /payments` (operationId `createPayment`)
        ///
        /// Sends an idempotency key in `X-Payment-Key` (`options.idempotencyKey`, or a fresh one per call), the same on every retry, and so is retried like a safe request.
        ///
        /// Spec: `#/paths/~1payments/post`
        public func create(
            _ body: Order? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await createWithResponse(
                body,
                options: options
            )
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: Order? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "POST",
                "/payments",
                body: body,
                idempotencyHeader: "X-Payment-Key",
                operation: "createPayment",
                options: options,
                errors: [:]
            )
        }

        /// `create(...)`, taking the fields of ``Order`` as arguments.
        public func create(
            item: String,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            try await create(
                Order(
                    item: item,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }
    }
}

extension SnippetClient {
    /// Operations under `/refunds`.
    public struct Refunds: Sendable {
        let core: ClientCore

        /// `POST /refunds` (operationId `createRefund`)
        ///
        /// Sends an idempotency key in `Idempotency-Key` (`options.idempotencyKey`, or a fresh one per call), the same on every retry, and so is retried like a safe request.
        ///
        /// Spec: `#/paths/~1refunds/post`
        public func create(
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await createWithResponse(
                options: options
            )
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "POST",
                "/refunds",
                body: JSONValue?.none,
                idempotencyHeader: "Idempotency-Key",
                operation: "createRefund",
                options: options,
                errors: [:]
            )
        }
    }
}
