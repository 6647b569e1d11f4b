extension Translator {
    /// The name of the namespace that holds the webhooks, reserved when the spec has any.
    static let webhooksNamespace = "Webhooks"

    /// The webhooks and callbacks the chosen operations allow: each one's payload and answer
    /// types (components, or inline schemas declared at top level) and an example payload.
    /// A webhook's name takes no top-level type's or library type's name, which it would hide
    /// inside the namespace.
    mutating func translateWebhooks() -> [WebhookDeclaration] {
        var names = NameScope(reserved: Naming.reservedTopLevelNames)
        var webhooks: [WebhookDeclaration] = []
        for webhook in document.webhooks where config.includes(webhook.operation) {
            let operation = webhook.operation
            var payload = TypeReference.json
            var example: String?
            if let body = operation.requestBody {
                if let (content, encoding) = Self.bodyContent(body), encoding != .binary, encoding != .jsonSequence, let schema = content.schema {
                    payload = hoistedType(for: schema, name: webhook.name + " payload", examples: content.examples)
                    example = content.examples.first?.json ?? exampleValue(for: schema)
                } else {
                    let kinds = body.content.map(\.name).joined(separator: ", ")
                    diagnostics.warn("webhook bodies of type \(kinds) are not supported yet; the payload is read as JSONValue", at: body.location, pointer: operation.pointer + "/requestBody")
                }
            }
            var answer: TypeReference?
            var answerStatus = 200
            if let success = operation.responses.first(where: { $0.status.hasPrefix("2") }) {
                answerStatus = Int(success.status) ?? 200
                if let json = success.content.first(where: { Self.isJSON($0.name) }), let schema = json.schema {
                    answer = hoistedType(for: schema, name: webhook.name + " answer", examples: json.examples)
                }
            }
            var name = Naming.typeName(webhook.name)
            if !topLevelNames.isFree(name) { name += webhook.origin == .webhook ? "Webhook" : "Callback" }
            while !topLevelNames.isFree(name) { name += "Request" }
            name = names.claim(name)
            var text = [operation.summary, operation.description].compactMap { $0 }.joined(separator: "\n\n")
            if !text.isEmpty { text += "\n\n" }
            switch webhook.origin {
            case .webhook:
                text += "The API sends `\(operation.method.rawValue)` to the URL you configure (webhook `\(webhook.name)`"
            case .callback(let operationId, let expression):
                let owner = operationId.map { "operation `\($0)`" } ?? "its operation"
                text += "The API sends `\(operation.method.rawValue)` to `\(expression)` (callback `\(webhook.name)` of \(owner)"
            }
            text += operation.operationId.map { ", operationId `\($0)`)." } ?? ")."
            webhooks.append(WebhookDeclaration(
                name: name,
                specName: webhook.name,
                method: operation.method,
                documentation: Documentation(
                    text, pointer: operation.pointer,
                    deprecation: Documentation.deprecation(operation.deprecated, description: operation.description ?? operation.summary)),
                payload: payload,
                answer: answer,
                answerStatus: answerStatus,
                example: example,
                formFields: formFields(of: payload)
            ))
        }
        return webhooks
    }

    /// The properties of a payload struct whose form text must become a number, a boolean or a list.
    private func formFields(of payload: TypeReference) -> [WebhookDeclaration.FormField] {
        guard let structure = declared.structure(payload) else { return [] }
        return structure.properties.compactMap { property in
            var type = property.type
            var isList = false
            if case .array(let element) = type {
                type = element
                isList = true
            }
            let kind: WebhookDeclaration.FormField.Kind = switch type.primitiveKind {
            case .integer, .number: .number
            case .boolean: .boolean
            default: .text
            }
            return kind == .text && !isList ? nil : .init(key: property.key, kind: kind, isList: isList)
        }
    }
}
