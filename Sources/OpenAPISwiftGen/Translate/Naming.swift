/// Turns names from a spec into idiomatic Swift identifiers.
///
/// Words are split at anything that is not a letter or digit and at case changes
/// (`callerID` -> caller, ID; `HTTPServer` -> HTTP, Server; `422Error` -> 422, Error); digits stay
/// with their word, and so does a capital after digits that no lower-case letter follows (`48000H`).
/// Dots are separators like any other symbol: `Types.StatusCodes.StatusCode422Error` ->
/// `TypesStatusCodesStatusCode422Error`.
/// `AEAD_AES_256_GCM_8` -> `aeadAes256Gcm8`, `block-pstn` -> `blockPstn`, `OPUS@48000H@20I` -> `opus48000h20i`.
public enum Naming {
    /// `lowerCamelCase`, a plain identifier (a leading digit behind `_`, `self` and the like
    /// renamed); keywords stay as they are: the renderers escape them where Swift needs it.
    public static func memberName(_ raw: String) -> String {
        guard let name = camelCase(raw, capitalizingFirstWord: false) else { return "_" + fallbackWord(raw) }
        return escapedMember(name)
    }

    /// `UpperCamelCase` for a type, with a leading digit behind `_`.
    public static func typeName(_ raw: String) -> String {
        guard let name = camelCase(raw, capitalizingFirstWord: true) else { return "_" + fallbackWord(raw) }
        return isDigit(name.utf8.first!) ? "_" + name : name
    }

    /// Whether `raw` has any word to build a name from (an ASCII letter or digit).
    static func hasWords(_ raw: String) -> Bool {
        raw.utf8.contains(where: isWordByte)
    }

