/// A JSON object used as a map (`additionalProperties: {schema}`): string keys, values of one
/// type, keys kept in the order they were written.
public struct JSONMap<Value> {
    public struct Entry {
        public var key: String
        public var value: Value

        public init(key: String, value: Value) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) {
        self.entries = entries
    }

    /// The value of the last entry named `key` (JSON's rule for repeated keys).
    public subscript(key: String) -> Value? {
        get { entries.last { $0.key == key }?.value }
        set {
            guard let newValue else {
                entries.removeAll { $0.key == key }
                return
            }
            guard let index = entries.firstIndex(where: { $0.key == key }) else {
                entries.append(Entry(key: key, value: newValue))
                return
            }
            // The first entry of that key takes the value, in its place; later repeats go.
            entries[index].value = newValue
            var seen = false
            entries.removeAll { entry in
                guard entry.key == key else { return false }
                defer { seen = true }
                return seen
            }
        }
    }

    public var keys: [String] { entries.map(\.key) }
}

extension JSONMap: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        entries = elements.map { Entry(key: $0.0, value: $0.1) }
    }
}

extension JSONMap.Entry: Sendable where Value: Sendable {}
extension JSONMap.Entry: Equatable where Value: Equatable {}
extension JSONMap.Entry: Hashable where Value: Hashable {}
extension JSONMap: Sendable where Value: Sendable {}
extension JSONMap: Equatable where Value: Equatable {}
extension JSONMap: Hashable where Value: Hashable {}

extension JSONMap: JSONDecodable where Value: JSONDecodable {
    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var cursor = try reader.readObject(.none)
        var entries: [Entry] = []
        var keys = SeenKeys()
        while try reader.key(&cursor) != nil {
            let key = try reader.keyName(cursor)
            guard keys.insert(key) else { throw reader.repeatedKey(key) }
            entries.append(Entry(key: key, value: try reader.decode(Value.self, key: key)))
        }
        self.entries = entries
    }
}

extension JSONMap: JSONEncodable where Value: JSONEncodable {
    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        for entry in entries {
            writer.key(entry.key)
            entry.value.encode(to: &writer)
        }
        writer.endObject()
    }
}
