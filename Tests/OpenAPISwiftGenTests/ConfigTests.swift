import Foundation
import OpenAPISwiftGen
import Testing

/// The generator's config file: every key, and unknown or wrong keys as errors with a place.
@Suite struct ConfigTests {
    static func read(_ text: String) throws(DiagnosticError) -> GeneratorConfig {
        try ConfigReader.read(YAMLLoader.load(Array(text.utf8), file: "config.yaml"))
    }

    @Test func readsEveryKey() throws {
        let config = try Self.read("""
            spec: api.yaml
            output: Out
            examples: Tests/Examples
            server-companion: Sources/PetsServer
            module: Pets
            client: PetClient
            access: package
            naming: operationId
            operations: {include: [listPets], tags: [pets], paths: [/v1]}
            names: {schemas: {Pet: Animal}, operations: {listPets: all}}
            credentials: {user: login, password: secret, token: key}
            environment: {user: PETS_USER, password: PETS_PASSWORD, token: PETS_TOKEN, host: PETS_HOST}
            idempotency-key: {header: Idempotency-Key}
            webhook-signature: standard-webhooks
            """)
        #expect(config.spec == "api.yaml" && config.output == "Out" && config.examples == "Tests/Examples")
        #expect(config.serverCompanion == "Sources/PetsServer")
        #expect(config.module == "Pets" && config.client == "PetClient" && config.access == .package)
        #expect(config.naming == .operationId)
        #expect(config.operationIds == ["listPets"] && config.tags == ["pets"] && config.pathPrefixes == ["/v1"])
        #expect(config.schemaNames == ["Pet": "Animal"] && config.operationNames == ["listPets": "all"])
        #expect(config.userLabel == "login" && config.passwordLabel == "secret" && config.tokenLabel == "key")
        #expect(config.hostEnvironment == "PETS_HOST")
        #expect(config.idempotencyHeader == "Idempotency-Key")
        #expect(config.webhookSignature == .standardWebhooks)
    }

