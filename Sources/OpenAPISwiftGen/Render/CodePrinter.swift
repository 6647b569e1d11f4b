/// Builds Swift text line by line with four-space indentation.
struct CodePrinter {
    private(set) var text = ""
    private var level = 0
    private static let indents = (0..<16).map { String(repeating: "    ", count: $0) }
    /// The access keyword every declaration of the module gets (`public`, ...), as text: it is
    /// written into most declarations, and interpolating the enum would describe it each time.
    let access: String

    /// A printer whose text begins with `header` (a file's header lines).
    init(startingWith header: String = "", access: AccessLevel = .public) {
        text = header
        self.access = access.rawValue
    }

    /// An item of a list printed one item per line: text, a call with a list of its own, or an
    /// array literal (elements one per line, each with its comma).
    enum ListItem {
        case text(String)
        case call(String, [ListItem])
        case array(String, [String])
    }

    /// `opening`, then `items` one per line with commas between them (and after the last one
    /// with `trailingComma`, for array literals), then `closing`: a list that grows by lines.
    /// A `closing` that ends in `{` (`) async throws {`) opens the block that follows.
    mutating func list(_ opening: String, _ items: [ListItem], closing: String, trailingComma: Bool = false) {
        open(opening)
        for (index, item) in items.enumerated() {
            let comma = index < items.count - 1 || trailingComma ? "," : ""
            switch item {
            case .text(let text): line(text + comma)
            case .call(let callee, let arguments): list(callee + "(", arguments, closing: ")" + comma)
            case .array(let head, let elements): list(head + "[", elements.map(ListItem.text), closing: "]" + comma, trailingComma: true)
            }
        }
        if closing.hasSuffix("{") {
            reopen(closing)
        } else {
            close(closing)
        }
    }

    /// One line at the current indentation; an empty line carries no spaces.
    mutating func line(_ content: String = "") {
        if !content.isEmpty {
            text += level < Self.indents.count ? Self.indents[level] : String(repeating: "    ", count: level)
            text += content
        }
        text += "\n"
    }

    /// A line that opens a block (`... {`); what follows is indented.
    mutating func open(_ content: String) {
        line(content)
        level += 1
    }

    /// A line between two indented parts, such as `) {` after a list of arguments.
    mutating func reopen(_ content: String) {
        level -= 1
        line(content)
        level += 1
    }

    /// Ends an indented block with `closing`.
    mutating func close(_ closing: String = "}") {
        level -= 1
        line(closing)
    }

    /// `///` lines for a declaration's documentation: the spec's text, its default, then where
    /// it came from; then `@available(*, deprecated)` when it is deprecated. A type's deprecation
    /// is a line of text instead (`onType`): the attribute would make every use of the type in the
    /// module's own code warn, so it goes on the type's initializer and the properties that hold it.
    mutating func documentation(_ documentation: Documentation, onType: Bool = false) {
        var lines: [String] = []
        if let text = documentation.text {
            lines = SwiftText.commentLines(text)
        }
        if onType, let message = documentation.deprecation {
            if !lines.isEmpty { lines.append("") }
            lines.append(message.isEmpty ? "Deprecated." : "Deprecated: \(SwiftText.commentLines(message).joined(separator: " "))")
        }
        if let value = documentation.defaultValue {
            if !lines.isEmpty { lines.append("") }
            lines.append("Default: `\(SwiftText.commentLines(value).joined(separator: " "))`, assumed by the server when the key is absent.")
        }
        if let pointer = documentation.pointer {
            if !lines.isEmpty { lines.append("") }
            lines.append("Spec: `\(SwiftText.commentLines(pointer).joined(separator: " "))`")
        }
        for content in lines {
            line(content.isEmpty ? "///" : "/// " + content)
        }
        if !onType, let message = documentation.deprecation { deprecated(message) }
    }

    /// `@available(*, deprecated, ...)`, with the spec's message when it has one.
    mutating func deprecated(_ message: String) {
        line(message.isEmpty ? "@available(*, deprecated)" : "@available(*, deprecated, message: \(SwiftText.literal(message)))")
    }
}

/// Text from the spec made safe to place in Swift source.
enum SwiftText {
    /// A Swift string literal whose value is `text`, whatever `text` holds.
    static func literal(_ text: String) -> String {
        "\"" + literalBody(text) + "\""
    }

    /// A raw string literal (`#"..."#`) for single-line text, with as many `#` as it takes.
    static func rawLiteral(_ text: String) -> String {
        let bytes = Array(text.utf8)
        // A raw literal must not contain `"` or `\` followed by as many `#` as it uses.
        var longestRun = 0
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x0A...0x0D: return literal(text)
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return literal(text)  // NEL
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0xA8...0xA9).contains(bytes[index + 2]):
                return literal(text)  // line and paragraph separators
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                var run = 0
                while index + 1 + run < bytes.count, bytes[index + 1 + run] == UInt8(ascii: "#") { run += 1 }
                longestRun = max(longestRun, run)
            default:
                continue
            }
        }
        let hashes = String(repeating: "#", count: longestRun + 1)
        return hashes + "\"" + text + "\"" + hashes
    }

    /// The inside of a string literal for `text`: quotes, backslashes and control characters escaped.
    static func literalBody(_ text: String) -> String {
        // The usual case: printable ASCII without quotes or backslashes, nothing to escape.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
            return text
        }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// The lines of a description for `///` comments: line breaks of every kind split lines
    /// (so nothing can end the comment), other control characters are dropped, trailing spaces
    /// and blank lines at either end are trimmed.
    static func commentLines(_ text: String) -> [String] {
        // The usual case: printable ASCII on one line, nothing to trim.
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), text.utf8.first != 0x20, text.utf8.last != 0x20 {
            return [text]
        }
        // Byte by byte: every break and control character is ASCII or starts with 0xC2 / 0xE2.
        let bytes = Array(text.utf8)
        var lines: [String] = []
        var current: [UInt8] = []
        var index = 0
        func endLine() {
            lines.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case 0x0D:
                if index < bytes.count, bytes[index] == 0x0A { index += 1 }
                endLine()
            case 0x0A, 0x0B, 0x0C: endLine()
            case 0x09: current.append(0x20)
            case 0..<0x20, 0x7F: continue
            case 0xC2 where index < bytes.count && bytes[index] == 0x85:  // NEL
                index += 1
                endLine()
            case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (0xA8...0xA9).contains(bytes[index + 1]):
                index += 2  // line and paragraph separators
                endLine()
            default: current.append(byte)
            }
        }
        endLine()
        var trimmed = lines.map { line in
            var line = line
            while line.last == " " { line.removeLast() }
            return line
        }
        while trimmed.first?.isEmpty == true { trimmed.removeFirst() }
        while trimmed.last?.isEmpty == true { trimmed.removeLast() }
        // One blank line between paragraphs: a summary and a description that end in a line break
        // would otherwise leave two or three.
        return trimmed.enumerated().filter { index, line in !line.isEmpty || index == 0 || !trimmed[index - 1].isEmpty }.map(\.element)
    }
}
