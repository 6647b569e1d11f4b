import Foundation
import OpenAPISwiftGen
import Testing

/// Webhooks as a server receives them: the webhooks snippet (`Snippets/webhooks.yaml`) compiled
/// with a program that reads JSON and form bodies, answers, and refuses a payload that does not
/// match; and every webhook of the official SignalWire specs decoding its example.
@Suite struct WebhookTests {
    @Test func aServerReadsPayloadsAndWritesAnswers() throws {
        let fragment = try String(contentsOf: SnippetTests.folder.appendingPathComponent("webhooks.yaml"), encoding: .utf8)
        let files = try SnippetTests.generateModule(fromSchemas: fragment, file: "webhooks.yaml")
        let program = #"""
            import Foundation
            let json = [("Content-Type", "application/json")]
            let status = try Webhooks.MessageStatusWebhook.payload(headers: json, body: Data(#"{"id":"m-1","status":"read","extra":[1]}"#.utf8))
            print(status.status, status.jsonString())
            let form = [("content-type", "application/x-www-form-urlencoded; charset=utf-8")]
            let call = try Webhooks.CallStatusCallback.payload(headers: form, body: Data("CallSid=c%2D1&CallStatus=completed&Digits=1&Digits=2&Note=a+b%26c&Duration=94&Answered=true".utf8))
            print(try Webhooks.CallStatusCallback.payload(headers: form, body: Data("CallSid=c&CallStatus=ringing&Digits=7".utf8)).jsonString())
            do {
                _ = try Webhooks.CallStatusCallback.payload(headers: form, body: Data("CallSid=c&CallStatus=ringing&Duration=01".utf8))
                print("accepted")
            } catch {
                print("refused", error)
            }
            print(call.callStatus, call.jsonString())
            do {
                _ = try Webhooks.MessageStatusWebhook.payload(headers: json, body: Data(#"{"id":5,"status":"sent"}"#.utf8))
                print("accepted")
            } catch {
                print("refused", error)
            }
            let empty = Webhooks.MessageStatusWebhook.answer()
            print(empty.status, empty.headers, empty.body.count)
            let result = Webhooks.ToolCall.answer(ToolCallAnswer(response: "ok"))
            print(result.status, result.headers, String(decoding: result.body, as: UTF8.self))
            print(Webhooks.CallStatusCallback.answer().status, Webhooks.CallStatusCallback.method, Webhooks.CallStatusCallback.name)
            for example in [Webhooks.MessageStatusWebhook.example, Webhooks.ToolCall.example, Webhooks.CallStatusCallback.example] {
                print(example)
            }
            print(try Webhooks.ToolCall.payload(headers: json, body: Data(Webhooks.ToolCall.example.utf8)).jsonString())
            """#
        let result = try SwiftCompiler.run(files + [GeneratedFile(path: "main.swift", contents: program)], moduleName: "Snippet")
        #expect(result.status == 0, "\(result.output.prefix(3000))")
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == [
            #"read {"id":"m-1","status":"read","extra":[1]}"#,
            #"{"CallSid":"c","CallStatus":"ringing","Digits":["7"]}"#,
            "refused $.Duration: expected an integer, found a string",
            #"completed {"CallSid":"c-1","CallStatus":"completed","Digits":["1","2"],"Duration":94,"Answered":true,"Note":"a b&c"}"#,
            "refused $.id: expected a string, found a number",
            "200 [] 0",
            #"200 [Content-Type: application/json] {"response":"ok"}"#,
            "204 POST callStatus",
            #"{"id":"m-1","status":"sent"}"#,
            #"{"function":"lookup"}"#,
            #"{"CallSid":"c-1","CallStatus":"completed"}"#,
            #"{"function":"lookup"}"#,
            "",
        ], "\(result.output.prefix(3000))")
    }

    /// The config's `webhook-signature` wins over the spec's `x-webhook-signature`; `none` turns
    /// it off; a scheme the generator does not know is a warning where the spec writes it; a
    /// module without webhooks gets `WebhookSignature` when a scheme is named.
    @Test func theSignatureSchemeComesFromTheConfigThenTheSpec() throws {
        let signed = """
            openapi: 3.1.0
            info: {title: Hooks, version: '1'}
            x-webhook-signature: standard-webhooks
            webhooks:
              ping:
                post:
                  requestBody: {content: {application/json: {schema: {type: object}}}}
                  responses: {'204': {description: Received.}}
            """
        func webhooks(_ spec: String, _ scheme: WebhookSignatureScheme?) throws -> (text: String, files: [String], warnings: [String]) {
            var config = GeneratorConfig()
            config.webhookSignature = scheme
            let (model, diagnostics) = try TestPipeline.model(spec, file: "hooks.yaml", module: "Hooks", config: config)
            let files = Renderer.render(model).files
            return (files.first { $0.path == "Client/Webhooks.swift" }?.contents ?? "", files.map(\.path), diagnostics.map(\.description))
        }
        let fromSpec = try webhooks(signed, nil).text
        #expect(fromSpec.contains("public enum Ping: SignedWebhook {") && fromSpec.contains("public static let signature = WebhookSignature.Scheme.standardWebhooks\n"))
        #expect(try webhooks(signed, .signalwire).text.contains("public static let signature = WebhookSignature.Scheme.signalWire\n"))
        let off = try webhooks(signed, .unsigned)
        #expect(off.text.contains("public enum Ping: APIWebhook {") && !off.text.contains("signature"))
        #expect(off.files.contains("Runtime/WebhookSignature.swift"))
        let unknown = try webhooks(signed.replacingOccurrences(of: "standard-webhooks", with: "hmac-sha1"), nil)
        #expect(unknown.text.contains("public enum Ping: APIWebhook {"))
        #expect(unknown.warnings == ["hooks.yaml:3:22: warning: x-webhook-signature must be one of 'signalwire', 'standard-webhooks', 'none'; ignored [#/x-webhook-signature]"])
        let plain = "openapi: 3.1.0\ninfo: {title: Hooks, version: '1'}\npaths: {}\n"
        #expect(try !webhooks(plain, nil).files.contains("Runtime/WebhookSignature.swift"))
        #expect(try webhooks(plain, .signalwire).files.contains("Runtime/WebhookSignature.swift"))
    }

    static let shared = APIDiffTests.root.deletingLastPathComponent().appendingPathComponent("shared/specs/signalwire")

    /// Each spec generated with only its webhooks (an `operations: include:` of their
    /// operationIds), compiled with a program that reads every webhook's example as JSON, and as a
    /// form where the example is a flat object of strings (as the Compatibility API sends them),
    /// and writes it back byte for byte.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: shared.path), "../shared/specs is not beside the repository"),
          arguments: ["signalwire-rest.yaml", "compatibility-api.yaml", "space-api.yaml"])
    func everyWebhookOfTheOfficialSpecsReadsItsExample(_ name: String) throws {
        let path = Self.shared.appendingPathComponent(name).path
        let whole = try Generator.translate(specPath: path, displayPath: name, config: GeneratorConfig())
        var config = GeneratorConfig()
        config.module = "Hooks"
        config.operationIds = whole.document.webhooks.compactMap(\.operation.operationId)
        let (_, _, model, _) = try Generator.translate(specPath: path, displayPath: name, config: config)
        #expect(model.webhooks.count == whole.model.webhooks.count)
        #expect(model.client.root.operations.isEmpty && model.client.root.groups.isEmpty)
        var program = """
            import Foundation
            func check<Hook: APIWebhook>(_: Hook.Type, _ example: String) {
                let json = [("Content-Type", "application/json")]
                do {
                    let again = try Hook.payload(headers: json, body: Data(example.utf8)).jsonString()
                    var line = Hook.name + (again == example ? " json same" : " json changed: " + again)
                    func text(_ value: JSONValue) -> String? {
                        switch value {
                        case .string(let text), .number(let text): text
                        case .bool(let flag): flag ? "true" : "false"
                        default: nil
                        }
                    }
                    if case .object(let fields)? = try? JSONValue(jsonString: example),
                       fields.allSatisfy({ text($0.value) != nil || { if case .array(let items) = $0 { items.allSatisfy { text($0) != nil } } else { false } }($0.value) }) {
                        var allowed = CharacterSet.alphanumerics
                        allowed.insert(charactersIn: "-._~")
                        let form = fields.flatMap { field -> [String] in
                            let values: [JSONValue] = if case .array(let items) = field.value { items } else { [field.value] }
                            return values.map { field.key.addingPercentEncoding(withAllowedCharacters: allowed)! + "=" + text($0)!.addingPercentEncoding(withAllowedCharacters: allowed)! }
                        }.joined(separator: "&")
                        let fromForm = try Hook.payload(headers: [("Content-Type", "application/x-www-form-urlencoded")], body: Data(form.utf8)).jsonString()
                        line += fromForm == example ? ", form same" : ", form changed: " + fromForm
                    }
                    print(line)
                } catch {
                    print(Hook.name + " error \\(error)")
                }
            }

            """
        for webhook in model.webhooks {
            guard let example = webhook.example else { continue }
            program += "check(Webhooks.\(webhook.name).self, #\"\(example)\"#)\n"
        }
        let files = Renderer.render(model).files + [GeneratedFile(path: "main.swift", contents: program)]
        let result = try SwiftCompiler.run(files, moduleName: "Hooks")
        #expect(result.status == 0, "\(result.output.prefix(3000))")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == model.webhooks.filter { $0.example != nil }.count, "\(result.output.prefix(3000))")
        #expect(lines.count >= (name == "space-api.yaml" ? 1 : 5))
        for line in lines {
            #expect(line.hasSuffix("json same") || line.hasSuffix("form same"), "\(line)")
        }
        if name == "compatibility-api.yaml" {
            #expect(lines.allSatisfy { $0.hasSuffix(", form same") }, "\(lines)")
        }
    }
}
