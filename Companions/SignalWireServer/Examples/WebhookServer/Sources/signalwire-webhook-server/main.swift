import Foundation
import Hummingbird
import WebhookServer

// A server that receives SignalWire's webhooks:
//   SIGNALWIRE_SIGNING_KEY=... PUBLIC_URL=https://hooks.example.com swift run signalwire-webhook-server
// then give SignalWire https://hooks.example.com/signalwire/voice-status (and the other routes) as
// callback URLs.
let environment = ProcessInfo.processInfo.environment
guard let key = environment["SIGNALWIRE_SIGNING_KEY"], let publicURL = environment["PUBLIC_URL"] else {
    FileHandle.standardError.write(Data("set SIGNALWIRE_SIGNING_KEY and PUBLIC_URL (the URL SignalWire sends to, without the path)\n".utf8))
    exit(2)
}
let port = environment["PORT"].flatMap(Int.init) ?? 8080
let app = makeApplication(
    settings: WebhookServerSettings(publicURL: publicURL, signingKey: key), events: ReceivedEvents(), host: "0.0.0.0", port: port)
try await app.runService()
