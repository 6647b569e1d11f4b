/// What the generated module declares: the spec translated into Swift terms, ready to render.
///
/// Names here are final Swift identifiers, plain (a keyword is escaped by the renderer that prints
/// it); wire names are kept beside them. Nothing here is Swift source text.
public struct CodeModel: Sendable {
    public var moduleName: String
    /// The access of every declaration.
    public var access: AccessLevel
    /// Spec path as shown in file headers.
    public var specPath: String
    public var types: [TypeDeclaration]
    public var client: ClientDeclaration
    /// The spec's JSON examples, each with the type it must decode as.
    public var examples: [ExampleDeclaration]
    /// The requests the API makes to the app (`webhooks` and callbacks), in spec order.
    public var webhooks: [WebhookDeclaration] = []
    /// How the API signs them; nil when it does not say. The module then carries
    /// `WebhookSignature` even without webhooks, and each webhook is a `SignedWebhook`.
    public var webhookSignature: WebhookSignatureScheme?
    /// The spec's top-level tags, by which the documentation catalog groups the operations.
    public var tags: [OpenAPIDocument.Tag] = []
}

/// A webhook or callback: what the API sends to the app and what it expects back.
public struct WebhookDeclaration: Sendable {
    /// The Swift name inside the `Webhooks` namespace (`AiDebugWebhook`).
    public var name: String
    /// The spec's name: the key under `webhooks`, or the callback's name.
    public var specName: String
    public var method: HTTPMethod
    /// Summary, description, the operationId and where the callback comes from.
    public var documentation: Documentation
    /// The body's type; `JSONValue` when the spec gives no JSON or form schema.
    public var payload: TypeReference
    /// The documented answer's type, nil when the answer has no JSON body.
    public var answer: TypeReference?
    /// The first documented success status of the answer.
    public var answerStatus: Int
    /// A compact JSON payload: the spec's example, or one made from the schema's examples.
    public var example: String?
    /// The payload's top-level fields that are not one text value, for reading form bodies.
    public var formFields: [FormField] = []

    public struct FormField: Sendable, Equatable {
        public enum Kind: String, Sendable { case text, number, boolean }
        public var key: String
        public var kind: Kind
        public var isList: Bool
    }
}

/// The access level of the module's declarations: `public` for a module of its own, `internal` or
/// `package` for code added to an app's module.
public enum AccessLevel: String, Sendable, Equatable, CaseIterable {
    case `public`, `internal`, `package`
}

/// One JSON example of the spec and the generated type it belongs to.
public struct ExampleDeclaration: Sendable {
    /// JSON pointer of the example in the spec.
    public var pointer: String
    public var type: TypeReference
    /// Whether `null` is a valid value here (the type itself does not say).
    public var nullable: Bool
    /// The example as compact JSON.
    public var json: String
}

/// Documentation of a declaration: the spec's text and where it came from.
public struct Documentation: Sendable, Hashable {
    public var text: String?
    /// JSON pointer into the spec, shown for types.
    public var pointer: String?
    /// The schema's `default` as compact JSON: the value the server assumes when none is sent.
    public var defaultValue: String?
    /// Set for `deprecated: true`: the message of `@available(*, deprecated, message:)`, empty for none.
    public var deprecation: String?
    /// JSON pointer of the spec item the declaration was made from, for tools (not printed).
    public var source: String?

    public init(_ text: String?, pointer: String? = nil, defaultValue: String? = nil, deprecation: String? = nil, source: String? = nil) {
        self.text = text
        self.pointer = pointer
        self.defaultValue = defaultValue
        self.deprecation = deprecation
        self.source = source ?? pointer
    }

    public var isDeprecated: Bool { deprecation != nil }

    /// The message for `deprecated: true`: the description's first sentence.
    static func deprecation(_ deprecated: Bool, description: String?) -> String? {
        guard deprecated else { return nil }
        guard let description else { return "" }
        let sentences = plainText(description).split(whereSeparator: \.isNewline).flatMap { line in
            line.components(separatedBy: ". ").map { $0.trimmingCharacters(in: .whitespaces) }
        }.filter { !$0.isEmpty }
        // The spec's advice ("Use X instead") where it gives one, else its first sentence.
        let advice = sentences.first { $0.contains(" instead") || $0.hasPrefix("Use ") || $0.hasPrefix("Please use ") }
        guard let sentence = advice ?? sentences.first else { return "" }
        return sentence.hasSuffix(".") || advice == nil && sentences.count == 1 ? sentence : sentence + "."
    }

