import Foundation
import PackagePlugin

/// Embeds the client runtime (`Sources/ClientRuntime`, a target compiled and tested on its own)
/// into the generator as `RuntimeFile.all`, and the server companion (`Sources/ServerCompanion`,
/// compiled and tested as `Companions/SignalWireServer`) as `CompanionFile.all`, at build time:
/// the generator stays one binary that writes them, and adding a file needs no list.
///
/// The files are listed from their folders, not asked of the package: when an app depends on this
/// package, SwiftPM loads only the targets its products need, and the runtime target is in none of
/// them (the companion is no target of this package at all).
@main
struct EmbedRuntimePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let runtime = context.package.directoryURL.appending(path: "Sources/ClientRuntime")
        let companion = context.package.directoryURL.appending(path: "Sources/ServerCompanion")
        return [
            try command(context, folder: runtime, kind: "runtime", output: "RuntimeSources.swift", what: "the client runtime"),
            try command(context, folder: companion, kind: "companion", output: "CompanionSources.swift", what: "the server companion"),
        ].compactMap { $0 }
    }

    private func command(_ context: PluginContext, folder: URL, kind: String, output name: String, what: String) throws -> Command? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let inputs = names.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appending(path: $0) }
        guard !inputs.isEmpty else {
            Diagnostics.error("EmbedRuntime: no Swift files in \(folder.path)")
            return nil
        }
        let output = context.pluginWorkDirectoryURL.appending(path: name)
        return .buildCommand(
            displayName: "Embedding \(what) (\(inputs.count) files)",
            executable: try context.tool(named: "runtime-embedder").url,
            arguments: [kind, output.path] + inputs.map(\.path),
            inputFiles: inputs,
            outputFiles: [output]
        )
    }
}
