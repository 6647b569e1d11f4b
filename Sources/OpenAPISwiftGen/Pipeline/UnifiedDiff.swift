/// A unified diff of two texts, line by line, with three lines of context.
///
/// The longest common subsequence is computed on what remains after the common head and tail
/// are cut off, which keeps the usual small change cheap.
public enum UnifiedDiff {
    enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)

        var isSame: Bool {
            if case .same = self { return true }
            return false
        }
    }

    public static func render(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let edits = lineEdits(lines(old), lines(new))
        guard edits.contains(where: { !$0.isSame }) else { return "" }
        var output = "--- \(oldName)\n+++ \(newName)\n"
        var index = 0
        var oldLine = 1
        var newLine = 1
        // Positions in `edits` at which each line starts, counted in old and new lines.
        var starts: [(old: Int, new: Int)] = []
        for edit in edits {
            starts.append((oldLine, newLine))
            switch edit {
            case .same: oldLine += 1; newLine += 1
            case .removed: oldLine += 1
            case .added: newLine += 1
            }
        }
        while index < edits.count {
            guard let change = edits[index...].firstIndex(where: { !$0.isSame }) else { break }
            let start = max(0, change - context)
            var end = change
            var quiet = 0
            while end < edits.count {
                if edits[end].isSame { quiet += 1 } else { quiet = 0 }
                if quiet > context * 2 { break }
                end += 1
            }
            end = min(edits.count, end - max(0, quiet - context))
            let hunk = edits[start..<end]
            let oldCount = hunk.filter { if case .added = $0 { false } else { true } }.count
            let newCount = hunk.filter { if case .removed = $0 { false } else { true } }.count
            let oldStart = oldCount == 0 ? starts[start].old - 1 : starts[start].old
            let newStart = newCount == 0 ? starts[start].new - 1 : starts[start].new
            output += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
            for edit in hunk {
                switch edit {
                case .same(let line): output += " \(line)\n"
                case .removed(let line): output += "-\(line)\n"
                case .added(let line): output += "+\(line)\n"
                }
            }
            index = end
        }
        return output
    }


    private static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func lineEdits(_ old: [String], _ new: [String]) -> [Edit] {
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let a = Array(old[head..<(old.count - tail)])
        let b = Array(new[head..<(new.count - tail)])
        // Longest common subsequence lengths, from the end.
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var edits = old[..<head].map(Edit.same)
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(.same(a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                edits.append(.removed(a[i])); i += 1
            } else {
                edits.append(.added(b[j])); j += 1
            }
        }
        edits += old[(old.count - tail)...].map(Edit.same)
        return edits
    }
}
