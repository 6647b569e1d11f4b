import Foundation

/// A request the API sends to your server (an entry of the spec's `webhooks`, or a callback of
/// an operation): the payload it carries and the answer it expects. Framework-neutral: a handler
/// gives the request's header fields and body bytes, whatever server it runs in.
///
/// ```swift
/// let event = try Webhooks.MessageStatusCallback.payload(headers: request.headers, body: request.body)
/// let answer = Webhooks.MessageStatusCallback.answer()   // the HTTPResponse to send back
/// ```
public protocol APIWebhook {
    associatedtype Payload: JSONCodable & Sendable
    /// The documented answer's type; `Void` when the answer has no body.
    associatedtype Answer: Sendable = Void
    /// The name the spec gives it: the key under `webhooks`, or the callback's name.
    static var name: String { get }
    /// The HTTP method the API sends it with.
    static var method: String { get }
    /// The documented status of the answer.
    static var answerStatus: Int { get }
    /// The payload's fields that are not one text value, for reading form bodies, where every
    /// value arrives as text (`Duration=94` is the number 94, `Event=a&Event=b` a list).
    static var formFields: [String: WebhookFormField] { get }
}

extension APIWebhook {
    public static var formFields: [String: WebhookFormField] { [:] }
}

/// A webhook the API signs, with the scheme the spec (`x-webhook-signature`) or the generator's
/// config (`webhook-signature`) names.
public protocol SignedWebhook: APIWebhook {
    static var signature: WebhookSignature.Scheme { get }
}

extension SignedWebhook {
    /// The payload of a received request once its signature holds: ``WebhookSignatureError`` when
    /// it does not (nothing is read then), else what ``APIWebhook/payload(headers:body:)`` throws.
    /// `url` is the whole URL the API sent the request to, query included (behind a proxy, the
    /// public one); `key` the signing key or secret.
    public static func verifiedPayload(url: String, headers: some Sequence<(String, String)>, body: Data, key: String) throws -> Payload {
        let headers = Array(headers)
        try WebhookSignature.verify(signature, url: url, headers: headers, body: body, key: key)
        return try payload(headers: headers, body: body)
    }
}

/// How a form field's text becomes the payload's JSON value.
public struct WebhookFormField: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case text, number, boolean
    }

    public var kind: Kind
    /// Whether the field is a list: one value is then a list of one.
    public var isList: Bool

    public init(_ kind: Kind, isList: Bool = false) {
        self.kind = kind
        self.isList = isList
    }
}

extension APIWebhook {
    /// The payload of a received request. The body is read as JSON, or as a form when the
    /// `Content-Type` is `application/x-www-form-urlencoded` (each field a string, a repeated field
    /// an array). Unknown fields and enum values are kept, as in responses; a body that does not
    /// match throws the decoding error with its JSON path.
    public static func payload(headers: some Sequence<(String, String)>, body: Data) throws(JSONDecodingError) -> Payload {
        let contentType = headers.first { $0.0.caseInsensitiveCompare("Content-Type") == .orderedSame }?.1 ?? ""
        let base = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if base == "application/x-www-form-urlencoded" {
            return try Payload(json: WebhookFormBody.object(body, fields: formFields))
        }
        return try Payload(jsonData: body)
    }

    /// The payload of a received request, with the header fields as ``HTTPHeader`` values.
    public static func payload(headers: [HTTPHeader], body: Data) throws(JSONDecodingError) -> Payload {
        try payload(headers: headers.map { ($0.name, $0.value) }, body: body)
    }
}

extension APIWebhook where Answer == Void {
    /// The documented answer, without a body.
    public static func answer() -> HTTPResponse {
        HTTPResponse(status: answerStatus)
    }
}

extension APIWebhook where Answer: JSONEncodable {
    /// The documented answer: `value` as JSON.
    public static func answer(_ value: Answer) -> HTTPResponse {
        HTTPResponse(status: answerStatus, headers: [HTTPHeader("Content-Type", "application/json")], body: value.jsonData())
    }
}

/// Reads `application/x-www-form-urlencoded` bodies.
enum WebhookFormBody {
    /// The fields as a JSON object in their order: text values, a repeated field an array;
    /// numbers and booleans where `fields` says so and the text is one (else the text stays, for
    /// the decoder to refuse with the field's path).
    static func object(_ body: Data, fields kinds: [String: WebhookFormField] = [:]) throws(JSONDecodingError) -> JSONValue {
        guard let text = String(data: body, encoding: .utf8) else {
            throw JSONDecodingError(.syntax("the form body is not UTF-8"))
        }
        var fields: [(name: String, values: [String])] = []
        var positions: [String: Int] = [:]
        for field in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = field.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decoded(parts[0]), let value = decoded(parts.count > 1 ? parts[1] : "") else {
                throw JSONDecodingError(.syntax("the form field '\(field.prefix(40))' is not percent-encoded correctly"))
            }
            if let position = positions[name] {
                fields[position].values.append(value)
            } else {
                positions[name] = fields.count
                fields.append((name, [value]))
            }
        }
        return .object(JSONObject(fields.map { field in
            let kind = kinds[field.name]
            let values = field.values.map { value(of: $0, kind: kind?.kind ?? .text) }
            return JSONObject.Entry(key: field.name, value: values.count == 1 && kind?.isList != true ? values[0] : .array(values))
        }))
    }

    /// Whether the text is a JSON number (RFC 8259: no `+`, no leading zeros, no bare `.`).
    private static func isNumber(_ text: String) -> Bool {
        if case .number? = try? JSONReader.parse(Array(text.utf8)) { true } else { false }
    }

    private static func value(of text: String, kind: WebhookFormField.Kind) -> JSONValue {
        switch kind {
        case .number where isNumber(text): .number(text)
        case .boolean where text == "true" || text == "false": .bool(text == "true")
        default: .string(text)
        }
    }

    private static func decoded(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
