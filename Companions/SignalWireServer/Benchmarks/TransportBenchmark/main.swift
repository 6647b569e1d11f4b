import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import SignalWire
import SignalWireServer

// The transports under load, for BENCHMARKS.md (run by ../run-transports.sh):
//
//   transport-benchmark serve RESPONSE_JSON            a loopback server; prints its port
//   transport-benchmark calls urlsession|ahc PORT CALLS IN_FLIGHT
//   transport-benchmark streams urlsession|ahc PORT STREAMS
//   transport-benchmark download urlsession|ahc PORT MEGABYTES
//
// The server answers the seed's create call with the documented response and counts requests and
// connections (`GET /stats`, `POST /reset`); `GET /events` is an event stream that sends its first
// event at once and ends two seconds later; `GET /file/N` sends N MB, a chunk once the last one
// is written. A client prints one JSON line of figures.

let arguments = Array(CommandLine.arguments.dropFirst())

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("transport-benchmark: \(message)\n".utf8))
    exit(2)
}

// MARK: The server

/// What the server saw since the last reset.
struct Counts: Sendable {
    var connections = 0
    var creates = 0
}

let counts = NIOLockedValueBox(Counts())

final class CountConnections: ChannelInboundHandler, Sendable {
    typealias InboundIn = NIOAny
    func channelActive(context: ChannelHandlerContext) {
        counts.withLockedValue { $0.connections += 1 }
        context.fireChannelActive()
    }
}

final class Answer: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let response: ByteBuffer
    var head: HTTPRequestHead?

    init(response: ByteBuffer) {
        self.response = response
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): self.head = head
        case .body: break
        case .end:
            guard let head else { return }
            switch (head.method, head.uri) {
            case (.POST, "/api/fabric/resources/sip_endpoints"):
                counts.withLockedValue { $0.creates += 1 }
                write(context, head, status: .ok, body: response)
            case (.GET, "/stats"):
                let now = counts.withLockedValue { $0 }
                write(context, head, status: .ok, body: ByteBuffer(string: #"{"connections":\#(now.connections),"creates":\#(now.creates)}"#))
            case (.POST, "/reset"):
                counts.withLockedValue { $0 = Counts() }
                write(context, head, status: .noContent, body: ByteBuffer())
            case (.GET, "/events"):
                var headers = HTTPHeaders([("Content-Type", "text/event-stream"), ("Connection", "close")])
                headers.add(name: "Cache-Control", value: "no-cache")
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))), promise: nil)
                context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: "data: {\"n\":1}\n\n")))), promise: nil)
                let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                context.eventLoop.scheduleTask(in: .seconds(2)) {
                    let (handler, context) = bound.value
                    context.writeAndFlush(handler.wrapOutboundOut(.end(nil)), promise: nil)
                    context.close(promise: nil)
                }
            case (.GET, let uri) where uri.hasPrefix("/file/"):
                let megabytes = Int(uri.dropFirst(6)) ?? 1
                let headers = HTTPHeaders([("Content-Type", "application/octet-stream"), ("Content-Length", "\(megabytes << 20)")])
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))), promise: nil)
                send(NIOLoopBound((self, context), eventLoop: context.eventLoop), chunks: megabytes * 16)
            default:
                write(context, head, status: .notFound, body: ByteBuffer())
            }
            self.head = nil
        }
    }

    /// 64 KB chunks, each written once the one before it is: the server's memory stays flat too.
    static let chunk = ByteBuffer(repeating: 0x61, count: 64 << 10)

    func send(_ bound: NIOLoopBound<(Answer, ChannelHandlerContext)>, chunks: Int) {
        let (handler, context) = bound.value
        guard chunks > 0 else {
            context.writeAndFlush(handler.wrapOutboundOut(.end(nil)), promise: nil)
            return
        }
        context.writeAndFlush(handler.wrapOutboundOut(.body(.byteBuffer(Self.chunk)))).whenSuccess {
            bound.value.0.send(bound, chunks: chunks - 1)
        }
    }

    func write(_ context: ChannelHandlerContext, _ request: HTTPRequestHead, status: HTTPResponseStatus, body: ByteBuffer) {
        let headers = HTTPHeaders([("Content-Type", "application/json"), ("Content-Length", "\(body.readableBytes)")])
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}

func serve(responseFile: String) throws -> Never {
    guard let data = FileManager.default.contents(atPath: responseFile) else { fail("cannot read \(responseFile)") }
    let response = ByteBuffer(bytes: data)
    let channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
        .serverChannelOption(.backlog, value: 1024)
        .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
        .childChannelInitializer { channel in
            channel.eventLoop.makeCompletedFuture {
                try channel.pipeline.syncOperations.addHandler(CountConnections())
                try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                try channel.pipeline.syncOperations.addHandler(Answer(response: response))
            }
        }
        .bind(host: "127.0.0.1", port: 0).wait()
    FileHandle.standardOutput.write(Data("\(channel.localAddress!.port!)\n".utf8))
    try channel.closeFuture.wait()
    exit(0)
}

// MARK: The clients

func transport(_ name: String) -> any HTTPTransport {
    switch name {
    case "urlsession": URLSessionTransport()
    case "ahc": AsyncHTTPClientTransport()
    default: fail("unknown transport \(name) (urlsession, ahc)")
    }
}

/// The process's peak resident memory in MB.
func peakMemoryMB() -> Double {
    var usage = rusage()
    #if os(Linux)
    getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
    getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_maxrss) / 1024
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted.isEmpty ? .nan : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

