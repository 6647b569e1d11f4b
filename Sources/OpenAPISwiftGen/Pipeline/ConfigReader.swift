/// Reads the generator's config file (YAML). Unknown keys are errors, with line and column.
///
/// ```yaml
/// spec: openapi.yaml          # relative to this file
/// output: ../Generated        # relative to this file
/// examples: ../Tests/X         # optional: where SpecExamples.swift goes, relative to this file
/// server-companion: ../Sources/XServer   # optional: where the server companion goes, relative to this file
/// module: SignalWire
/// client: SignalWireClient
/// access: public              # or internal, package
/// naming: resources           # or operationId
/// operations: {include: [operationId, ...], tags: [...], paths: [/prefix, ...]}
/// names: {schemas: {SchemaName: SwiftName}, operations: {operationId: methodName}}
/// credentials: {user: project, password: token, token: token}
/// environment: {user: SIGNALWIRE_PROJECT_ID, password: SIGNALWIRE_API_TOKEN, token: ..., host: SIGNALWIRE_SPACE}
/// idempotency-key: {header: Idempotency-Key}   # optional: POST and PATCH send a key and are retried
/// webhook-signature: signalwire   # optional: or standard-webhooks, none; how the API signs its webhooks
/// ```
public enum ConfigReader {
    public static func read(_ root: YAMLNode) throws(DiagnosticError) -> GeneratorConfig {
        var config = GeneratorConfig()
        var companionLocation: SourceLocation?
        guard let entries = root.entries else {
            throw DiagnosticError("the config must be a mapping, found \(root.kindName)", at: root.location)
        }
        for entry in entries {
            switch entry.key {
            case "spec": config.spec = try string(entry)
            case "output": config.output = try string(entry)
            case "examples": config.examples = try string(entry)
            case "server-companion":
                config.serverCompanion = try string(entry)
                companionLocation = entry.value.location
            case "module": config.module = try identifier(entry)
            case "client": config.client = try identifier(entry)
            case "naming":
                guard let naming = GeneratorConfig.OperationNaming(rawValue: try string(entry)) else {
                    throw DiagnosticError("'naming' must be 'resources' or 'operationId'", at: entry.value.location)
                }
                config.naming = naming
            case "access":
                let text = try string(entry)
                guard let access = AccessLevel(rawValue: text) else {
                    throw DiagnosticError("'access' must be public, internal or package, found '\(text)'", at: entry.value.location)
                }
                config.access = access
            case "operations":
                for item in try mapping(entry) {
                    switch item.key {
                    case "include":
                        config.operationIds = try strings(item)
                        config.operationIdLocations += try located(item)
                    case "exclude":
                        config.excludedOperationIds = try strings(item)
                        config.operationIdLocations += try located(item)
                    case "tags": config.tags = try strings(item)
                    case "paths": config.pathPrefixes = try strings(item)
                    default: throw unknown(item, in: "operations", known: "include, exclude, tags, paths")
                    }
                }
            case "schemas":
                for item in try mapping(entry) {
                    switch item.key {
                    case "include": config.schemaIncludes = try strings(item)
                    default: throw unknown(item, in: "schemas", known: "include")
                    }
                }
            case "names":
                for item in try mapping(entry) {
                    switch item.key {
                    case "schemas": config.schemaNames = try identifiers(item)
                    case "operations":
                        config.operationNames = try identifiers(item)
                        config.operationIdLocations += try mapping(item).map { .init(name: $0.key, location: $0.keyLocation) }
                    default: throw unknown(item, in: "names", known: "schemas, operations")
                    }
                }
            case "credentials":
                for item in try mapping(entry) {
                    switch item.key {
                    case "user": config.userLabel = try identifier(item)
                    case "password": config.passwordLabel = try identifier(item)
                    case "token": config.tokenLabel = try identifier(item)
                    default: throw unknown(item, in: "credentials", known: "user, password, token")
                    }
                }
            case "environment":
                for item in try mapping(entry) {
                    switch item.key {
                    case "user": config.userEnvironment = try string(item)
                    case "password": config.passwordEnvironment = try string(item)
                    case "token": config.tokenEnvironment = try string(item)
                    case "host": config.hostEnvironment = try string(item)
                    default: throw unknown(item, in: "environment", known: "user, password, token, host")
                    }
                }
            case "idempotency-key":
                for item in try mapping(entry) {
                    switch item.key {
                    case "header":
                        let name = try string(item)
                        guard HTTPToken.isHeaderName(name) else {
                            throw DiagnosticError("'header' must be a header name, found '\(name)'", at: item.value.location)
                        }
                        config.idempotencyHeader = name
                    default: throw unknown(item, in: "idempotency-key", known: "header")
                    }
                }
            case "webhook-signature":
                let text = try string(entry)
                guard let scheme = WebhookSignatureScheme(rawValue: text) else {
                    throw DiagnosticError("'webhook-signature' must be one of \(WebhookSignatureScheme.spellings), found '\(text)'", at: entry.value.location)
                }
                config.webhookSignature = scheme
            default:
                throw unknown(entry, in: "the config", known: "spec, output, examples, server-companion, module, client, access, naming, operations, schemas, names, credentials, environment, idempotency-key, webhook-signature")
            }
        }
        if let companionLocation, let problem = config.serverCompanionProblem(at: companionLocation) { throw problem }
        return config
    }

    private static func unknown(_ entry: YAMLEntry, in place: String, known: String) -> DiagnosticError {
        DiagnosticError("unknown key '\(entry.key)' in \(place) (known keys: \(known))", at: entry.keyLocation)
    }

    private static func string(_ entry: YAMLEntry) throws(DiagnosticError) -> String {
        guard let text = entry.value.string, !text.isEmpty else {
            throw DiagnosticError("'\(entry.key)' must be a non-empty string", at: entry.value.location)
        }
        return text
    }

    private static func identifier(_ entry: YAMLEntry) throws(DiagnosticError) -> String {
        let text = try string(entry)
        guard text.first!.isLetter || text.first == "_", text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
            throw DiagnosticError("'\(entry.key)' must be a Swift identifier, found '\(text)'", at: entry.value.location)
        }
        return text
    }

    private static func strings(_ entry: YAMLEntry) throws(DiagnosticError) -> [String] {
        guard let items = entry.value.items else {
            throw DiagnosticError("'\(entry.key)' must be a list", at: entry.value.location)
        }
        var result: [String] = []
        for item in items {
            guard let text = item.string else { throw DiagnosticError("'\(entry.key)' must hold strings", at: item.location) }
            result.append(text)
        }
        return result
    }

    /// The strings of a list with where each is written.
    private static func located(_ entry: YAMLEntry) throws(DiagnosticError) -> [GeneratorConfig.Located] {
        let texts = try strings(entry)
        return zip(texts, entry.value.items ?? []).map { .init(name: $0, location: $1.location) }
    }

    /// A map of spec names to Swift identifiers.
    private static func identifiers(_ entry: YAMLEntry) throws(DiagnosticError) -> [String: String] {
        var result: [String: String] = [:]
        for item in try mapping(entry) { result[item.key] = try identifier(item) }
        return result
    }

    private static func mapping(_ entry: YAMLEntry) throws(DiagnosticError) -> [YAMLEntry] {
        guard let entries = entry.value.entries else {
            throw DiagnosticError("'\(entry.key)' must be a mapping", at: entry.value.location)
        }
        return entries
    }
}
