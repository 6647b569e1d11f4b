/// Spec: `#/components/schemas/LogLine`
public struct LogLine: JSONCodable, Sendable, Hashable {
    public var message: String
    @OptionalKey public var level: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        message: String,
        level: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.message = message
        self.level = level
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _message: String?
        var _level = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._message: reader.read(&_message, key: "message")
            case ._level: reader.read(&_level, key: "level")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.message = _message!
        self._level = OptionalKey(projectedValue: _level)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("message"),
        .optional("level"),
    ])
    private enum JSONKey: Int {
        case _message
        case _level
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("message", self.message)
        writer.field("level", self.$level)
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

    /// Operations under `/logs`.
    public var logs: Logs { Logs(core: core) }

    /// Operations under `/exports`.
    public var exports: Exports { Exports(core: core) }

    /// Operations under `/changes`.
    public var changes: Changes { Changes(core: core) }
}

import Foundation

extension SnippetClient {
    /// Operations under `/logs`.
    public struct Logs: Sendable {
        let core: ClientCore

        /// `GET /logs` (operationId `tailLogs`)
        ///
        /// Spec: `#/paths/~1logs/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> JSONSequence<LogLine> {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<JSONSequence<LogLine>> {
            try await core.jsonSequence(
                "GET",
                "/logs",
                accept: "application/jsonl",
                operation: "tailLogs",
                options: options,
                errors: [:]
            )
        }
    }
}

import Foundation

extension SnippetClient {
    /// Operations under `/exports`.
    public struct Exports: Sendable {
        let core: ClientCore

        /// `GET /exports` (operationId `listExports`)
        ///
        /// Spec: `#/paths/~1exports/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> JSONSequence<LogLine> {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<JSONSequence<LogLine>> {
            try await core.jsonSequence(
                "GET",
                "/exports",
                accept: "application/x-ndjson",
                operation: "listExports",
                options: options,
                errors: [:]
            )
        }
    }
}

import Foundation

extension SnippetClient {
    /// Operations under `/changes`.
    public struct Changes: Sendable {
        let core: ClientCore

        /// `GET /changes` (operationId `listChanges`)
        ///
        /// Spec: `#/paths/~1changes/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> JSONSequence<JSONValue> {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<JSONSequence<JSONValue>> {
            try await core.jsonSequence(
                "GET",
                "/changes",
                accept: "application/json-seq",
                operation: "listChanges",
                options: options,
                errors: [:]
            )
        }
    }
}
