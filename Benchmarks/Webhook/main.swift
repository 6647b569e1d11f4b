// Verifying a 10 KB webhook with the runtime's own SHA-1, SHA-256 and HMAC: SignalWire's
// signature (valid, and forged: every form and URL variant tried) and Standard Webhooks.
// Built by Benchmarks/run.sh with -O together with Sources/ClientRuntime; prints median, min and
// max per call, then the HMAC digests for the script to compare with Python's hmac (OpenSSL).
import Foundation

/// Median, min and max of `rounds` timings of `iterations` calls each, in microseconds per call.
func measure(_ name: String, rounds: Int = 7, iterations: Int = 2_000, _ body: () throws -> Void) rethrows {
    for _ in 0..<100 { try body() }  // warm up
    var perCall: [Double] = []
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { try body() }
        perCall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000 / Double(iterations))
    }
    perCall.sort()
    let row = String(format: "%.1f µs (%.1f–%.1f)", perCall[rounds / 2], perCall[0], perCall[rounds - 1])
    print(name.padding(toLength: 52, withPad: " ", startingAt: 0) + row)
}

// A 10 KB JSON body, as a fabric webhook with a long payload would be.
let entry = #"{"event":"calling.call.state","params":{"call_id":"e9c4a1f0-7c55-4d0a-9b7e-2b1f3c4d5e6f","state":"answered"}}"#
var text = "["
while text.utf8.count + entry.utf8.count + 1 < 10_240 { text += entry + "," }
text += String(repeating: " ", count: 10_239 - text.utf8.count) + "]"
let body = Data(text.utf8)
let url = "https://example.com/hooks/fabric?project=7"
let key = "PSK_abcdefghijklmnopqrstuvwx"
let signature = WebhookSignature.hex(HMAC.sha1(key: Array(key.utf8), message: Array(url.utf8) + Array(body)))
let headers = [("Content-Type", "application/json"), ("X-SignalWire-Signature", signature)]
let forged = [("Content-Type", "application/json"), ("X-SignalWire-Signature", String(repeating: "0", count: 40))]

let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
let timestamp = Int(Date().timeIntervalSince1970)
let secretKey = Array(Data(base64Encoded: String(secret.dropFirst(6)))!)
let standard = Data(HMAC.sha256(key: secretKey, message: Array("msg_1.\(timestamp).".utf8) + Array(body))).base64EncodedString()
let standardHeaders = [("webhook-id", "msg_1"), ("webhook-timestamp", "\(timestamp)"), ("webhook-signature", "v1,\(standard)")]

print("body: \(body.count) bytes")
measure("SHA-1 of the body") { _ = SHA1.hash(Array(body)) }
measure("SHA-256 of the body") { _ = SHA256.hash(Array(body)) }
measure("HMAC-SHA1 of URL + body") { _ = HMAC.sha1(key: Array(key.utf8), message: Array(url.utf8) + Array(body)) }
try measure("verifySignalWire, valid") {
    try WebhookSignature.verifySignalWire(url: url, headers: headers, body: body, signingKey: key)
}
measure("verifySignalWire, forged (all forms, all URLs)") {
    do {
        try WebhookSignature.verifySignalWire(url: url, headers: forged, body: body, signingKey: key)
        fatalError("a forged signature was accepted")
    } catch {}
}
try measure("verifyStandardWebhook, valid") {
    try WebhookSignature.verifyStandardWebhook(headers: standardHeaders, body: body, secret: secret)
}
// For the script: the same digests from Python's hmac must match.
print("digest sha1 \(signature)")
print("digest sha256 \(WebhookSignature.hex(HMAC.sha256(key: secretKey, message: Array("msg_1.\(timestamp).".utf8) + Array(body))))")
print("timestamp \(timestamp)")
