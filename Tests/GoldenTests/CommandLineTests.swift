import Foundation
import Testing

/// The command as users run it: bare run, `check`, `generate`, and broken specs.
@Suite(.serialized) struct CommandLineTests {
    @Test func bareRunGeneratesThenChangesNothing() throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Repository.run([], in: folder)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.hasPrefix("Generated SignalWire in Generated from spec/openapi.yaml: "))
        #expect(first.output.contains("0 unchanged"))
        let before = Repository.snapshot(folder.appendingPathComponent("Generated"))
        #expect(before == Repository.snapshot(Repository.root.appendingPathComponent("Generated")))

        let second = try Repository.run([], in: folder)
        #expect(second.status == 0)
        #expect(second.output.contains("(0 written, \(before.count + 1) unchanged, 0 removed)"))  // and SpecExamples.swift
        #expect(Repository.snapshot(folder.appendingPathComponent("Generated")) == before)

        let check = try Repository.run(["check"], in: folder)
        #expect(check.status == 0, "\(check.output)\(check.error)")
    }

    @Test func checkPrintsADiffAndFailsWhenStale() throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Repository.run([], in: folder)
        let file = folder.appendingPathComponent("Generated/Types/Encryption.swift")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "case optional\n", with: "").write(to: file, atomically: true, encoding: .utf8)

        let check = try Repository.run(["check"], in: folder)
        #expect(check.status == 1)
        #expect(check.output.contains("--- a/Types/Encryption.swift\n+++ b/Types/Encryption.swift\n"))
        #expect(check.output.contains("\n+    case optional\n"))
        #expect(check.error.contains("1 different"))
    }

    @Test func generateTakesSpecOutputAndModule() throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Repository.run(
            ["generate", "spec/openapi.yaml", "--output", "Out", "--module", "Other", "--config", "none.yaml"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("Generated Other in Out from spec/openapi.yaml"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out/Client/Client.swift").path))
    }

    @Test func aNewFolderArrivesWholeAndNothingIsLeftBehind() throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Repository.run(["generate", "spec/openapi.yaml", "--output", "a/b/Out", "--config", "none.yaml"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let written = Repository.snapshot(folder.appendingPathComponent("a/b/Out"))
        #expect(written.count == Repository.snapshot(Repository.root.appendingPathComponent("Generated")).count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("a/b").path) == ["Out"])
        #expect(try Repository.run(["generate", "spec/openapi.yaml", "--output", "a/b/Out", "--config", "none.yaml"], in: folder)
            .output.contains("(0 written, \(written.count) unchanged, 0 removed)"))
    }

    /// Broken specs: `path:line:col: error: ...`, exit code 1, and the output folder untouched.
    @Test(arguments: [
        ("bad-yaml.yaml", "openapi: 3.1.0\ninfo:\n  title: 'unclosed\n", "bad-yaml.yaml:4:1: error: invalid YAML: found unexpected end of stream"),
        ("dangling-ref.yaml", """
            openapi: 3.1.0
            info: {title: T, version: '1'}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    owner:
                      $ref: '#/components/schemas/Owner'
            """, "dangling-ref.yaml:9:11: error: '$ref: #/components/schemas/Owner' points to nothing: no such schema in #/components/schemas"),
    ])
    func malformedSpecFailsWithLocationAndTouchesNothing(_ name: String, _ spec: String, _ expected: String) throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Repository.run([], in: folder)
        let before = Repository.snapshot(folder.appendingPathComponent("Generated"))
        try spec.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)

        let result = try Repository.run(["generate", name, "--output", "Generated", "--module", "SignalWire"], in: folder)
        #expect(result.status == 1)
        #expect(result.error.hasPrefix(expected), "\(result.error)")
        #expect(Repository.snapshot(folder.appendingPathComponent("Generated")) == before)
    }
}
