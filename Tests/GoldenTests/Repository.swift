import Foundation

/// Paths of this repository and of the built command, for tests that run the real thing.
enum Repository {
    /// The repository root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Set to re-record golden files instead of comparing: `OPENAPI_SWIFT_GEN_RECORD=1 swift test`.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["OPENAPI_SWIFT_GEN_RECORD"] == "1" }

    /// The `openapi-swift-gen` executable built beside the test bundle.
    static var executable: URL {
        var folder = Bundle.main.bundleURL
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            folder = bundle.bundleURL.deletingLastPathComponent()
        }
        let candidate = folder.appendingPathComponent("openapi-swift-gen")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return Bundle.main.bundleURL.appendingPathComponent("openapi-swift-gen")
    }

    /// Runs the command in `directory`; gives its exit code, standard output and standard error.
    static func run(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-swift-gen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A temporary folder holding a copy of `spec/`, so runs never touch the repository.
    static func specWorkspace() throws -> URL {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(at: root.appendingPathComponent("spec"), to: folder.appendingPathComponent("spec"))
        return folder
    }

    /// Every file of the repository but build products and version-control data, to check that a
    /// command left them as they were.
    static func snapshotOfSources() -> [String: Data] {
        snapshot(root) { name in name.hasPrefix(".build") || name == ".git" || name == ".swiftpm" || name == "Package.resolved" }
    }

    /// Every file under `folder`, relative path to bytes, less files and folders whose name
    /// `skipping` says to pass over.
    static func snapshot(_ folder: URL, skipping: (String) -> Bool = { _ in false }) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return files }
        while let relative = enumerator.nextObject() as? String {
            if skipping((relative as NSString).lastPathComponent) {
                enumerator.skipDescendants()
                continue
            }
            let full = folder.appendingPathComponent(relative).path
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }
}
