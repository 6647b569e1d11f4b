import Foundation

/// Reads JSON text (RFC 8259) straight into values, one token at a time.
///
/// Generated types decode from the bytes without building a ``JSONValue`` tree first; a tree is
/// built only where the schema has no type (unknown keys, free-form values), with key order and
/// number text kept. A reader exists only inside ``decode(_:from:)``, passed `inout` to
/// ``JSONDecodable/init(from:)``.
public struct JSONReader {
    /// Nesting deeper than this is refused rather than risking the stack.
    public static let maxDepth = 512

    /// Where a reader is: restoring it reads the same value again (a union trying its alternatives).
    public struct Position: Sendable, Hashable {
        fileprivate var index: Int
        fileprivate var depth: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var depth = 0
    /// The first error met inside the object a generated decoder is reading; set by the calls that
    /// do not throw (``nextKey(_:)``, ``read(_:key:)``, ``readUnknown(_:into:)``) and thrown by
    /// ``endObject(_:)``. A decoder then has one place that throws instead of one per key, which
    /// keeps its compiled code small.
    var failure: JSONDecodingError?

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Decodes one JSON document; anything but whitespace after it is an error.
    public static func decode<Value: JSONDecodable>(
        _: Value.Type, from data: some Collection<UInt8>
    ) throws(JSONDecodingError) -> Value {
        let result: Result<Value, JSONDecodingError>? = data.withContiguousStorageIfAvailable { buffer in
            Result { () throws(JSONDecodingError) in try decodeDocument(Value.self, buffer) }
        }
        if let result { return try result.get() }
        return try Array(data).withUnsafeBufferPointer { buffer throws(JSONDecodingError) in
            try decodeDocument(Value.self, buffer)
        }
    }

    /// Parses one JSON document into a ``JSONValue``.
    public static func parse(_ data: some Collection<UInt8>) throws(JSONDecodingError) -> JSONValue {
        try decode(JSONValue.self, from: data)
    }

    private static func decodeDocument<Value: JSONDecodable>(
        _: Value.Type, _ buffer: UnsafeBufferPointer<UInt8>
    ) throws(JSONDecodingError) -> Value {
        var reader = JSONReader(buffer)
        let value = try Value(from: &reader)
        reader.skipWhitespace()
        if reader.index != buffer.count { throw reader.syntaxError("unexpected text after the JSON value") }
        return value
    }

    /// Setting it also forgets a pending failure.
    public var position: Position {
        get { Position(index: index, depth: depth) }
        set { (index, depth, failure) = (newValue.index, newValue.depth, nil) }
    }

    // MARK: Reading the keys of a generated type

    /// Reads the value of a required key into `target`; a failure waits for ``endObject(_:)``.
    public mutating func read<Value: JSONDecodable>(_ target: inout Value?, key: String) {
        target = value(Value.self, key: key)
    }

    /// Reads the value of a key that may be absent or `null` into `target`.
    public mutating func read<Value: JSONDecodable>(_ target: inout JSONField<Value>, key: String) {
        if let field = value(JSONField<Value>.self, key: key) { target = field }
    }

    /// The value, or nil with the failure recorded.
    private mutating func value<Value: JSONDecodable>(_: Value.Type, key: String) -> Value? {
        do {
            return try decode(Value.self, key: key)
        } catch {
            failure = error
            return nil
        }
    }

    /// Reads the next key and its colon: its index in the cursor's keys, `-1` for a key not among
    /// them, or nil at the end of the object or after a failure.
    public mutating func nextKey(_ cursor: inout JSONObjectCursor) -> Int? {
        guard failure == nil else { return nil }
        do {
            return try key(&cursor)
        } catch {
            failure = error
            return nil
        }
    }

    /// Reads the value of a key the type does not know and keeps it, with its key, in `object`.
    public mutating func readUnknown(_ cursor: JSONObjectCursor, into object: inout JSONObject) {
        do throws(JSONDecodingError) {
            let entry = try unknownEntry(cursor)
            if object.entries.contains(where: { $0.key == entry.key }) { throw repeatedKey(entry.key) }
            object.append(entry)
        } catch {
            failure = error
        }
    }

    /// Throws the failure met while reading the object, or names the first required key (in schema
    /// order) that was not there. When it returns, every required key's value has been read.
    public mutating func endObject(_ cursor: JSONObjectCursor) throws(JSONDecodingError) {
        if let failure {
            self.failure = nil
            throw failure
        }
        for index in cursor.keys.required where !cursor.wasSeen(index) {
            throw JSONDecodingError(.missingKey(cursor.keys.names[index]))
        }
    }

    // MARK: Reading values

    /// Decodes the value of an object entry, naming the key if it fails.
    @inlinable
    public mutating func decode<Value: JSONDecodable>(_: Value.Type, key: String) throws(JSONDecodingError) -> Value {
        do {
            return try Value(from: &self)
        } catch {
            throw error.inside(key)
        }
    }

