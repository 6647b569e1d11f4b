import Foundation
@testable import ClientRuntime
import TestSupport
import Testing

/// JSON Lines and JSON text sequences: the splitter on its own (chunks of any size, CRLF, blank
/// lines, RFC 7464 records cut short), and streams from a loopback server that holds the rest of
/// the body back until the client has shown the first item.
@Suite struct JSONSequenceTests {
    typealias Tick = ServerSentEventTests.Tick

    /// The records of `text`, fed in chunks of `size` bytes.
    static func records(_ text: String, _ format: JSONSequence<JSONValue>.Format, chunkSize size: Int) -> [JSONSequenceSplitter.Record] {
        var splitter = JSONSequenceSplitter(format: format)
        var records: [JSONSequenceSplitter.Record] = []
        let bytes = Array(text.utf8)
        for start in stride(from: 0, to: bytes.count, by: size) {
            records += splitter.feed(Data(bytes[start..<min(start + size, bytes.count)]))
        }
        return records + splitter.finish()
    }

    @Test func jsonLinesWithCRLFBlankLinesAndNoFinalLineFeed() {
        let text = "{\"n\":1}\r\n\n  \r\n{\"n\": 2}\n{\"n\":3}"
        for size in [1, 2, 3, 5, 1 << 20] {
            let records = Self.records(text, .lines, chunkSize: size)
            #expect(records.map { String(decoding: $0.bytes, as: UTF8.self) } == ["{\"n\":1}", "{\"n\": 2}", "{\"n\":3}"], "chunks of \(size)")
            #expect(records.map(\.item) == [1, 2, 3] && records.map(\.line) == [1, 4, 5])
            #expect(records.allSatisfy { !$0.isTruncated })
        }
    }

    @Test func textSequencesSplitAtRecordSeparatorsAndSpotRecordsCutShort() {
        // RFC 7464: RS, a JSON text, LF. The third record is cut by the fourth's RS, the last by the end.
        let text = "\u{1E}{\"n\":1}\n\u{1E}{\"n\":\n2}\n\u{1E}{\"n\":3\u{1E}{\"n\":4}\n\u{1E}{\"n\":5}"
        for size in [1, 4, 1 << 20] {
            let records = Self.records(text, .textSequence, chunkSize: size)
            #expect(records.map(\.item) == [1, 2, 3, 4, 5], "chunks of \(size)")
            #expect(records.map(\.isTruncated) == [false, false, true, false, true])
            #expect(records.map(\.line) == [1, 2, 4, 4, 5])
        }
    }

    static func core(_ server: LoopbackServer) -> ClientCore {
        ClientCore(baseURL: URL(string: "http://\(server.host)")!, defaultHeaders: [], transport: URLSessionTransport(), options: RequestOptions(timeout: 10))
    }

    @Test func theFirstItemArrivesBeforeTheRestIsSent() async throws {
        let gotFirst = Signal()
        let heldBack = Signal()
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "application/jsonl")], stream: .gated([
                Data("{\"n\":1}\n{\"n\"".utf8),
                Data(":2}\n\n{\"n\":3}\r\n".utf8),
            ], gate: { index in
                if index == 1, gotFirst.wait(seconds: 60) { heldBack.raise() }
            }))
        }
        defer { server.stop() }
        let items: JSONSequence<Tick> = try await Self.core(server).jsonSequence("GET", "/ticks", accept: "application/jsonl", options: nil, errors: [:]).value
        var received: [Int] = []
        for try await item in items {
            received.append(item.n)
            if received.count == 1 { gotFirst.raise() }
        }
        #expect(received == [1, 2, 3])
        #expect(heldBack.wait(seconds: 0), "the server sent the rest only after the client had the first item")
        #expect(server.requests.first?.header("Accept") == "application/jsonl")
    }

    @Test func anItemThatDoesNotDecodeNamesItsLineAfterTheItemsBeforeIt() async throws {
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "application/x-ndjson")], stream: .pieces([
                (0, Data("{\"n\":1}\n\n{\"m\":2}\n{\"n\":3}\n".utf8)),
            ]))
        }
        defer { server.stop() }
        let items: JSONSequence<Tick> = try await Self.core(server).jsonSequence("GET", "/ticks", accept: "application/x-ndjson", options: nil, errors: [:]).value
        var seen: [Int] = []
        do {
            for try await item in items { seen.append(item.n) }
            Issue.record("the second item decoded")
        } catch let error as JSONSequenceError {
            #expect(error.item == 2 && error.line == 3)
            #expect(error.description.hasPrefix("JSON sequence, item 2 (line 3): it does not decode: "))
        }
        #expect(seen == [1])
    }

    @Test func aTextSequenceCutMidItemIsAnError() async throws {
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "application/json-seq")], stream: .pieces([
                (0, Data("\u{1E}{\"n\":1}\n\u{1E}{\"n\":2".utf8)),
            ]))
        }
        defer { server.stop() }
        let items: JSONSequence<Tick> = try await Self.core(server).jsonSequence("GET", "/ticks", accept: "application/json-seq", options: nil, errors: [:]).value
        var seen: [Int] = []
        do {
            for try await item in items { seen.append(item.n) }
            Issue.record("the truncated item was taken")
        } catch let error as JSONSequenceError {
            #expect(error == JSONSequenceError(item: 2, line: 2, reason: "it was cut short: no line feed ends it"))
        }
        #expect(seen == [1])
    }

    /// The server announces the whole body, sends its first half (item 1 and part of item 2) and
    /// closes: item 1 is given, then the cut fails the sequence as a transport error, not as an
    /// item that does not decode.
    @Test func aConnectionCutMidItemFailsTheSequence() async throws {
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "application/jsonl")],
                  body: Data("{\"n\":1}\n{\"n\":22222}\n{\"n\":3}\n".utf8), mode: .closeMidBody)
        }
        defer { server.stop() }
        let items: JSONSequence<Tick> = try await Self.core(server).jsonSequence("GET", "/ticks", accept: "application/jsonl", options: nil, errors: [:]).value
        var seen: [Int] = []
        do {
            for try await item in items { seen.append(item.n) }
            Issue.record("the cut body ended as if it were whole")
        } catch {
            #expect(!(error is JSONSequenceError), "\(error)")
        }
        #expect(seen == [1])
    }

    /// The server holds the second item back until the test ends; cancelling the reading task
    /// after the first item ends it without the second.
    @Test func cancellingStopsTheSequence() async throws {
        let release = Signal()
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "application/jsonl")], stream: .gated([
                Data("{\"n\":1}\n".utf8), Data("{\"n\":2}\n".utf8),
            ], gate: { _ in _ = release.wait(seconds: 60) }))
        }
        defer {
            release.raise()
            server.stop()
        }
        let core = Self.core(server)
        let task = Task { () -> [Int] in
            var seen: [Int] = []
            let items: JSONSequence<Tick> = try await core.jsonSequence("GET", "/ticks", accept: "application/jsonl", options: nil, errors: [:]).value
            do {
                for try await item in items {
                    seen.append(item.n)
                    withUnsafeCurrentTask { $0?.cancel() }
                }
            } catch {
                // The read ends, or fails as cancelled: either is the end of the sequence.
                guard error is CancellationError || (error as? TransportError)?.kind == .cancelled || "\(error)" == "\(ClientError.cancelled)" else { throw error }
            }
            return seen
        }
        // Had cancelling not ended it, the second item would come when the gate gives up (60 s).
        #expect(try await task.value == [1])
    }

}