    /// Markdown as plain text for a message: `[text](url)` is `text`, and emphasis markers and a
    /// leading `Note:` or `Deprecated:` go.
    private static func plainText(_ markdown: String) -> String {
        var text = ""
        var rest = markdown[...]
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]"),
              rest[close...].dropFirst().first == "(", let end = rest[close...].firstIndex(of: ")") {
            text += rest[..<open] + rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: end)...]
        }
        text += rest
        text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        for label in ["Note:", "Deprecated:"] {
            text = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix(label) ? String(trimmed.dropFirst(label.count)).trimmingCharacters(in: .whitespaces) : String(line)
            }.joined(separator: "\n")
        }
        return text
    }
}

public indirect enum TypeDeclaration: Sendable {
    case structure(StructDeclaration)
    case enumeration(EnumDeclaration)
    case union(UnionDeclaration)
    case alias(AliasDeclaration)

    public var name: String {
        switch self {
        case .structure(let declaration): declaration.name
        case .enumeration(let declaration): declaration.name
        case .union(let declaration): declaration.name
        case .alias(let declaration): declaration.name
        }
    }

    /// The declarations nested in this one: a struct's or a union's; none for the others.
    var nestedDeclarations: [TypeDeclaration] {
        switch self {
        case .structure(let declaration): declaration.nested
        case .union(let declaration): declaration.nested
        case .enumeration, .alias: []
        }
    }

    /// Visits `types` and every declaration nested in them, each before those nested in it, with
    /// its qualified Swift name (`Page`, `Page.Links`): the one walk over nested declarations.
    static func walk(_ types: [TypeDeclaration], parent: String? = nil, _ visit: (_ name: String, TypeDeclaration) -> Void) {
        for declaration in types {
            let name = parent.map { "\($0).\(declaration.name)" } ?? declaration.name
            visit(name, declaration)
            walk(declaration.nestedDeclarations, parent: name, visit)
        }
    }
}

/// A JSON object with known properties.
public struct StructDeclaration: Sendable {
    public var name: String
    public var documentation: Documentation
    public var properties: [PropertyDeclaration]
    /// Types declared inside this one (inline enums and objects of its properties).
    public var nested: [TypeDeclaration]
}

public struct PropertyDeclaration: Sendable {
    /// How the key behaves on the wire, which decides the Swift shape of the property.
    public enum Presence: Sendable {
        /// Always present, never `null`: `var x: T`.
        case required
        /// Always written, may be `null`: `@RequiredNullable var x: T?`.
        case requiredNullable
        /// May be absent: `@OptionalKey var x: T?` (and `$x = .null` sends `null`).
        case optional
    }

    public var name: String
    public var key: String
    public var type: TypeReference
    public var presence: Presence
    public var documentation: Documentation
    /// Stored out of line (the value is a generated struct; see ``OutOfLineStructs``).
    public var isIndirect = false
    /// The schema allows `null` (for an optional property, which is `T?` either way).
    public var isNullable = false
    /// `readOnly`: sent by the server only. Never written into a request body, never an argument of
    /// a call; optional in Swift, so that a value made to be sent needs none, yet required when
    /// received where the schema requires it (``isRequiredWhenReceived``).
    public var isReadOnly = false
    /// The key must be in what is received: a required `readOnly` property, optional in Swift.
    public var isRequiredWhenReceived = false
    /// The key must be in what is sent: a required `writeOnly` property, optional in Swift (what
    /// is received never holds it) but a required argument of initializers and calls.
    public var isRequiredWhenSent = false
    /// `xOrDefault`: the property, or the schema's default when the key is absent; with the
    /// default as a Swift literal of the property's type.
    public var defaultAccessor: (name: String, literal: String, isNullable: Bool)?
}

/// A string enum, open to values the spec does not list.
public struct EnumDeclaration: Sendable {
    public var name: String
    public var documentation: Documentation
    public var cases: [(name: String, value: String)]
    /// The spec itself allows other values (`anyOf` of the values and any string); otherwise the
    /// listed values are all a server takes, which the mock checks.
    public var isOpenInSpec = false
}