    /// Goes back to `start` and decodes a `Value` from there (one alternative of a union).
    public mutating func attempt<Value: JSONDecodable>(_: Value.Type, from start: Position) throws(JSONDecodingError) -> Value {
        position = start
        return try Value(from: &self)
    }

    /// Reads `null` if it is next, and says whether it was.
    public mutating func readNull() throws(JSONDecodingError) -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        try expect("null")
        return true
    }

    public mutating func readBool() throws(JSONDecodingError) -> Bool {
        switch try peek() {
        case UInt8(ascii: "t"): try expect("true"); return true
        case UInt8(ascii: "f"): try expect("false"); return false
        default: throw try mismatch(expected: "a boolean")
        }
    }

    public mutating func readString() throws(JSONDecodingError) -> String {
        guard try peek() == UInt8(ascii: "\"") else { throw try mismatch(expected: "a string") }
        return try readStringToken()
    }

    /// The text of a number, as written.
    public mutating func readNumberText(expected: String = "a number") throws(JSONDecodingError) -> String {
        let byte = try peek()
        guard byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
            throw try mismatch(expected: expected)
        }
        let range = try readNumberToken()
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Reads any value, as written.
    public mutating func readValue() throws(JSONDecodingError) -> JSONValue {
        switch try peek() {
        case UInt8(ascii: "{"): return .object(try JSONObject(from: &self))
        case UInt8(ascii: "["):
            var items: [JSONValue] = []
            var cursor = try readArray()
            while try nextElement(&cursor) {
                items.append(try readValue())
            }
            return .array(items)
        case UInt8(ascii: "\""): return .string(try readStringToken())
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool(try readBool())
        case UInt8(ascii: "n"): try expect("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try readNumberText())
        default: throw syntaxError("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
        }
    }

    /// Steps over one value without keeping it.
    public mutating func skipValue() throws(JSONDecodingError) {
        switch try peek() {
        case UInt8(ascii: "{"):
            var cursor = try readObject(.none)
            while try key(&cursor) != nil { try skipValue() }
        case UInt8(ascii: "["):
            var cursor = try readArray()
            while try nextElement(&cursor) { try skipValue() }
        case UInt8(ascii: "\""): _ = try readStringToken()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try readBool()
        case UInt8(ascii: "n"): try expect("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try readNumberToken()
        default: throw syntaxError("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
        }
    }

    /// The scalar under `keys` if the next value is an object that has one, the keys after the
    /// first leading through nested objects (`"result", "status"`): the tag that picks a union's
    /// case, as text (a string's characters, a number's or a boolean's JSON text); nil for none,
    /// `null` or a structure. The reader does not move.
    public func discriminator(_ keys: String...) -> String? {
        var copy = self
        var remaining = keys[...]
        while let key = remaining.popFirst() {
            guard (try? copy.peek()) == UInt8(ascii: "{"), var cursor = try? copy.readObject(.none) else { return nil }
            var found = false
            while (try? copy.key(&cursor)) != nil {
                if (try? copy.keyName(cursor)) == key {
                    found = true
                    break
                }
                guard (try? copy.skipValue()) != nil else { return nil }
            }
            guard found else { return nil }
        }
        switch (try? copy.peek()) ?? 0 {
        case UInt8(ascii: "\""): return try? copy.readStringToken()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return (try? copy.readBool()).map { $0 ? "true" : "false" }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try? copy.readNumberText()
        default: return nil
        }
    }

    // MARK: Objects and arrays

    /// Opens an object whose known keys are `keys`; ``nextKey(_:)`` then reads its keys.
    /// A generated decoder calls it before anything else, so that its own throw happens first.
    public mutating func readObject(_ keys: JSONKeys) throws(JSONDecodingError) -> JSONObjectCursor {
        guard try peek() == UInt8(ascii: "{") else { throw try mismatch(expected: "an object") }
        try enter()
        return JSONObjectCursor(keys: keys)
    }

    /// Reads the next key and its colon: the key's index in the cursor's keys, `-1` for a key not
    /// among them, or nil at the end of the object (which is then closed).
    mutating func key(_ cursor: inout JSONObjectCursor) throws(JSONDecodingError) -> Int? {
        guard try nextMember(&cursor.isFirst, closing: UInt8(ascii: "}")) else { return nil }
        guard bytes[index] == UInt8(ascii: "\"") else { throw syntaxError("expected a key") }
        index += 1
        let start = index
        var escaped = false
        while true {
            guard index < bytes.count else { throw syntaxError("unterminated string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") { escaped = true; index += 1 }
            index += 1
        }
        cursor.key = start..<index
        index += 1
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw syntaxError("expected ':'") }
        index += 1
        let found = escaped
            ? try cursor.keys.names.firstIndex(of: keyName(cursor)) ?? -1
            : cursor.keys.index(of: UnsafeBufferPointer(rebasing: bytes[cursor.key]), expected: cursor.expected)
        if found >= 0 {
            if cursor.wasSeen(found) { throw repeatedKey(try keyName(cursor)) }
            cursor.saw(found)
        }
        return found
    }

    /// The error for a key its object already had, at the second one.
    func repeatedKey(_ key: String) -> JSONDecodingError {
        JSONDecodingError(.invalidValue("the key is repeated (byte offset \(index))"), path: [key])
    }

    /// The last key the cursor read, as a string.
    public func keyName(_ cursor: JSONObjectCursor) throws(JSONDecodingError) -> String {
        var copy = self
        copy.index = cursor.key.lowerBound - 1
        return try copy.readStringToken()
    }

    /// The last key the cursor read and the value after it, kept as written.
    mutating func unknownEntry(_ cursor: JSONObjectCursor) throws(JSONDecodingError) -> JSONObject.Entry {
        let key = try keyName(cursor)
        do {
            return JSONObject.Entry(key: key, value: try readValue())
        } catch {
            throw error.inside(key)
        }
    }

    public mutating func readArray() throws(JSONDecodingError) -> JSONArrayCursor {
        guard try peek() == UInt8(ascii: "[") else { throw try mismatch(expected: "an array") }
        try enter()
        return JSONArrayCursor()
    }

    /// Whether another element follows (the reader is then at it); at the end the array is closed.
    public mutating func nextElement(_ cursor: inout JSONArrayCursor) throws(JSONDecodingError) -> Bool {
        try nextMember(&cursor.isFirst, closing: UInt8(ascii: "]"))
    }

    /// Steps over the `,` before a member, or the closing bracket after the last (returning false).
    private mutating func nextMember(_ isFirst: inout Bool, closing: UInt8) throws(JSONDecodingError) -> Bool {
        skipWhitespace()
        guard index < bytes.count else { throw syntaxError("unexpected end of input") }
        if bytes[index] == closing {
            index += 1
            depth -= 1
            return false
        }
        if isFirst {
            isFirst = false
        } else {
            guard bytes[index] == UInt8(ascii: ",") else {
                throw syntaxError(closing == UInt8(ascii: "}") ? "expected ',' or '}'" : "expected ',' or ']'")
            }
            index += 1
            skipWhitespace()
            guard index < bytes.count else { throw syntaxError("unexpected end of input") }
        }
        return true
    }

    private mutating func enter() throws(JSONDecodingError) {
        depth += 1
        if depth > Self.maxDepth { throw syntaxError("JSON nested deeper than \(Self.maxDepth) levels") }
        index += 1
    }

    // MARK: Tokens

    /// The next byte after whitespace, which the reader does not consume.
    private mutating func peek() throws(JSONDecodingError) -> UInt8 {
        skipWhitespace()
        guard index < bytes.count else { throw syntaxError("unexpected end of input") }
        return bytes[index]
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    func syntaxError(_ message: String) -> JSONDecodingError {
        JSONDecodingError(.syntax("\(message) at byte offset \(index)"))
    }

    /// A type mismatch naming what is next, or the syntax error that stops it being a value.
    private mutating func mismatch(expected: String) throws(JSONDecodingError) -> JSONDecodingError {
        let found: String
        switch try peek() {
        case UInt8(ascii: "{"): found = "an object"
        case UInt8(ascii: "["): found = "an array"
        case UInt8(ascii: "\""): found = "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): found = "a boolean"
        case UInt8(ascii: "n"): found = "null"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): found = "a number"
        default: throw syntaxError("unexpected character '\(Character(Unicode.Scalar(bytes[index])))'")
        }
        var copy = self
        try copy.skipValue()  // a broken value is a syntax error first
        return JSONDecodingError(.typeMismatch(expected: expected, found: found))
    }

    private mutating func expect(_ word: StaticString) throws(JSONDecodingError) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw syntaxError("unexpected end of input") }
        let start = word.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] {
            throw syntaxError("invalid literal")
        }
        index += count
    }

    private mutating func readNumberToken() throws(JSONDecodingError) -> Range<Int> {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = readDigits()
        guard integerDigits > 0 else { throw syntaxError("invalid number") }
        // RFC 8259: no leading zeros (`01`, `-01`).
        guard integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { throw syntaxError("invalid number: a leading zero") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard readDigits() > 0 else { throw syntaxError("invalid number") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard readDigits() > 0 else { throw syntaxError("invalid number") }
        }
        return start..<index
    }

    private mutating func readDigits() -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index - start
    }

    /// Reads a string token; the reader is at its opening quote.
    private mutating func readStringToken() throws(JSONDecodingError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the bytes are the string.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return try validated(text)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw syntaxError("control character in string") }
            index += 1
        }
        var scalars: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return try validated(scalars)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"): scalars.append(contentsOf: try readUnicodeEscape())
                default: throw syntaxError("invalid escape")
                }
            default:
                if byte < 0x20 { throw syntaxError("control character in string") }
                scalars.append(byte)
            }
        }
        throw syntaxError("unterminated string")
    }

    private mutating func readHex4() throws(JSONDecodingError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw syntaxError("invalid \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            index += 1
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw syntaxError("invalid \\u escape")
            }
            value = value << 4 | digit
        }
        return value
    }

    private mutating func readUnicodeEscape() throws(JSONDecodingError) -> [UInt8] {
        var code = try readHex4()
        if (0xD800..<0xDC00).contains(code) {
            guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw syntaxError("unpaired surrogate")
            }
            index += 2
            let low = try readHex4()
            guard (0xDC00..<0xE000).contains(low) else { throw syntaxError("unpaired surrogate") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(code) {
            throw syntaxError("unpaired surrogate")
        }
        guard let scalar = Unicode.Scalar(code) else { throw syntaxError("invalid \\u escape") }
        return Array(String(Character(scalar)).utf8)
    }

    private func validated(_ bytes: some Collection<UInt8>) throws(JSONDecodingError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw syntaxError("invalid UTF-8 in string") }
        return text
    }
}