/// `calls` create calls, `inFlight` at a time, each as the seed's example.
func calls(transport name: String, port: Int, calls: Int, inFlight: Int) async throws {
    let client = try SignalWireClient(project: "your-project-id", token: "your-api-token", host: "127.0.0.1:\(port)", transport: transport(name))
    let start = ContinuousClock.now
    var latencies: [Double] = []
    var failures = 0
    var firstFailure = ""
    await withTaskGroup(of: (Double, String?).self) { group in
        var started = 0
        func add() {
            started += 1
            group.addTask {
                let begin = ContinuousClock.now
                do {
                    _ = try await client.fabric.sipEndpoints.create(
                        username: "my-endpoint", callerId: "+15551234567", sendAs: "+15551234567",
                        ciphers: [.aeadAes256Gcm8], codecs: [.opus], encryption: .required,
                        callHandler: "relay_app", callingHandlerResourceId: "resource-id")
                    return (Double((ContinuousClock.now - begin) / .microseconds(1)) / 1000, nil)
                } catch {
                    return (0, "\(error)")
                }
            }
        }
        for _ in 0..<min(inFlight, calls) { add() }
        while let (latency, error) = await group.next() {
            if let error {
                failures += 1
                if firstFailure.isEmpty { firstFailure = error }
            } else {
                latencies.append(latency)
            }
            if started < calls { add() }
        }
    }
    let seconds = Double((ContinuousClock.now - start) / .microseconds(1)) / 1_000_000
    latencies.sort()
    print(String(
        format: #"{"transport":"%@","in_flight":%d,"calls":%d,"ok":%d,"failed":%d,"seconds":%.3f,"rps":%.0f,"p50_ms":%.2f,"p99_ms":%.2f,"peak_mb":%.1f,"first_failure":"%@"}"#,
        name, inFlight, calls, latencies.count, failures, seconds, Double(latencies.count) / seconds,
        percentile(latencies, 0.5), percentile(latencies, 0.99), peakMemoryMB(), firstFailure.replacingOccurrences(of: "\"", with: "'")))
}

/// `count` event streams opened at once, each read to its end: when each gave its first event.
func streams(transport name: String, port: Int, count: Int) async throws {
    let transport = transport(name)
    let url = URL(string: "http://127.0.0.1:\(port)/events")!
    let start = ContinuousClock.now
    let firsts = await withTaskGroup(of: Double?.self) { group in
        for _ in 0..<count {
            group.addTask {
                let request = HTTPRequest(method: "GET", url: url, headers: [HTTPHeader("Accept", "text/event-stream")], timeout: 60)
                // A stream is read to its end, as an app would: its connection stays taken meanwhile.
                var first: Double?
                do {
                    let response = try await transport.stream(request, uploadProgress: nil)
                    for try await chunk in response.body where !chunk.isEmpty && first == nil {
                        first = Double((ContinuousClock.now - start) / .microseconds(1)) / 1_000_000
                    }
                } catch {}
                return first
            }
        }
        var firsts: [Double] = []
        for await first in group { if let first { firsts.append(first) } }
        return firsts.sorted()
    }
    let withinOne = firsts.filter { $0 <= 1 }.count
    print(String(
        format: #"{"transport":"%@","streams":%d,"first_event":%d,"within_1s":%d,"p50_s":%.3f,"max_s":%.3f}"#,
        name, count, firsts.count, withinOne, percentile(firsts, 0.5), firsts.last ?? .nan))
}

/// A download of `megabytes` MB into a file: the time, and the process's peak memory.
func download(transport name: String, port: Int, megabytes: Int) async throws {
    let transport = transport(name)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("transport-benchmark-\(getpid()).bin")
    defer { try? FileManager.default.removeItem(at: file) }
    // The client hands a transport a file it made, as here.
    _ = FileManager.default.createFile(atPath: file.path, contents: nil)
    let request = HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:\(port)/file/\(megabytes)")!, timeout: 300)
    let start = ContinuousClock.now
    let response = try await transport.download(request, into: file, progress: nil, uploadProgress: nil)
    let seconds = Double((ContinuousClock.now - start) / .microseconds(1)) / 1_000_000
    let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? -1
    print(String(
        format: #"{"transport":"%@","status":%d,"megabytes":%d,"file_bytes":%d,"seconds":%.2f,"mb_per_s":%.0f,"peak_mb":%.1f}"#,
        name, response.status, megabytes, size, seconds, Double(megabytes) / seconds, peakMemoryMB()))
}

switch arguments.first {
case "serve" where arguments.count == 2:
    try serve(responseFile: arguments[1])
case "calls" where arguments.count == 5:
    guard let port = Int(arguments[2]), let count = Int(arguments[3]), let inFlight = Int(arguments[4]) else { fail("calls TRANSPORT PORT CALLS IN_FLIGHT") }
    try await calls(transport: arguments[1], port: port, calls: count, inFlight: inFlight)
case "streams" where arguments.count == 4:
    guard let port = Int(arguments[2]), let count = Int(arguments[3]) else { fail("streams TRANSPORT PORT STREAMS") }
    try await streams(transport: arguments[1], port: port, count: count)
case "download" where arguments.count == 4:
    guard let port = Int(arguments[2]), let megabytes = Int(arguments[3]) else { fail("download TRANSPORT PORT MEGABYTES") }
    try await download(transport: arguments[1], port: port, megabytes: megabytes)
default:
    fail("usage: transport-benchmark serve RESPONSE_JSON | calls TRANSPORT PORT CALLS IN_FLIGHT | streams TRANSPORT PORT STREAMS | download TRANSPORT PORT MEGABYTES")
}
