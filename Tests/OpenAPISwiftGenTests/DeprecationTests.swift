import Foundation
import OpenAPISwiftGen
import Testing

/// What an app sees of `Snippets/defaults-deprecations.yaml`: plain uses compile without a
/// warning, and each use of a deprecated item warns with the spec's message.
@Suite struct DeprecationTests {
    static let app = """
        import Snippet

        func plainUses(_ client: SnippetClient, _ room: Room) async throws {
            _ = Room(name: "a", size: 1, capacity: 4)
            _ = room.capacityOrDefault
            _ = room.layout
            _ = try await client.rooms.create(room, dryRun: true)
            _ = try await client.rooms.create(name: "a", size: 2, layout: .grid)
            _ = try await client.rooms.createWithResponse(room)
        }

        func deprecatedUses(_ client: SnippetClient, _ room: Room) async throws {
            _ = room.size
            _ = room.legacyId
            _ = Room(name: "a", size: 1, legacyId: "x")
            _ = try await client.rooms.create(room, legacyMode: "x")
            _ = try await client.rooms.create(name: "a", size: 2, old: nil)
            try await client.rooms.delete(id: "1")
            _ = OldSettings(mute: true)
        }

        """

    @Test func deprecatedItemsWarnWhereTheAppUsesThemAndNowhereElse() throws {
        let fragment = try String(contentsOf: SnippetTests.folder.appendingPathComponent("defaults-deprecations.yaml"), encoding: .utf8)
        let files = try SnippetTests.generateModule(fromSchemas: fragment, file: "defaults-deprecations.yaml")
        let result = try SwiftCompiler.typecheck(Self.app, importing: files, moduleName: "Snippet")
        #expect(result.module.status == 0, "\(result.module.output)")
        #expect(!result.module.output.contains("warning:"), "\(result.module.output)")
        #expect(result.consumer.status == 0, "\(result.consumer.output)")
        let warnings = result.consumer.output.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: ": warning: ") else { return nil }
            let location = line[..<range.lowerBound].split(separator: ":").dropFirst().first ?? ""
            return "\(location): " + line[range.upperBound...].replacingOccurrences(of: " [#DeprecatedDeclaration]", with: "")
        }
        #expect(warnings == [
            "13: 'size' is deprecated: Use capacity.",
            "14: 'legacyId' is deprecated: Use the room's name instead.",
            "15: 'init(name:size:capacity:layout:codecs:ratio:topic:theme:legacyId:old:additionalFields:)' is deprecated: Sets deprecated properties: `legacyId`, `old`.",
            "16: 'create(_:dryRun:legacyMode:options:)' is deprecated: Takes deprecated arguments: `legacyMode`.",
            "17: 'create(name:size:capacity:layout:codecs:ratio:topic:theme:legacyId:old:dryRun:legacyMode:additionalFields:options:)' is deprecated: Takes deprecated arguments: `legacyMode`, `legacyId`, `old`.",
            "18: 'delete(id:options:)' is deprecated: Use closeRoom.",
            "19: 'init(mute:additionalFields:)' is deprecated: Settings of the first API.",
        ])
    }

    /// The official spec's deprecated properties and its defaults leave the module free of
    /// warnings; skipped when `../shared/specs` is not beside the repository.
    @Test func theOfficialSpecCompilesWithoutWarnings() throws {
        guard let spec = SharedSpecs.spec("signalwire/signalwire-rest.yaml") else { return }
        var config = GeneratorConfig()
        config.module = "SignalWireRest"
        let output = try Generator.generate(specPath: spec.path, displayPath: "signalwire-rest.yaml", config: config)
        let deprecated = output.files.reduce(0) { $0 + $1.contents.components(separatedBy: "@available(*, deprecated").count - 1 }
        #expect(deprecated >= 24)
        let result = try SwiftCompiler.typecheck(output.files.filter { !$0.path.hasPrefix("Tests/") }, moduleName: "SignalWireRest")
        #expect(result.status == 0, "\(result.output.prefix(3000))")
        #expect(!result.output.contains("warning:"), "\(result.output.prefix(3000))")
    }
}