/// The keys a generated type knows, in schema order, matched against the bytes of each key read.
public struct JSONKeys: Sendable {
    /// No known keys: every key is unknown.
    public static let none = JSONKeys([])

    let names: [String]
    /// Indexes of the keys that must be present.
    let required: [Int]
    /// Every name's UTF-8, one after another; name `i` ends at `ends[i]`.
    private let text: [UInt8]
    private let ends: [Int]

    /// A key of a schema: its name, and whether an object must have it.
    public struct Key: Sendable {
        let name: String
        let isRequired: Bool

        public static func required(_ name: String) -> Key { Key(name: name, isRequired: true) }
        public static func optional(_ name: String) -> Key { Key(name: name, isRequired: false) }
    }

    /// A schema's keys, in its order.
    public init(_ keys: [Key]) {
        self.init(names: keys.map(\.name), required: keys.indices.filter { keys[$0].isRequired })
    }

    init(names: [String], required: [Int] = []) {
        self.names = names
        self.required = required
        var text: [UInt8] = []
        var ends: [Int] = []
        for name in names {
            text.append(contentsOf: name.utf8)
            ends.append(text.count)
        }
        self.text = text
        self.ends = ends
    }

    /// The index of `key`, trying `expected` first (keys usually come in schema order), or -1.
    func index(of key: UnsafeBufferPointer<UInt8>, expected: Int) -> Int {
        if expected < ends.count, matches(key, expected) { return expected }
        for candidate in ends.indices where candidate != expected && matches(key, candidate) {
            return candidate
        }
        return -1
    }

