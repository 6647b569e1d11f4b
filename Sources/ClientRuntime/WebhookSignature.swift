import Foundation

/// Tells a webhook the API really sent from a forged one, by its signature and your key.
///
/// ```swift
/// try WebhookSignature.verifySignalWire(url: "https://example.com/hooks/sms", headers: request.headers,
///                                       body: request.body, signingKey: signingKey)
/// ```
///
/// Each check throws ``WebhookSignatureError`` with the reason when the request is refused.
/// Signatures are compared in constant time. SHA-1, SHA-256 and HMAC are part of the module
/// (Foundation has none on Linux), checked against the FIPS 180-4, RFC 2202 and RFC 4231 vectors.
public enum WebhookSignature {
    /// The schemes an API signs its webhooks with.
    public enum Scheme: Sendable, Hashable {
        /// SignalWire's `X-SignalWire-Signature`: ``verifySignalWire(url:headers:body:signingKey:)``.
        case signalWire
        /// Standard Webhooks: ``verifyStandardWebhook(headers:body:secret:now:tolerance:)``.
        case standardWebhooks
    }

    /// Checks a request with `scheme`; `key` is the signing key or the `whsec_` secret.
    public static func verify(
        _ scheme: Scheme, url: String, headers: some Sequence<(String, String)>, body: Data, key: String
    ) throws(WebhookSignatureError) {
        switch scheme {
        case .signalWire: try verifySignalWire(url: url, headers: headers, body: body, signingKey: key)
        case .standardWebhooks: try verifyStandardWebhook(headers: headers, body: body, secret: key)
        }
    }

    /// SignalWire's `X-SignalWire-Signature` (or Twilio's `X-Twilio-Signature`), as SignalWire's
    /// validators accept it:
    /// - the hex HMAC-SHA1 of the full URL followed by the raw body (JSON webhooks of RELAY and
    ///   fabric);
    /// - the base64 HMAC-SHA1 of the full URL followed by each form field's name and value,
    ///   ordered by name (the Compatibility API's callbacks); a JSON body is then signed through
    ///   the `bodySHA256` query item, the hex SHA-256 of the body.
    ///
    /// The URL is tried as given, then with its default port (`:443`, `:80`) added or removed,
    /// since senders differ. `url` is the whole URL the request was sent to, query included, as
    /// the API saw it (behind a proxy, the public one).
    public static func verifySignalWire(
        url: String, headers: some Sequence<(String, String)>, body: Data, signingKey: String
    ) throws(WebhookSignatureError) {
        let headers = Array(headers)
        guard let signature = value(of: "X-SignalWire-Signature", in: headers) ?? value(of: "X-Twilio-Signature", in: headers) else {
            throw .missing("the request has no X-SignalWire-Signature header")
        }
        let key = Array(signingKey.utf8)
        let isForm = value(of: "Content-Type", in: headers).map {
            $0.lowercased().hasPrefix("application/x-www-form-urlencoded")
        } ?? false
        for candidate in urlVariants(url) {
            // The raw form: the hex HMAC-SHA1 of the URL followed by the body's bytes.
            let raw = HMAC.sha1(key: key, message: Array(candidate.utf8) + Array(body))
            if constantTimeEqual(Array(signature.lowercased().utf8), Array(hex(raw).utf8)) { return }
            // The Compatibility form: base64 of the HMAC-SHA1 of the URL and the sorted form fields.
            var signed = Array(candidate.utf8)
            if isForm {
                for (name, values) in formFields(body) {
                    for value in values { signed += Array(name.utf8) + Array(value.utf8) }
                }
            } else if let bodyHash = queryValue("bodySHA256", in: candidate) {
                guard constantTimeEqual(Array(bodyHash.lowercased().utf8), Array(hex(SHA256.hash(Array(body))).utf8)) else { continue }
            } else if !body.isEmpty {
                continue
            }
            let compatibility = Data(HMAC.sha1(key: key, message: signed)).base64EncodedString()
            if constantTimeEqual(Array(signature.utf8), Array(compatibility.utf8)) { return }
        }
        throw .mismatch("the signature does not match the URL and body signed with this key")
    }

