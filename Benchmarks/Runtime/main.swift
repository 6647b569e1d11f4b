// Decoding and encoding the documented SipEndpointResponse example: the generated module beside
// Foundation's JSONDecoder/JSONEncoder on a plain synthesized-Codable struct of the same shape;
// then parsing date-time text beside ISO8601DateFormatter.
// Built by Benchmarks/run.sh with -O together with Generated/; prints median, min and max per call.
import Foundation

/// The same shape with synthesized Codable, as most Swift code would write it.
struct PlainSipEndpoint: Codable {
    var type: String
    var id: String
    var username: String
    var caller_id: String?
    var send_as: String
    var ciphers: [String]
    var codecs: [String]
    var encryption: String
    var call_handler: String?
    var calling_handler_resource_id: String?
    var call_request_url: String?
    var call_request_method: String?
    var call_fallback_url: String?
    var call_fallback_method: String?
    var call_status_callback_url: String?
    var call_status_callback_method: String?
    var call_laml_application_id: String?
    var call_dialogflow_agent_id: String?
    var call_relay_topic: String?
    var call_relay_topic_status_callback_url: String?
    var call_relay_context: String?
    var call_relay_context_status_callback_url: String?
    var call_relay_application: String?
    var call_video_room_id: String?
    var call_relay_script_url: String?
}

/// Median, min and max of `rounds` timings of `iterations` calls each, in microseconds per call.
func measure(_ name: String, rounds: Int = 7, iterations: Int = 20_000, _ body: () throws -> Void) rethrows -> Double {
    for _ in 0..<1_000 { try body() }  // warm up
    var perCall: [Double] = []
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { try body() }
        perCall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / Double(iterations) / 1_000)
    }
    perCall.sort()
    let median = perCall[perCall.count / 2]
    print(String(format: "%-44@ %8.2f us  (min %.2f, max %.2f)", name as NSString, median, perCall.first!, perCall.last!))
    return median
}

let path = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "Tests/SignalWireTests/Golden/response.json"
let data = try Data(contentsOf: URL(fileURLWithPath: path))
let bytes = [UInt8](data)

let value = try SipEndpointResponse(jsonData: bytes)
precondition(value.jsonString(pretty: true) == String(decoding: bytes, as: UTF8.self), "the round trip must stay exact")
let plain = try JSONDecoder().decode(PlainSipEndpoint.self, from: data)
let decoder = JSONDecoder()
let encoder = JSONEncoder()

var sink = 0
let oursDecode = try measure("decode, generated (exact)") { sink &+= try SipEndpointResponse(jsonData: bytes).username.utf8.count }
let foundationDecode = try measure("decode, Foundation JSONDecoder") { sink &+= try decoder.decode(PlainSipEndpoint.self, from: data).username.utf8.count }
let oursEncode = measure("encode, generated (compact)") { sink &+= value.jsonBytes().count }
let foundationEncode = try measure("encode, Foundation JSONEncoder") { sink &+= try encoder.encode(plain).count }
print(String(format: "decode: %.1fx faster; encode: %.1fx faster", foundationDecode / oursDecode, foundationEncode / oursEncode))

// Dates: DateTimeString.date beside ISO8601DateFormatter, each text given the formatter options it needs.
let whole = ISO8601DateFormatter()
let fractional = ISO8601DateFormatter()
fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
let dateTexts = ["2024-05-01T12:30:00Z", "2024-05-01T18:15:00.123+05:45"]
precondition(dateTexts.map { DateTimeString($0).date } == [whole.date(from: dateTexts[0]), fractional.date(from: dateTexts[1])])
let oursDate = measure("date-time parse x2, DateTimeString.date") {
    for text in dateTexts { sink &+= Int(DateTimeString(text).date!.timeIntervalSince1970) }
}
let foundationDate = measure("date-time parse x2, ISO8601DateFormatter") {
    sink &+= Int(whole.date(from: dateTexts[0])!.timeIntervalSince1970)
    sink &+= Int(fractional.date(from: dateTexts[1])!.timeIntervalSince1970)
}
print(String(format: "date-time parse: %.1fx faster", foundationDate / oursDate))
if sink == 42 { print(sink) }
