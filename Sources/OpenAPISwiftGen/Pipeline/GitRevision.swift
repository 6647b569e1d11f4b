import Foundation

/// A spec as it was at a git revision, for `diff --base REV`: the spec's folder at that
/// revision, exported to a temporary folder (so that `$ref`s to files beside it resolve too).
public struct GitRevision: Sendable {
    /// The exported copy of the spec; `displayPath` names it `REV:path`.
    public var spec: Generator.SpecFile
    /// The temporary folder to remove when done.
    public var folder: URL

    /// Exports the folder holding `specPath` at `revision`; a clear error when the spec is not in
    /// a git repository, the revision is unknown or the file did not exist then.
    public static func export(specPath: String, revision: String) throws(DiagnosticError) -> GitRevision {
        let specURL = URL(fileURLWithPath: specPath).standardizedFileURL
        let directory = specURL.deletingLastPathComponent().path
        let top = run(["git", "-C", directory, "rev-parse", "--show-toplevel"])
        guard top.status == 0, let root = String(data: top.output, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines), !root.isEmpty else {
            throw DiagnosticError("\(specPath) is not in a git repository, so there is no revision \(revision) of it; name the old spec instead", at: nil)
        }
        let rootURL = URL(fileURLWithPath: root).resolvingSymlinksInPath()
        let resolvedSpec = specURL.resolvingSymlinksInPath().path
        guard resolvedSpec.hasPrefix(rootURL.path + "/") else {
            throw DiagnosticError("\(specPath) is outside its repository \(root)", at: nil)
        }
        let relative = String(resolvedSpec.dropFirst(rootURL.path.count + 1))
        let relativeFolder = (relative as NSString).deletingLastPathComponent
        guard run(["git", "-C", root, "rev-parse", "--verify", "--quiet", revision + "^{commit}"]).status == 0 else {
            throw DiagnosticError("git does not know the revision '\(revision)' in \(root)", at: nil)
        }
        guard run(["git", "-C", root, "cat-file", "-e", "\(revision):\(relative)"]).status == 0 else {
            throw DiagnosticError("\(relative) does not exist at revision \(revision)", at: nil)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-swift-gen-base-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticError("cannot create a temporary folder: \(error.localizedDescription)", at: nil)
        }
        let archive = folder.appendingPathComponent("base.tar").path
        let exported = run(["git", "-C", root, "archive", "--format=tar", "-o", archive, revision, "--", relativeFolder.isEmpty ? relative : relativeFolder])
        let unpacked = exported.status == 0 ? run(["tar", "-x", "-f", archive, "-C", folder.path]) : exported
        guard unpacked.status == 0 else {
            try? FileManager.default.removeItem(at: folder)
            throw DiagnosticError("cannot export \(relative) at \(revision): \(String(decoding: unpacked.output, as: UTF8.self))", at: nil)
        }
        return GitRevision(spec: Generator.SpecFile(path: folder.appendingPathComponent(relative).path, displayPath: "\(revision):\(relative)"), folder: folder)
    }

    /// The spec's bytes at `revision`, when the spec is tracked by git; nil otherwise.
    public static func contents(specPath: String, revision: String) -> [UInt8]? {
        let url = URL(fileURLWithPath: specPath).standardizedFileURL
        let shown = run(["git", "-C", url.deletingLastPathComponent().path, "show", "\(revision):./\(url.lastPathComponent)"])
        return shown.status == 0 ? [UInt8](shown.output) : nil
    }

    public func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    private static func run(_ arguments: [String]) -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, Data()) }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
