import Foundation
import OpenAPISwiftGen
import Testing

/// The API changes between consecutive published versions of the official SignalWire REST
/// description (`../shared/specs/history/`, newest in `../shared/specs/signalwire/`), compared
/// with the default config and kept as reviewed text in `APIDiffHistory/`. Skipped when the
/// specs are not beside the repository. Re-record with `OPENAPI_SWIFT_GEN_RECORD=1 swift test`
/// and review `git diff`.
@Suite struct APIDiffHistoryTests {
    struct Pair: CustomTestStringConvertible, Sendable {
        var old: String
        var new: String
        var golden: String
        var testDescription: String { golden }
    }

    static let shared = APIDiffTests.root.deletingLastPathComponent().appendingPathComponent("shared/specs")
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("APIDiffHistory")
    static let versions = [
        "history/signalwire-rest-2026-03-26.yaml",
        "history/signalwire-rest-2026-05-18.yaml",
        "history/signalwire-rest-2026-07-27.yaml",
        "signalwire/signalwire-rest.yaml",
    ]
    static let pairs = zip(versions, versions.dropFirst()).map { old, new in
        Pair(old: old, new: new, golden: "\(name(old))-to-\(name(new)).txt")
    }
    static let specsArePresent = versions.allSatisfy { FileManager.default.fileExists(atPath: shared.appendingPathComponent($0).path) }

    private static func name(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    @Test(.enabled(if: specsArePresent, "../shared/specs is not beside the repository"), arguments: pairs)
    func consecutiveVersions(_ pair: Pair) throws {
        func file(_ path: String) -> Generator.SpecFile {
            .init(path: Self.shared.appendingPathComponent(path).path, displayPath: "../shared/specs/" + path)
        }
        let (report, _) = try Generator.diff(old: file(pair.old), new: file(pair.new), config: GeneratorConfig())
        let actual = report.render(.text)
        let goldenURL = Self.folder.appendingPathComponent(pair.golden)
        if ProcessInfo.processInfo.environment["OPENAPI_SWIFT_GEN_RECORD"] == "1" {
            try actual.write(to: goldenURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: goldenURL, encoding: .utf8)
        #expect(actual == expected, "\(UnifiedDiff.render(old: expected, new: actual, oldName: "expected", newName: "actual"))")
    }

    /// Every golden belongs to a pair, so a renamed version cannot leave a stale file behind.
    @Test func everyGoldenIsAPair() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files == Self.pairs.map(\.golden).sorted())
    }
}
