import Foundation
import Shop

/// An app's first call through the generated module: against the loopback server given by port,
/// then against the module's mock, both under the server's base path `/v1`.
@main struct App {
    static func main() async {
        let port = CommandLine.arguments.dropFirst().first ?? "0"
        do {
            let client = try ShopClient(token: "secret", host: "127.0.0.1:\(port)")
            let order = try await client.orders.get(orderId: "42")
            print("server: order \(order.id) is \(order.status)")
            do {
                _ = try await client.orders.get(orderId: "7")
                print("error: order 7 was found")
                exit(1)
            } catch .status(let failure) {
                print("server: order 7: \(failure.status)")
            }
            let echo = try await client.orders.list(
                filter: .init(status: .shipped, minTotal: 9.5), ids: ["a b", "c,d"], xTags: ["x", "y"], cart: "1 tea")
            print("server: \(echo.target) tags \(echo.tags) cookie \(echo.cookie)")
            // OAuth 2 client credentials: the client asks the spec's token endpoint (relative to
            // the server URL) once, then sends the token it got with each call.
            let service = try ShopClient(token: .clientCredentials(clientID: "shop-app", clientSecret: "s3cret"), host: "127.0.0.1:\(port)")
            for id in ["42", "42"] {
                let order = try await service.orders.get(orderId: id)
                print("server: order \(order.id) with a client credentials token")
            }
            let mocked = ShopClient(token: "secret", transport: MockTransport())
            let example = try await mocked.orders.get(orderId: "42")
            print("mock: order \(example.id) is \(example.status)")
        } catch {
            print("error: \(error)")
            exit(1)
        }
    }
}