    /// The Standard Webhooks scheme (`webhook-id`, `webhook-timestamp`, `webhook-signature`): the
    /// base64 HMAC-SHA256 of `id.timestamp.body` with the secret (`whsec_` then base64), any of
    /// the header's space-separated `v1,` signatures, sent within `tolerance` seconds of `now`.
    public static func verifyStandardWebhook(
        headers: some Sequence<(String, String)>, body: Data, secret: String,
        now: Date = Date(), tolerance: TimeInterval = 300
    ) throws(WebhookSignatureError) {
        let headers = Array(headers)
        guard let id = value(of: "webhook-id", in: headers) else { throw .missing("the request has no webhook-id header") }
        guard let timestampText = value(of: "webhook-timestamp", in: headers) else {
            throw .missing("the request has no webhook-timestamp header")
        }
        guard let signatures = value(of: "webhook-signature", in: headers) else {
            throw .missing("the request has no webhook-signature header")
        }
        guard let timestamp = Int(timestampText) else { throw .malformed("webhook-timestamp '\(timestampText)' is not a number of seconds") }
        let age = now.timeIntervalSince1970 - Double(timestamp)
        guard abs(age) <= tolerance else {
            throw .stale("the request was signed \(Int(age)) s from now, more than the \(Int(tolerance)) s allowed")
        }
        let encodedKey = secret.hasPrefix("whsec_") ? String(secret.dropFirst(6)) : secret
        guard let key = Data(base64Encoded: encodedKey) else { throw .malformed("the secret is not base64 after 'whsec_'") }
        let expected = Data(HMAC.sha256(key: Array(key), message: Array("\(id).\(timestamp).".utf8) + Array(body))).base64EncodedString()
        for signature in signatures.split(separator: " ") where signature.hasPrefix("v1,") {
            if constantTimeEqual(Array(signature.dropFirst(3).utf8), Array(expected.utf8)) { return }
        }
        throw .mismatch("no v1 signature of webhook-signature matches the id, timestamp and body signed with this secret")
    }

    // MARK: Parts

    private static func value(of name: String, in headers: [(String, String)]) -> String? {
        headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }

    /// The URL as given, then with the scheme's default port added, or removed when written.
    static func urlVariants(_ url: String) -> [String] {
        guard var components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else { return [url] }
        let defaultPort = scheme == "https" ? 443 : scheme == "http" ? 80 : nil
        guard let defaultPort else { return [url] }
        var variants = [url]
        if components.port == nil {
            components.port = defaultPort
        } else if components.port == defaultPort {
            components.port = nil
        } else {
            return variants
        }
        if let other = components.string { variants.append(other) }
        return variants
    }

    private static func queryValue(_ name: String, in url: String) -> String? {
        URLComponents(string: url)?.queryItems?.first { $0.name == name }?.value
    }

    /// A form body's fields, by name in byte order, each with its distinct values in byte order
    /// (as the Compatibility API signs them).
    static func formFields(_ body: Data) -> [(String, [String])] {
        var fields: [String: Set<String>] = [:]
        for pair in String(decoding: body, as: UTF8.self).split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            fields[decode(parts[0]), default: []].insert(parts.count > 1 ? decode(parts[1]) : "")
        }
        return fields.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { name in
            (name, fields[name]!.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        }
    }

    /// Equal bytes, in a time that depends only on the lengths.
    static func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        guard left.count == right.count else { return false }
        var difference: UInt8 = 0
        for index in left.indices { difference |= left[index] ^ right[index] }
        return difference == 0
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count * 2)
        for byte in bytes { text += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]] }
        return String(decoding: text, as: UTF8.self)
    }
}

/// Why a webhook request was refused.
public enum WebhookSignatureError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A header the scheme needs is not there.
    case missing(String)
    /// A header or the key cannot be read.
    case malformed(String)
    /// Signed too long ago, or in the future.
    case stale(String)
    /// The signature is not the one the key makes.
    case mismatch(String)

    public var description: String {
        switch self {
        case .missing(let reason), .malformed(let reason), .stale(let reason), .mismatch(let reason): reason
        }
    }
}

/// HMAC (RFC 2104) with SHA-1 or SHA-256.
enum HMAC {
    static func sha1(key: [UInt8], message: [UInt8]) -> [UInt8] {
        mac(key: key, message: message, hash: SHA1.hash)
    }

    static func sha256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        mac(key: key, message: message, hash: SHA256.hash)
    }

    private static func mac(key: [UInt8], message: [UInt8], hash: ([UInt8]) -> [UInt8]) -> [UInt8] {
        let blockSize = 64
        var key = key.count > blockSize ? hash(key) : key
        key += [UInt8](repeating: 0, count: blockSize - key.count)
        let inner = hash(key.map { $0 ^ 0x36 } + message)
        return hash(key.map { $0 ^ 0x5C } + inner)
    }
}

/// Calls `compress` with each 64-byte block of the message padded as SHA-1 and SHA-256 both read
/// it (a 1 bit, zeros, the bit length big-endian): the whole blocks straight from the message,
/// the last one or two from a copy of its tail.
private func forEachBlock(of message: [UInt8], _ compress: (UnsafePointer<UInt8>) -> Void) {
    let whole = message.count / 64
    message.withUnsafeBufferPointer { buffer in
        if let base = buffer.baseAddress {
            for block in 0..<whole { compress(base + block * 64) }
        }
    }
    var tail = Array(message[(whole * 64)...])
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    let bits = UInt64(message.count) &* 8
    for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    tail.withUnsafeBufferPointer { buffer in
        for block in 0..<(buffer.count / 64) { compress(buffer.baseAddress! + block * 64) }
    }
}

/// The big-endian word at `offset`.
private func word(_ bytes: UnsafePointer<UInt8>, _ offset: Int) -> UInt32 {
    UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
}

private func bytes(of words: [UInt32]) -> [UInt8] {
    words.flatMap { [UInt8($0 >> 24), UInt8(truncatingIfNeeded: $0 >> 16), UInt8(truncatingIfNeeded: $0 >> 8), UInt8(truncatingIfNeeded: $0)] }
}

