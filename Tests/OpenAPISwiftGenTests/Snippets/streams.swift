/// Spec: `#/components/schemas/Avatar`
public struct Avatar: JSONCodable, Sendable, Hashable {
    public var url: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        url: String,
        additionalFields: JSONObject = [:]
    ) {
        self.url = url
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _url: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._url: reader.read(&_url, key: "url")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.url = _url!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("url"),
    ])
    private enum JSONKey: Int {
        case _url
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("url", self.url)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/ChatChunk`
public struct ChatChunk: JSONCodable, Sendable, Hashable {
    public var text: String
    @OptionalKey public var done: Bool?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        text: String,
        done: Bool? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.text = text
        self.done = done
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _text: String?
        var _done = JSONField<Bool>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._text: reader.read(&_text, key: "text")
            case ._done: reader.read(&_done, key: "done")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.text = _text!
        self._done = OptionalKey(projectedValue: _done)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("text"),
        .optional("done"),
    ])
    private enum JSONKey: Int {
        case _text
        case _done
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("text", self.text)
        writer.field("done", self.$done)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/paths/~1documents/post/requestBody/content/multipart~1form-data/schema`
public struct CreateDocumentRequest: JSONCodable, Sendable, Hashable {
    public var title: String
    public var file: FilePart
    @OptionalKey public var attachments: [FilePart]?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        title: String,
        file: FilePart,
        attachments: [FilePart]? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.title = title
        self.file = file
        self.attachments = attachments
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _title: String?
        var _file: FilePart?
        var _attachments = JSONField<[FilePart]>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._title: reader.read(&_title, key: "title")
            case ._file: reader.read(&_file, key: "file")
            case ._attachments: reader.read(&_attachments, key: "attachments")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.title = _title!
        self.file = _file!
        self._attachments = OptionalKey(projectedValue: _attachments)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("title"),
        .required("file"),
        .optional("attachments"),
    ])
    private enum JSONKey: Int {
        case _title
        case _file
        case _attachments
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("title", self.title)
        writer.field("file", self.file)
        writer.field("attachments", self.$attachments)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/paths/~1chat/post/requestBody/content/application~1json/schema`
public struct ChatRequest: JSONCodable, Sendable, Hashable {
    public var prompt: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        prompt: String,
        additionalFields: JSONObject = [:]
    ) {
        self.prompt = prompt
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _prompt: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._prompt: reader.read(&_prompt, key: "prompt")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.prompt = _prompt!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("prompt"),
    ])
    private enum JSONKey: Int {
        case _prompt
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("prompt", self.prompt)
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

    /// Operations under `/reports`.
    public var reports: Reports { Reports(core: core) }

    /// Operations under `/avatars`.
    public var avatars: Avatars { Avatars(core: core) }

    /// Operations under `/uploads`.
    public var uploads: Uploads { Uploads(core: core) }

    /// Operations under `/documents`.
    public var documents: Documents { Documents(core: core) }

    /// Operations under `/chat`.
    public var chat: Chat { Chat(core: core) }

    /// Operations under `/logs`.
    public var logs: Logs { Logs(core: core) }
}

import Foundation

extension SnippetClient {
    /// Operations under `/reports`.
    public struct Reports: Sendable {
        let core: ClientCore

        /// Operations under `/reports/{id}/file`.
        public var file: File { File(core: core) }

        /// `POST /reports/{id}/render` (operationId `renderReport`)
        ///
        /// Sends an idempotency key in `Idempotency-Key` (`options.idempotencyKey`, or a fresh one per call), the same on every retry, and so is retried like a safe request.
        ///
        /// Spec: `#/paths/~1reports~1{id}~1render/post`
        public func render(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Data {
            try await renderWithResponse(
                id: id,
                options: options
            ).value
        }

        /// `render(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func renderWithResponse(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Data> {
            try await core.bytes(
                "POST",
                "/reports/\(ClientCore.pathSegment(id))/render",
                accept: "application/pdf",
                idempotencyHeader: "Idempotency-Key",
                operation: "renderReport",
                options: options,
                errors: [:]
            )
        }

        /// `render(...)`, writing the body into `file` as it arrives (memory stays flat), through a
        /// partial file beside it: on failure or cancellation `file` is left as it was. `options.downloadProgress` reports the bytes.
        @discardableResult public func render(
            id: String,
            to file: URL,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> URL {
            try await core.download(
                "POST",
                "/reports/\(ClientCore.pathSegment(id))/render",
                accept: "application/pdf",
                to: file,
                idempotencyHeader: "Idempotency-Key",
                operation: "renderReport",
                options: options,
                errors: [:]
            ).value
        }

        /// `render(...)`, giving the status and headers at once and the body as it arrives, chunk by chunk.
        public func renderStream(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> HTTPStreamedResponse {
            try await core.stream(
                "POST",
                "/reports/\(ClientCore.pathSegment(id))/render",
                accept: "application/pdf",
                idempotencyHeader: "Idempotency-Key",
                operation: "renderReport",
                options: options,
                errors: [:]
            )
        }
    }
}

import Foundation

extension SnippetClient.Reports {
    /// Operations under `/reports/{id}/file`.
    public struct File: Sendable {
        let core: ClientCore

        /// `GET /reports/{id}/file` (operationId `downloadReport`)
        ///
        /// Spec: `#/paths/~1reports~1{id}~1file/get`
        public func get(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Data {
            try await getWithResponse(
                id: id,
                options: options
            ).value
        }

        /// `get(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func getWithResponse(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Data> {
            try await core.bytes(
                "GET",
                "/reports/\(ClientCore.pathSegment(id))/file",
                accept: "application/pdf",
                operation: "downloadReport",
                options: options,
                errors: [:]
            )
        }

        /// `get(...)`, writing the body into `file` as it arrives (memory stays flat), through a
        /// partial file beside it: on failure or cancellation `file` is left as it was. `options.downloadProgress` reports the bytes.
        @discardableResult public func get(
            id: String,
            to file: URL,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> URL {
            try await core.download(
                "GET",
                "/reports/\(ClientCore.pathSegment(id))/file",
                accept: "application/pdf",
                to: file,
                operation: "downloadReport",
                options: options,
                errors: [:]
            ).value
        }

        /// `get(...)`, giving the status and headers at once and the body as it arrives, chunk by chunk.
        public func getStream(
            id: String,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> HTTPStreamedResponse {
            try await core.stream(
                "GET",
                "/reports/\(ClientCore.pathSegment(id))/file",
                accept: "application/pdf",
                operation: "downloadReport",
                options: options,
                errors: [:]
            )
        }
    }
}

import Foundation

extension SnippetClient {
    /// Operations under `/avatars`.
    public struct Avatars: Sendable {
        let core: ClientCore

        /// `PUT /avatars/{id}` (operationId `uploadAvatar`)
        ///
        /// Spec: `#/paths/~1avatars~1{id}/put`
        public func update(
            id: String,
            _ body: BinaryBody,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Avatar {
            try await updateWithResponse(
                id: id,
                body,
                options: options
            ).value
        }

        /// `update(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func updateWithResponse(
            id: String,
            _ body: BinaryBody,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Avatar> {
            try await core.upload(
                "PUT",
                "/avatars/\(ClientCore.pathSegment(id))",
                body: body,
                operation: "uploadAvatar",
                options: options,
                errors: [:]
            )
        }
    }
}

import Foundation

extension SnippetClient {
    /// Operations under `/uploads`.
    public struct Uploads: Sendable {
        let core: ClientCore

        /// `POST /uploads` (operationId `upload`)
        ///
        /// Spec: `#/paths/~1uploads/post`
        public func create(
            _ body: BinaryBody? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await createWithResponse(
                body,
                options: options
            )
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: BinaryBody? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.uploadWithoutResult(
                "POST",
                "/uploads",
                body: body ?? .data(Data()),
                operation: "upload",
                options: options,
                errors: [:]
            )
        }
    }
}

extension SnippetClient {
    /// Operations under `/documents`.
    public struct Documents: Sendable {
        let core: ClientCore

        /// `POST /documents` (operationId `createDocument`)
        ///
        /// Spec: `#/paths/~1documents/post`
        public func create(
            _ body: CreateDocumentRequest,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Avatar {
            try await createWithResponse(
                body,
                options: options
            ).value
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: CreateDocumentRequest,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Avatar> {
            try await core.send(
                "POST",
                "/documents",
                body: body,
                encoding: .multipart,
                operation: "createDocument",
                options: options,
                errors: [:]
            )
        }

        /// `create(...)`, taking the fields of ``CreateDocumentRequest`` as arguments.
        public func create(
            title: String,
            file: FilePart,
            attachments: [FilePart]? = nil,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) -> Avatar {
            try await create(
                CreateDocumentRequest(
                    title: title,
                    file: file,
                    attachments: attachments,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }
    }
}

import Foundation

extension SnippetClient {
    /// Operations under `/chat`.
    public struct Chat: Sendable {
        let core: ClientCore

        /// `POST /chat` (operationId `chat`)
        ///
        /// Spec: `#/paths/~1chat/post`
        public func create(
            _ body: ChatRequest,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> ServerSentEvents<ChatChunk> {
            try await createWithResponse(
                body,
                options: options
            ).value
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: ChatRequest,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<ServerSentEvents<ChatChunk>> {
            try await core.events(
                "POST",
                "/chat",
                body: .json(.json, body),
                operation: "chat",
                options: options,
                errors: [:],
                decode: ClientCore.eventJSON(ChatChunk.self)
            )
        }

        /// `create(...)`, taking the fields of ``ChatRequest`` as arguments.
        public func create(
            prompt: String,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) -> ServerSentEvents<ChatChunk> {
            try await create(
                ChatRequest(
                    prompt: prompt,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }
    }
}

extension SnippetClient {
    /// Operations under `/logs`.
    public struct Logs: Sendable {
        let core: ClientCore

        /// Operations under `/logs/tail`.
        public var tail: Tail { Tail(core: core) }
    }
}

import Foundation

extension SnippetClient.Logs {
    /// Operations under `/logs/tail`.
    public struct Tail: Sendable {
        let core: ClientCore

        /// `GET /logs/tail` (operationId `tailLogs`)
        ///
        /// Spec: `#/paths/~1logs~1tail/get`
        public func list(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> ServerSentEvents<String> {
            try await listWithResponse(
                options: options
            ).value
        }

        /// `list(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func listWithResponse(
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<ServerSentEvents<String>> {
            try await core.events(
                "GET",
                "/logs/tail",
                operation: "tailLogs",
                options: options,
                errors: [:],
                decode: ClientCore.eventText
            )
        }
    }
}
