import Foundation

/// The changes between two specs, as text for a terminal, Markdown for a pull request, or JSON.
public struct APIDiffReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json
    }

    /// The version bump the changes call for.
    public enum Bump: String, Sendable {
        case major, minor, patch
    }

    public var oldName: String
    public var newName: String
    /// Grouped by resource (operations first, the most severe group first), most severe first within.
    public var changes: [APIChange]

    public init(oldName: String, newName: String, changes: [APIChange]) {
        self.oldName = oldName
        self.newName = newName
        self.changes = Self.ordered(changes)
    }

    public func count(_ effect: APIChange.Effect) -> Int {
        changes.count { $0.effect == effect }
    }

    public var bump: Bump {
        if changes.contains(where: { $0.effect != .compatible }) { return .major }
        return changes.isEmpty ? .patch : .minor
    }

    /// `2 breaking, 1 at run time, 3 compatible: a major version`
    public var summary: String {
        let counts = "\(count(.breaking)) breaking, \(count(.runtime)) at run time, \(count(.compatible)) compatible"
        switch bump {
        case .major: return counts + ": a major version"
        case .minor: return counts + ": a minor version"
        case .patch: return "no change to the API: a patch version"
        }
    }

    private static func ordered(_ changes: [APIChange]) -> [APIChange] {
        let worst = Dictionary(grouping: changes, by: \.resource).mapValues { $0.map(\.effect).min()! }
        return changes.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.resource != b.resource {
                let aTypes = a.resource == APIChange.typesResource
                let bTypes = b.resource == APIChange.typesResource
                if aTypes != bTypes { return bTypes }
                if worst[a.resource]! != worst[b.resource]! { return worst[a.resource]! < worst[b.resource]! }
                return a.resource < b.resource
            }
            if a.effect != b.effect { return a.effect < b.effect }
            if a.subject != b.subject { return a.subject < b.subject }
            return left.offset < right.offset
        }.map(\.element)
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .text: text
        case .markdown: markdown
        case .json: json
        }
    }

    private var groups: [(resource: String, changes: [APIChange])] {
        var result: [(String, [APIChange])] = []
        for change in changes {
            if result.last?.0 == change.resource { result[result.count - 1].1.append(change) } else { result.append((change.resource, [change])) }
        }
        return result
    }

    private static func place(_ change: APIChange) -> String {
        (change.location.map { "\($0) " } ?? "") + "[#\(change.pointer.hasPrefix("#") ? String(change.pointer.dropFirst()) : change.pointer)]"
    }

    /// One line per change under its resource: `  breaking    create(...): message  PATH:LINE:COL [#/pointer]`.
    public var text: String {
        var lines = ["API changes from \(oldName) to \(newName): \(summary)"]
        for group in groups {
            lines.append("")
            lines.append(group.resource)
            for change in group.changes {
                let effect = change.effect.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)
                lines.append("  \(effect) \(change.subject): \(change.message)  \(Self.place(change))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public var markdown: String {
        var lines = ["### API changes", "", "`\(oldName)` → `\(newName)`: **\(summary)**"]
        for group in groups {
            lines += ["", "#### `\(group.resource)`", "", "| effect | item | change | where |", "|---|---|---|---|"]
            for change in group.changes {
                let cells = [change.effect.title, "`\(change.subject)`", change.message, Self.place(change)].map {
                    $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
                }
                lines.append("| " + cells.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Stable field names: `old`, `new`, `summary` (`breaking`, `runtime`, `compatible`, `bump`),
    /// `changes` (`effect`, `resource`, `subject`, `message`, `file`, `line`, `column`, `pointer`, `side`).
    public var json: String {
        var out = "{\n"
        out += "  \"old\": \(JSONText.quoted(oldName)),\n  \"new\": \(JSONText.quoted(newName)),\n"
        out += "  \"summary\": {\"breaking\": \(count(.breaking)), \"runtime\": \(count(.runtime)), \"compatible\": \(count(.compatible)), \"bump\": \"\(bump.rawValue)\"},\n"
        out += "  \"changes\": ["
        for (index, change) in changes.enumerated() {
            var fields = [
                "\"effect\": \"\(change.effect.rawValue)\"",
                "\"resource\": \(JSONText.quoted(change.resource))",
                "\"subject\": \(JSONText.quoted(change.subject))",
                "\"message\": \(JSONText.quoted(change.message))",
            ]
            if let location = change.location {
                fields += ["\"file\": \(JSONText.quoted(location.file))", "\"line\": \(location.line)", "\"column\": \(location.column)"]
            }
            fields += ["\"pointer\": \(JSONText.quoted(change.pointer))", "\"side\": \"\(change.isInOldSpec ? "old" : "new")\""]
            out += (index == 0 ? "\n" : ",\n") + "    {" + fields.joined(separator: ", ") + "}"
        }
        out += changes.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}
