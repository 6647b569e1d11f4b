import Foundation
import Testing

/// Broken and hostile specs through the command: each gives its exact diagnostic, exit code 1,
/// and leaves the output folder as it was.
@Suite struct HostileInputTests {
    /// Runs `generate` on `bytes` over an output folder made from spec/ first; checks the exit
    /// code and that the folder is untouched; gives standard error.
    private func generateBroken(_ bytes: [UInt8], name: String = "broken.yaml", extraFiles: [String: String] = [:]) throws -> String {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Repository.run([], in: folder)
        let before = Repository.snapshot(folder.appendingPathComponent("Generated"))
        #expect(before.count > 20)
        try Data(bytes).write(to: folder.appendingPathComponent(name))
        for (path, text) in extraFiles {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let result = try Repository.run(["generate", name, "--output", "Generated", "--module", "SignalWire"], in: folder)
        #expect(result.status == 1)
        #expect(Repository.snapshot(folder.appendingPathComponent("Generated")) == before)
        return result.error
    }

    private func generateBroken(_ text: String, name: String = "broken.yaml", extraFiles: [String: String] = [:]) throws -> String {
        try generateBroken(Array(text.utf8), name: name, extraFiles: extraFiles)
    }

    static let head = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"

    @Test func tabIndentation() throws {
        #expect(try generateBroken("openapi: 3.1.0\ninfo:\n\ttitle: T\n")
            == "broken.yaml:3:1: error: invalid YAML: found character that cannot start any token (while scanning for the next token at line 3, column 1)\n")
    }

