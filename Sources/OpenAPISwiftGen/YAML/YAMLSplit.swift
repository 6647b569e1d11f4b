/// Where a large block-style document can be cut in two, so that each half is parsed on a core of
/// its own: a run of entries of one block mapping, from an entry near the middle of the file to
/// the end of that mapping (the second half), and everything else (the first half).
///
/// Finding the cut is a guess made from indentation alone; whether it was right is decided by
/// parsing (see ``YAMLLoader``), which falls back to one parse of the whole document whenever the
/// halves do not join exactly.
struct YAMLSplit: Sendable {
    /// Byte offsets: the second half is `start..<end`; both are at line starts.
    var start: Int
    var end: Int
    /// Lines before `start` and before `end` (0-based line numbers).
    var startLine: Int
    var endLine: Int
    /// The column of the mapping's keys.
    var indent: Int

    /// Documents smaller than this are parsed whole: the second thread would not pay for itself.
    static let minimumSize = 128 * 1024

    private struct Line {
        var start: Int
        var indent: Int
        /// The first byte after the indentation (0 for an empty line).
        var first: UInt8
        /// Not empty and not a comment.
        var hasContent: Bool { first != 0 && first != UInt8(ascii: "#") }
    }

    static func find(in bytes: UnsafeBufferPointer<UInt8>, minimumSize: Int = minimumSize) -> YAMLSplit? {
        guard bytes.count >= minimumSize, let lines = lines(of: bytes),
              let middle = lines.firstIndex(where: { $0.start >= bytes.count / 2 })
        else { return nil }
        var best: YAMLSplit?
        var bestScore = bytes.count / 5  // the smaller half must be at least a fifth
        for indent in [2, 4, 6] {
            guard let split = candidate(lines, from: middle, indent: indent, size: bytes.count) else { continue }
            let second = split.end - split.start
            let score = min(second, bytes.count - second)
            if score > bestScore {
                best = split
                bestScore = score
            }
        }
        return best
    }

    /// Every line with its indentation; nil for documents that are not plain block style
    /// (directives, several documents, tabs in indentation), or that have line breaks other than
    /// `\n` and `\r\n` (libyaml also breaks lines at a lone `\r`, U+0085, U+2028 and U+2029, and
    /// the halves' line numbers must be libyaml's).
    private static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [Line]? {
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 32)
        var position = 0
        while position < bytes.count {
            var cursor = position
            while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
            var first = cursor < bytes.count ? bytes[cursor] : 0
            if first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") { first = 0 }
            if first == UInt8(ascii: "\t") { return nil }
            if cursor == position, first == UInt8(ascii: "%") { return nil }
            if cursor == position, first == UInt8(ascii: "-") || first == UInt8(ascii: "."), startsMarker(bytes, at: cursor) { return nil }
            lines.append(Line(start: position, indent: cursor - position, first: first))
            while cursor < bytes.count, bytes[cursor] != UInt8(ascii: "\n") {
                if isOtherLineBreak(bytes, at: cursor) { return nil }
                cursor += 1
            }
            position = cursor + 1
        }
        return lines
    }

    /// A lone `\r`, U+0085, U+2028 or U+2029 at `index`.
    private static func isOtherLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "\r"): index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n")
        case 0xC2: index + 1 < bytes.count && bytes[index + 1] == 0x85
        case 0xE2: index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        default: false
        }
    }

    /// `---` or `...` at a line start: a document marker.
    private static func startsMarker(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index + 1] == bytes[index] && bytes[index + 2] == bytes[index]
    }

    /// The first key line at `indent` from line `middle` on that has a sibling before it, and the
    /// end of its mapping.
    private static func candidate(_ lines: [Line], from middle: Int, indent: Int, size: Int) -> YAMLSplit? {
        var index = middle
        while index < lines.count {
            let line = lines[index]
            if line.hasContent, line.indent == indent, isKeyStart(line.first), hasSiblingBefore(lines, index, indent: indent) {
                var endIndex = index + 1
                while endIndex < lines.count, !(lines[endIndex].hasContent && lines[endIndex].indent < indent) { endIndex += 1 }
                let end = endIndex < lines.count ? lines[endIndex].start : size
                return YAMLSplit(start: line.start, end: end, startLine: index, endLine: endIndex, indent: indent)
            }
            index += 1
        }
        return nil
    }

    private static func hasSiblingBefore(_ lines: [Line], _ index: Int, indent: Int) -> Bool {
        var previous = index - 1
        while previous >= 0 {
            let line = lines[previous]
            if line.hasContent, line.indent <= indent { return line.indent == indent && isKeyStart(line.first) }
            previous -= 1
        }
        return false
    }

    /// A byte that can start a plain mapping key (not an indicator such as `-`, `?`, `"`, `[`).
    private static func isKeyStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "$"), UInt8(ascii: "/"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }
}
