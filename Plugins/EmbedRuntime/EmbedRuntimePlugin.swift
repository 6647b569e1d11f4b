import Foundation
import PackagePlugin

/// Embeds the client runtime (`Sources/ClientRuntime`, a target compiled and tested on its own)
/// into the generator as `RuntimeFile.all`, at build time: the generator stays one binary that
/// writes the runtime into every module, and adding a runtime file needs no list.
///
/// The runtime's files are listed from its folder, not asked of the package: when an app depends
/// on this package, SwiftPM loads only the targets its products need, and the runtime target is
/// in none of them.
@main
struct EmbedRuntimePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Sources/ClientRuntime")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let inputs = names.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appending(path: $0) }
        guard !inputs.isEmpty else {
            Diagnostics.error("EmbedRuntime: no Swift files in \(folder.path)")
            return []
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "RuntimeSources.swift")
        return [
            .buildCommand(
                displayName: "Embedding the client runtime (\(inputs.count) files)",
                executable: try context.tool(named: "runtime-embedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
