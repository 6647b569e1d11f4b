import Foundation

/// A server URL as the spec writes it (`https://{region}.example.com/v1`), cut into its host and
/// its path, with `{name}` variables filled in place.
struct ServerTemplate {
    /// `https`, or empty for a relative template.
    var scheme: Substring
    /// What comes between `://` and the path; empty for a relative template such as `/api/v3`.
    var host: Substring
    /// The path without a trailing slash: `/v1`, or empty.
    var path: Substring

    init(_ template: String) {
        var rest = template[...]
        if let separator = rest.range(of: "://") {
            scheme = rest[..<separator.lowerBound]
            rest = rest[separator.upperBound...]
            let slash = rest.firstIndex(of: "/") ?? rest.endIndex
            host = rest[..<slash]
            rest = rest[slash...]
        } else {
            scheme = ""
            host = ""
        }
        while rest.hasSuffix("/") { rest = rest.dropLast() }
        path = rest
    }

    /// `text` with each `{name}` replaced by its value, percent-encoded so that it stays within
    /// its part of the URL; a name without a value is left as written.
    static func filled(_ text: some StringProtocol, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// What a variable's value may hold unescaped: unreserved characters and sub-delimiters.
    private static let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=")
}