/// A value that is one of several types (`oneOf`, `anyOf`): an enum with a case per alternative,
/// plus `undocumented(JSONValue)` for a value that matches none.
public struct UnionDeclaration: Sendable {
    public struct Case: Sendable {
        public var name: String
        public var type: TypeReference
        /// Discriminator values that select this case.
        public var tags: [String]
        /// Properties that allow exactly one value (`const`, an `enum` of one), here or in nested
        /// objects, other than the discriminator: data with another value there is not this case.
        public var constants: [Constant]
        /// A struct, whose decoding can tell an exact match (no unknown keys) from a loose one.
        public var isStruct: Bool
        /// A union, which decodes anything (as `undocumented` at worst): only a documented
        /// case of it counts as a match.
        public var isUnion: Bool
    }

    /// A property's one allowed value.
    public struct Constant: Sendable, Equatable {
        /// The property's key, after the keys of the objects it is nested in.
        public var path: [String]
        /// The values the property allows: one (`const`, an `enum` of one), or the values of an
        /// `enum` that no other alternative shares.
        public var values: [String]
        /// Whether the data must have the property (it and the objects around it are required);
        /// otherwise only a value that is there must match.
        public var isRequired: Bool
    }

    public var name: String
    public var documentation: Documentation
    public var cases: [Case]
    /// The property whose value names the case, when the spec gives one.
    public var discriminator: String?
    /// The case of OpenAPI 3.2's `defaultMapping`: a value no case lists, or data without the
    /// discriminator, is decoded as it (and is `undocumented` when that fails).
    public var defaultCase: String?
    public var nested: [TypeDeclaration]

    /// Every case has discriminator values: any other value is `undocumented`.
    public var isFullyTagged: Bool {
        discriminator != nil && cases.allSatisfy { !$0.tags.isEmpty }
    }
}

/// A schema that is another type under a new name.
public struct AliasDeclaration: Sendable {
    public var name: String
    public var documentation: Documentation
    public var target: TypeReference
}

/// A type as written in Swift.
public indirect enum TypeReference: Sendable, Hashable {
    case named(String)
    case array(TypeReference)
    /// A JSON object used as a map with values of one type, keys in document order.
    case map(TypeReference)

    /// The JSON kind of a plain value type the runtime or the standard library provides
    /// (`UUIDString` is a string); nil for declared types, arrays, maps and `JSONValue`.
    var primitiveKind: PrimitiveKind? {
        guard case .named(let name) = self else { return nil }
        switch name {
        case "String", "UUIDString", "DateTimeString", "DateString": return .string
        case "Int", "Int32", "Int64": return .integer
        case "Double": return .number
        case "Bool": return .boolean
        case "JSONObject": return .object
        default: return nil
        }
    }

    enum PrimitiveKind {
        case string, integer, number, boolean, object
    }

    static let string = TypeReference.named("String")
    static let json = TypeReference.named("JSONValue")
    static let object = TypeReference.named("JSONObject")
}

/// The client type: how to reach the server and authenticate, and its operations in groups.
public struct ClientDeclaration: Sendable {
    public var name: String
    /// The spec's `info`: title, version and description, for the documentation catalog.
    public var title: String
    public var version: String
    public var specDescription: String?
    /// `Module/version`, from the module name and the spec's `info.version`.
    public var userAgent: String
    public var documentation: Documentation
    /// The spec's first server; nil when it names none.
    public var server: ServerDeclaration?
    public var authentication: Authentication?
    public var root: GroupDeclaration
}

/// The server a client is made for: its URL template (`https://{region}.example.com/v1`) and
/// the variables in it, which become arguments of the client's initializers.
public struct ServerDeclaration: Sendable {
    public var template: String
    /// OpenAPI 3.2's short name (`Production`).
    public var name: String?
    public var description: String?
    public var variables: [ServerVariable]

    /// Whether the template names a scheme and a host, so that a client needs no host to reach it
    /// (`/api/v3` does not).
    public var isAbsolute: Bool { template.contains("://") }

    /// The variables written in the template's path, which a client for another host keeps.
    public var pathVariables: [ServerVariable] {
        let path = ServerTemplate(template).path
        return variables.filter { path.contains("{\($0.name)}") }
    }
}