/// Items sent as a JSON sequence request body. One at a time: each checks that the temporary
/// files it made are gone.
@Suite(.serialized) struct JSONSequenceBodyTests {
    typealias Tick = ServerSentEventTests.Tick

    static func core(_ server: LoopbackServer) -> ClientCore { JSONSequenceTests.core(server) }

    /// Items from an async sequence, sent as JSON Lines: one per line, as the server receives them;
    /// the temporary file they went through is gone afterwards.
    @Test func itemsFromAnAsyncSequenceAreSentAsJSONLines() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, headers: [("Content-Type", "application/json")], body: Data("{\"n\":3}".utf8)) }
        defer { server.stop() }
        let before = Self.temporaryItemFiles()
        let (stream, continuation) = AsyncStream.makeStream(of: Tick.self)
        for n in 1...3 { continuation.yield(Tick(n: n)) }
        continuation.finish()
        let answer: Tick = try await Self.core(server).sendItems(
            "POST", "/ticks", items: JSONSequenceBody(stream), mediaType: "application/jsonl", options: nil, errors: [:]).value
        #expect(answer.n == 3)
        let request = try #require(server.requests.first)
        #expect(String(decoding: request.body, as: UTF8.self) == "{\"n\":1}\n{\"n\":2}\n{\"n\":3}\n")
        #expect(request.header("Content-Type") == "application/jsonl")
        #expect(Self.temporaryItemFiles() == before)
    }

    @Test func itemsOfAnArrayAreSentAsATextSequence() async throws {
        let server = try LoopbackServer { _ in .init(status: 204) }
        defer { server.stop() }
        _ = try await Self.core(server).sendItemsWithoutResult(
            "POST", "/ticks", items: JSONSequenceBody([Tick(n: 1), Tick(n: 2)]), mediaType: "application/json-seq", options: nil, errors: [:])
        #expect(server.requests.first.map { String(decoding: $0.body, as: UTF8.self) } == "\u{1E}{\"n\":1}\n\u{1E}{\"n\":2}\n")
    }

    /// A sequence that throws fails the call before anything is sent, and leaves no file behind.
    @Test func aSequenceThatThrowsSendsNothing() async throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "the source broke" } }
        let server = try LoopbackServer { _ in .init(status: 204) }
        defer { server.stop() }
        let before = Self.temporaryItemFiles()
        let items = AsyncThrowingStream<Tick, any Error> { continuation in
            continuation.yield(Tick(n: 1))
            continuation.finish(throwing: Broken())
        }
        do {
            _ = try await Self.core(server).sendItemsWithoutResult(
                "POST", "/ticks", items: JSONSequenceBody(items), mediaType: "application/jsonl", options: nil, errors: [:])
            Issue.record("the call succeeded")
        } catch {
            #expect("\(error)".contains("the items to send failed: the source broke"), "\(error)")
        }
        #expect(server.requests.isEmpty)
        #expect(Self.temporaryItemFiles() == before)
    }

    static func temporaryItemFiles() -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)) ?? []
        return Set(names.filter { $0.hasPrefix("items-") })
    }
}
