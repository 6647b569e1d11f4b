// 100,000 items through the runtime's sequential bodies, in chunks of 16 KB as a network gives
// them: JSON Lines or JSON text sequences read by JSONSequence (`json-seq`), multipart parts read
// by MultipartParts (`multipart`), or items written by JSONSequenceBody into the file an upload
// sends (`upload`). Items per second, and the peak memory (the script runs it under GNU time).
// Memory must stay flat: only the chunk being read and the item being decoded are held.
// Built by Benchmarks/run.sh with -O together with Sources/ClientRuntime.
import Foundation

struct LogLine: JSONDecodable, Sendable {
    var sequence: Int
    var message: String

    init(from reader: inout JSONReader) throws(JSONDecodingError) {
        guard case .object(let object) = try reader.readValue(),
              case .number(let number)? = object["seq"], let sequence = Int(number),
              case .string(let message)? = object["message"] else {
            throw JSONDecodingError(.missingKey("seq"))
        }
        self.sequence = sequence
        self.message = message
    }
}

let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 100_000 : 100_000
/// How many items the stream has made; read by one consumer at a time.
final class Made: @unchecked Sendable { var count = 0 }
let made = Made()
func line(_ n: Int) -> String {
    #"{"seq":\#(n),"level":"info","message":"request \#(n) served in 12 ms","tags":["a","b"]}"#
}

if CommandLine.arguments.contains("multipart") {
    // Parts of one JSON item each, made as they are read.
    let chunks = AsyncThrowingStream<Data, any Error>(unfolding: { [count] in
        guard made.count <= count else { return nil }
        var chunk = Data()
        while made.count < count && chunk.count < 16_384 {
            chunk.append(contentsOf: ("--b0\r\nContent-Type: application/json\r\n\r\n" + line(made.count) + "\r\n").utf8)
            made.count += 1
        }
        if made.count == count { chunk.append(contentsOf: "--b0--\r\n".utf8); made.count += 1 }
        return chunk
    })
    let start = DispatchTime.now().uptimeNanoseconds
    let received = try await Task.detached { () async throws -> Int in
        var received = 0
        for try await part in MultipartParts<LogLine>(chunks: chunks, boundary: "b0") {
            precondition(part.item?.sequence == received, "part \(part.index) out of order")
            received += 1
        }
        return received
    }.value
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    precondition(received == count)
    print(String(format: "%d items (multipart) in %.3f s: %.0f items/s", received, seconds, Double(received) / seconds))
    exit(0)
}

if CommandLine.arguments.contains("upload") {
    // Items an async sequence makes, written by JSONSequenceBody into the file an upload sends.
    struct Record: JSONEncodable, Sendable {
        var n: Int
        func encode(to writer: inout JSONWriter) {
            writer.value(.object(["seq": .number(String(n)), "level": .string("info"), "message": .string("request \(n) served in 12 ms")]))
        }
    }
    let items = AsyncStream<Record>(unfolding: { [count] in
        made.count < count ? { defer { made.count += 1 }; return Record(n: made.count) }() : nil
    })
    let start = DispatchTime.now().uptimeNanoseconds
    let file = try await Task.detached { try await ClientCore.temporaryFile(of: JSONSequenceBody(items), mediaType: "application/jsonl") }.value
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    try FileManager.default.removeItem(at: file)
    precondition(made.count == count && size > count * 60)
    print(String(format: "%d items (upload, %.1f MB written) in %.3f s: %.0f items/s", count, Double(size) / 1e6, seconds, Double(count) / seconds))
    exit(0)
}

let format: JSONSequence<LogLine>.Format = CommandLine.arguments.contains("json-seq") ? .textSequence : .lines
// The chunks are made as they are read (16 KB each), so the body itself is never held whole.
let separator = format == .textSequence ? "\u{1E}" : ""
let chunks = AsyncThrowingStream<Data, any Error>(unfolding: { [count, separator] in
    guard made.count < count else { return nil }
    var chunk = Data()
    while made.count < count && chunk.count < 16_384 {
        chunk.append(contentsOf: (separator + line(made.count) + "\n").utf8)
        made.count += 1
    }
    return chunk
})
// Read off the main actor, as a server or a background task reads a stream: each item would
// otherwise hop to and from the main thread.
let start = DispatchTime.now().uptimeNanoseconds
let received = try await Task.detached { () async throws -> Int in
    var received = 0
    var last = -1
    for try await item in JSONSequence<LogLine>(chunks: chunks, format: format) {
        precondition(item.sequence == last + 1, "item \(item.sequence) out of order")
        last = item.sequence
        received += 1
    }
    return received
}.value
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
precondition(received == count)
print(String(format: "%d items (%@) in %.3f s: %.0f items/s", received, format == .lines ? "JSON Lines" : "json-seq", seconds, Double(received) / seconds))
