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

    /// One operation answering JSON, an event stream or JSON Lines, as the generated mock lists it:
    /// the request's `Accept` chooses, and a stream's items come as the stream carries them.
    @Test func theAcceptedMediaTypeChoosesTheAnswerAndStreamsComeAsStreams() async throws {
        typealias Tick = ServerSentEventTests.Tick
        let mock = MockTransport(operations: [
            MockTransport.Operation(id: "complete", method: "POST", path: "/completions", status: 200, example: #"{"n":0}"#),
            MockTransport.Operation(
                id: "complete", method: "POST", path: "/completions", status: 200,
                example: "data: {\"n\":1}\n\ndata: {\"n\":2}\n\n", mediaType: "text/event-stream"),
            MockTransport.Operation(
                id: "complete", method: "POST", path: "/completions", status: 200,
                example: "{\"n\":3}\n{\"n\":4}\n", mediaType: "application/jsonl"),
        ])
        let core = ClientCore(baseURL: URL(string: "https://api.example.com")!, defaultHeaders: [], transport: mock, options: RequestOptions())
        let whole: Tick = try await core.send("POST", "/completions", body: JSONValue?.none, options: nil, errors: [:]).value
        #expect(whole.n == 0)
        var events: [Int] = []
        for try await event in try await core.events("POST", "/completions", options: nil, errors: [:], decode: ClientCore.eventJSON(Tick.self)).value {
            events.append(event.data.n)
        }
        #expect(events == [1, 2])
        var lines: [Int] = []
        for try await line in try await core.jsonSequence("POST", "/completions", accept: "application/jsonl; q=1", options: nil, errors: [:]).value as JSONSequence<Tick> {
            lines.append(line.n)
        }
        #expect(lines == [3, 4])
        let contentTypes = try await ["application/json", "text/event-stream", "application/jsonl"].asyncMap { accept in
            try await mock.send(HTTPRequest(method: "POST", url: URL(string: "https://api.example.com/completions")!, headers: [HTTPHeader("Accept", accept)]))
                .headers.first { $0.name == "Content-Type" }?.value
        }
        #expect(contentTypes == ["application/json", "text/event-stream", "application/jsonl"])
    }
}

extension MockRoutingTests {
    /// A multipart answer, as the generated mock lists it: its content type names the boundary.
    @Test func aMultipartAnswerIsReadPartByPart() async throws {
        let mock = MockTransport(operations: [
            MockTransport.Operation(
                id: "batch", method: "POST", path: "/batch", status: 200,
                example: "--mock-boundary\r\nContent-Type: application/json\r\n\r\n{\"n\":7}\r\n--mock-boundary--\r\n",
                mediaType: "multipart/mixed; boundary=mock-boundary"),
        ])
        let core = ClientCore(baseURL: URL(string: "https://api.example.com")!, defaultHeaders: [], transport: mock, options: RequestOptions())
        var items: [Int?] = []
        for try await part in try await core.parts("POST", "/batch", accept: "multipart/mixed", options: nil, errors: [:]).value as MultipartParts<ServerSentEventTests.Tick> {
            items.append(part.item?.n)
        }
        #expect(items == [7])
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var results: [T] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
