/// An OpenAPI document: the parts the generator uses, in document order.
public struct OpenAPIDocument: Sendable {
    public var file: String
    public var version: String
    public var info: Info
    public var servers: [Server]
    public var operations: [Operation]
    /// The requests the API makes to the app: `webhooks` and the operations' `callbacks`.
    public var webhooks: [WebhookOperation]
    public var schemas: [NamedSchema]
    public var securitySchemes: [SecurityScheme]
    /// The top-level `security`: alternatives, each the schemes sent together; nil when absent.
    public var security: [SecurityRequirement]?
    /// The names of `components/responses`, in document order.
    public var sharedResponses: [String]
    /// The names of `components/parameters`, in document order.
    public var sharedParameters: [String]
    /// The header of the top-level `x-idempotency-key: {header: NAME}`.
    public var idempotencyHeader: String?
    /// The top-level `x-webhook-signature`: how the API signs its webhooks.
    public var webhookSignature: WebhookSignatureScheme?
    /// The top-level `tags`, in document order.
    public var tags: [Tag] = []

    /// A tag of the top-level `tags`: with OpenAPI 3.2's `summary` and `parent`, a hierarchy.
    public struct Tag: Sendable {
        public var name: String
        public var summary: String?
        public var description: String?
        /// The name of the tag it is under.
        public var parent: String?
        /// OpenAPI 3.2's `kind`: `nav` (or none) for the tags that structure the documentation;
        /// others (`badge`, `audience`) only label.
        public var kind: String?

        public var isNavigation: Bool { kind == nil || kind == "nav" }
    }

    public struct Info: Sendable {
        public var title: String
        public var version: String
        public var description: String?
    }

    public struct Server: Sendable {
        public var url: String
        /// OpenAPI 3.2's short name (`Production`).
        public var name: String?
        public var description: String?
        public var location: SourceLocation
        /// In document order.
        public var variables: [Variable]

        public struct Variable: Sendable {
            public var name: String
            public var defaultValue: String
            /// The values it may take; empty: any text.
            public var values: [String]
            public var description: String?
        }
    }

    public struct NamedSchema: Sendable {
        public var name: String
        public var schema: Schema
    }

    public struct SecurityScheme: Sendable {
        public enum Kind: Sendable, Equatable {
            case httpBasic
            /// `http` `bearer`, and `oauth2` and `openIdConnect`, whose tokens are sent the same way;
            /// the token endpoints of `oauth2`'s flows.
            case httpBearer(tokenEndpoints: OAuth2TokenEndpoints?)
            case apiKey(name: String, placement: ParameterPlacement)
            case unsupported(String)
        }

        public var name: String
        public var kind: Kind
        public var description: String?
        /// OpenAPI 3.2: the API means to stop accepting it.
        public var deprecated = false
        public var location: SourceLocation
    }
}

/// An operation's HTTP method: a fixed field of a path item (`get`, ..., OpenAPI 3.2's `query`),
/// or any method named under 3.2's `additionalOperations` (`LINK`, `PURGE`).
public struct HTTPMethod: RawRepresentable, Hashable, Sendable {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let get = HTTPMethod(rawValue: "GET")
    public static let put = HTTPMethod(rawValue: "PUT")
    public static let post = HTTPMethod(rawValue: "POST")
    public static let delete = HTTPMethod(rawValue: "DELETE")
    public static let options = HTTPMethod(rawValue: "OPTIONS")
    public static let head = HTTPMethod(rawValue: "HEAD")
    public static let patch = HTTPMethod(rawValue: "PATCH")
    public static let trace = HTTPMethod(rawValue: "TRACE")
    /// HTTP QUERY: a safe request with a body.
    public static let query = HTTPMethod(rawValue: "QUERY")

    /// The methods a path item names by fixed fields.
    static let fixedFields: [HTTPMethod] = [.get, .put, .post, .delete, .options, .head, .patch, .trace, .query]

    /// The method as a key of a path item (`get`, `post`, ...).
    public var key: String { rawValue.lowercased() }

    /// The method a path item's key names; nil for other keys (`parameters`, `summary`, ...).
    init?(key: String) {
        guard let method = Self.fixedFields.first(where: { $0.key == key }) else { return nil }
        self = method
    }
}

/// One alternative of a `security` list: the schemes a request sends together (all of them);
/// an empty one sends nothing.
public struct SecurityRequirement: Sendable {
    public var schemes: [String]
    /// The scopes each scheme asks for, in the order of `schemes`.
    public var scopes: [[String]]
    public var location: SourceLocation
}

/// How an API signs the webhooks it sends (`x-webhook-signature`, or the config's `webhook-signature`).
public enum WebhookSignatureScheme: String, Sendable, CaseIterable {
    /// `X-SignalWire-Signature` (and Twilio's `X-Twilio-Signature`).
    case signalwire
    /// The Standard Webhooks headers (`webhook-id`, `webhook-timestamp`, `webhook-signature`).
    case standardWebhooks = "standard-webhooks"
    /// `none`: not signed, overriding a spec's choice.
    case unsigned = "none"

