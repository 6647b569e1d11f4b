import Foundation
@testable import ClientRuntime
import TestSupport
import Testing

/// The event stream parser on its own (the standard's rules, chunks of any size) and event
/// streams from a real loopback server that sends slowly.
@Suite struct ServerSentEventTests {
    /// The events of `text`, fed in chunks of `size` bytes.
    static func events(_ text: String, chunkSize size: Int = 1 << 20) throws -> [ServerSentEventParser.RawEvent] {
        var parser = ServerSentEventParser()
        var events: [ServerSentEventParser.RawEvent] = []
        let bytes = Array(text.utf8)
        for start in stride(from: 0, to: bytes.count, by: size) {
            events += try parser.feed(Data(bytes[start..<min(start + size, bytes.count)]))
        }
        return events + (try parser.finish())
    }

    @Test func fieldsCommentsAndLineEndingsAsTheStandardSays() throws {
        let stream = "\u{FEFF}: keep-alive\r\nevent: add\r\ndata: first\r\ndata:  second\r\nid: 7\r\nretry: 3000\r\n\r\n"
            + "data: {\"n\":1}\rid\r\r"
            + ":\ndata\nunknown: x\n\n"
            + "event: ping\n\n"
            + "data: unfinished"
        for size in [1, 2, 3, 7, 1 << 20] {
            let events = try Self.events(stream, chunkSize: size)
            #expect(events == [
                .init(event: "add", data: "first\n second", id: "7", retry: 3000, line: 7),
                .init(event: nil, data: "{\"n\":1}", id: "", retry: nil, line: 10),
                .init(event: nil, data: "", id: "", retry: nil, line: 14),
            ], "chunks of \(size)")
        }
    }

    @Test func utf8SplitAcrossChunksIsJoined() throws {
        let text = "data: héllo wörld ✓ 🎉\n\n"
        for size in 1...5 {
            #expect(try Self.events(text, chunkSize: size).map(\.data) == ["héllo wörld ✓ 🎉"])
        }
    }

    @Test func aLineThatIsNotUTF8IsAnErrorNamingTheLine() throws {
        var parser = ServerSentEventParser()
        _ = try parser.feed(Data("data: one\n\n".utf8))
        #expect(throws: ServerSentEventError(line: 3, reason: "the line is not UTF-8")) {
            _ = try parser.feed(Data([0x64, 0x61, 0x74, 0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]))
        }
    }

    struct Tick: JSONCodable, Sendable, Equatable {
        var n: Int
        init(n: Int) { self.n = n }
        init(from reader: inout JSONReader) throws(JSONDecodingError) {
            let value = try reader.readValue()
            guard case .object(let object) = value, case .number(let text)? = object["n"], let n = Int(text) else {
                throw JSONDecodingError(.missingKey("n"))
            }
            self.n = n
        }
        func encode(to writer: inout JSONWriter) { writer.value(.object(["n": .number(String(n))])) }
    }

    static func core(_ server: LoopbackServer) -> ClientCore {
        ClientCore(baseURL: URL(string: "http://\(server.host)")!, defaultHeaders: [], transport: URLSessionTransport(), options: RequestOptions(timeout: 10))
    }

    /// The server holds the rest of the stream back until the client has the first event (or a
    /// minute has passed): with a body read whole, the first event could only come at the end.
    @Test func theFirstEventArrivesBeforeTheStreamEnds() async throws {
        let gotFirst = Signal()
        let heldBack = Signal()
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "text/event-stream")], stream: .gated([
                Data("data: {\"n\":1}\n\n".utf8),
                Data(": keep-alive\n\n".utf8),
                Data("data: {\"n\":2}\n\nevent: end\ndata: {\"n\":3}\n\n".utf8),
            ], gate: { index in
                if index == 1, gotFirst.wait(seconds: 60) { heldBack.raise() }
            }))
        }
        defer { server.stop() }
        let events: ServerSentEvents<Tick> = try await Self.core(server).events(
            "GET", "/ticks", body: .none, options: nil, errors: [:]) { text, _ in try Tick(jsonString: text) }.value
        var received: [Int] = []
        for try await event in events {
            received.append(event.data.n)
            if received.count == 1 { gotFirst.raise() }
        }
        #expect(received == [1, 2, 3])
        #expect(heldBack.wait(seconds: 0), "the server sent the rest only after the client had the first event")
        #expect(server.requests.first?.header("Accept") == "text/event-stream")
    }

    @Test func dataThatDoesNotDecodeNamesTheEventsLine() async throws {
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "text/event-stream")], stream: .pieces([
                (0, Data("data: {\"n\":1}\n\ndata: {\"m\":2}\n\n".utf8)),
            ]))
        }
        defer { server.stop() }
        let events: ServerSentEvents<Tick> = try await Self.core(server).events(
            "GET", "/ticks", body: .none, options: nil, errors: [:]) { text, line in
                do { return try Tick(jsonString: text) } catch { throw ServerSentEventError(line: line, reason: "\(error)") }
            }.value
        var seen: [Int] = []
        await #expect(throws: ServerSentEventError.self) {
            for try await event in events { seen.append(event.data.n) }
        }
        #expect(seen == [1])
        do {
            for try await _ in try await Self.core(server).events(
                "GET", "/ticks", body: .none, options: nil, errors: [:], decode: { text, line in
                    do { return try Tick(jsonString: text) } catch { throw ServerSentEventError(line: line, reason: "no n") }
                }).value {}
            Issue.record("the second event's data decoded")
        } catch let error as ServerSentEventError {
            #expect(error.description == "event stream, line 4: no n")
        }
    }

    @Test func anErrorStatusIsReadAndThrownBeforeAnyEvent() async throws {
        let server = try LoopbackServer { _ in .init(status: 404, body: Data(#"{"error":"Not Found"}"#.utf8)) }
        defer { server.stop() }
        do {
            _ = try await Self.core(server).events("GET", "/ticks", body: .none, options: nil, errors: [:]) { text, _ in text }
            Issue.record("no error")
        } catch {
            #expect(error.response?.status == 404)
            #expect(error.response?.body == Data(#"{"error":"Not Found"}"#.utf8))
        }
    }
}
