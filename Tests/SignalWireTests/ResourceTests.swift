import Foundation
import SignalWire
import TestSupport
import Testing

/// The whole SIP endpoint resource against a loopback server: list across pages, get, update
/// with a field set to null, delete.
@Suite struct ResourceTests {
    static let endpoint = String(decoding: try! Golden.data("response.compact.json"), as: UTF8.self)
    static let id: UUIDString = "67075301-69b2-4fc3-8a2c-c95a69a5665e"

    static func client(_ server: LoopbackServer) throws -> SignalWireClient {
        try SignalWireClient(project: "your-project-id", token: "your-api-token", host: server.host)
    }

    /// Two pages: the first links to the second, which has no `next`.
    static func pagingServer() throws -> LoopbackServer {
        try LoopbackServer { request in
            let base = "http://\(request.header("Host") ?? "")/api/fabric/resources/sip_endpoints"
            let second = request.path.contains("page_token=")
            let links = second
                ? #"{"self":"\#(base)?page_number=1&page_size=2&page_token=PA2","first":"\#(base)?page_size=2"}"#
                : #"{"self":"\#(base)?page_size=2","first":"\#(base)?page_size=2","next":"\#(base)?page_number=1&page_size=2&page_token=PA2"}"#
            let items = second ? [endpoint] : [endpoint, endpoint]
            return .init(status: 200, body: Data(#"{"links":\#(links),"data":[\#(items.joined(separator: ","))]}"#.utf8))
        }
    }

    @Test func listFollowsNextLinksAcrossPages() async throws {
        let server = try Self.pagingServer()
        defer { server.stop() }
        var sizes: [Int] = []
        for try await page in try Self.client(server).fabric.sipEndpoints.listPages(pageSize: 2) {
            sizes.append(page.data.count)
        }
        #expect(sizes == [2, 1])
        #expect(server.requests.map(\.path) == [
            "/api/fabric/resources/sip_endpoints?page_size=2",
            "/api/fabric/resources/sip_endpoints?page_number=1&page_size=2&page_token=PA2",
        ])
        #expect(server.requests.allSatisfy { $0.method == "GET" && $0.header("Authorization") != nil })
    }

    @Test func listAllGivesEveryItem() async throws {
        let server = try Self.pagingServer()
        defer { server.stop() }
        var ids: [UUIDString] = []
        for try await endpoint in try Self.client(server).fabric.sipEndpoints.listAll(pageSize: 2) {
            ids.append(endpoint.id)
        }
        #expect(ids == [Self.id, Self.id, Self.id])
        #expect(server.requests.count == 2)
    }

    @Test func aNextLinkThatLoopsIsAnError() async throws {
        let server = try LoopbackServer { request in
            let link = "http://\(request.header("Host") ?? "")/api/fabric/resources/sip_endpoints?page_token=SAME"
            return .init(status: 200, body: Data(#"{"links":{"self":"x","first":"x","next":"\#(link)"},"data":[]}"#.utf8))
        }
        defer { server.stop() }
        var pages = 0
        do {
            for try await _ in try Self.client(server).fabric.sipEndpoints.listPages() { pages += 1 }
            Issue.record("the loop was not noticed")
        } catch ClientError.paginationLoop(let link) {
            #expect(link.hasSuffix("page_token=SAME"))
        }
        #expect(pages == 2)
        #expect(server.requests.count == 2)
    }

    @Test func aNextLinkToAnotherHostIsRefused() async throws {
        let server = try LoopbackServer { _ in
            .init(status: 200, body: Data(#"{"links":{"self":"x","first":"x","next":"https://elsewhere.example/steal"},"data":[]}"#.utf8))
        }
        defer { server.stop() }
        do {
            for try await _ in try Self.client(server).fabric.sipEndpoints.listPages() {}
            Issue.record("the foreign link was followed")
        } catch ClientError.invalidRequest(let message) {
            #expect(message.contains("elsewhere.example"))
        }
        #expect(server.requests.count == 1)
    }

    @Test func getFetchesOneEndpointByItsPercentEncodedID() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, body: Data(Self.endpoint.utf8)) }
        defer { server.stop() }
        let client = try Self.client(server)
        let endpoint = try await client.fabric.sipEndpoints.get(id: Self.id)
        #expect(endpoint.username == "c3p0")
        _ = try await client.fabric.sipEndpoints.get(id: "a/b c?d")
        #expect(server.requests.map(\.path) == [
            "/api/fabric/resources/sip_endpoints/67075301-69b2-4fc3-8a2c-c95a69a5665e",
            "/api/fabric/resources/sip_endpoints/a%2Fb%20c%3Fd",
        ])
        #expect(server.requests.allSatisfy { $0.method == "GET" && $0.body.isEmpty })
    }

    @Test func updateSendsOnlyTheGivenFieldsAndAnExplicitNull() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, body: Data(Self.endpoint.utf8)) }
        defer { server.stop() }
        let updated = try await Self.client(server).fabric.sipEndpoints.update(
            id: Self.id, callerId: "+15557654321", callHandler: .default, callingHandlerResourceId: nil)
        #expect(updated.id == Self.id)
        let request = try #require(server.requests.first)
        #expect(request.method == "PUT")
        #expect(request.path == "/api/fabric/resources/sip_endpoints/67075301-69b2-4fc3-8a2c-c95a69a5665e")
        #expect(String(decoding: request.body, as: UTF8.self)
            == #"{"caller_id":"+15557654321","call_handler":"default","calling_handler_resource_id":null}"#)
    }

    @Test func deleteSendsDeleteAndAcceptsNoContent() async throws {
        let server = try LoopbackServer { _ in .init(status: 204, headers: [], body: Data()) }
        defer { server.stop() }
        let response = try await Self.client(server).fabric.sipEndpoints.deleteWithResponse(id: Self.id)
        #expect(response.status == 204)
        let request = try #require(server.requests.first)
        #expect(request.method == "DELETE")
        #expect(request.path == "/api/fabric/resources/sip_endpoints/67075301-69b2-4fc3-8a2c-c95a69a5665e")
        #expect(request.header("Content-Type") == nil)
    }
}
