import Foundation
import SignalWire
import Testing

/// The client against the mock made from the spec: no network, the documented answers, requests
/// checked as the server would, overrides, and pages that end.
@Suite struct MockTransportTests {
    static func client(_ mock: MockTransport) throws -> SignalWireClient {
        var client = try SignalWireClient(
            project: "your-project-id", token: "your-api-token", host: "example.signalwire.com", transport: mock)
        client.options.retry.sleep = { _ in }
        return client
    }

    static func createPageExample(_ client: SignalWireClient) async throws -> APIResponse<SipEndpointResponse> {
        try await client.fabric.sipEndpoints.createWithResponse(SipEndpointCreateRequest(
            username: "my-endpoint", callerId: "+15551234567", sendAs: "+15551234567",
            ciphers: [.aeadAes256Gcm8], codecs: [.opus], encryption: .required,
            callHandler: "relay_app", callingHandlerResourceId: "resource-id"))
    }

    /// The page's example sends `call_handler: relay_app`, which the spec's closed enum does not
    /// list: the mock answers as the spec says the server would, naming the field and the values.
    @Test func thePageExampleIsRefusedForItsUnlistedCallHandler() async throws {
        let mock = MockTransport()
        do {
            _ = try await Self.createPageExample(try Self.client(mock))
            Issue.record("no error")
        } catch let error as ClientError {
            #expect(error.response?.status == 422)
            let body = String(decoding: error.response?.body ?? Data(), as: UTF8.self)
            #expect(body == #"{"errors":[{"path":"$.call_handler","message":"'relay_app' is not one of 'default', 'passthrough', 'block-pstn', 'resource'"}]}"#)
        }
    }

    /// A mock that accepts unlisted values (a server known to take more than its spec lists)
    /// answers the page's example with the documented response.
    @Test func thePageExampleGetsTheDocumentedResponseByteForByte() async throws {
        let mock = MockTransport(acceptsUnlistedValues: true)
        let response = try await Self.createPageExample(try Self.client(mock))
        #expect(response.status == 200)
        #expect(response.body == (try Golden.data("response.compact.json")).prefix { $0 != UInt8(ascii: "\n") })
        #expect(response.value.id == "67075301-69b2-4fc3-8a2c-c95a69a5665e")
    }

    /// What the mock records is what the loopback server records for the same call
    /// (`CreateCallTests`): method, path, credentials, content type and body bytes.
    @Test func theRecordedRequestIsTheOneSentOverTheNetwork() async throws {
        let mock = MockTransport(acceptsUnlistedValues: true)
        _ = try await Self.createPageExample(try Self.client(mock))
        let requests = await mock.requests
        try #require(requests.count == 1)
        let request = requests[0]
        #expect(request.method == "POST")
        #expect(request.url.path == "/api/fabric/resources/sip_endpoints")
        #expect(request.header("Authorization") == "Basic eW91ci1wcm9qZWN0LWlkOnlvdXItYXBpLXRva2Vu")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.header("Accept") == "application/json")
        #expect(request.body == (try Golden.data("create-request.json")))
    }

    @Test func aBodyWithoutARequiredKeyGetsTheDocumentedValidationStatus() async throws {
        let mock = MockTransport()
        var body = try JSONObject(jsonData: try Golden.data("create-request.json"))
        body.entries.removeAll { $0.key == "username" }
        let response = try await mock.send(HTTPRequest(
            method: "POST", url: URL(string: "https://example.signalwire.com/api/fabric/resources/sip_endpoints")!,
            body: JSONValue.object(body).jsonData()))
        #expect(response.status == 422)
        let problems = try JSONObject(jsonData: response.body)
        guard case .array(let errors)? = problems["errors"], case .object(let first)? = errors.first else {
            Issue.record("no errors in \(String(decoding: response.body, as: UTF8.self))")
            return
        }
        #expect(first["path"] == "$.username")
    }

