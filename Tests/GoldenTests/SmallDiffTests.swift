import Foundation
@testable import OpenAPISwiftGen
import Testing

/// Small spec edits give small, local diffs of the generated code: a copy of `spec/` with a
/// property inserted in the middle of a schema, an enum value added and an operation added
/// regenerates into output whose every change is an inserted block about the edit. No existing
/// line changes, so no long line changes because of its neighbours, and nothing is renumbered.
@Suite struct SmallDiffTests {
    static let edits: [(description: String, find: String, replace: String)] = [
        ("a required property in the middle of a schema", """
                    - caller_id
                    - send_as
            """, """
                    - caller_id
                    - nickname
                    - send_as
            """),
        ("its declaration", """
                      examples:
                        - '123456789'
                    send_as:
            """, """
                      examples:
                        - '123456789'
                    nickname:
                      type: string
                      description: A name to show for the endpoint.
                    send_as:
            """),
        ("an enum value", """
                    - required
                    - optional
            """, """
                    - required
                    - preferred
                    - optional
            """),
        ("an operation", """
            components:
              parameters:
            """, """
              /api/fabric/resources/sip_endpoints/{id}/addresses:
                parameters:
                  - $ref: '#/components/parameters/SipEndpointID'
                get:
                  operationId: list_sip_endpoint_addresses
                  summary: List the addresses of a SIP endpoint
                  responses:
                    '200':
                      description: The addresses.
                      content:
                        application/json:
                          schema:
                            type: array
                            items: {type: string}
            components:
              parameters:
            """),
    ]

    /// Words every inserted block must mention: the new property, enum value or operation.
    static let tokens = ["nickname", "Nickname", "preferred", "Preferred", "addresses", "Addresses"]

    @Test func eachEditInsertsOnlyLinesAboutItself() throws {
        let folder = try Repository.specWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let specURL = folder.appendingPathComponent("spec/openapi.yaml")
        let before = try generate(folder)

        var spec = try String(contentsOf: specURL, encoding: .utf8)
        for edit in Self.edits {
            let range = try #require(spec.range(of: edit.find), "\(edit.description): its place in spec/openapi.yaml moved")
            spec.replaceSubrange(range, with: edit.replace)
        }
        try spec.write(to: specURL, atomically: true, encoding: .utf8)
        let after = try generate(folder)

        #expect(Set(before.keys).isSubset(of: after.keys), "files disappeared: \(Set(before.keys).subtracting(after.keys))")
        var insertedBlocks = 0
        for (path, new) in after.sorted(by: { $0.key < $1.key }) {
            let old = before[path] ?? ""
            let edits = UnifiedDiff.lineEdits(Self.lines(old), Self.lines(new))
            var removed = edits.compactMap { if case .removed(let line) = $0 { line } else { nil } }
            if path == "Client/MockTransport.Operations.swift" {
                // The mock's table has an entry per line: an entry the edit changes is rewritten in
                // place, the same entry (its operation or type) with the edit in it.
                let added = edits.compactMap { if case .added(let line) = $0 { line } else { nil } }
                removed.removeAll { old in
                    added.contains { new in Self.tableKey(new) == Self.tableKey(old) && Self.tokens.contains { new.contains($0) } }
                }
            }
            #expect(removed == [], "\(path): lines changed or removed\n\(UnifiedDiff.render(old: old, new: new, oldName: path, newName: path))")
            for block in Self.insertedBlocks(edits) where before[path] != nil {
                insertedBlocks += 1
                #expect(Self.tokens.contains { block.contains($0) }, "\(path): an inserted block is about none of the edits:\n\(block)")
            }
        }
        #expect(insertedBlocks >= 15)
        #expect(after.count == before.count + 1, "one new file, for the new operation's group")
    }

    private func generate(_ folder: URL) throws -> [String: String] {
        let config = try Generator.loadConfig(
            path: folder.appendingPathComponent("spec/openapi-swift-gen.yaml").path, displayPath: "spec/openapi-swift-gen.yaml")
        let output = try Generator.generate(
            specPath: folder.appendingPathComponent("spec/openapi.yaml").path, displayPath: "spec/openapi.yaml", config: config)
        #expect(output.diagnostics.allSatisfy { $0.message.hasPrefix("the example does not match its schema") }, "\(output.diagnostics)")
        var files = Dictionary(uniqueKeysWithValues: output.files.map { ($0.path, $0.contents) })
        files["SpecExamples.swift"] = output.examples.contents
        return files
    }

    /// What a line of the mock's table is about: its operation's id or its type's name.
    private static func tableKey(_ line: String) -> Substring? {
        let text = line.drop { $0 == " " }
        if text.hasPrefix("{\"id\":") { return text.dropFirst(6).prefix { $0 != "," } }
        if text.hasPrefix("\"") { return text.prefix { $0 != ":" } }
        return nil
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The runs of consecutive inserted lines, each joined into one text.
    private static func insertedBlocks(_ edits: [UnifiedDiff.Edit]) -> [String] {
        var blocks: [String] = []
        var current: [String] = []
        for edit in edits {
            if case .added(let line) = edit {
                current.append(line)
            } else if !current.isEmpty {
                blocks.append(current.joined(separator: "\n"))
                current = []
            }
        }
        if !current.isEmpty { blocks.append(current.joined(separator: "\n")) }
        return blocks
    }
}
