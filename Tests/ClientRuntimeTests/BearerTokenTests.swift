import Foundation
@testable import ClientRuntime
import TestSupport
import Testing

/// Bearer tokens that change, seen by a loopback server that is both the API and the OAuth 2
/// token endpoint: the app's provider, client credentials (each client authentication), refresh
/// tokens, expiry, one token request for many calls, a 401 answered once, the endpoint's errors.
@Suite struct BearerTokenTests {
    /// A token endpoint at `/oauth/token` that hands out `t1`, `t2`, ... (with `expiresIn` and a
    /// new refresh token `r2`, `r3`, ...), and an API that accepts the tokens `accepts` allows.
    final class Server: @unchecked Sendable {
        let loopback: LoopbackServer

        init(
            expiresIn: Double? = 3600, tokenDelay: Double = 0, tokenReply: LoopbackServer.Reply? = nil,
            accepts: @escaping @Sendable (String) -> Bool = { _ in true }
        ) throws {
            let counter = Counter()
            loopback = try LoopbackServer { request in
                if request.path == "/oauth/token" {
                    if let tokenReply { return tokenReply }
                    let number = counter.next()
                    let expiry = expiresIn.map { ", \"expires_in\": \(Int($0))" } ?? ""
                    let body = "{\"access_token\": \"t\(number)\", \"token_type\": \"bearer\"\(expiry), \"refresh_token\": \"r\(number + 1)\"}"
                    return .init(status: 200, body: Data(body.utf8), delay: tokenDelay)
                }
                let token = request.header("Authorization").map { String($0.dropFirst("Bearer ".count)) } ?? ""
                return accepts(token) ? .init(status: 204) : .init(status: 401, body: Data("{\"message\": \"bad token\"}".utf8))
            }
        }

        var tokenRequests: [LoopbackServer.Request] { loopback.requests.filter { $0.path == "/oauth/token" } }
        var apiRequests: [LoopbackServer.Request] { loopback.requests.filter { $0.path != "/oauth/token" } }