    /// Every problem of a body is named, each with its JSON path, in the schema's key order.
    @Test func everyProblemOfABodyIsNamed() async throws {
        let body = #"{"id":7,"caller_id":"+15551234567","send_as":null,"ciphers":["AEAD_AES_256_GCM_8",5,"ROT13"],"#
            + #""codecs":"OPUS","encryption":"required","call_handler":"resource","calling_handler_resource_id":null,"x":1}"#
        let response = try await MockTransport().send(HTTPRequest(
            method: "POST", url: URL(string: "https://example.signalwire.com/api/fabric/resources/sip_endpoints")!,
            body: Data(body.utf8)))
        #expect(response.status == 422)
        let errors = try JSONObject(jsonData: response.body)["errors"]
        guard case .array(let problems)? = errors else {
            Issue.record("no errors in \(String(decoding: response.body, as: UTF8.self))")
            return
        }
        let lines = problems.map { problem -> String in
            guard case .object(let object) = problem, case .string(let path)? = object["path"],
                  case .string(let message)? = object["message"] else { return "?" }
            return path + ": " + message
        }
        #expect(lines == [
            "$.id: expected a string, found an integer",
            "$.username: the required key is missing",
            "$.send_as: null is not allowed",
            "$.ciphers[1]: expected a string, found an integer",
            "$.ciphers[2]: 'ROT13' is not one of 'AEAD_AES_256_GCM_8', 'AES_256_CM_HMAC_SHA1_80', 'AES_CM_128_HMAC_SHA1_80', 'AES_256_CM_HMAC_SHA1_32', 'AES_CM_128_HMAC_SHA1_32'",
            "$.codecs: expected an array, found a string",
        ])
    }

    @Test func aBodyThatIsNoJSONIsNamedAsSuch() async throws {
        let response = try await MockTransport().send(HTTPRequest(
            method: "PUT", url: URL(string: "https://example.signalwire.com/api/fabric/resources/sip_endpoints/x")!,
            body: Data(#"{"caller_id":01}"#.utf8)))
        #expect(response.status == 422)
        #expect(String(decoding: response.body, as: UTF8.self).hasPrefix(#"{"errors":[{"path":"$","message":"invalid JSON: "#))
    }

    @Test func requestsNoOperationTakesAre404() async throws {
        let response = try await MockTransport().send(HTTPRequest(
            method: "PATCH", url: URL(string: "https://example.signalwire.com/api/fabric/resources/sip_endpoints")!))
        #expect(response.status == 404)
    }

    /// `503` with `Retry-After: 0` and then the example: the client retries as it would against a
    /// server, and sees the second answer.
    @Test func anOverrideSequenceIsRetriedAsAServerWouldBe() async throws {
        let mock = MockTransport()
        await mock.override(
            "create_sip_endpoint",
            with: .response(HTTPResponse(status: 503, headers: [HTTPHeader("Retry-After", "0")])),
            .json(status: 200, body: try Golden.text("response.compact.json")))
        let response = try await Self.createPageExample(try Self.client(mock))
        #expect(response.value.username == "c3p0")
        #expect(await mock.requests.count == 2)
    }

    @Test func overridesAnswerWithAStatusATransportErrorOrAClosure() async throws {
        let mock = MockTransport()
        let client = try Self.client(mock)
        await mock.override("get_sip_endpoint", with: .json(status: 404, body: #"{"errors":[]}"#))
        await #expect(throws: ClientError.self) { _ = try await client.fabric.sipEndpoints.get(id: "x") }
        await mock.override("delete_sip_endpoint", with: .failure(TransportError(.connectionFailed, "offline")))
        var noRetries = RequestOptions()
        noRetries.retry = .none
        do {
            try await client.fabric.sipEndpoints.delete(id: "x", options: noRetries)
            Issue.record("no error")
        } catch ClientError.transport(let error) {
            #expect(error.kind == .connectionFailed)
        }
        await mock.override("delete_sip_endpoint", with: .handler { request in
            HTTPResponse(status: request.url.path.hasSuffix("/gone") ? 204 : 500)
        })
        try await client.fabric.sipEndpoints.delete(id: "gone")
        await mock.removeOverrides()
        _ = try await client.fabric.sipEndpoints.get(id: "x")
    }

    /// The list example has a `next` link: `listAll` gets the example page, follows the link,
    /// gets the page without it, and ends.
    @Test func listAllGetsTheExamplePageThenEnds() async throws {
        let mock = MockTransport()
        var items: [SipEndpoint] = []
        for try await item in try Self.client(mock).fabric.sipEndpoints.listAll(pageSize: 50) {
            items.append(item)
        }
        #expect(items.map(\.id) == ["67075301-69b2-4fc3-8a2c-c95a69a5665e", "67075301-69b2-4fc3-8a2c-c95a69a5665e"])
        let requests = await mock.requests
        #expect(requests.count == 2)
        #expect(requests.last?.url.query?.contains("page_number=1") == true)
    }

    /// Calls and pagers throw `ClientError` by type: these catch blocks use it without a cast
    /// (they would not compile otherwise).
    @Test func callsAndPagersThrowClientErrorByType() async throws {
        let mock = MockTransport()
        let client = try Self.client(mock)
        await mock.override("get_sip_endpoint", with: .json(status: 404, body: "{}"))
        do {
            _ = try await client.fabric.sipEndpoints.get(id: "x")
            Issue.record("no error")
        } catch {
            let typed: ClientError = error
            #expect(typed.response?.status == 404)
        }
        await mock.override("list_sip_endpoints", with: .failure(TransportError(.connectionFailed, "offline")))
        var noRetries = RequestOptions()
        noRetries.retry = .none
        var iterator = client.fabric.sipEndpoints.listAll(options: noRetries).makeAsyncIterator()
        do {
            _ = try await iterator.next()
            Issue.record("no error")
        } catch {
            let typed: ClientError = error
            guard case .transport = typed else { Issue.record("\(typed)"); return }
        }
    }

    /// Every operation answers its own request example with its documented status.
    @Test func everyOperationAnswersItsOwnExample() async throws {
        let mock = MockTransport(acceptsUnlistedValues: true)
        for operation in MockTransport.specOperations {
            let path = operation.path.map { $0.hasPrefix("{") ? "x" : $0 }.joined(separator: "/")
            let response = try await mock.send(HTTPRequest(
                method: operation.method, url: URL(string: "https://example.signalwire.com/" + path)!,
                body: operation.requestExample.map { Data($0.utf8) }))
            #expect(response.status == operation.status, "\(operation.id): \(String(decoding: response.body, as: UTF8.self))")
        }
    }
}
