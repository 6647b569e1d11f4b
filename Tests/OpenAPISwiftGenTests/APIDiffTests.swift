import Foundation
import OpenAPISwiftGen
import Testing

/// `openapi-swift-gen diff`: each case edits `spec/openapi.yaml` (the new side, and sometimes
/// the old one first) and names the API changes it must give, as `effect subject: message`.
@Suite struct APIDiffTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// Text replacements (of the first occurrence) made in the old spec, to set up a starting point.
        var before: [(String, String)] = []
        /// Text replacements made in the new spec only (after `before`).
        var after: [(String, String)]
        var naming: GeneratorConfig.OperationNaming = .resources
        var expected: [String]
        var testDescription: String { name }
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let spec = try! String(contentsOf: root.appendingPathComponent("spec/openapi.yaml"), encoding: .utf8)

    static func edited(_ text: String, _ replacements: [(String, String)]) -> String {
        var text = text
        for (old, new) in replacements {
            guard let range = text.range(of: old) else { preconditionFailure("the spec has no '\(old)'") }
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    /// The report of a case, with both specs written to a temporary folder.
    static func report(_ item: Case, format: APIDiffReport.Format = .text) throws -> (report: APIDiffReport, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("api-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let old = edited(spec, item.before)
        let new = edited(old, item.after)
        try old.write(to: folder.appendingPathComponent("old.yaml"), atomically: true, encoding: .utf8)
        try new.write(to: folder.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)
        var config = try Generator.loadConfig(path: root.appendingPathComponent("spec/openapi-swift-gen.yaml").path, displayPath: "openapi-swift-gen.yaml")
        config.naming = item.naming
        let (report, _) = try Generator.diff(
            old: .init(path: folder.appendingPathComponent("old.yaml").path, displayPath: "old.yaml"),
            new: .init(path: folder.appendingPathComponent("new.yaml").path, displayPath: "new.yaml"),
            config: config)
        return (report, folder)
    }

    @Test(arguments: cases)
    func specEdit(_ item: Case) throws {
        let (report, folder) = try Self.report(item)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = report.changes.map { change in
            let subject = change.resource == APIChange.typesResource ? change.subject : change.resource + "." + change.subject
            return "\(change.effect.rawValue) \(subject): \(change.message)"
        }
        #expect(lines == item.expected, "\(lines.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\\\"") + "\"," }.joined(separator: "\n"))")
        for change in report.changes {
            #expect(change.location != nil, "\(change.subject): \(change.pointer) does not resolve")
        }
    }

    @Test func atLeastFortyEditsAreChecked() {
        #expect(Self.cases.count >= 40)
    }

    /// Each change points at its spec item: the new spec's line for an addition, the old one's for a removal.
    @Test func changesArePlacedInTheSpecTheyAreAbout() throws {
        let added = Case(name: "", after: [(Self.listParameters, Self.listParameters + "\n        - {name: region, in: query, schema: {type: string}}")], expected: [])
        let (report, folder) = try Self.report(added)
        defer { try? FileManager.default.removeItem(at: folder) }
        let change = try #require(report.changes.first)
        #expect("\(change.location!)" == "new.yaml:42:11")
        #expect(change.pointer == "#/paths/~1api~1fabric~1resources~1sip_endpoints/get/parameters/1")
        #expect(report.text.contains("  compatible  list(...): new argument `region: String? = nil`  new.yaml:42:11 [#/paths/~1api~1fabric~1resources~1sip_endpoints/get/parameters/1]"))

        let removed = Case(name: "", after: [("        - $ref: '#/components/parameters/PageToken'\n", "")], expected: [])
        let (second, secondFolder) = try Self.report(removed)
        defer { try? FileManager.default.removeItem(at: secondFolder) }
        #expect(second.changes.map { "\($0.location!)" } == ["old.yaml:43:11"])
        #expect(second.changes.first?.isInOldSpec == true)
    }

    /// The summary, the bump, and the three formats of one report.
    @Test func formatsAndSummary() throws {
        let edit = Case(name: "", after: [("        - VP8\n        - H264", "        - VP8\n        - VP9\n        - H264"), ("        - $ref: '#/components/parameters/PageToken'\n", "")], expected: [])
        let (report, folder) = try Self.report(edit)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(report.summary == "1 breaking, 0 at run time, 1 compatible: a major version")
        #expect(report.bump == .major)
        #expect(report.text.hasPrefix("API changes from old.yaml to new.yaml: 1 breaking, 0 at run time, 1 compatible: a major version\n\nclient.fabric.sipEndpoints\n  breaking    list(...): argument `pageToken` removed"))
        #expect(report.markdown.contains("| breaks the build | `list(...)` | argument `pageToken` removed | old.yaml:43:11 [#/paths/~1api~1fabric~1resources~1sip_endpoints/get/parameters/2] |"))
        let json = try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as! [String: Any]
        let summary = json["summary"] as! [String: Any]
        #expect(summary["breaking"] as? Int == 1 && summary["compatible"] as? Int == 1 && summary["bump"] as? String == "major")
        let changes = json["changes"] as! [[String: Any]]
        #expect(changes.map { $0["effect"] as! String } == ["breaking", "compatible"])
        #expect(changes[0]["side"] as? String == "old" && changes[0]["line"] as? Int == 43 && changes[0]["file"] as? String == "old.yaml")
        let none = try Self.report(Case(name: "", after: [], expected: []))
        defer { try? FileManager.default.removeItem(at: none.folder) }
        #expect(none.report.summary == "no change to the API: a patch version" && none.report.bump == .patch)
    }

    /// A broken spec on either side stops the comparison with its `PATH:LINE:COL` error.
    @Test(arguments: [true, false])
    func aBrokenSpecIsNamed(brokenOld: Bool) throws {
        let broken = Case(name: "", after: [("      operationId: list_sip_endpoints\n", "      operationId: [list\n")], expected: [])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("api-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.spec.write(to: folder.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        try Self.edited(Self.spec, broken.after).write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let good = Generator.SpecFile(path: folder.appendingPathComponent("good.yaml").path, displayPath: "good.yaml")
        let bad = Generator.SpecFile(path: folder.appendingPathComponent("bad.yaml").path, displayPath: "bad.yaml")
        do {
            _ = try Generator.diff(old: brokenOld ? bad : good, new: brokenOld ? good : bad, config: GeneratorConfig())
            Issue.record("a broken spec was compared")
        } catch {
            #expect(error.description.hasPrefix("bad.yaml:36:14: error: invalid YAML"), "\(error.description)")
        }
    }
}
