/// Spec: `#/components/schemas/Prompt`
public struct Prompt: JSONCodable, Sendable, Hashable {
    public var text: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        text: String,
        additionalFields: JSONObject = [:]
    ) {
        self.text = text
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _text: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._text: reader.read(&_text, key: "text")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.text = _text!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("text"),
    ])
    private enum JSONKey: Int {
        case _text
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("text", self.text)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Completion`
public struct Completion: JSONCodable, Sendable, Hashable {
    public var text: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        text: String,
        additionalFields: JSONObject = [:]
    ) {
        self.text = text
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _text: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._text: reader.read(&_text, key: "text")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.text = _text!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("text"),
    ])
    private enum JSONKey: Int {
        case _text
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("text", self.text)
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

    /// Operations under `/completions`.
    public var completions: Completions { Completions(core: core) }

    /// Operations under `/reports`.
    public var reports: Reports { Reports(core: core) }
}

import Foundation

extension SnippetClient {
    /// Operations under `/completions`.
    public struct Completions: Sendable {
        let core: ClientCore

        /// `POST /completions` (operationId `createCompletion`)
        ///
        /// Spec: `#/paths/~1completions/post`
        public func create(
            _ body: Prompt,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Completion {
            try await createWithResponse(
                body,
                options: options
            ).value
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: Prompt,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Completion> {
            try await core.send(
                "POST",
                "/completions",
                body: body,
                operation: "createCompletion",
                options: options,
                errors: [:]
            )
        }

        /// `create(...)`, taking the fields of ``Prompt`` as arguments.
        public func create(
            text: String,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Completion {
            try await create(
                Prompt(
                    text: text,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }

        /// `POST /completions` (operationId `createCompletion`)
        ///
        /// Asks for `text/event-stream` (the operation also answers `application/json`).
        ///
        /// Spec: `#/paths/~1completions/post`
        public func createStream(
            _ body: Prompt,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> ServerSentEvents<Completion> {
            try await createStreamWithResponse(
                body,
                options: options
            ).value
        }

        /// `createStream(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createStreamWithResponse(
            _ body: Prompt,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<ServerSentEvents<Completion>> {
            try await core.events(
                "POST",
                "/completions",
                body: .json(.json, body),
                operation: "createCompletion",
                options: options,
                errors: [:],
                decode: ClientCore.eventJSON(Completion.self)
            )
        }

        /// `createStream(...)`, taking the fields of ``Prompt`` as arguments.
        public func createStream(
            text: String,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) -> ServerSentEvents<Completion> {
            try await createStream(
                Prompt(
                    text: text,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }
    }
}

import Foundation

extension SnippetClient {
    /// Operations under `/reports`.
    public struct Reports: Sendable {
        let core: ClientCore

        /// `GET /reports/{id}` (operationId `getReport`)
        ///
        /// Spec: `#/paths/~1reports~1{id}/get`
        public func get(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Completion {
            try await getWithResponse(
                id: id,
                options: options
            ).value
        }

        /// `get(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func getWithResponse(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Completion> {
            try await core.send(
                "GET",
                "/reports/\(ClientCore.pathSegment(id))",
                body: JSONValue?.none,
                accept: "application/vnd.report+json",
                operation: "getReport",
                options: options,
                errors: [:]
            )
        }

        /// `GET /reports/{id}` (operationId `getReport`)
        ///
        /// Asks for `text/csv` (the operation also answers `application/vnd.report+json`).
        ///
        /// Spec: `#/paths/~1reports~1{id}/get`
        public func getCsv(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Data {
            try await getCsvWithResponse(
                id: id,
                options: options
            ).value
        }

        /// `getCsv(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func getCsvWithResponse(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Data> {
            try await core.bytes(
                "GET",
                "/reports/\(ClientCore.pathSegment(id))",
                accept: "text/csv",
                operation: "getReport",
                options: options,
                errors: [:]
            )
        }

        /// `getCsv(...)`, writing the body into `file` as it arrives (memory stays flat), through a
        /// partial file beside it: on failure or cancellation `file` is left as it was. `options.downloadProgress` reports the bytes.
        @discardableResult public func getCsv(
            id: String,
            to file: URL,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> URL {
            try await core.download(
                "GET",
                "/reports/\(ClientCore.pathSegment(id))",
                accept: "text/csv",
                to: file,
                operation: "getReport",
                options: options,
                errors: [:]
            ).value
        }

        /// `getCsv(...)`, giving the status and headers at once and the body as it arrives, chunk by chunk.
        public func getCsvStream(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> HTTPStreamedResponse {
            try await core.stream(
                "GET",
                "/reports/\(ClientCore.pathSegment(id))",
                accept: "text/csv",
                operation: "getReport",
                options: options,
                errors: [:]
            )
        }
    }
}
