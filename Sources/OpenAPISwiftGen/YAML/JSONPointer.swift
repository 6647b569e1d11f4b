/// JSON pointers (RFC 6901) into a node tree: `/components/schemas/Pet`, with `~1` for `/` and
/// `~0` for `~` inside a key.
public enum JSONPointer {
    /// A key escaped for a pointer segment.
    public static func escape(_ key: String) -> String {
        guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(key.utf8.count + 8)
        for byte in key.utf8 {
            switch byte {
            case UInt8(ascii: "~"): bytes += [UInt8(ascii: "~"), UInt8(ascii: "0")]
            case UInt8(ascii: "/"): bytes += [UInt8(ascii: "~"), UInt8(ascii: "1")]
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The key a pointer segment stands for.
    public static func unescape(_ segment: some StringProtocol) -> String {
        guard segment.utf8.contains(UInt8(ascii: "~")) else { return String(segment) }
        return segment.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// The segment of a pointer that leads nowhere.
    public struct Miss: Error, Sendable {
        public var key: String
    }
}

extension YAMLNode {
    /// The node a pointer (`/a/b/0`, without the `#`) leads to, through mappings by key and
    /// sequences by index; an empty pointer is the node itself.
    public func descendant(atPointer pointer: some StringProtocol) throws(JSONPointer.Miss) -> YAMLNode {
        var node = self
        for part in pointer.split(separator: "/") {
            let key = JSONPointer.unescape(part)
            if let next = node[key] {
                node = next
            } else if let index = Int(key), let items = node.items, items.indices.contains(index) {
                node = items[index]
            } else {
                throw JSONPointer.Miss(key: key)
            }
        }
        return node
    }
}
