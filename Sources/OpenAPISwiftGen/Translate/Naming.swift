/// Turns names from a spec into idiomatic Swift identifiers.
///
/// Words are split at anything that is not a letter or digit and at case changes
/// (`callerID` -> caller, ID; `HTTPServer` -> HTTP, Server); digits stay with their word.
/// `AEAD_AES_256_GCM_8` -> `aeadAes256Gcm8`, `block-pstn` -> `blockPstn`, `OPUS@48000H@20I` -> `opus48000h20i`.
public enum Naming {
    /// `lowerCamelCase`, safe to declare (keywords in backticks, a leading digit behind `_`).
    public static func memberName(_ raw: String) -> String {
        let words = splitWords(raw)
        guard let first = words.first else { return "_" + fallbackWord(raw) }
        var name = first.lowercased()
        for word in words.dropFirst() { name += capitalized(word) }
        return escapedMember(name)
    }

    /// `UpperCamelCase` for a type, with a leading digit behind `_`.
    public static func typeName(_ raw: String) -> String {
        let words = splitWords(raw)
        guard !words.isEmpty else { return "_" + fallbackWord(raw) }
        let name = words.map(capitalized).joined()
        return name.first!.isNumber ? "_" + name : name
    }

    /// Splits at separators and case changes (on ASCII letters and digits; anything else separates).
    static func splitWords(_ raw: String) -> [String] {
        var words: [String] = []
        let bytes = Array(raw.utf8)
        var start = 0
        func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
        func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
        func isWordByte(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) || (byte >= 48 && byte <= 57) }
        func flush(_ end: Int) {
            if end > start { words.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
        }
        for index in bytes.indices {
            let byte = bytes[index]
            guard isWordByte(byte) else {
                flush(index)
                start = index + 1
                continue
            }
            // `callerID` -> caller|ID, `HTTPServer` -> HTTP|Server; `48000H` stays one word.
            if index > start, isUpper(byte) {
                let last = bytes[index - 1]
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                if isLower(last) || (isUpper(last) && isLower(next)) {
                    flush(index)
                    start = index
                }
            }
        }
        flush(bytes.count)
        return words
    }

    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }

    /// A name for text with no ASCII letters or digits at all (`"+"`, an emoji): its scalars in hex.
    private static func fallbackWord(_ raw: String) -> String {
        raw.isEmpty ? "empty" : raw.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "_")
    }

    private static func escapedMember(_ name: String) -> String {
        if name.first!.isNumber { return "_" + name }
        if Self.unusableMembers.contains(name) { return name + "_" }
        if Self.keywords.contains(name) { return "`\(name)`" }
        return name
    }

    /// Removes the backticks of an escaped name, for use inside other names or in text.
    public static func plain(_ name: String) -> String {
        name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name
    }

    /// A name as an argument label at a call site: keywords need no backticks there, but for
    /// `inout`, `var` and `let`.
    public static func label(_ name: String) -> String {
        let bare = plain(name)
        return ["inout", "var", "let"].contains(bare) ? name : bare
    }

    /// Words that backticks do not make usable as a member in every position.
    static let unusableMembers: Set<String> = ["self", "super", "init", "deinit", "subscript", "Type", "Protocol"]

    /// Swift keywords, escaped with backticks when used as names.
    static let keywords: Set<String> = [
        "associatedtype", "class", "enum", "extension", "fileprivate", "func", "import", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do",
        "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "as", "false", "is", "nil", "throws", "true", "try", "await", "any", "some", "async",
        "consume", "copy", "borrowing", "consuming", "each", "package",
    ]

    /// Type names the generated module cannot declare: they would shadow the standard library,
    /// Foundation or the module's own runtime.
    static let reservedTypeNames: Set<String> = [
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Array", "Dictionary", "Set", "Optional",
        "Error", "Result", "Never", "Any", "AnyObject", "Type", "Protocol", "Self", "Data", "Date", "URL", "UUID",
        "Decimal", "Codable", "Sendable", "Hashable", "Equatable", "Character", "Void", "Task",
        "JSONValue", "JSONObject", "JSONReader", "JSONWriter", "JSONDecodable", "JSONEncodable", "JSONCodable",
        "JSONDecodingError", "JSONField", "RequiredNullable", "OptionalKey", "OpenEnum", "UUIDString",
        "HTTPRequest", "HTTPResponse", "HTTPHeader", "HTTPTransport", "URLSessionTransport", "ClientError",
        "ClientCore", "APIResponse", "BodyEncoding", "DecodingFailure", "StatusFailure", "TransportError",
        "RequestOptions", "RetryPolicy", "Pages", "PageItems", "TaskBox", "JSONMap", "JSONKeys", "JSONKey",
        "JSONObjectCursor", "JSONArrayCursor", "IndirectBox", "IndirectRequired", "IndirectOptionalKey",
        "IndirectRequiredNullable",
    ]
}

/// Hands out names that are unique within one scope, adding `2`, `3`, ... on collisions.
struct NameScope {
    private var used: Set<String>

    init(reserved: Set<String> = []) {
        used = reserved
    }

    func isFree(_ name: String) -> Bool {
        !used.contains(Naming.plain(name))
    }

    mutating func claim(_ name: String) -> String {
        let plain = Naming.plain(name)
        if used.insert(plain).inserted { return name }
        var counter = 2
        while !used.insert("\(plain)\(counter)").inserted { counter += 1 }
        return "\(plain)\(counter)"
    }
}