/// A server variable: an argument of the client's initializers, typed by an enum when the spec
/// lists its values.
public struct ServerVariable: Sendable {
    /// As the template writes it: `region`.
    public var name: String
    /// The argument's label: `region`.
    public var label: String
    public var defaultValue: String
    /// Whether the argument has no default: a variable of the host that takes any text, whose
    /// default is a placeholder (`example`, `your-space`) no app means to call.
    public var isRequired: Bool
    public var documentation: String?
    /// The closed enum its listed values make, nested in the client (`Region`); nil when any
    /// text is allowed.
    public var typeName: String?
    /// The listed values as enum cases.
    public var cases: [(name: String, value: String)]
}

/// How the client authenticates, with the argument labels and environment variables it uses.
/// The credentials a client takes (one initializer argument or two per security scheme) and
/// which of them its calls send.
public struct Authentication: Sendable {
    public struct Scheme: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case basic(userLabel: String, passwordLabel: String)
            /// `http` `bearer`, OAuth 2 and OpenID Connect: a token sent as `Authorization: Bearer`;
            /// for OAuth 2, the token endpoints and the scopes the client's operations ask for.
            case bearer(tokenLabel: String, tokenEndpoints: OAuth2TokenEndpoints?, scopes: [String])
            case apiKey(label: String, placement: ParameterPlacement, name: String)
        }

        /// The scheme's name under `components/securitySchemes`.
        public var name: String
        public var kind: Kind
        /// Whether every call of the client's default `security` needs it: a `String` argument
        /// then, else a `String?` one.
        public var isRequired: Bool
        /// The spec deprecates it (OpenAPI 3.2): the initializers say so.
        public var isDeprecated = false

        /// The initializer's labels for it: the user and password, or the token or key.
        public var labels: [String] {
            switch kind {
            case .basic(let user, let password): [user, password]
            case .bearer(let token, _, _): [token]
            case .apiKey(let label, _, _): [label]
            }
        }
    }

    public var schemes: [Scheme]
    /// The spec's top-level `security`: alternatives, each the names of the schemes sent together.
    public var security: [[String]]
    /// Environment variables read by `init(environment:)`, in argument order, then the host's.
    public var environment: [String]
    public var hostEnvironment: String?

    /// An initializer's credential argument.
    public struct Argument: Sendable {
        public var label: String
        public var isRequired: Bool
        /// A `BearerToken` (fixed, provided, or obtained with OAuth 2), not a `String`.
        public var isToken: Bool
    }

    /// The initializer's credential arguments, in order.
    public var arguments: [Argument] {
        schemes.flatMap { scheme in
            let isToken = if case .bearer = scheme.kind { true } else { false }
            return scheme.labels.map { Argument(label: $0, isRequired: scheme.isRequired, isToken: isToken) }
        }
    }
}

/// Operations that share a path prefix: `client.fabric.sipEndpoints`.
public struct GroupDeclaration: Sendable {
    /// The operations of this group and of the groups in it.
    /// This group's operations, then those of its groups, depth first.
    var allOperations: [OperationDeclaration] {
        operations + groups.flatMap(\.allOperations)
    }

    public var operationCount: Int {
        groups.reduce(operations.count) { $0 + $1.operationCount }
    }

    /// Type name, e.g. `SipEndpoints`.
    public var name: String
    /// Property name, e.g. `sipEndpoints`.
    public var property: String
    /// The path prefix the group stands for, for its documentation.
    public var path: String
    public var operations: [OperationDeclaration]
    public var groups: [GroupDeclaration]
}

public struct OperationDeclaration: Sendable {
    public var name: String
    /// The name from the operationId, used when the resource rule gives two operations one name.
    public var fallbackName: String
    public var method: HTTPMethod
    public var path: String
    public var operationId: String?
    /// The summary and description, with the operation's spec pointer.
    public var documentation: Documentation
    public var pathParameters: [ParameterDeclaration]
    public var queryParameters: [ParameterDeclaration]
    public var headerParameters: [ParameterDeclaration]
    public var body: BodyDeclaration?
    /// The decoded success body; nil when the success response has no JSON body.
    public var response: TypeReference?
    /// Documented error bodies, by status as the spec writes it (`422`, `4XX`, `default`).
    public var errors: [(status: String, type: TypeReference)]
    /// Set for a list whose pages link to the next one.
    public var pagination: Pagination?
    /// The header that carries the call's idempotency key (POST and PATCH only); nil: none is sent.
    public var idempotencyHeader: String?
    /// The operation's own `security` when it differs from the client's (`[]`: no credentials).
    public var security: [[String]]?
    /// How the success response is read; `response` is the type the caller gets.
    public var transfer: Transfer = .json
    /// The operation's tags, in the spec's order.
    public var tags: [String] = []
    /// The success media type the method reads and asks for in `Accept`; nil: none.
    public var mediaType: String?
    /// What this method adds to the operation's name when it reads a media type other than the
    /// one read best (`Stream`, `Csv`); nil for that one.
    public var variantSuffix: String?