    /// `signalwire`, `standard-webhooks` or `none`, for messages.
    static var spellings: String { allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") }
}

/// Where the token requests of an `oauth2` scheme go, from its `flows`.
public struct OAuth2TokenEndpoints: Sendable, Equatable {
    /// The `clientCredentials` flow's `tokenUrl`.
    public var clientCredentials: String?
    /// Where a refresh token is sent: a flow's `refreshUrl`, else the `tokenUrl` of a flow that
    /// issues refresh tokens (authorization code, device authorization, password, client credentials).
    public var refresh: String?
}

/// Where a parameter goes (`in`).
public enum ParameterPlacement: String, Sendable, CaseIterable {
    case path, query, header, cookie
}

public struct Operation: Sendable {
    public var method: HTTPMethod
    public var path: String
    public var operationId: String?
    public var summary: String?
    public var description: String?
    public var deprecated: Bool
    public var tags: [String]
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    public var responses: [Response]
    /// The operation's `x-idempotency-key`: `{header: NAME}` or `false`; nil when absent.
    public var idempotencyKey: IdempotencyKey?
    /// The operation's own `security` (`[]`: no credentials); nil: the document's.
    public var security: [SecurityRequirement]?
    public var location: SourceLocation
    /// JSON pointer of the operation, e.g. `#/paths/~1pets/get`.
    public var pointer: String
}

/// A request the API sends to the app: an entry of `webhooks` or of an operation's `callbacks`.
/// Its operation's `path` is the webhook's name or the callback's URL expression.
public struct WebhookOperation: Sendable {
    public enum Origin: Sendable, Equatable {
        case webhook
        /// A callback of an operation, sent to the URL `expression` gives (`{$request.body#/callback_url}`).
        case callback(operationId: String?, expression: String)
    }

    /// The key under `webhooks`, or the callback's name.
    public var name: String
    public var origin: Origin
    public var operation: Operation
}

/// The `x-idempotency-key` extension: the header that carries a call's key, or none.
public enum IdempotencyKey: Sendable, Equatable {
    case header(String)
    case off
}

/// How a parameter's value is written (`style`); `json` for a parameter described by `content`.
public enum ParameterStyle: String, Sendable, CaseIterable {
    case form, spaceDelimited, pipeDelimited, deepObject, simple, label, matrix, cookie, json
    /// OpenAPI 3.2's `in: querystring`: the whole query string from one value, as its `content`
    /// says: a form's pairs (`querystring`) or JSON text (`querystringJSON`). No spec writes these
    /// as a `style`.
    case querystring, querystringJSON

    /// The styles a placement allows, its default first.
    static func allowed(in placement: ParameterPlacement) -> [ParameterStyle] {
        switch placement {
        case .query: [.form, .spaceDelimited, .pipeDelimited, .deepObject]
        case .path: [.simple, .label, .matrix]
        case .header: [.simple]
        case .cookie: [.form, .cookie]
        }
    }
}

public struct Parameter: Sendable {
    public var name: String
    public var placement: ParameterPlacement
    public var required: Bool
    public var style: ParameterStyle
    /// Whether an array's values (an object's pairs) are written one by one (`name=a&name=b`),
    /// the default for `form` and `cookie`, or joined into one value.
    public var explode: Bool
    /// Whether reserved characters (`/`, `:`, `?`, ...) of a query value stay as they are.
    public var allowReserved: Bool
    public var description: String?
    public var deprecated: Bool
    public var schema: Schema?
    /// The `components/parameters` entry it refers to (`Market`); nil when written in place.
    public var sharedName: String?
    /// JSON pointer of the parameter where it is written (under the path item or the operation).
    public var pointer: String
    public var location: SourceLocation
}

public struct RequestBody: Sendable {
    public var required: Bool
    public var description: String?
    public var content: [MediaType]
    public var location: SourceLocation
}

public struct Response: Sendable {
    /// `200`, `4XX` or `default`.
    public var status: String
    /// The `components/responses` entry it refers to (`NotFound`); nil when written in place.
    public var sharedName: String?
    /// OpenAPI 3.2's short summary.
    public var summary: String?
    public var description: String?
    public var content: [MediaType]
    public var location: SourceLocation
}

public struct MediaType: Sendable {
    public var name: String
    public var schema: Schema?
    /// OpenAPI 3.2's `itemSchema`: the schema of each item of a sequential media type.
    public var itemSchema: Schema?
    /// `example`, and the `value`s of `examples`, as written.
    public var examples: [SpecValue]
    /// OpenAPI 3.2's `prefixEncoding` of a multipart media type: the content type of each of the
    /// first parts (empty where one gives none).
    public var prefixContentTypes: [String] = []
    /// The `contentType` of its `itemEncoding`: the parts after the prefix.
    public var itemContentType: String?
}
