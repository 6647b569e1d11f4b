import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-client [ARGUMENTS]`: runs
/// openapi-swift-gen in the package's folder. Without arguments it reads
/// `spec/openapi-swift-gen.yaml`; any arguments are passed on, e.g.
/// `generate-client generate api.yaml --output Sources/API --module API`, `generate-client check` or
/// `generate-client diff --base origin/main`.
@main
struct GenerateClientPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let tool = try context.tool(named: "openapi-swift-gen")
        let process = Process()
        process.executableURL = tool.url
        process.currentDirectoryURL = context.package.directoryURL
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            Diagnostics.error("openapi-swift-gen \(arguments.joined(separator: " ")) failed with exit code \(process.terminationStatus)")
            throw GenerateClientError(status: process.terminationStatus)
        }
    }
}

struct GenerateClientError: Error, CustomStringConvertible {
    var status: Int32
    var description: String { "openapi-swift-gen exited with \(status)" }
}