    /// Whether the call goes through the runtime's streaming layer: bytes or items sent, or anything but JSON received.
    public var isStreamed: Bool { transfer != .json || body?.encoding == .binary || body?.encoding == .jsonSequence }
    /// How the generated mock answers: the first success status and its example (or a value
    /// built from the schema), and the status for an invalid request.
    public var mock: MockAnswer
}

/// How an operation's success response is read.
public enum Transfer: Sendable, Equatable {
    /// JSON decoded into the response type (or no body).
    case json
    /// `text/event-stream`: the response is `ServerSentEvents<payload>`, each event's data a
    /// `payload` (`String` when the spec gives no JSON schema for it).
    case events(payload: TypeReference)
    /// Bytes: the response is `Data`; the client also downloads it to a file and streams its chunks.
    case bytes(accept: String)
    /// JSON Lines or JSON text sequences: the response is `JSONSequence<item>`, read as it arrives.
    case jsonSequence(item: TypeReference, accept: String)
    /// A `multipart/*` answer: the response is `MultipartParts<item>`, its parts read as they
    /// arrive; a part that names no content type takes the one of its place (`prefix`, then `partContentType`).
    case parts(item: TypeReference, accept: String, prefix: [String], partContentType: String?)
}

/// An operation's answer in the generated `MockTransport`.
public struct MockAnswer: Sendable {
    public var status: Int
    /// Compact JSON, or the text of a stream's items; nil when the success response has neither.
    public var example: String?
    /// 422 where the spec documents it, else 400.
    public var validationStatus: Int
    /// A JSON request body the operation accepts: the spec's example, or a value built from the
    /// schema; nil without a JSON body.
    public var requestExample: String?
    /// The answer's `Content-Type` when it is not the operation's media type (a multipart one
    /// names its boundary).
    public var contentType: String?
}

/// How to walk a paginated list: a page's items and its link to the next page.
public struct Pagination: Sendable {
    /// One property on the way from a page to a value.
    public struct Step: Sendable, Equatable {
        public var property: String
        /// The property's key in JSON.
        public var key: String
        /// The property is optional: what follows it may be missing.
        public var isOptional: Bool
    }

    /// The properties from a page to its next link, e.g. `links`, `next`.
    public var next: [Step]
    /// The page's array of items, e.g. `data`.
    public var items: Step
    public var item: TypeReference
}

public struct ParameterDeclaration: Sendable {
    public var name: String
    public var wireName: String
    public var type: TypeReference
    public var required: Bool
    public var placement: ParameterPlacement
    public var style: ParameterStyle
    /// For arrays and objects: each value (pair) on its own rather than joined into one.
    public var explode: Bool
    public var allowReserved: Bool
    /// Whether the query names the parameter: not for an object written as `form` exploded
    /// (`R=100&G=200`), whose keys take the place of its name.
    public var isNamedInQuery: Bool
    public var documentation: Documentation
}

public struct BodyDeclaration: Sendable {
    /// How the body is put on the wire.
    public enum Encoding: String, Sendable {
        case json
        /// `application/x-www-form-urlencoded`
        case form
        /// `multipart/form-data`
        case multipart
        /// Bytes or a file (`application/octet-stream`, `image/*`, ...): the type is `BinaryBody`.
        case binary
        /// JSON Lines or JSON text sequences: the type is `JSONSequenceBody<Item>`.
        case jsonSequence
    }

    public var type: TypeReference
    public var encoding: Encoding
    /// The media type sent as `Content-Type` (written only where the encoding does not imply it).
    public var mediaType: String?
    public var required: Bool
    /// The body struct's properties, offered as arguments of a second, flattened method.
    public var flattened: [FlattenedArgument]?
}

/// A body property as an argument, labelled `localName`: the property's name, or `bodyName` when
/// a parameter has the same name.
public struct FlattenedArgument: Sendable {
    public var property: PropertyDeclaration
    public var localName: String
}
