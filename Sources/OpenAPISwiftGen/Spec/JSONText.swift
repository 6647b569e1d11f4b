/// JSON text for a YAML node, for the spec's examples: plain scalars are typed as YAML's core
/// schema types them (`null`, `true`, `12`, `1.5`), quoted and block scalars are strings.
enum JSONText {
    static func of(_ node: YAMLNode) -> String {
        var text = ""
        write(node, into: &text)
        return text
    }

    private static func write(_ node: YAMLNode, into text: inout String) {
        switch node.content {
        case .scalar(let scalar):
            text += scalar.isPlain ? plain(scalar.text) : quoted(scalar.text)
        case .sequence(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                write(item, into: &text)
            }
            text += "]"
        case .mapping(let entries):
            text += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { text += "," }
                text += quoted(entry.key) + ":"
                write(entry.value, into: &text)
            }
            text += "}"
        }
    }

    /// Whether a plain scalar's text is YAML's `null`.
    static func isNull(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The JSON type a scalar stands for.
    enum Kind: String {
        case null, boolean, number, string
    }

    /// A plain scalar is null, a boolean, a number in JSON's own syntax, or else a string (YAML's
    /// core schema); a quoted one is a string.
    static func kind(ofScalar text: String, isPlain: Bool) -> Kind {
        guard isPlain else { return .string }
        if isNull(text) { return .null }
        switch text {
        case "true", "True", "TRUE", "false", "False", "FALSE": return .boolean
        default: return isJSONNumber(text) ? .number : .string
        }
    }

    private static func plain(_ text: String) -> String {
        switch kind(ofScalar: text, isPlain: true) {
        case .null: "null"
        case .boolean: text.lowercased()
        case .number: text
        case .string: quoted(text)
        }
    }

    static func isJSONNumber(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            let count = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        let whole = bytes
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || whole.first != UInt8(ascii: "0") else { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            guard digits() > 0 else { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }

    /// `text` as a JSON string, built as bytes: the mock's table quotes every example, and
    /// appending to a `String` scalar by scalar cost 6% of a run on fabric-api.
    static func quoted(_ text: String) -> String {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        // The usual case: nothing to escape.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != quote && $0 != backslash }) {
            return "\"" + text + "\""
        }
        var bytes: [UInt8] = [quote]
        bytes.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            let escaped: UInt8
            switch byte {
            case quote, backslash: escaped = byte
            case 0x0A: escaped = UInt8(ascii: "n")
            case 0x0D: escaped = UInt8(ascii: "r")
            case 0x09: escaped = UInt8(ascii: "t")
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [backslash, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                continue
            default:
                bytes.append(byte)
                continue
            }
            bytes.append(backslash)
            bytes.append(escaped)
        }
        bytes.append(quote)
        return String(decoding: bytes, as: UTF8.self)
    }
}