        /// A client of this server whose only scheme is `oauth`, with the spec's token endpoints.
        func core(_ token: BearerToken, endpoints: OAuth2Endpoints = OAuth2Endpoints(clientCredentials: "/oauth/token", refresh: "/oauth/token", scopes: ["read", "write"])) -> ClientCore {
            ClientCore(
                baseURL: URL(string: "http://\(loopback.host)/v1")!, defaultHeaders: [],
                credentials: ["oauth": .bearer(token, oauth2: endpoints)], security: [["oauth"]],
                transport: URLSessionTransport(), options: RequestOptions(timeout: 5, retry: .none))
        }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.withLock { value += 1; return value } }
        var count: Int { lock.withLock { value } }
    }

    static func call(_ core: ClientCore) async throws(ClientError) {
        let _: APIResponse<Void> = try await core.sendWithoutResult("GET", "/things", body: JSONValue?.none, options: nil, errors: [:])
    }

    static func form(_ request: LoopbackServer.Request) -> String {
        String(decoding: request.body, as: UTF8.self)
    }

    @Test func aFixedTokenAndAStringLiteralAreSentAsTheyAre() async throws {
        let server = try Server()
        defer { server.loopback.stop() }
        try await Self.call(server.core("abc"))
        try await Self.call(server.core(.fixed("def")))
        #expect(server.apiRequests.map { $0.header("Authorization") } == ["Bearer abc", "Bearer def"])
        #expect(server.tokenRequests.isEmpty)
    }

    @Test func aProviderIsAskedBeforeEveryRequest() async throws {
        let server = try Server()
        defer { server.loopback.stop() }
        let counter = Counter()
        let core = server.core(.provider { "p\(counter.next())" })
        try await Self.call(core)
        try await Self.call(core)
        #expect(server.apiRequests.map { $0.header("Authorization") } == ["Bearer p1", "Bearer p2"])
    }

    @Test func aProviderThatThrowsFailsTheCallBeforeSending() async throws {
        struct Locked: Error, CustomStringConvertible { var description: String { "keychain locked" } }
        let server = try Server()
        defer { server.loopback.stop() }
        await #expect(throws: ClientError.self) { try await Self.call(server.core(.provider { throw Locked() })) }
        do {
            try await Self.call(server.core(.provider { throw Locked() }))
        } catch {
            #expect(error.description == "authentication failed: the bearer token provider failed: keychain locked")
        }
        #expect(server.loopback.requests.isEmpty)
    }

    @Test func clientCredentialsWithBasicAuthenticationAskOnceForTheSpecsScopes() async throws {
        let server = try Server()
        defer { server.loopback.stop() }
        let core = server.core(.clientCredentials(clientID: "my client", clientSecret: "s&cret"))
        try await Self.call(core)
        try await Self.call(core)
        let token = try #require(server.tokenRequests.first)
        #expect(server.tokenRequests.count == 1)
        #expect(token.method == "POST")
        #expect(token.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(token.header("Accept") == "application/json")
        // RFC 6749 2.3.1: the id and secret form-encoded, then Basic.
        #expect(token.header("Authorization") == "Basic " + Data("my+client:s%26cret".utf8).base64EncodedString())
        #expect(Self.form(token) == "grant_type=client_credentials&scope=read%20write")
        #expect(server.apiRequests.map { $0.header("Authorization") } == ["Bearer t1", "Bearer t1"])
    }

    @Test func clientCredentialsWithPostAuthenticationAndTheCallersScopes() async throws {
        let server = try Server()
        defer { server.loopback.stop() }
        let core = server.core(.clientCredentials(clientID: "app", clientSecret: "s3", scopes: ["admin"], authentication: .post))
        try await Self.call(core)
        let token = try #require(server.tokenRequests.first)
        #expect(token.header("Authorization") == nil)
        #expect(Self.form(token) == "grant_type=client_credentials&scope=admin&client_id=app&client_secret=s3")
    }

    @Test func aRelativeTokenURLResolvesAgainstTheServerURL() async throws {
        let server = try Server()
        defer { server.loopback.stop() }
        // `token` relative to `http://host/v1/` is `/v1/token`; `/oauth/token` is from the root.
        let relative = server.core(.clientCredentials(clientID: "a", clientSecret: "b"), endpoints: OAuth2Endpoints(clientCredentials: "../oauth/token"))
        try await Self.call(relative)
        #expect(server.tokenRequests.count == 1)
        let absolute = server.core(.clientCredentials(clientID: "a", clientSecret: "b", tokenURL: "http://\(server.loopback.host)/oauth/token"), endpoints: OAuth2Endpoints())
        try await Self.call(absolute)
        #expect(server.tokenRequests.count == 2)
    }

    @Test func aTokenIsRenewedWhenItExpires() async throws {
        // An hour's token is used until a minute before its end; the clock is moved, not waited for.
        let server = try Server(expiresIn: 3600)
        defer { server.loopback.stop() }
        let core = server.core(.clientCredentials(clientID: "a", clientSecret: "b"))
        try await Self.call(core)
        try await OAuth2Session.$clockAdvance.withValue(.seconds(3530)) { try await Self.call(core) }
        try await OAuth2Session.$clockAdvance.withValue(.seconds(3545)) { try await Self.call(core) }
        #expect(server.tokenRequests.count == 2)
        #expect(server.apiRequests.map { $0.header("Authorization") } == ["Bearer t1", "Bearer t1", "Bearer t2"])
    }

    @Test func fiftyConcurrentCallsMakeOneTokenRequest() async throws {
        let server = try Server(tokenDelay: 0.3)
        defer { server.loopback.stop() }
        let core = server.core(.clientCredentials(clientID: "a", clientSecret: "b"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<50 { group.addTask { try await Self.call(core) } }
            try await group.waitForAll()
        }
        #expect(server.tokenRequests.count == 1)
        #expect(server.apiRequests.count == 50)
        #expect(server.apiRequests.allSatisfy { $0.header("Authorization") == "Bearer t1" })
    }

    @Test func a401IsAnsweredWithOneNewTokenAndOneRetry() async throws {
        let server = try Server(accepts: { $0 != "t1" })
        defer { server.loopback.stop() }
        let core = server.core(.clientCredentials(clientID: "a", clientSecret: "b"))
        try await Self.call(core)
        #expect(server.tokenRequests.count == 2)
        #expect(server.apiRequests.map { $0.header("Authorization") } == ["Bearer t1", "Bearer t2"])
    }

    @Test func a401ToTheNewTokenTooFailsTheCallWithoutLooping() async throws {
        let server = try Server(accepts: { _ in false })
        defer { server.loopback.stop() }
        let core = server.core(.clientCredentials(clientID: "a", clientSecret: "b"))
        do {
            try await Self.call(core)
            Issue.record("the call succeeded")
        } catch ClientError.status(let failure) {
            #expect(failure.status == 401)
        }
        #expect(server.tokenRequests.count == 2)
        #expect(server.apiRequests.count == 2)
    }

    @Test func concurrent401sToOneTokenMakeOneNewTokenRequest() async throws {
        let server = try Server(tokenDelay: 0.2, accepts: { $0 != "t1" })
        defer { server.loopback.stop() }
        let core = server.core(.clientCredentials(clientID: "a", clientSecret: "b"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 { group.addTask { try await Self.call(core) } }
            try await group.waitForAll()
        }
        #expect(server.tokenRequests.count == 2)
        #expect(server.apiRequests.filter { $0.header("Authorization") == "Bearer t2" }.count == 20)
    }

    @Test func refreshTokensRenewTheAppsTokenAndRotate() async throws {
        let server = try Server(expiresIn: 3600, accepts: { $0 != "old" })
        defer { server.loopback.stop() }
        let core = server.core(.refreshing(accessToken: "old", refreshToken: "r1", clientID: "app"))
        // `old` refused: renewed with r1; the endpoint gives t1 and r2. t1 expires: renewed with r2.
        try await Self.call(core)
        try await OAuth2Session.$clockAdvance.withValue(.seconds(3600)) { try await Self.call(core) }
        #expect(server.tokenRequests.map(Self.form) == [
            "grant_type=refresh_token&refresh_token=r1&client_id=app",
            "grant_type=refresh_token&refresh_token=r2&client_id=app",
        ])
        #expect(server.apiRequests.map { $0.header("Authorization") } == ["Bearer old", "Bearer t1", "Bearer t2"])
    }

    @Test func theTokenEndpointsErrorNamesTheGrantAndTheEndpointNotTheSecret() async throws {
        let reply = LoopbackServer.Reply(status: 400, body: Data(#"{"error": "invalid_client", "error_description": "Client authentication failed"}"#.utf8))
        let server = try Server(tokenReply: reply)
        defer { server.loopback.stop() }
        let core = server.core(.clientCredentials(clientID: "app", clientSecret: "hunter2"))
        do {
            try await Self.call(core)
            Issue.record("the call succeeded")
        } catch {
            let expected = "authentication failed: OAuth 2 client credentials: the token endpoint http://\(server.loopback.host)/oauth/token answered HTTP 400: invalid_client (Client authentication failed)"
            #expect(error.description == expected)
            guard case .authentication = error else { Issue.record("\(error)"); return }
        }
        #expect(server.apiRequests.isEmpty)
    }

    @Test func aTokenURLOverPlainHTTPToAnotherHostIsRefused() async throws {
        let server = try Server()
        defer { server.loopback.stop() }
        let core = server.core(.clientCredentials(clientID: "a", clientSecret: "b", tokenURL: "http://auth.example.com/token"))
        do {
            try await Self.call(core)
            Issue.record("the call succeeded")
        } catch {
            #expect(error.description == "invalid request: OAuth 2 client credentials: refusing to send client credentials to auth.example.com over http://; use https://")
        }
        #expect(server.loopback.requests.isEmpty)
    }

    @Test func withoutATokenURLTheCallSaysWhatToPass() async throws {
        let server = try Server()
        defer { server.loopback.stop() }
        let core = server.core(.clientCredentials(clientID: "a", clientSecret: "b"), endpoints: OAuth2Endpoints())
        do {
            try await Self.call(core)
            Issue.record("the call succeeded")
        } catch {
            #expect(error.description == "OAuth 2 client credentials: the spec gives no token URL for this grant; pass tokenURL:")
        }
    }
}
