/// Spec: `#/components/schemas/MessageStatus`
public struct MessageStatus: JSONCodable, Sendable, Hashable {
    public var id: String
    public var status: MessageStatus.Status
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        id: String,
        status: MessageStatus.Status,
        additionalFields: JSONObject = [:]
    ) {
        self.id = id
        self.status = status
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _id: String?
        var _status: MessageStatus.Status?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._id: reader.read(&_id, key: "id")
            case ._status: reader.read(&_status, key: "status")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.id = _id!
        self.status = _status!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("id"),
        .required("status"),
    ])
    private enum JSONKey: Int {
        case _id
        case _status
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", self.id)
        writer.field("status", self.status)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum Status: OpenEnum {
        case queued
        case sent
        case delivered
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "queued": self = .queued
            case "sent": self = .sent
            case "delivered": self = .delivered
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .queued: "queued"
            case .sent: "sent"
            case .delivered: "delivered"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [Status] = [
            .queued,
            .sent,
            .delivered,
        ]
    }
}

/// Spec: `#/components/schemas/CallStatus`
public struct CallStatus: JSONCodable, Sendable, Hashable {
    public var callSid: String
    public var callStatus: CallStatus.CallStatusValue
    @OptionalKey public var digits: [String]?
    @OptionalKey public var duration: Int?
    @OptionalKey public var answered: Bool?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        callSid: String,
        callStatus: CallStatus.CallStatusValue,
        digits: [String]? = nil,
        duration: Int? = nil,
        answered: Bool? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.callSid = callSid
        self.callStatus = callStatus
        self.digits = digits
        self.duration = duration
        self.answered = answered
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _callSid: String?
        var _callStatus: CallStatus.CallStatusValue?
        var _digits = JSONField<[String]>.absent
        var _duration = JSONField<Int>.absent
        var _answered = JSONField<Bool>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._callSid: reader.read(&_callSid, key: "CallSid")
            case ._callStatus: reader.read(&_callStatus, key: "CallStatus")
            case ._digits: reader.read(&_digits, key: "Digits")
            case ._duration: reader.read(&_duration, key: "Duration")
            case ._answered: reader.read(&_answered, key: "Answered")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.callSid = _callSid!
        self.callStatus = _callStatus!
        self._digits = OptionalKey(projectedValue: _digits)
        self._duration = OptionalKey(projectedValue: _duration)
        self._answered = OptionalKey(projectedValue: _answered)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("CallSid"),
        .required("CallStatus"),
        .optional("Digits"),
        .optional("Duration"),
        .optional("Answered"),
    ])
    private enum JSONKey: Int {
        case _callSid
        case _callStatus
        case _digits
        case _duration
        case _answered
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("CallSid", self.callSid)
        writer.field("CallStatus", self.callStatus)
        writer.field("Digits", self.$digits)
        writer.field("Duration", self.$duration)
        writer.field("Answered", self.$answered)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum CallStatusValue: OpenEnum {
        case ringing
        case completed
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "ringing": self = .ringing
            case "completed": self = .completed
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .ringing: "ringing"
            case .completed: "completed"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [CallStatusValue] = [
            .ringing,
            .completed,
        ]
    }
}

/// Spec: `#/paths/~1calls/post/requestBody/content/application~1json/schema`
public struct CreateCallRequest: JSONCodable, Sendable, Hashable {
    @OptionalKey public var statusUrl: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        statusUrl: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.statusUrl = statusUrl
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _statusUrl = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._statusUrl: reader.read(&_statusUrl, key: "status_url")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._statusUrl = OptionalKey(projectedValue: _statusUrl)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("status_url"),
    ])
    private enum JSONKey: Int {
        case _statusUrl
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("status_url", self.$statusUrl)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/webhooks/toolCall/post/requestBody/content/application~1json/schema`
public struct ToolCallPayload: JSONCodable, Sendable, Hashable {
    public var function: String
    @OptionalKey public var argument: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        function: String,
        argument: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.function = function
        self.argument = argument
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _function: String?
        var _argument = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._function: reader.read(&_function, key: "function")
            case ._argument: reader.read(&_argument, key: "argument")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.function = _function!
        self._argument = OptionalKey(projectedValue: _argument)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("function"),
        .optional("argument"),
    ])
    private enum JSONKey: Int {
        case _function
        case _argument
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("function", self.function)
        writer.field("argument", self.$argument)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/webhooks/toolCall/post/responses/200/content/application~1json/schema`
public struct ToolCallAnswer: JSONCodable, Sendable, Hashable {
    @OptionalKey public var response: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        response: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.response = response
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _response = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._response: reader.read(&_response, key: "response")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._response = OptionalKey(projectedValue: _response)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("response"),
    ])
    private enum JSONKey: Int {
        case _response
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("response", self.$response)
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

    /// Operations under `/calls`.
    public var calls: Calls { Calls(core: core) }
}