    @Test func unclosedQuote() throws {
        #expect(try generateBroken("openapi: 3.1.0\ninfo:\n  title: \"T\n")
            == "broken.yaml:4:1: error: invalid YAML: found unexpected end of stream (while scanning a quoted scalar at line 3, column 10)\n")
    }

    @Test func badIndentation() throws {
        #expect(try generateBroken("openapi: 3.1.0\ninfo:\n  title: T\n   version: 1\n")
            == "broken.yaml:4:11: error: invalid YAML: mapping values are not allowed in this context\n")
    }

    @Test func duplicateKeys() throws {
        #expect(try generateBroken("openapi: 3.1.0\ninfo:\n  title: T\n  title: U\n") == "broken.yaml:4:3: error: duplicate key 'title'\n")
        // Large mappings are checked through a set: a repeat of the first key, late in the mapping.
        let keys = (1...40).map { "  k\($0): v\n" }.joined()
        #expect(try generateBroken("openapi: 3.1.0\nx-large:\n" + keys + "  k1: again\n")
            == "broken.yaml:43:3: error: duplicate key 'k1'\n")
        #expect(try generateBroken("openapi: 3.1.0\nx-large:\n" + keys + "  k39: again\n")
            == "broken.yaml:43:3: error: duplicate key 'k39'\n")
    }

    @Test func emptyFile() throws {
        #expect(try generateBroken("") == "broken.yaml:1:1: error: the document is empty\n")
        #expect(try generateBroken("  \n\n") == "broken.yaml:1:1: error: the document is empty\n")
    }

    @Test func invalidUTF8() throws {
        #expect(try generateBroken(Array("openapi: 3.1.0\ninfo:\n  title: ".utf8) + [0xFF, 0xFE, 0x0A])
            == "broken.yaml:3:10: error: invalid YAML: invalid leading UTF-8 octet (byte 0xff)\n")
    }

    @Test func aliasBombIsRefusedQuickly() throws {
        var lines = [Self.head + "x-bomb:", "  a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("  \(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
            previous = name
        }
        let start = ContinuousClock.now
        let error = try generateBroken(lines.joined(separator: "\n") + "\n")
        #expect(ContinuousClock.now - start < .seconds(5))
        #expect(error == "broken.yaml:10:38: error: the document expands to more than 5000000 nodes (aliases nested too deeply?)\n")
    }

    @Test func tenThousandLevelsOfNesting() throws {
        let deep = Self.head + "x-deep: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        #expect(try generateBroken(deep) == "broken.yaml:3:520: error: the document nests deeper than 512 levels\n")
        let deepMappings = Self.head + "x-deep:\n" + (1...600).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " 1\n"
        #expect(try generateBroken(deepMappings).hasSuffix("error: the document nests deeper than 512 levels\n"))
    }

    @Test func cyclicReferenceChain() throws {
        let spec = Self.head + """
            components:
              schemas:
                A:
                  $ref: '#/components/schemas/B'
                B:
                  allOf:
                    - $ref: '#/components/schemas/A'

            """
        #expect(try generateBroken(spec)
            == "broken.yaml:8:7: error: a cycle of $refs that never reaches a schema: A -> B -> A [#/components/schemas/B]\n")
    }

    @Test func missingReferenceTarget() throws {
        let spec = Self.head + "components:\n  schemas:\n    A:\n      properties:\n        b:\n          $ref: '#/components/schemas/Nope'\n"
        #expect(try generateBroken(spec)
            == "broken.yaml:8:11: error: '$ref: #/components/schemas/Nope' points to nothing: no such schema in #/components/schemas [#/components/schemas/A/properties/b]\n")
    }

    @Test func referenceToAURLIsRefused() throws {
        let spec = Self.head + "components:\n  schemas:\n    A:\n      $ref: 'https://example.com/schemas.yaml#/A'\n"
        #expect(try generateBroken(spec)
            == "broken.yaml:6:13: error: '$ref: https://example.com/schemas.yaml#/A' points to a URL; references to other files must be paths beside the spec, or URLs under its $self\n")
    }

    /// OpenAPI 3.2's `$self` is the base of references: a URL under it is the spec itself or a
    /// file beside it; a URL elsewhere is still refused.
    @Test func referencesUnderSelfAreTheSpecAndTheFilesBesideIt() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = """
            openapi: 3.2.0
            $self: https://api.example.com/specs/api.yaml
            info: {title: Pets, version: '1'}
            components:
              schemas:
                Owner:
                  type: object
                  properties:
                    pet: {$ref: 'https://api.example.com/specs/common/pets.yaml#/Pet'}
                    self: {$ref: 'https://api.example.com/specs/api.yaml#/components/schemas/Name'}
                Name: {type: string}

            """
        try spec.write(to: folder.appendingPathComponent("api.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("common"), withIntermediateDirectories: true)
        try "Pet:\n  type: object\n  properties:\n    name: {type: string}\n".write(to: folder.appendingPathComponent("common/pets.yaml"), atomically: true, encoding: .utf8)
        let result = try Repository.run(["generate", "api.yaml", "--output", "Out", "--module", "Pets"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.error.contains("warning"), "\(result.error)")
        let owner = String(decoding: Repository.snapshot(folder.appendingPathComponent("Out"))["Types/Owner.swift"] ?? Data(), as: UTF8.self)
        #expect(owner.contains("@IndirectOptionalKey public var pet: Pet?"), "\(owner)")
        #expect(owner.contains("@OptionalKey public var self_: String?"), "\(owner)")

        let elsewhere = spec.replacingOccurrences(of: "https://api.example.com/specs/common/pets.yaml#/Pet", with: "https://cdn.example.com/specs/common/pets.yaml#/Pet")
        try elsewhere.write(to: folder.appendingPathComponent("api.yaml"), atomically: true, encoding: .utf8)
        let refused = try Repository.run(["generate", "api.yaml", "--output", "Out2", "--module", "Pets"], in: folder)
        #expect(refused.status != 0)
        #expect(refused.error.contains("points to a URL"), "\(refused.error)")
    }

    @Test func referenceToAMissingFileOrOutsideTheFolder() throws {
        let missing = Self.head + "components:\n  schemas:\n    A:\n      $ref: 'common/nope.yaml#/A'\n"
        #expect(try generateBroken(missing) == "broken.yaml:6:13: error: the file common/nope.yaml that a $ref names does not exist\n")
        let outside = Self.head + "components:\n  schemas:\n    A:\n      $ref: '../../etc/passwd'\n"
        #expect(try generateBroken(outside) == "broken.yaml:6:13: error: '$ref: ../../etc/passwd' points outside the spec's folder (.)\n")
        let broken = Self.head + "components:\n  schemas:\n    A:\n      $ref: 'common/bad.yaml#/A'\n"
        #expect(try generateBroken(broken, extraFiles: ["common/bad.yaml": "A:\n  type: [\n"])
            == "common/bad.yaml:3:1: error: invalid YAML: did not find expected node content (while parsing a flow node at line 3, column 1)\n")
    }

    /// References into another file beside the spec are followed, also from that file back into
    /// the spec, and the result compiles.
    @Test func referencesToOtherFilesAreBroughtIn() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = Self.head + """
            paths:
              /pets:
                get:
                  responses:
                    '200':
                      description: Pets.
                      content:
                        application/json:
                          schema:
                            $ref: 'common/pets.yaml#/Pet'
            components:
              schemas:
                Owner:
                  type: object
                  properties:
                    pet:
                      $ref: './common/pets.yaml#/Pet'

            """
        let pets = """
            Pet:
              type: object
              properties:
                name: {type: string}
                tag:
                  $ref: '#/Tag'
                owner:
                  $ref: '../api.yaml#/components/schemas/Owner'
            Tag:
              type: string
              enum: [a, b]

            """
        try spec.write(to: folder.appendingPathComponent("api.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("common"), withIntermediateDirectories: true)
        try pets.write(to: folder.appendingPathComponent("common/pets.yaml"), atomically: true, encoding: .utf8)
        let result = try Repository.run(["generate", "api.yaml", "--output", "Out", "--module", "Pets"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let files = Repository.snapshot(folder.appendingPathComponent("Out")).keys.filter { $0.hasPrefix("Types/") }.sorted()
        #expect(files == ["Types/Owner.swift", "Types/Pet.swift", "Types/Tag.swift"])
        let pet = String(decoding: Repository.snapshot(folder.appendingPathComponent("Out"))["Types/Pet.swift"]!, as: UTF8.self)
        #expect(pet.contains("@OptionalKey public var tag: Tag?"))
        #expect(pet.contains("@IndirectOptionalKey public var owner: Owner?"))
    }

    @Test func usageErrorsExitWithTwoAndVersionPrints() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let usage = try Repository.run(["generate", "--no-such-option"], in: folder)
        #expect(usage.status == 2)
        #expect(usage.error.hasPrefix("Error: Unknown option '--no-such-option'"))
        let version = try Repository.run(["--version"], in: folder)
        #expect(version.status == 0)
        #expect(version.output == "0.1.0\n")
    }
}