    @Test func unknownKeysAreErrorsWithTheirPlace() {
        #expect(throws: DiagnosticError.self) { try Self.read("module: A\nmodel: B\n") }
        do {
            _ = try Self.read("module: A\nmodel: B\n")
        } catch {
            #expect(error.description
                == "config.yaml:2:1: error: unknown key 'model' in the config (known keys: spec, output, examples, server-companion, module, client, access, naming, operations, schemas, names, credentials, environment, idempotency-key, webhook-signature)")
        }
        do {
            _ = try Self.read("operations:\n  tag: [x]\n")
        } catch {
            #expect(error.description == "config.yaml:2:3: error: unknown key 'tag' in operations (known keys: include, exclude, tags, paths)")
        }
        do {
            _ = try Self.read("idempotency-key: {header: 'Idempotency Key'}\n")
            Issue.record("a header name with a space was accepted")
        } catch {
            #expect(error.description == "config.yaml:1:27: error: 'header' must be a header name, found 'Idempotency Key'")
        }
        do {
            _ = try Self.read("webhook-signature: hmac\n")
            Issue.record("an unknown signature scheme was accepted")
        } catch {
            #expect(error.description == "config.yaml:1:20: error: 'webhook-signature' must be one of 'signalwire', 'standard-webhooks', 'none', found 'hmac'")
        }
        do {
            _ = try Self.read("access: internal\nserver-companion: Sources/PetsServer\n")
            Issue.record("a companion of an internal module was accepted")
        } catch {
            #expect(error.description == "config.yaml:2:19: error: 'server-companion' needs 'access: public' or 'package': the companion is a module of its own that imports API")
        }
        do {
            _ = try Self.read("access: open\n")
        } catch {
            #expect(error.description == "config.yaml:1:9: error: 'access' must be public, internal or package, found 'open'")
        }
        do {
            _ = try Self.read("module: 'My Module'\n")
        } catch {
            #expect(error.description == "config.yaml:1:9: error: 'module' must be a Swift identifier, found 'My Module'")
        }
    }

    /// An operationId the spec does not have, in a filter or a name, is an error where the config
    /// writes it, with the closest one the spec has.
    @Test func anUnknownOperationIdIsAnErrorNamingTheClosest() throws {
        let specPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("spec/openapi.yaml").path
        func error(_ config: String) throws -> String {
            do {
                _ = try Generator.generate(specPath: specPath, displayPath: "spec/openapi.yaml", config: try Self.read(config))
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(try error("names:\n  operations:\n    get_sip_endpont: fetch\n")
            == "config.yaml:3:5: error: 'get_sip_endpont' is no operationId of the spec; did you mean 'get_sip_endpoint'?")
        #expect(try error("operations:\n  include: [create_sip_endpoint, list_sip_endpont]\n")
            == "config.yaml:2:34: error: 'list_sip_endpont' is no operationId of the spec; did you mean 'list_sip_endpoints'?")
        #expect(try error("operations:\n  exclude:\n    - delete_everything\n")
            == "config.yaml:3:7: error: 'delete_everything' is no operationId of the spec")
        #expect(try error("names:\n  operations:\n    get_sip_endpoint: fetch\n") == "no error")
    }

    /// spec/ generated for use inside an app's own module: internal, filtered, renamed; compiles.
    /// A bearer token read from the environment is a fixed `BearerToken`; the module type-checks.
    @Test func aTokenFromTheEnvironmentIsABearerToken() throws {
        let spec = """
            openapi: 3.1.0
            info: {title: Shop, version: '1'}
            servers: [{url: 'https://api.shop.example/v1'}]
            components:
              securitySchemes:
                oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: /oauth/token, scopes: {}}}}
            security: [{oauth: []}]
            paths:
              /orders:
                get:
                  operationId: listOrders
                  responses: {'204': {description: None.}}
            """
        var config = GeneratorConfig()
        config.tokenEnvironment = "SHOP_TOKEN"
        config.hostEnvironment = "SHOP_HOST"
        let (model, _) = try TestPipeline.model(spec, file: "shop.yaml", module: "Shop", config: config)
        let files = Renderer.render(model).files
        let client = try #require(files.first { $0.path == "Client/ShopClient.swift" }).contents
        #expect(client.contains(#"token: BearerToken(ClientCore.environmentValue("SHOP_TOKEN", in: environment, purpose: "token")),"#))
        #expect(client.contains("public init(token: BearerToken, host: String, "))
        let program = GeneratedFile(path: "Use.swift", contents: """
            func use() throws {
                _ = try ShopClient(environment: ["SHOP_TOKEN": "t", "SHOP_HOST": "127.0.0.1:8080"])
                _ = try ShopClient(token: "literal", host: "api.shop.example")
                _ = try ShopClient(token: .clientCredentials(clientID: "a", clientSecret: "b"), host: "api.shop.example")
            }
            """)
        let result = try SwiftCompiler.typecheck(files + [program], moduleName: "Shop")
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("warning:"), "\(result.output)")
    }

    @Test func internalFilteredRenamedModuleCompiles() throws {
        var config = GeneratorConfig()
        config.module = "App"
        config.client = "SignalWire"
        config.access = .internal
        config.operationIds = ["create_sip_endpoint", "get_sip_endpoint"]
        config.schemaNames = ["SipEndpointResponse": "Endpoint"]
        config.operationNames = ["get_sip_endpoint": "fetch"]
        let specPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("spec/openapi.yaml").path
        let output = try Generator.generate(specPath: specPath, displayPath: "spec/openapi.yaml", config: config)
        let group = try #require(output.files.first { $0.path == "Client/SignalWire.Fabric.SipEndpoints.swift" })
        #expect(group.contents.contains("""
                    internal func fetch(
                        id: UUIDString,
                        options: RequestOptions? = nil
                    ) async throws(ClientError) -> Endpoint {
            """))
        #expect(!group.contents.contains("func list"))
        #expect(!output.files.contains { $0.contents.contains("\npublic ") || $0.contents.contains(" public var ") })
        let result = try SwiftCompiler.typecheck(output.files, moduleName: "App")
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("warning:"), "\(result.output)")
    }
}
