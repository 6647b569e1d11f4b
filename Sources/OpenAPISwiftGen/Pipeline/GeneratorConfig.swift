/// What the generator needs besides the spec: names and the client's shape.
///
/// Read from a YAML file beside the spec (see `ConfigReader`); every key is optional.
public struct GeneratorConfig: Sendable, Equatable {
    /// How operations become client methods.
    public enum OperationNaming: String, Sendable, Equatable {
        /// `client.fabric.sipEndpoints.create(...)`: groups from the path, verbs from the method.
        case resources
        /// `client.createSipEndpoint(...)`: one method per operationId.
        case operationId
    }

    /// The spec, relative to the config file.
    public var spec = "openapi.yaml"
    /// The output folder, relative to the config file.
    public var output = "../Generated"
    /// Where `SpecExamples.swift` goes (a test target's folder), relative to the config file; nil: nowhere.
    public var examples: String?
    /// Where the server companion goes (`server-companion`), relative to the config file; nil:
    /// nowhere. It is a module of its own that imports this one (an AsyncHTTPClient transport and
    /// swift-log, swift-metrics and swift-distributed-tracing middleware).
    public var serverCompanion: String?

    /// Why this config cannot have a server companion, said at `location`; nil when it can. The
    /// companion is a module of its own, which sees no `internal` declaration of this one.
    public func serverCompanionProblem(at location: SourceLocation?) -> DiagnosticError? {
        guard access == .internal else { return nil }
        return DiagnosticError(
            "'server-companion' needs 'access: public' or 'package': the companion is a module of its own that imports \(module)",
            at: location)
    }
    public var module = "API"
    /// The client type's name; by default the module's with `Client` after it (`Shop` ->
    /// `ShopClient`), so that two modules in one app never declare the same client.
    public var client: String {
        get { clientName ?? module + "Client" }
        set { clientName = newValue }
    }
    private var clientName: String?
    public var access = AccessLevel.public
    /// Which operations to generate; each list left empty lets every operation through.
    public var operationIds: [String] = []
    /// operationIds left out even when the other filters let them through.
    public var excludedOperationIds: [String] = []
    public var tags: [String] = []
    public var pathPrefixes: [String] = []
    /// Component schemas generated besides those the chosen operations reach (`schemas: include:`).
    public var schemaIncludes: [String] = []

    /// Whether operations are chosen: then only the types they reach are generated.
    public var filtersOperations: Bool {
        !operationIds.isEmpty || !excludedOperationIds.isEmpty || !tags.isEmpty || !pathPrefixes.isEmpty
    }
    /// Swift names to use instead of the derived ones: component schema name -> type name.
    public var schemaNames: [String: String] = [:]
    /// operationId -> method name.
    public var operationNames: [String: String] = [:]
    /// Where the config names operationIds (`operations: include/exclude`, `names: operations`),
    /// so that one the spec does not have is an error there.
    public var operationIdLocations: [Located] = []

    /// A name with where the config writes it.
    public struct Located: Sendable, Equatable {
        public var name: String
        public var location: SourceLocation
    }

    /// Whether an operation passes the `operations` filters.
    func includes(_ operation: Operation) -> Bool {
        (operationIds.isEmpty || operation.operationId.map(operationIds.contains) == true)
            && !(operation.operationId.map(excludedOperationIds.contains) ?? false)
            && (tags.isEmpty || operation.tags.contains(where: tags.contains))
            && (pathPrefixes.isEmpty || pathPrefixes.contains(where: operation.path.hasPrefix))
    }
    public var naming = OperationNaming.resources
    /// Argument labels of the credentials (`project`, `token` for SignalWire).
    public var userLabel = "username"
    public var passwordLabel = "password"
    public var tokenLabel = "token"
    /// Environment variables `init(environment:)` reads; nil leaves that initializer out.
    public var userEnvironment: String?
    public var passwordEnvironment: String?
    public var tokenEnvironment: String?
    public var hostEnvironment: String?
    /// The header that carries an idempotency key on POST and PATCH calls (`idempotency-key:
    /// {header: Idempotency-Key}`); it overrides the spec's top-level `x-idempotency-key`.
    public var idempotencyHeader: String?
    /// How the API signs its webhooks (`webhook-signature: signalwire`); it overrides the spec's
    /// top-level `x-webhook-signature`.
    public var webhookSignature: WebhookSignatureScheme?

    public init() {}
}
