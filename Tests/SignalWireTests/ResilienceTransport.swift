import SignalWire

extension ResilienceTests {
    /// The transport the fault cases run over here; the companion package runs them over AsyncHTTPClient.
    static func transport() -> any HTTPTransport { URLSessionTransport() }
}
