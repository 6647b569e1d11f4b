import Foundation

/// The real-world specs beside the repository (`../shared/specs`); the tests that read them skip
/// when they are not there.
enum SharedSpecs {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/specs").standardized

    /// The spec at `relative` (`world/spotify.yml`), or nil, said as skipped, when it is not there.
    static func spec(_ relative: String) -> URL? {
        let spec = folder.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: spec.path) else {
            print("skipped: \(spec.path) is not here")
            return nil
        }
        return spec
    }
}
