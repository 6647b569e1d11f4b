import Foundation
import SignalWire

// The README's code, kept compiling: this file is built with the tests and never run
// (the calls would need a SignalWire space). The calls themselves are exercised against a
// loopback server in CreateCallTests, ResourceTests and ResilienceTests.

func readmeUsage() async throws {
    let client = try SignalWireClient(project: "your-project-id", token: "your-api-token",
                                      host: "your-space.signalwire.com")
    let result = try await client.fabric.sipEndpoints.create(
        username: "my-endpoint", callerId: "+15551234567", sendAs: "+15551234567",
        ciphers: [.aeadAes256Gcm8], codecs: [.opus], encryption: .required,
        callHandler: "relay_app", callingHandlerResourceId: "resource-id")
    print("Created: \(result.id)")

    let endpoints = client.fabric.sipEndpoints
    let page = try await endpoints.list(pageSize: 50)
    print(page.data.count)
    for try await endpoint in endpoints.listAll(pageSize: 50) {
        print(endpoint.id, endpoint.username)
    }
    let one = try await endpoints.get(id: "67075301-69b2-4fc3-8a2c-c95a69a5665e")
    _ = try await endpoints.update(id: one.id, callerId: "+15557654321", callingHandlerResourceId: nil)
    try await endpoints.delete(id: one.id)
}

func readmeErrors(_ client: SignalWireClient, _ body: SipEndpointCreateRequest) async throws {
    do {
        _ = try await client.fabric.sipEndpoints.create(body)
    } catch ClientError.status(let failure) {
        if let validation = failure.body(as: ValidationError.self) {
            for item in validation.errors { print(item.attribute ?? "-", item.message) }
        } else {
            print(failure.status, String(decoding: failure.response.body, as: UTF8.self))
        }
    }
}

func readmeOptions(_ body: SipEndpointCreateRequest) async throws {
    var client = try SignalWireClient()
    client.options.timeout = 10
    client.options.retry = RetryPolicy(maxRetries: 3, backoffBase: 0.25, backoffCap: 4)

    let once = RequestOptions(retry: .none, extraHeaders: [HTTPHeader("X-Trace", "abc")],
                              extraQueryItems: [URLQueryItem(name: "dry_run", value: "true")])
    let raw = try await client.fabric.sipEndpoints.createWithResponse(body, options: once)
    print(raw.status, raw.headers, raw.body.count, raw.value.id)
}

func readmeMock(_ body: SipEndpointCreateRequest) async throws {
    let mock = MockTransport()
    let client = try SignalWireClient(project: "p", token: "t", host: "example.signalwire.com", transport: mock)
    let endpoint = try await client.fabric.sipEndpoints.create(body)     // the spec's documented response

    await mock.override("create_sip_endpoint",                            // by operationId, answers in turn
                        with: .response(HTTPResponse(status: 503, headers: [HTTPHeader("Retry-After", "0")])),
                        .json(status: 200, body: #"{"id": "..."}"#))
    await mock.override("delete_sip_endpoint", with: .failure(TransportError(.connectionFailed, "offline")))
    await mock.override("get_sip_endpoint", with: .handler { request in HTTPResponse(status: 404) })
    let sent = await mock.requests                                        // method, URL, headers, body bytes
    print(endpoint.id, sent.count)
}

struct ReadmeLogging: ClientMiddleware {
    func intercept(_ request: HTTPRequest, attempt: ClientAttempt,
                   next: @Sendable (HTTPRequest) async throws -> ClientAttemptResponse) async throws -> ClientAttemptResponse {
        let start = ContinuousClock.now
        do {
            let response = try await next(request)
            print(attempt.operationId, attempt.number, response.status, ContinuousClock.now - start)
            return response
        } catch {
            print(attempt.operationId, attempt.number, error)
            throw error
        }
    }
}

func readmeMiddleware() throws {
    var client = try SignalWireClient()
    client.options.middleware = [ReadmeLogging()]
}