    /// The words of `raw` joined, each capitalized (the first one lowercased unless
    /// `capitalizingFirstWord`), or nil when it has none. Words are split at anything but ASCII
    /// letters and digits and at case changes: `callerID` -> caller|ID, `HTTPServer` ->
    /// HTTP|Server, `422Error` -> 422|Error; `48000H` stays one word. Works on bytes: names are made for every property.
    static func camelCase(_ raw: String, capitalizingFirstWord: Bool) -> String? {
        var raw = raw
        return raw.withUTF8 { bytes -> String? in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var inWord = false
            var isFirstWord = true
            for index in bytes.indices {
                let byte = bytes[index]
                guard isWordByte(byte) else {
                    if inWord { isFirstWord = false }
                    inWord = false
                    continue
                }
                if inWord, isUpper(byte) {
                    let last = bytes[index - 1]
                    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
                    if isLower(last) || ((isUpper(last) || isDigit(last)) && isLower(next)) {
                        inWord = false
                        isFirstWord = false
                    }
                }
                let capital = !inWord && (capitalizingFirstWord || !isFirstWord)
                output.append(capital ? upper(byte) : lower(byte))
                inWord = true
            }
            return output.isEmpty ? nil : String(decoding: output, as: UTF8.self)
        }
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    private static func isWordByte(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) || isDigit(byte) }
    private static func upper(_ byte: UInt8) -> UInt8 { isLower(byte) ? byte - 32 : byte }
    private static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 32 : byte }

    /// A name for text with no ASCII letters or digits at all (`"+"`, an emoji): its scalars in hex.
    private static func fallbackWord(_ raw: String) -> String {
        raw.isEmpty ? "empty" : raw.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "_")
    }

    private static func escapedMember(_ name: String) -> String {
        if isDigit(name.utf8.first!) { return "_" + name }
        if Self.unusableMembers.contains(name) { return name + "_" }
        return name
    }

    /// Words that backticks do not make usable as a member in every position.
    static let unusableMembers: Set<String> = ["self", "super", "init", "deinit", "subscript", "Type", "Protocol"]

    /// Swift keywords: names the renderers write in backticks.
    static let keywords: Set<String> = [
        "associatedtype", "class", "enum", "extension", "fileprivate", "func", "import", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "typealias", "var", "break", "case", "catch", "continue", "default", "defer", "do",
        "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "as", "false", "is", "nil", "throws", "true", "try", "await", "any", "some", "async",
        "consume", "copy", "borrowing", "consuming", "each", "package",
    ]

    /// Names no generated type takes at the top level (it gets `Schema` appended) or as a group of
    /// the client (`Operations` appended): every public type of the standard library, Concurrency
    /// and Foundation, so an app that imports the module still means Swift's own by `Collection`,
    /// `Data` or `Task`, and every name the module's own code uses unqualified.
    static let reservedTopLevelNames = libraryTypeNames.union(generatedCodeTypeNames)

    /// Names the runtime and the generated code use unqualified (types, modules, constants): a
    /// type of the same name would shadow them, even nested (a nested type gets `Value` appended).
    /// `ReservedNamesTests` derives the names from the code and checks this list holds them all.
    static let generatedCodeTypeNames: Set<String> = [
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Array", "Dictionary", "Set", "Optional",
        "Error", "Result", "Never", "Any", "AnyObject", "Type", "Protocol", "Self", "Data", "Date", "URL", "UUID",
        "Decimal", "Codable", "Sendable", "Hashable", "Equatable", "Character", "Void", "Task", "ServerTemplate", "CaseIterable", "Spelling",
        "JSONValue", "JSONObject", "JSONReader", "JSONWriter", "JSONDecodable", "JSONEncodable", "JSONCodable",
        "JSONDecodingError", "JSONField", "RequiredNullable", "OptionalKey", "OpenEnum", "UUIDString",
        "DateTimeString", "DateString", "DateTextScanner",
        "HTTPRequest", "HTTPResponse", "HTTPHeader", "HTTPTransport", "URLSessionTransport", "ClientError",
        "ClientCore", "StyledParameter", "SecurityCredential", "BearerToken", "OAuth2Session", "OAuth2Client", "OAuth2Context",
        "OAuth2Endpoints", "OAuth2ClientAuthentication", "ContinuousClock", "WebhookSignature", "WebhookSignatureError", "HMAC", "SHA1", "SHA256", "APIResponse", "BodyEncoding", "DecodingFailure", "StatusFailure", "TransportError",
        "RequestOptions", "RetryPolicy", "Pages", "PageItems", "TaskBox", "JSONMap", "JSONKeys", "JSONKey",
        "JSONObjectCursor", "JSONArrayCursor", "IndirectBox", "IndirectRequired", "IndirectOptionalKey",
        "IndirectRequiredNullable", "SeenKeys", "MockTransport", "APIWebhook", "SignedWebhook", "WebhookFormBody", "WebhookFormField",
        "HTTPStreamedResponse", "TransferProgress", "BinaryBody", "StreamingDelegate", "ServerSentEvent", "ServerSentEvents",
        "ServerSentEventError", "ServerSentEventParser", "JSONSequence", "JSONSequenceError", "JSONSequenceSplitter", "DownloadDelegate",
        "MultipartParts", "MultipartPart", "MultipartError", "MultipartSplitter", "JSONSequenceBody",
        "ClientMiddleware", "ClientAttempt", "ClientAttemptResponse", "AttemptAnswer", "AnswerSlot",
        "FilePart", "FilePartCollector",
        "Swift", "Foundation", "FoundationNetworking", "ProcessInfo", "NSURLErrorDomain", "NSURLErrorCancelled",
        "NSURLErrorCannotConnectToHost", "NSURLErrorCannotFindHost", "NSURLErrorDNSLookupFailed",
        "NSURLErrorNetworkConnectionLost", "NSURLErrorNotConnectedToInternet", "NSURLErrorTimedOut",
    ]
}

/// Hands out names that are unique within one scope, adding `2`, `3`, ... on collisions.
struct NameScope {
    private var used: Set<String>

    init(reserved: Set<String> = []) {
        used = reserved
    }

    func isFree(_ name: String) -> Bool {
        !used.contains(name)
    }

    /// Makes a name claimed earlier free again, for the one who reserved it to claim it.
    mutating func release(_ name: String) {
        used.remove(name)
    }

    mutating func claim(_ name: String) -> String {
        if used.insert(name).inserted { return name }
        var counter = 2
        while !used.insert("\(name)\(counter)").inserted { counter += 1 }
        return "\(name)\(counter)"
    }
}
