import Foundation
import OpenAPISwiftGen
import Testing

/// The official SignalWire spec (`../shared/specs`, beside the repository; skipped when it is not
/// there) filtered to its five SIP endpoint operations: the module holds exactly the types those
/// operations reach, compiles in Swift 6 mode without warnings, and its create call sends the
/// page's example to a loopback server with the body keys in the official schema's order.
@Suite struct PrunedModuleTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let spec = repository.appendingPathComponent("../shared/specs/signalwire/signalwire-rest.yaml").standardized

    static let operations = [
        "list_sip_credentials", "create_sip_credential", "get_sip_credential", "update_sip_credential", "delete_sip_credential",
    ]

    /// What the five operations reach: bodies, responses, error bodies and what those refer to.
    static let expectedTypes = [
        "CallHandlerType", "Ciphers", "Codecs", "Encryption", "PaginationLinks", "ResourceSipEndpointCreateStatusCode422",
        "ResourceSipEndpointUpdateStatusCode422", "SipEndpoint", "SipEndpointCallHandler", "SipEndpointCreateRequest",
        "SipEndpointListResponse", "SipEndpointResponse", "SipEndpointUpdateRequest", "TypesStatusCodesRestApiErrorItem",
        "TypesStatusCodesStatusCode401", "TypesStatusCodesStatusCode404", "TypesStatusCodesStatusCode500", "Uuid",
    ]

    static func generate() throws -> Generator.Output? {
        guard FileManager.default.fileExists(atPath: spec.path) else {
            print("skipped: \(spec.path) is not here")
            return nil
        }
        var config = GeneratorConfig()
        config.module = "SipEndpoints"
        config.client = "SignalWireClient"
        config.userLabel = "project"
        config.passwordLabel = "token"
        config.operationIds = operations
        return try Generator.generate(specPath: spec.path, displayPath: "signalwire-rest.yaml", config: config)
    }

    @Test func holdsExactlyWhatTheOperationsReachAndCompiles() throws {
        guard let output = try Self.generate() else { return }
        #expect(output.operationCount == 5)
        #expect(output.unfilteredCounts?.operations ?? 0 > 200)
        #expect(output.unfilteredCounts?.types ?? 0 > 800)
        let types = output.files.filter { $0.path.hasPrefix("Types/") }
            .map { String($0.path.dropFirst("Types/".count).dropLast(".swift".count)) }.sorted()
        #expect(types == Self.expectedTypes)
        #expect(output.typeCount == Self.expectedTypes.count)
        let result = try SwiftCompiler.typecheck(output.files, moduleName: "SipEndpoints")
        #expect(result.status == 0, "\(result.output.prefix(3000))")
        #expect(!result.output.contains("warning:"), "\(result.output.prefix(3000))")
    }

    @Test func createSendsThePageExampleInTheOfficialKeyOrder() throws {
        guard let output = try Self.generate() else { return }
        let server = try String(
            contentsOf: Self.repository.appendingPathComponent("Tests/TestSupport/LoopbackServer.swift"), encoding: .utf8)
        let response = try String(
            contentsOf: Self.repository.appendingPathComponent("Tests/SignalWireTests/Golden/response.json"), encoding: .utf8)
        let program = """
            import Foundation

            let server = try LoopbackServer { _ in .init(status: 200, body: Data(\(literal(response)).utf8)) }
            let client = try SignalWireClient(project: "your-project-id", token: "your-api-token", host: server.host)
            let created = try await client.fabric.sipEndpoints.create(
                id: "993ed018-9e79-4e50-b97b-984bd5534095",
                username: "my-endpoint", callerId: "+15551234567", sendAs: "+15551234567",
                ciphers: [.aeadAes256Gcm8], codecs: [.opus], encryption: .required,
                callHandler: "relay_app", callingHandlerResourceId: "resource-id")
            let request = server.requests[0]
            print(request.method, request.path)
            print(String(decoding: request.body, as: UTF8.self))
            print(created.id)
            server.stop()
            """
        let files = output.files + [
            GeneratedFile(path: "LoopbackServer.swift", contents: server), GeneratedFile(path: "main.swift", contents: program),
        ]
        let result = try SwiftCompiler.run(files, moduleName: "App")
        #expect(result.status == 0, "\(result.output.prefix(3000))")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(result.output.prefix(3000))")
        #expect(lines.first == "POST /api/fabric/resources/sip_endpoints")
        #expect(lines.dropFirst().first == """
            {"id":"993ed018-9e79-4e50-b97b-984bd5534095","username":"my-endpoint","caller_id":"+15551234567",\
            "send_as":"+15551234567","ciphers":["AEAD_AES_256_GCM_8"],"codecs":["OPUS"],"encryption":"required",\
            "call_handler":"relay_app","calling_handler_resource_id":"resource-id"}
            """)
        #expect(lines.last == "67075301-69b2-4fc3-8a2c-c95a69a5665e")
    }

    private func literal(_ text: String) -> String {
        "#\"\"\"\n" + text + "\n\"\"\"#"
    }
}
