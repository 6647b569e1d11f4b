/// The token rule of RFC 9110, for the header names a spec or config names.
enum HTTPToken {
    /// Whether `text` can be a header field name: one or more of `A-Z a-z 0-9 !#$%&'*+-.^_`|~`.
    static func isHeaderName(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "!#$%&'*+-.^_`|~".contains($0)) }
    }
}
