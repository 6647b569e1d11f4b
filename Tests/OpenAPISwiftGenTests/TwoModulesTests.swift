import Foundation
import OpenAPISwiftGen
import Testing

/// Two generated modules in one app: each has its own client, and the runtime types both declare
/// are told apart by module, as the README says.
@Suite struct TwoModulesTests {
    static let shop = """
        openapi: 3.1.0
        info: {title: Shop, version: '1'}
        servers: [{url: 'https://shop.example.com/v1'}]
        paths:
          /orders/{id}:
            get:
              operationId: getOrder
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses:
                '200':
                  description: An order.
                  content: {application/json: {schema: {type: object, properties: {id: {type: string}}}, example: {id: '42'}}}
        """
    static let billing = """
        openapi: 3.1.0
        info: {title: Billing, version: '1'}
        servers: [{url: 'https://billing.example.com/api'}]
        paths:
          /invoices/{id}:
            get:
              operationId: getInvoice
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses:
                '200':
                  description: An invoice.
                  content: {application/json: {schema: {type: object, properties: {total: {type: integer}}}, example: {total: 7}}}
                '404':
                  description: No such invoice.
        """

    @Test func bothModulesBuildAndAnAppUsesBoth() throws {
        let modules = try [("Shop", Self.shop), ("Billing", Self.billing)].map { name, spec in
            let (model, diagnostics) = try TestPipeline.model(spec, file: "\(name).yaml", module: name)
            #expect(diagnostics.isEmpty, "\(diagnostics)")
            return (name: name, files: Renderer.render(model).files)
        }
        let app = """
            import Foundation
            import Shop
            import Billing

            let shop = ShopClient(transport: Shop.MockTransport())
            let billing = BillingClient(transport: Billing.MockTransport())
            let order = try await shop.orders.get(id: "42")
            let invoice = try await billing.invoices.get(id: "1")
            print("order", order.id ?? "-", "invoice", invoice.total ?? 0)
            let missing = Billing.MockTransport()
            await missing.override("getInvoice", with: .json(status: 404, body: "{}"))
            do {
                _ = try await BillingClient(transport: missing).invoices.get(id: "2")
            } catch let error as Billing.ClientError {
                if case .status(let failure) = error { print("billing status", failure.status) }
            }
            """
        let result = try SwiftCompiler.run(app, importing: modules)
        #expect(result.status == 0, "\(result.output.prefix(4000))")
        #expect(result.output == "order 42 invoice 7\nbilling status 404\n", "\(result.output.prefix(4000))")
    }
}
