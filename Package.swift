// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "openapi-swift-gen",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .executable(name: "openapi-swift-gen", targets: ["openapi-swift-gen"]),
        .library(name: "OpenAPISwiftGen", targets: ["OpenAPISwiftGen"]),
        .library(name: "SignalWire", targets: ["SignalWire"]),
        .plugin(name: "GenerateClient", targets: ["GenerateClient"]),
        /// The loopback server of the tests, for the companion package's tests (`Companions/`).
        .library(name: "TestSupport", targets: ["TestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        /// libyaml, found through pkg-config (`apt install libyaml-dev`, `brew install libyaml`).
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        /// The runtime every generated module carries (`Runtime/`): real Swift, compiled and tested
        /// here, embedded into the generator at build time by the EmbedRuntime plugin.
        .target(name: "ClientRuntime"),
        /// Writes the runtime's files as Swift string literals, for the EmbedRuntime plugin.
        .executableTarget(name: "runtime-embedder"),
        .plugin(name: "EmbedRuntime", capability: .buildTool(), dependencies: ["runtime-embedder"]),
        /// The generator pipeline: load YAML -> read OpenAPI -> translate -> render -> write.
        .target(
            name: "OpenAPISwiftGen",
            dependencies: ["CYaml"],
            plugins: ["EmbedRuntime"]
        ),
        /// The command line, thin.
        .executableTarget(
            name: "openapi-swift-gen",
            dependencies: [
                "OpenAPISwiftGen",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        /// `swift package --allow-writing-to-package-directory generate-client`: regenerates a vendored client.
        .plugin(
            name: "GenerateClient",
            capability: .command(
                intent: .custom(verb: "generate-client", description: "Regenerates the client module with openapi-swift-gen"),
                permissions: [.writeToPackageDirectory(reason: "openapi-swift-gen writes the generated client's files")]
            ),
            dependencies: ["openapi-swift-gen"]
        ),
        /// The generated SignalWire client: committed output of the generator, never edited by hand.
        .target(name: "SignalWire", path: "Generated"),

        /// A loopback HTTP server for the runtime's and the generated client's tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(
            name: "OpenAPISwiftGenTests",
            dependencies: ["OpenAPISwiftGen"],
            exclude: ["APIDiffHistory"],
            resources: [.copy("Snippets")]
        ),
        .testTarget(
            name: "GoldenTests",
            dependencies: ["OpenAPISwiftGen", "openapi-swift-gen"],
            exclude: ["Specs"]
        ),
        .testTarget(
            name: "ClientRuntimeTests",
            dependencies: ["ClientRuntime", "TestSupport"]
        ),
        .testTarget(
            name: "SignalWireTests",
            dependencies: ["SignalWire", "TestSupport"],
            resources: [.copy("Golden")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
