import Foundation
import SignalWire
import SignalWireServer

extension ResilienceTests {
    /// The fault cases of the generated client's own tests (`ResilienceTests.swift`, a link to
    /// them), run over AsyncHTTPClient.
    static func transport() -> any HTTPTransport { AsyncHTTPClientTransport() }
}

/// The golden files of the generated client's tests, read where they are in the repository.
enum Golden {
    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../Tests/SignalWireTests/Golden/\(name)").standardizedFileURL)
    }
}
