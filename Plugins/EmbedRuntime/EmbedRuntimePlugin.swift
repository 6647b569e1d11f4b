import PackagePlugin

/// Embeds the client runtime (`Sources/ClientRuntime`, a target compiled and tested on its own)
/// into the generator as `RuntimeFile.all`, at build time: the generator stays one binary that
/// writes the runtime into every module, and adding a runtime file needs no list.
@main
struct EmbedRuntimePlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let runtime = try context.package.targets(named: ["ClientRuntime"]).first as? SourceModuleTarget else {
            Diagnostics.error("EmbedRuntime: the package has no ClientRuntime target")
            return []
        }
        let inputs = runtime.sourceFiles(withSuffix: "swift").map(\.url)
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
