/// A query, header, cookie or path parameter of a call: its name, its value as JSON (nil: the
/// parameter is left out) and how the spec says to write it (OpenAPI's `style`, `explode` and
/// `allowReserved`, after RFC 6570). Scalars, arrays and objects are written as the style table of
/// the OpenAPI specification shows for `color` = `"blue"`, `["blue", "black", "brown"]` and
/// `{"R": 100, "G": 200, "B": 150}`; a combination the table leaves undefined is written as `form`
/// (query) or `simple` (elsewhere) would write it.
struct StyledParameter: Sendable {
    enum Style: Sendable, Equatable {
        case form, spaceDelimited, pipeDelimited, deepObject, simple, label, matrix
        /// A cookie: `name=value` pairs, percent-encoded (`form`) or as written (3.2's `cookie`).
        case cookie(percentEncoded: Bool)
        /// A parameter described by `content`: its JSON text.
        case json
        /// OpenAPI 3.2's `in: querystring`: the whole query string, as JSON text or as the
        /// `name=value` pairs of a form (an object's keys, exploded).
        case querystring(json: Bool)
    }

    var name: String
    var value: JSONValue?
    var style: Style
    var explode: Bool
    var allowReserved: Bool

    init(_ name: String, _ value: (some JSONEncodable)?, style: Style, explode: Bool, allowReserved: Bool = false) {
        self.name = name
        self.value = value.flatMap { try? JSONValue(jsonData: $0.jsonBytes()) }
        self.style = style
        self.explode = explode
        self.allowReserved = allowReserved
    }

    static func form(_ name: String, _ value: (some JSONEncodable)?, explode: Bool = true, allowReserved: Bool = false) -> Self {
        Self(name, value, style: .form, explode: explode, allowReserved: allowReserved)
    }

    static func spaceDelimited(_ name: String, _ value: (some JSONEncodable)?, explode: Bool = false, allowReserved: Bool = false) -> Self {
        Self(name, value, style: .spaceDelimited, explode: explode, allowReserved: allowReserved)
    }

    static func pipeDelimited(_ name: String, _ value: (some JSONEncodable)?, explode: Bool = false, allowReserved: Bool = false) -> Self {
        Self(name, value, style: .pipeDelimited, explode: explode, allowReserved: allowReserved)
    }

    static func deepObject(_ name: String, _ value: (some JSONEncodable)?, allowReserved: Bool = false) -> Self {
        Self(name, value, style: .deepObject, explode: true, allowReserved: allowReserved)
    }

    static func json(_ name: String, _ value: (some JSONEncodable)?, allowReserved: Bool = false) -> Self {
        Self(name, value, style: .json, explode: false, allowReserved: allowReserved)
    }

    static func simple(_ name: String, _ value: (some JSONEncodable)?, explode: Bool = false) -> Self {
        Self(name, value, style: .simple, explode: explode)
    }

    static func label(_ name: String, _ value: (some JSONEncodable)?, explode: Bool = false) -> Self {
        Self(name, value, style: .label, explode: explode)
    }

    static func matrix(_ name: String, _ value: (some JSONEncodable)?, explode: Bool = false) -> Self {
        Self(name, value, style: .matrix, explode: explode)
    }

    static func querystring(_ name: String, _ value: (some JSONEncodable)?, json: Bool = false) -> Self {
        Self(name, value, style: .querystring(json: json), explode: true)
    }

    static func cookie(_ name: String, _ value: (some JSONEncodable)?, explode: Bool = true, percentEncoded: Bool = true) -> Self {
        Self(name, value, style: .cookie(percentEncoded: percentEncoded), explode: explode)
    }

    var isCookie: Bool {
        if case .cookie = style { true } else { false }
    }

    // MARK: Writing

    /// The parameter's `name=value` pairs in a query, percent-encoded; none when it is left out.
    var queryPairs: [String] {
        guard let parts = Parts(value) else { return [] }
        let name = Self.encoded(self.name)
        let text = { (value: String) in Self.encoded(value, allowReserved: self.allowReserved) }
        switch (style, parts) {
        case (.json, _):
            return [name + "=" + text(Parts.jsonText(value ?? .null))]
        case (.querystring(json: true), _):
            return [text(Parts.jsonText(value ?? .null))]
        case (.querystring, .scalar(let value)):
            return [text(value)]
        case (.querystring, .list(let values)):
            return values.map(text)
        case (.querystring, .pairs(let pairs)):
            return pairs.map { Self.encoded($0.key) + "=" + text($0.value) }
        case (.deepObject, .pairs):
            return Self.deepPairs(value ?? .null, path: [self.name]).map { path, value in
                Self.encoded(path[0]) + path.dropFirst().map { "%5B" + Self.encoded($0) + "%5D" }.joined() + "=" + text(value)
            }
        case (_, .scalar(let value)):
            return [name + "=" + text(value)]
        case (_, .list(let values)):
            if explode { return values.map { name + "=" + text($0) } }
            return [name + "=" + values.map(text).joined(separator: delimiter)]
        case (_, .pairs(let pairs)):
            if explode && style == .form { return pairs.map { Self.encoded($0.key) + "=" + text($0.value) } }
            return [name + "=" + pairs.flatMap { [text($0.key), text($0.value)] }.joined(separator: delimiter)]
        }
    }

    /// What joins the values of an array or object that is not exploded.
    private var delimiter: String {
        switch style {
        case .spaceDelimited: "%20"
        case .pipeDelimited: "%7C"
        default: ","
        }
    }

