import Foundation
@testable import ClientRuntime
import TestSupport
import Testing

/// `multipart/*` responses read part by part: the splitter on its own (chunks of any size,
/// preamble and epilogue, CRLF or LF, a delimiter's text inside a line of a part, a body cut short), and
/// parts from a loopback server that holds the rest back until the client has the first part.
@Suite struct MultipartPartsTests {
    typealias Tick = ServerSentEventTests.Tick

    static let body = "preamble, ignored\r\n--b0\r\nContent-Type: text/plain\r\n\r\nsummary\r\n--b0 \r\n"
        + "Content-Type: application/json\r\nX-Id: 1\r\n\r\n{\"n\":1}\r\n--b0\r\n\r\n{\"n\":2}\n(--b0 is no delimiter here)\r\n--b0--\r\nepilogue, ignored"

    static func parts(_ text: String, chunkSize size: Int) throws -> [MultipartSplitter.Part] {
        var splitter = MultipartSplitter(boundary: "b0")
        var parts: [MultipartSplitter.Part] = []
        let bytes = Array(text.utf8)
        for start in stride(from: 0, to: bytes.count, by: size) {
            parts += try splitter.feed(Data(bytes[start..<min(start + size, bytes.count)]))
        }
        try splitter.finish()
        return parts
    }

    @Test func partsSplitWhateverTheChunks() throws {
        for size in [1, 2, 3, 7, 1 << 20] {
            let parts = try Self.parts(Self.body, chunkSize: size)
            #expect(parts.map { String(decoding: $0.body, as: UTF8.self) } == ["summary", "{\"n\":1}", "{\"n\":2}\n(--b0 is no delimiter here)"], "chunks of \(size)")
            #expect(parts.map(\.index) == [1, 2, 3])
            #expect(parts[1].headers == [HTTPHeader("Content-Type", "application/json"), HTTPHeader("X-Id", "1")])
            #expect(parts[2].headers.isEmpty)
        }
    }

