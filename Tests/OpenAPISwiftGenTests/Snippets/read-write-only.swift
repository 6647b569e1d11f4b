/// Spec: `#/components/schemas/User`
public struct User: JSONCodable, Sendable, Hashable {
    @OptionalKey public var id: String?
    public var name: String
    @OptionalKey public var createdAt: DateTimeString?
    @OptionalKey public var password: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        id: String? = nil,
        name: String,
        createdAt: DateTimeString? = nil,
        password: String,
        additionalFields: JSONObject = [:]
    ) {
        self.id = id
        self.name = name
        self.createdAt = createdAt
        self.password = password
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _id = JSONField<String>.absent
        var _name: String?
        var _createdAt = JSONField<DateTimeString>.absent
        var _password = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._id: reader.read(&_id, key: "id")
            case ._name: reader.read(&_name, key: "name")
            case ._createdAt: reader.read(&_createdAt, key: "created_at")
            case ._password: reader.read(&_password, key: "password")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._id = OptionalKey(projectedValue: _id)
        self.name = _name!
        self._createdAt = OptionalKey(projectedValue: _createdAt)
        self._password = OptionalKey(projectedValue: _password)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("id"),
        .required("name"),
        .required("created_at"),
        .optional("password"),
    ])
    private enum JSONKey: Int {
        case _id
        case _name
        case _createdAt
        case _password
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        if !writer.isRequest { writer.field("id", self.$id) }
        writer.field("name", self.name)
        if !writer.isRequest { writer.field("created_at", self.$createdAt) }
        writer.field("password", self.$password)
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

    /// Operations under `/users`.
    public var users: Users { Users(core: core) }
}

extension SnippetClient {
    /// Operations under `/users`.
    public struct Users: Sendable {
        let core: ClientCore

        /// `POST /users` (operationId `createUser`)
        ///
        /// Spec: `#/paths/~1users/post`
        public func create(
            _ body: User,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> User {
            try await createWithResponse(
                body,
                options: options
            ).value
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: User,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<User> {
            try await core.send(
                "POST",
                "/users",
                body: body,
                operation: "createUser",
                options: options,
                errors: [:]
            )
        }

        /// `create(...)`, taking the fields of ``User`` as arguments.
        public func create(
            name: String,
            password: String,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) -> User {
            try await create(
                User(
                    name: name,
                    password: password,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }
    }
}
