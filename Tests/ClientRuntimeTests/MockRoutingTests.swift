import Foundation
import Testing
@testable import ClientRuntime

/// The mock finds an operation by its path, after whatever base path the client was given.
@Suite struct MockRoutingTests {
    static let operations = [
        MockTransport.Operation(id: "getMe", method: "GET", path: "/me", status: 200, example: #"{"id":"me"}"#),
        MockTransport.Operation(id: "getUser", method: "GET", path: "/users/{id}", status: 200, example: #"{"id":"user"}"#),
        MockTransport.Operation(id: "getV1", method: "GET", path: "/v1", status: 200, example: #"{"id":"v1"}"#),
    ]

    func answer(_ url: String) async throws -> String {
        let mock = MockTransport(operations: Self.operations)
        let response = try await mock.send(HTTPRequest(method: "GET", url: URL(string: url)!))
        return "\(response.status) \(String(decoding: response.body, as: UTF8.self))"
    }

    @Test func aBasePathBeforeTheOperationsPathIsSkipped() async throws {
        #expect(try await answer("https://api.example.com/me") == #"200 {"id":"me"}"#)
        #expect(try await answer("http://127.0.0.1:8080/v1/me") == #"200 {"id":"me"}"#)
        #expect(try await answer("https://proxy.example.com/shop/v1/users/42") == #"200 {"id":"user"}"#)
    }

    @Test func theWholePathWinsOverASkippedBasePath() async throws {
        // `/v1` is an operation of its own; it is not `/` under a base path.
        #expect(try await answer("https://api.example.com/v1") == #"200 {"id":"v1"}"#)
    }

    @Test func aPathNoOperationEndsWithIsNotFound() async throws {
        let text = try await answer("https://api.example.com/v1/orders")
        #expect(text.hasPrefix("404 "), "\(text)")
        #expect(text.contains("no operation of the spec is GET /v1/orders"), "\(text)")
    }

    @Test func anOverrideOfAnUnknownOperationFailsEveryRequestNamingTheClosest() async throws {
        let mock = MockTransport(operations: Self.operations)
        await mock.override("getUsr", with: .json(status: 500, body: "{}"))
        do {
            _ = try await mock.send(HTTPRequest(method: "GET", url: URL(string: "https://api.example.com/me")!))
            Issue.record("the request was answered")
        } catch {
            #expect("\(error)" == "MockTransport.override names 'getUsr', which is no operationId of the spec (did you mean 'getUser'?)")
        }
        await mock.removeOverrides()
        #expect(try await mock.send(HTTPRequest(method: "GET", url: URL(string: "https://api.example.com/me")!)).status == 200)
    }
}
