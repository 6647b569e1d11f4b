import Foundation
import OpenAPISwiftGen
import Testing

/// The command as users run it: bare run, `check`, `generate`, and broken specs.
@Suite(.serialized) struct CommandLineTests {
    @Test func bareRunGeneratesThenChangesNothing() throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try Repository.run([], in: folder)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.hasPrefix("Generated SignalWire in Generated and Tests/SignalWireTests/Examples from spec/openapi.yaml: "))
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
            ["generate", "spec/openapi.yaml", "--output", "Out", "--module", "Other"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("Generated Other in Out from spec/openapi.yaml"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out/Client/OtherClient.swift").path))
    }

    @Test func aNewFolderArrivesWholeAndNothingIsLeftBehind() throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Repository.run(["generate", "spec/openapi.yaml", "--output", "a/b/Out"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let written = Repository.snapshot(folder.appendingPathComponent("a/b/Out"))
        #expect(written.count == Repository.snapshot(Repository.root.appendingPathComponent("Generated")).count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("a/b").path) == ["Out"])
        #expect(try Repository.run(["generate", "spec/openapi.yaml", "--output", "a/b/Out"], in: folder)
            .output.contains("(0 written, \(written.count) unchanged, 0 removed)"))
    }

    /// A spec named on the command line is generated from the command line alone: run from this
    /// repository's root, it reads none of `spec/openapi-swift-gen.yaml` (no examples folder, no
    /// client name, no credentials) and every file of the repository stays as it was.
    @Test func anotherSpecFromTheRepositoryRootTouchesNothingOutsideItsOutput() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: Repository.root.appendingPathComponent("Tests/GoldenTests/Specs/other.yaml"),
            to: folder.appendingPathComponent("other.yaml"))
        let before = Repository.snapshotOfSources()

        let output = folder.appendingPathComponent("Out")
        let result = try Repository.run(
            ["generate", folder.appendingPathComponent("other.yaml").path, "--output", output.path, "--module", "Other"],
            in: Repository.root)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("Generated Other in \(output.path) from "), "\(result.output)")
        let written = Repository.snapshot(output)
        #expect(written["Client/OtherClient.swift"] != nil, "the client is named after the module")
        #expect(!written.values.contains { String(decoding: $0, as: UTF8.self).contains("SIGNALWIRE") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["Out", "other.yaml"])
        let after = Repository.snapshotOfSources()
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
        #expect(changed == [], "files of the repository changed")
    }

    /// With `--config`, the config's folders are used (and named in the summary); its examples
    /// folder is written only then.
    @Test func anExplicitConfigStillGivesItsFolders() throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Repository.run(
            ["generate", "spec/openapi.yaml", "--config", "spec/openapi-swift-gen.yaml"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("Generated SignalWire in Generated and Tests/SignalWireTests/Examples from spec/openapi.yaml"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Tests/SignalWireTests/Examples/SpecExamples.swift").path))
    }

    @Test func aSpecWithoutConfigOrOutputIsAUsageError() throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Repository.run(["generate", "spec/openapi.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.error.contains("--output is required when a spec is named without --config"), "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["spec"])

        let missing = try Repository.run(["generate", "spec/openapi.yaml", "--output", "Out", "--config", "none.yaml"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.error.contains("no such config file: none.yaml"), "\(missing.error)")
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

/// The documentation catalog's articles are the generator's own (their marker on the line after
/// the title): a rename of the module removes the old ones, and articles a user wrote stay.
@Suite struct DocumentationCatalogTests {
    /// In a git repository, a regeneration after a spec edit says what the edit does to the API,
    /// and `diff --base HEAD` lists it; `--fail-on` turns the class into an exit code.
    @Test func aSpecEditIsSummarizedAgainstHEADAndDiffedInDetail() throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        func git(_ arguments: String...) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com"] + arguments
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        let unchanged = try Repository.run([], in: folder)
        #expect(!unchanged.output.contains("API since HEAD"), "not a git repository: no summary")
        try git("init", "-q")
        try git("add", "spec")
        try git("commit", "-q", "-m", "spec")
        let spec = folder.appendingPathComponent("spec/openapi.yaml")
        let text = try String(contentsOf: spec, encoding: .utf8)
        try text.replacingOccurrences(of: "        - VP8\n", with: "        - VP8\n        - VP9\n")
            .replacingOccurrences(of: "        - required\n        - optional\n", with: "        - required\n")
            .write(to: spec, atomically: true, encoding: .utf8)

        let generate = try Repository.run([], in: folder)
        #expect(generate.status == 0, "\(generate.error)")
        #expect(generate.output.contains("\nAPI since HEAD: 1 breaking, 0 at run time, 1 compatible: a major version; run 'openapi-swift-gen diff --base HEAD' for details\n"), "\(generate.output)")
        let check = try Repository.run(["check"], in: folder)
        #expect(check.status == 0)
        #expect(check.output.contains("API since HEAD: 1 breaking"), "\(check.output)")

        let diff = try Repository.run(["diff", "--base", "HEAD"], in: folder)
        #expect(diff.status == 0, "\(diff.error)")
        #expect(diff.output.contains("  breaking    Encryption: case `.optional` removed"), "\(diff.output)")
        #expect(diff.output.contains("  compatible  Codecs: new case `.vp9`"), "\(diff.output)")
        let gate = try Repository.run(["diff", "--base", "HEAD", "--fail-on", "breaking", "--format", "json"], in: folder)
        #expect(gate.status == 3)
        #expect(gate.output.contains("\"summary\": {\"breaking\": 1, \"runtime\": 0, \"compatible\": 1, \"bump\": \"major\"}"), "\(gate.output)")
        #expect(gate.output.contains("\"file\": \"HEAD:spec/openapi.yaml\", \"line\": 318, \"column\": 11, \"pointer\": \"#/components/schemas/Encryption/enum/1\", \"side\": \"old\""), "\(gate.output)")
    }

    @Test func articlesAreTheGeneratorsOwnAndAUsersStay() throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Out")
        #expect(try Repository.run(["generate", "spec/openapi.yaml", "--output", "Out", "--module", "First", "--client", "Client"], in: folder).status == 0)
        let mine = out.appendingPathComponent("First.docc/Mine.md")
        try "# Mine\n\nWritten by hand.\n".write(to: mine, atomically: true, encoding: .utf8)
        #expect(OutputFolder(path: out.path).existingGeneratedFiles().filter { $0.hasSuffix(".md") }
            == ["First.docc/First.md", "First.docc/GettingStarted.md"])

        let second = try Repository.run(["generate", "spec/openapi.yaml", "--output", "Out", "--module", "Second", "--client", "Client"], in: folder)
        #expect(second.status == 0, "\(second.error)")
        #expect(second.output.contains("2 removed"), "\(second.output)")
        let files = Set(Repository.snapshot(out).keys)
        #expect(files.contains("Second.docc/Second.md") && files.contains("Second.docc/GettingStarted.md"))
        #expect(!files.contains("First.docc/First.md") && files.contains("First.docc/Mine.md"))
    }
}
