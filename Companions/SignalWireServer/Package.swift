// swift-tools-version: 6.0
import PackageDescription

/// What a server app adds to the vendored, Foundation-only `SignalWire` module: a transport over
/// AsyncHTTPClient (connection pool, HTTP/2), and middleware for swift-log, swift-metrics and
/// swift-distributed-tracing (`Sources/SignalWireServer`, written by the generator: the config's
/// `server-companion`). A package of its own, so that the generator's package and apps that only
/// vendor `Generated/` never build SwiftNIO.
///
/// `Examples/WebhookServer` is a Hummingbird 2 server that receives SignalWire's webhooks: here,
/// so that it shares the SwiftNIO this package builds anyway.
let package = Package(
    name: "signalwire-server",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "SignalWireServer", targets: ["SignalWireServer"]),
        .executable(name: "signalwire-webhook-server", targets: ["signalwire-webhook-server"]),
    ],
    dependencies: [
        .package(name: "openapi-swift-gen", path: "../.."),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", from: "1.7.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "SignalWireServer",
            dependencies: [
                .product(name: "SignalWire", package: "openapi-swift-gen"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Tracing", package: "swift-distributed-tracing"),
            ]
        ),
        .testTarget(
            name: "SignalWireServerTests",
            dependencies: [
                "SignalWireServer",
                .product(name: "TestSupport", package: "openapi-swift-gen"),
                .product(name: "InMemoryLogging", package: "swift-log"),
                .product(name: "MetricsTestKit", package: "swift-metrics"),
                .product(name: "InMemoryTracing", package: "swift-distributed-tracing"),
            ]
        ),

        // The transports under load, for BENCHMARKS.md (Benchmarks/run-transports.sh).
        .executableTarget(
            name: "transport-benchmark",
            dependencies: [
                "SignalWireServer",
                .product(name: "SignalWire", package: "openapi-swift-gen"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            path: "Benchmarks/TransportBenchmark"
        ),

        // The webhook server example: its generated webhooks module, its routes, its command, its tests.
        .target(name: "SignalWireWebhooks", path: "Examples/WebhookServer/SignalWireWebhooks"),
        .target(
            name: "WebhookServer",
            dependencies: [
                "SignalWireWebhooks",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Examples/WebhookServer/Sources/WebhookServer"
        ),
        .executableTarget(
            name: "signalwire-webhook-server",
            dependencies: ["WebhookServer", .product(name: "Hummingbird", package: "hummingbird")],
            path: "Examples/WebhookServer/Sources/signalwire-webhook-server"
        ),
        .testTarget(
            name: "WebhookServerTests",
            dependencies: [
                "WebhookServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Examples/WebhookServer/Tests/WebhookServerTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