extension SnippetClient {
    /// Operations under `/calls`.
    public struct Calls: Sendable {
        let core: ClientCore

        /// `POST /calls` (operationId `createCall`)
        ///
        /// Spec: `#/paths/~1calls/post`
        public func create(
            _ body: CreateCallRequest? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            _ = try await createWithResponse(
                body,
                options: options
            )
        }

        /// `create(...)`, giving the decoded value with the status, headers and body bytes of the response.
        public func createWithResponse(
            _ body: CreateCallRequest? = nil,
            options: RequestOptions? = nil
        ) async throws(ClientError) -> APIResponse<Void> {
            try await core.sendWithoutResult(
                "POST",
                "/calls",
                body: body,
                operation: "createCall",
                options: options,
                errors: [:]
            )
        }

        /// `create(...)`, taking the fields of ``CreateCallRequest`` as arguments.
        public func create(
            statusUrl: String? = nil,
            additionalFields: JSONObject = [:],
            options: RequestOptions? = nil
        ) async throws(ClientError) {
            try await create(
                CreateCallRequest(
                    statusUrl: statusUrl,
                    additionalFields: additionalFields
                ),
                options: options
            )
        }
    }
}

import Foundation

/// The requests Snippet sends to your server (webhooks and callbacks). Read one with
/// `Webhooks.Name.payload(headers:body:)` and answer with `Webhooks.Name.answer(...)`.
public enum Webhooks {}

extension Webhooks {
    /// Message status
    ///
    /// Sent when a message's status changes.
    ///
    /// The API sends `POST` to the URL you configure (webhook `messageStatus`, operationId `message_status_webhook`).
    ///
    /// Spec: `#/webhooks/messageStatus/post`
    public enum MessageStatusWebhook: APIWebhook {
        public typealias Payload = MessageStatus
        public static let name = "messageStatus"
        public static let method = "POST"
        public static let answerStatus = 200
        /// A payload made from the spec's examples, to test a handler with.
        public static let example = "{\"id\":\"m-1\",\"status\":\"sent\"}"
    }
}

extension Webhooks {
    /// A tool call
    ///
    /// The API sends `POST` to the URL you configure (webhook `toolCall`, operationId `tool_call`).
    ///
    /// Spec: `#/webhooks/toolCall/post`
    public enum ToolCall: APIWebhook {
        public typealias Payload = ToolCallPayload
        public typealias Answer = ToolCallAnswer
        public static let name = "toolCall"
        public static let method = "POST"
        public static let answerStatus = 200
        /// A payload made from the spec's examples, to test a handler with.
        public static let example = "{\"function\":\"lookup\"}"
    }
}

extension Webhooks {
    /// Call status
    ///
    /// The API sends `POST` to `{$request.body#/status_url}` (callback `callStatus` of operation `createCall`, operationId `call_status_callback`).
    ///
    /// Spec: `#/paths/~1calls/post/callbacks/callStatus/{$request.body#~1status_url}/post`
    public enum CallStatusCallback: APIWebhook {
        public typealias Payload = CallStatus
        public static let name = "callStatus"
        public static let method = "POST"
        public static let answerStatus = 204
        public static let formFields: [String: WebhookFormField] = [
            "Digits": WebhookFormField(.text, isList: true),
            "Duration": WebhookFormField(.number),
            "Answered": WebhookFormField(.boolean)
        ]
        /// A payload made from the spec's examples, to test a handler with.
        public static let example = "{\"CallSid\":\"c-1\",\"CallStatus\":\"completed\"}"
    }
}
