extension CodePrinter {
    /// The `Webhooks` namespace: for each webhook or callback, its payload and answer types,
    /// method and status, and an example payload for testing a handler.
    mutating func renderWebhooks(_ webhooks: [WebhookDeclaration], title: String, signature: WebhookSignatureScheme?) {
        line("/// The requests \(title) sends to your server (webhooks and callbacks). Read one with")
        line("/// `Webhooks.Name.payload(headers:body:)` and answer with `Webhooks.Name.answer(...)`.")
        let signed = signature.flatMap(Self.spelling)
        if let signed {
            line("/// They are signed with \(signed.name): `Webhooks.Name.verifiedPayload(url:headers:body:key:)`")
            line("/// reads a request only once its signature holds.")
        }
        line("\(access) enum \(Translator.webhooksNamespace) {}")
        for webhook in webhooks {
            line()
            open("extension \(Translator.webhooksNamespace) {")
            documentation(webhook.documentation)
            open("\(access) enum \(webhook.name): \(signed == nil ? "APIWebhook" : "SignedWebhook") {")
            line("\(access) typealias Payload = \(webhook.payload.swift)")
            if let signed { line("\(access) static let signature = WebhookSignature.Scheme.\(signed.runtimeCase)") }
            if let answer = webhook.answer { line("\(access) typealias Answer = \(answer.swift)") }
            line("\(access) static let name = \(SwiftText.literal(webhook.specName))")
            line("\(access) static let method = \(SwiftText.literal(webhook.method.rawValue))")
            line("\(access) static let answerStatus = \(webhook.answerStatus)")
            if !webhook.formFields.isEmpty {
                list("\(access) static let formFields: [String: WebhookFormField] = [", webhook.formFields.map { field in
                    .text("\(SwiftText.literal(field.key)): WebhookFormField(.\(field.kind.rawValue)\(field.isList ? ", isList: true" : ""))")
                }, closing: "]")
            }
            if let example = webhook.example {
                line("/// A payload made from the spec's examples, to test a handler with.")
                line("\(access) static let example = \(SwiftText.literal(example))")
            }
            close()
            close()
        }
    }

    /// The runtime's `WebhookSignature.Scheme` case of a scheme and its name for documentation;
    /// nil when the webhooks are not signed.
    private static func spelling(_ scheme: WebhookSignatureScheme) -> (runtimeCase: String, name: String)? {
        switch scheme {
        case .signalwire: ("signalWire", "SignalWire's `X-SignalWire-Signature`")
        case .standardWebhooks: ("standardWebhooks", "Standard Webhooks")
        case .unsigned: nil
        }
    }
}