    /// The header's value (`simple`, never percent-encoded); nil when it is left out.
    var headerValue: String? {
        if case .json = style { return value.map(Parts.jsonText) }
        guard let parts = Parts(value) else { return nil }
        return Self.simple(parts, explode: explode, encode: { $0 })
    }

    /// The parameter's pairs in a `Cookie` header; none when it is left out.
    var cookiePairs: [String] {
        guard case .cookie(let percentEncoded) = style, let parts = Parts(value) else { return [] }
        let text = { (value: String) in percentEncoded ? Self.encoded(value) : value }
        switch parts {
        case .scalar(let value): return [name + "=" + text(value)]
        case .list(let values):
            if explode { return values.map { name + "=" + text($0) } }
            return [name + "=" + values.map(text).joined(separator: ",")]
        case .pairs(let pairs):
            if explode { return pairs.map { $0.key + "=" + text($0.value) } }
            return [name + "=" + pairs.flatMap { [text($0.key), text($0.value)] }.joined(separator: ",")]
        }
    }

    /// The text that takes the place of `{name}` in a path (`simple`, `label` or `matrix`),
    /// percent-encoded so that it stays in its segment.
    var pathText: String {
        let encode = { (value: String) in Self.encoded(value) }
        let parts = Parts(value)
        switch style {
        case .label:
            guard let parts else { return "." }
            if explode { return "." + Self.joined(parts, explode: true, separator: ".", encode: encode) }
            return "." + Self.simple(parts, explode: false, encode: encode)
        case .matrix:
            let name = encode(self.name)
            switch parts {
            case nil: return ";" + name
            case .scalar(let value): return ";" + name + (value.isEmpty ? "" : "=" + encode(value))
            case .list(let values):
                if explode { return values.map { ";" + name + "=" + encode($0) }.joined() }
                return ";" + name + "=" + values.map(encode).joined(separator: ",")
            case .pairs(let pairs):
                if explode { return pairs.map { ";" + encode($0.key) + "=" + encode($0.value) }.joined() }
                return ";" + name + "=" + pairs.flatMap { [encode($0.key), encode($0.value)] }.joined(separator: ",")
            }
        default:
            return parts.map { Self.simple($0, explode: explode, encode: encode) } ?? ""
        }
    }

    /// `simple` style: values joined by commas; an exploded object's pairs as `key=value`.
    private static func simple(_ parts: Parts, explode: Bool, encode: (String) -> String) -> String {
        joined(parts, explode: explode, separator: ",", encode: encode)
    }

    private static func joined(_ parts: Parts, explode: Bool, separator: String, encode: (String) -> String) -> String {
        switch parts {
        case .scalar(let value): return encode(value)
        case .list(let values): return values.map(encode).joined(separator: explode ? separator : ",")
        case .pairs(let pairs):
            if explode { return pairs.map { encode($0.key) + "=" + encode($0.value) }.joined(separator: separator) }
            return pairs.flatMap { [encode($0.key), encode($0.value)] }.joined(separator: ",")
        }
    }

    /// `deepObject`'s leaves with the keys that lead to them: `filter[price][gte]=10`; an array's
    /// elements are numbered (`ids[0]=a`), as the query parsers of Rails, PHP and qs read them.
    private static func deepPairs(_ value: JSONValue, path: [String]) -> [([String], String)] {
        switch value {
        case .null: return []
        case .object(let object): return object.entries.flatMap { deepPairs($0.value, path: path + [$0.key]) }
        case .array(let items): return items.enumerated().flatMap { deepPairs($0.element, path: path + [String($0.offset)]) }
        default: return [(path, Parts.text(value))]
        }
    }

    // MARK: Percent-encoding

    /// `text` with every byte outside RFC 3986's unreserved characters percent-encoded; with
    /// `allowReserved`, the reserved characters that keep a query's meaning (all but `&`, `=`,
    /// `+`, `#`, `[` and `]`) and existing `%XX` escapes stay as they are.
    static func encoded(_ text: String, allowReserved: Bool = false) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isUnreserved(byte) || (allowReserved && keptReserved.contains(byte)) {
                out.append(byte)
            } else if allowReserved, byte == UInt8(ascii: "%"), index + 2 < bytes.count, isHex(bytes[index + 1]), isHex(bytes[index + 2]) {
                out += bytes[index...(index + 2)]
                index += 2
            } else {
                out += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
    private static let keptReserved = Set(":/?@!$'()*,;".utf8)

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): true
        default: false
        }
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "F"), UInt8(ascii: "a")...UInt8(ascii: "f"): true
        default: false
        }
    }
}

extension StyledParameter {
    /// A parameter's value as RFC 6570 sees it: one text, a list of texts, or key-value pairs. A
    /// value nested in an array or object is written as its JSON text (`deepObject` names nested keys).
    fileprivate enum Parts {
        case scalar(String)
        case list([String])
        case pairs([(key: String, value: String)])

        /// nil for an absent or `null` value, which leaves the parameter out.
        init?(_ value: JSONValue?) {
            switch value {
            case nil, .null?: return nil
            case .array(let items)?: self = .list(items.filter { $0 != .null }.map(Parts.text))
            case .object(let object)?: self = .pairs(object.entries.filter { $0.value != .null }.map { ($0.key, Parts.text($0.value)) })
            case let scalar?: self = .scalar(Parts.text(scalar))
            }
        }

        /// A scalar's text (a string as it is, a number as written, `true`/`false`); anything else as JSON.
        static func text(_ value: JSONValue) -> String {
            switch value {
            case .string(let text): text
            case .number(let text): text
            case .bool(let flag): flag ? "true" : "false"
            default: jsonText(value)
            }
        }

        static func jsonText(_ value: JSONValue) -> String {
            value.jsonString()
        }
    }
}
