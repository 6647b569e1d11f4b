// 100,000 JSON Lines items through JSONSequence, in chunks of 16 KB as a network gives them:
// items per second, and the peak memory (the script runs it under GNU time). Memory must stay
// flat: only the chunk being read and the item being decoded are held.
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
let format: JSONSequence<LogLine>.Format = CommandLine.arguments.contains("json-seq") ? .textSequence : .lines
// The chunks are made as they are read (16 KB each), so the body itself is never held whole.
let separator = format == .textSequence ? "\u{1E}" : ""
/// How many items the stream has made; read by one consumer at a time.
final class Made: @unchecked Sendable { var count = 0 }
let made = Made()
let chunks = AsyncThrowingStream<Data, any Error>(unfolding: { [count, separator] in
    guard made.count < count else { return nil }
    var chunk = Data()
    while made.count < count && chunk.count < 16_384 {
        chunk.append(contentsOf: (separator + #"{"seq":\#(made.count),"level":"info","message":"request \#(made.count) served in 12 ms","tags":["a","b"]}"# + "\n").utf8)
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