private func rotateLeft(_ value: UInt32, _ count: UInt32) -> UInt32 {
    (value << count) | (value >> (32 - count))
}

/// SHA-1 (FIPS 180-4), for the signatures that still use it.
enum SHA1 {
    static func hash(_ message: [UInt8]) -> [UInt8] {
        var (h0, h1, h2, h3, h4): (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            forEachBlock(of: message) { block in
                for t in 0..<16 { w[t] = word(block, t * 4) }
                for t in 16..<80 { w[t] = rotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1) }
                var (a, b, c, d, e) = (h0, h1, h2, h3, h4)
                // The four rounds of 20 steps, each with its own function and constant.
                for t in 0..<20 {
                    let temp = rotateLeft(a, 5) &+ ((b & c) | (~b & d)) &+ e &+ 0x5A82_7999 &+ w[t]
                    (e, d, c, b, a) = (d, c, rotateLeft(b, 30), a, temp)
                }
                for t in 20..<40 {
                    let temp = rotateLeft(a, 5) &+ (b ^ c ^ d) &+ e &+ 0x6ED9_EBA1 &+ w[t]
                    (e, d, c, b, a) = (d, c, rotateLeft(b, 30), a, temp)
                }
                for t in 40..<60 {
                    let temp = rotateLeft(a, 5) &+ ((b & c) | (b & d) | (c & d)) &+ e &+ 0x8F1B_BCDC &+ w[t]
                    (e, d, c, b, a) = (d, c, rotateLeft(b, 30), a, temp)
                }
                for t in 60..<80 {
                    let temp = rotateLeft(a, 5) &+ (b ^ c ^ d) &+ e &+ 0xCA62_C1D6 &+ w[t]
                    (e, d, c, b, a) = (d, c, rotateLeft(b, 30), a, temp)
                }
                h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d; h4 &+= e
            }
        }
        return bytes(of: [h0, h1, h2, h3, h4])
    }
}

/// SHA-256 (FIPS 180-4).
enum SHA256 {
    private static let k: [UInt32] = [
        0x428A_2F98, 0x7137_4491, 0xB5C0_FBCF, 0xE9B5_DBA5, 0x3956_C25B, 0x59F1_11F1, 0x923F_82A4, 0xAB1C_5ED5,
        0xD807_AA98, 0x1283_5B01, 0x2431_85BE, 0x550C_7DC3, 0x72BE_5D74, 0x80DE_B1FE, 0x9BDC_06A7, 0xC19B_F174,
        0xE49B_69C1, 0xEFBE_4786, 0x0FC1_9DC6, 0x240C_A1CC, 0x2DE9_2C6F, 0x4A74_84AA, 0x5CB0_A9DC, 0x76F9_88DA,
        0x983E_5152, 0xA831_C66D, 0xB003_27C8, 0xBF59_7FC7, 0xC6E0_0BF3, 0xD5A7_9147, 0x06CA_6351, 0x1429_2967,
        0x27B7_0A85, 0x2E1B_2138, 0x4D2C_6DFC, 0x5338_0D13, 0x650A_7354, 0x766A_0ABB, 0x81C2_C92E, 0x9272_2C85,
        0xA2BF_E8A1, 0xA81A_664B, 0xC24B_8B70, 0xC76C_51A3, 0xD192_E819, 0xD699_0624, 0xF40E_3585, 0x106A_A070,
        0x19A4_C116, 0x1E37_6C08, 0x2748_774C, 0x34B0_BCB5, 0x391C_0CB3, 0x4ED8_AA4A, 0x5B9C_CA4F, 0x682E_6FF3,
        0x748F_82EE, 0x78A5_636F, 0x84C8_7814, 0x8CC7_0208, 0x90BE_FFFA, 0xA450_6CEB, 0xBEF9_A3F7, 0xC671_78F2,
    ]

    static func hash(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6A09_E667, 0xBB67_AE85, 0x3C6E_F372, 0xA54F_F53A, 0x510E_527F, 0x9B05_688C, 0x1F83_D9AB, 0x5BE0_CD19]
        k.withUnsafeBufferPointer { k in
            h.withUnsafeMutableBufferPointer { h in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                    forEachBlock(of: message) { block in
                        for t in 0..<16 { w[t] = word(block, t * 4) }
                        for t in 16..<64 {
                            let s0 = rotateRight(w[t - 15], 7) ^ rotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3)
                            let s1 = rotateRight(w[t - 2], 17) ^ rotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10)
                            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
                        }
                        var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
                        for t in 0..<64 {
                            let s1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25)
                            let choice = (e & f) ^ (~e & g)
                            let temp1 = hh &+ s1 &+ choice &+ k[t] &+ w[t]
                            let s0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22)
                            let majority = (a & b) ^ (a & c) ^ (b & c)
                            let temp2 = s0 &+ majority
                            (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ temp2)
                        }
                        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
                    }
                }
            }
        }
        return bytes(of: h)
    }

    private static func rotateRight(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }
}