    @Test func aBodyCutShortIsAnErrorNamingThePart() {
        #expect(throws: MultipartError(part: 2, reason: "the body ended inside the part, before the delimiter after it")) {
            try Self.parts("--b0\r\n\r\none\r\n--b0\r\n\r\ntw", chunkSize: 4)
        }
        #expect(throws: MultipartError(part: 2, reason: "the body ended without its closing delimiter")) {
            try Self.parts("--b0\r\n\r\none\r\n--b0", chunkSize: 4)
        }
        #expect(throws: MultipartError(part: 1, reason: "the body ended before its first delimiter")) {
            try Self.parts("no parts at all", chunkSize: 4)
        }
    }

    @Test func theBoundaryIsReadFromTheContentType() {
        #expect(MultipartParts<Tick>.boundary(ofContentType: "multipart/mixed; boundary=abc") == "abc")
        #expect(MultipartParts<Tick>.boundary(ofContentType: #"multipart/mixed;charset=utf-8; Boundary="a b:c""#) == "a b:c")
        #expect(MultipartParts<Tick>.boundary(ofContentType: "multipart/mixed") == nil)
    }

    static func core(_ server: LoopbackServer) -> ClientCore {
        ClientCore(baseURL: URL(string: "http://\(server.host)")!, defaultHeaders: [], transport: URLSessionTransport(), options: RequestOptions(timeout: 10))
    }

    /// A part that names no content type takes its place's: text for the prefix, JSON after it.
    @Test func theFirstPartArrivesBeforeTheRestIsSentAndJSONPartsAreDecoded() async throws {
        let gotFirst = Signal()
        let heldBack = Signal()
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "multipart/mixed; boundary=\"b0\"")], stream: .gated([
                Data("--b0\r\n\r\nsummary\r\n--b0\r\n\r\n{\"n\"".utf8),
                Data(":1}\r\n--b0\r\nContent-Type: text/csv\r\n\r\nn\n2\r\n--b0--\r\n".utf8),
            ], gate: { index in
                if index == 1, gotFirst.wait(seconds: 60) { heldBack.raise() }
            }))
        }
        defer { server.stop() }
        let parts: MultipartParts<Tick> = try await Self.core(server).parts(
            "GET", "/batch", accept: "multipart/mixed", contentTypes: .init(prefix: ["text/plain"], item: "application/json"),
            options: nil, errors: [:]).value
        var received: [(String, Int?)] = []
        for try await part in parts {
            received.append((String(decoding: part.body, as: UTF8.self), part.item?.n))
            if received.count == 1 { gotFirst.raise() }
        }
        #expect(received.map(\.0) == ["summary", "{\"n\":1}", "n\n2"])
        #expect(received.map(\.1) == [nil, 1, nil])
        #expect(heldBack.wait(seconds: 0), "the server sent the rest only after the client had the first part")
        #expect(server.requests.first?.header("Accept") == "multipart/mixed")
    }

    @Test func aJSONPartThatDoesNotDecodeIsAnErrorAfterThePartsBeforeIt() async throws {
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "multipart/mixed; boundary=b0")], stream: .pieces([
                (0, Data("--b0\r\nContent-Type: application/json\r\n\r\n{\"n\":1}\r\n--b0\r\nContent-Type: application/json\r\n\r\n{\"m\":2}\r\n--b0--".utf8)),
            ]))
        }
        defer { server.stop() }
        let parts: MultipartParts<Tick> = try await Self.core(server).parts("GET", "/batch", accept: "multipart/mixed", options: nil, errors: [:]).value
        var seen: [Int] = []
        do {
            for try await part in parts { seen.append(part.item?.n ?? -1) }
            Issue.record("the second part decoded")
        } catch let error as MultipartError {
            #expect(error.part == 2)
            #expect(error.description.hasPrefix("multipart body, part 2: its JSON does not decode: "))
        }
        #expect(seen == [1])
    }

    @Test func aResponseWithoutABoundaryIsADecodingError() async throws {
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "multipart/mixed")], body: Data("--b0--".utf8))
        }
        defer { server.stop() }
        do {
            let _: MultipartParts<Tick> = try await Self.core(server).parts("GET", "/batch", accept: "multipart/mixed", options: nil, errors: [:]).value
            Issue.record("a body without a boundary was read")
        } catch {
            #expect("\(error)".contains("names no boundary"), "\(error)")
        }
    }

    @Test func aConnectionCutMidPartFailsTheSequence() async throws {
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "multipart/mixed; boundary=b0")],
                  body: Data("--b0\r\n\r\n{\"n\":1}\r\n--b0\r\n\r\n{\"n\":2222222222}\r\n--b0--\r\n".utf8), mode: .closeMidBody)
        }
        defer { server.stop() }
        let parts: MultipartParts<Tick> = try await Self.core(server).parts(
            "GET", "/batch", accept: "multipart/mixed", contentTypes: .init(item: "application/json"), options: nil, errors: [:]).value
        var seen: [Int] = []
        do {
            for try await part in parts { seen.append(part.item?.n ?? -1) }
            Issue.record("the cut body ended as if it were whole")
        } catch {
            #expect(!(error is MultipartError), "\(error)")
        }
        #expect(seen == [1])
    }

    @Test func cancellingStopsTheParts() async throws {
        let release = Signal()
        let server = try LoopbackServer { _ in
            .init(status: 200, headers: [("Content-Type", "multipart/mixed; boundary=b0")], stream: .gated([
                Data("--b0\r\n\r\none\r\n--b0".utf8), Data("\r\n\r\ntwo\r\n--b0--".utf8),
            ], gate: { _ in _ = release.wait(seconds: 60) }))
        }
        defer {
            release.raise()
            server.stop()
        }
        let core = Self.core(server)
        let task = Task { () -> [String] in
            var seen: [String] = []
            let parts: MultipartParts<Tick> = try await core.parts("GET", "/batch", accept: "multipart/mixed", options: nil, errors: [:]).value
            do {
                for try await part in parts {
                    seen.append(String(decoding: part.body, as: UTF8.self))
                    withUnsafeCurrentTask { $0?.cancel() }
                }
            } catch {
                guard error is CancellationError || (error as? TransportError)?.kind == .cancelled || "\(error)" == "\(ClientError.cancelled)" else { throw error }
            }
            return seen
        }
        #expect(try await task.value == ["one"])
    }
}