    private func matches(_ key: UnsafeBufferPointer<UInt8>, _ candidate: Int) -> Bool {
        let start = candidate == 0 ? 0 : ends[candidate - 1]
        guard ends[candidate] - start == key.count else { return false }
        return text.withUnsafeBufferPointer { text in
            key.count == 0 || memcmp(text.baseAddress! + start, key.baseAddress!, key.count) == 0
        }
    }
}

/// An object being read: its known keys, which of them were seen, the one expected next, and the
/// last key read.
public struct JSONObjectCursor {
    let keys: JSONKeys
    var expected = 0
    var isFirst = true
    var key = 0..<0
    /// One bit per known key for the first 64, then a set for the others.
    private var seenFirst: UInt64 = 0
    private var seenOthers: Set<Int> = []

    init(keys: JSONKeys) {
        self.keys = keys
    }

    /// Records the known key `index` as read; the next one in schema order is expected next.
    mutating func saw(_ index: Int) {
        if index < 64 { seenFirst |= 1 << UInt64(index) } else { seenOthers.insert(index) }
        expected = index + 1
    }

    func wasSeen(_ index: Int) -> Bool {
        index < 64 ? seenFirst & (1 << UInt64(index)) != 0 : seenOthers.contains(index)
    }
}

/// The keys of an object being read, to refuse a repeated one: a scan while they are few, a set
/// after that.
struct SeenKeys {
    private var few: [String] = []
    private var many: Set<String> = []

    /// Adds `key`; false when it was there already.
    mutating func insert(_ key: String) -> Bool {
        if few.count < 16 {
            if few.contains(key) { return false }
            few.append(key)
            return true
        }
        if few.contains(key) { return false }
        return many.insert(key).inserted
    }
}

/// An array being read.
public struct JSONArrayCursor {
    var isFirst = true
}
