import Foundation
@testable import ClientRuntime
import TestSupport
import Testing

/// Credentials as the spec's `security` asks for them, seen by a loopback server: the client's
/// default, an operation's own, alternatives among the credentials given, and none.
@Suite struct SecurityTests {
    static let credentials: [String: SecurityCredential] = [
        "basic": .basic(user: "ann", password: "s3cret"),
        "oauth": .bearer("tk9"),
        "clientId": .apiKey("X-Client-Id", in: .header, "client-7q"),
        "secret": .apiKey("secret", in: .query, "a&b"),
        "session": .apiKey("sid", in: .cookie, "xyz"),
    ]

    static func call(_ core: ClientCore, _ path: String, headers: ClientCore.Headers = []) async throws {
        let _: APIResponse<Void> = try await core.sendWithoutResult("GET", path, headers: headers, body: JSONValue?.none, options: nil, errors: [:])
    }

    @Test func eachCallSendsTheCredentialsItsSecurityAsksFor() async throws {
        let server = try LoopbackServer { _ in .init(status: 204, body: Data()) }
        defer { server.stop() }
        let core = ClientCore(
            baseURL: URL(string: "http://\(server.host)")!, defaultHeaders: [HTTPHeader("User-Agent", "T")],
            credentials: Self.credentials, security: [["basic"]], transport: URLSessionTransport(), options: RequestOptions(timeout: 5))
        try await Self.call(core, "/me")
        try await Self.call(core.securing([]), "/health")
        try await Self.call(core.securing([["clientId", "secret"], ["oauth"]]), "/reports", headers: [.cookie("theme", "dark")])
        try await Self.call(core.securing([["missing"], ["oauth"]]), "/oauth")
        try await Self.call(core.securing([["session"]]), "/session", headers: [.cookie("theme", "dark")])
        try await Self.call(core.securing([["missing"], []]), "/optional")
        let requests = server.requests
        #expect(requests.map(\.path) == ["/me", "/health", "/reports?secret=a%26b", "/oauth", "/session", "/optional"])
        #expect(requests[0].header("Authorization") == "Basic YW5uOnMzY3JldA==")
        #expect(requests[1].header("Authorization") == nil)
        #expect(requests[2].header("X-Client-Id") == "client-7q" && requests[2].header("Authorization") == nil)
        #expect(requests[2].header("Cookie") == "theme=dark")
        #expect(requests[3].header("Authorization") == "Bearer tk9")
        #expect(requests[4].header("Cookie") == "theme=dark; sid=xyz")
        #expect(requests.dropFirst(5).allSatisfy { $0.header("Authorization") == nil && $0.header("Cookie") == nil })
    }

    @Test func aCallWhoseCredentialsWereNotGivenFailsBeforeSending() async throws {
        let server = try LoopbackServer { _ in .init(status: 204, body: Data()) }
        defer { server.stop() }
        let core = ClientCore(
            baseURL: URL(string: "http://\(server.host)")!, defaultHeaders: [], credentials: ["basic": .basic(user: "a", password: "b")],
            security: [["basic"]], transport: URLSessionTransport(), options: RequestOptions(timeout: 5))
        do {
            try await Self.call(core.securing([["clientId", "secret"], ["oauth"]]), "/reports")
            Issue.record("the call was sent")
        } catch ClientError.missingConfiguration(let text) {
            #expect(text == "this call needs credentials for clientId and secret, or oauth; give them when creating the client")
        } catch {
            Issue.record("\(error)")
        }
        #expect(server.requests.isEmpty)
    }

    /// Every way a credential could be printed: the client, its credentials, tokens of each
    /// kind, the requests the mock recorded, and the errors of a refused call.
    @Test func credentialsAreNeverPrinted() async throws {
        let everything = [["basic", "oauth", "clientId", "secret", "session"]]
        let mock = MockTransport(operations: [])
        let core = ClientCore(
            baseURL: URL(string: "https://api.example.com")!, defaultHeaders: [], credentials: Self.credentials,
            security: everything, transport: mock, options: RequestOptions(retry: .none))
        let tokens: [BearerToken] = [
            "tk9", .fixed("tk9"), .provider { "tk9" },
            .clientCredentials(clientID: "client-7q", clientSecret: "s3cret"),
            .refreshing(accessToken: "tk9", refreshToken: "xyz", clientID: "client-7q", clientSecret: "s3cret"),
        ]
        var printed = ["\(core)", String(reflecting: core), "\(Self.credentials)", String(reflecting: Self.credentials["secret"]!)]
        printed += tokens.flatMap { ["\($0)", String(reflecting: $0)] }
        var error: ClientError?
        do {
            try await Self.call(core, "/me", headers: [.cookie("theme", "dark")])
        } catch let failure as ClientError {
            error = failure
        }
        let refused = try #require(error)
        printed += ["\(refused)", String(reflecting: refused), refused.localizedDescription]
        let recorded = try #require(await mock.requests.first)
        #expect(recorded.header("Authorization") == "Basic YW5uOnMzY3JldA==" && recorded.url.query == "secret=a%26b")
        printed += ["\(recorded)", String(reflecting: recorded), "\(recorded.headers)", "\(await mock.requests)"]
        for value in [Self.credentials as Any, core, tokens, recorded, refused] {
            var dumped = ""
            dump(value, to: &dumped)
            printed.append(dumped)
        }
        for text in printed {
            // No secret may be spelled with hex digits only: a dump prints pointers.
            for secret in ["s3cret", "YW5uOnMzY3JldA", "tk9", "client-7q", "a&b", "a%26b", "xyz"] {
                #expect(!text.contains(secret), "\(text)")
            }
        }
    }
}
