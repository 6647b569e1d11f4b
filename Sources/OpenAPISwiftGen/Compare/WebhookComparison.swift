/// Webhooks and callbacks, matched by the spec's name: what a server that handles them meets.
extension APIComparison {
    static let webhooksResource = "Webhooks"

    mutating func compareWebhooks() {
        let resource = Self.webhooksResource
        let before = Dictionary(old.webhooks.map { ($0.specName, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.webhooks.map { ($0.specName, $0) }, uniquingKeysWith: { first, _ in first })
        for webhook in old.webhooks where after[webhook.specName] == nil {
            add(.breaking, resource, webhook.name, "removed (a handler that reads it no longer compiles)", pointer: webhook.documentation.pointer, old: true)
        }
        for webhook in new.webhooks {
            let pointer = webhook.documentation.pointer
            guard let was = before[webhook.specName] else {
                add(.compatible, resource, webhook.name, "added (\(webhook.method.rawValue), payload `\(webhook.payload.swift)`)", pointer: pointer)
                continue
            }
            if was.name != webhook.name {
                add(.breaking, resource, webhook.name, "renamed: `Webhooks.\(was.name)` is now `Webhooks.\(webhook.name)`", pointer: pointer)
            }
            if !sameType(was.payload, webhook.payload) {
                add(.breaking, resource, webhook.name, "its payload is `\(webhook.payload.swift)` (was `\(was.payload.swift)`)", pointer: pointer)
            }
            switch (was.answer, webhook.answer) {
            case (nil, let answer?): add(.breaking, resource, webhook.name, "expects an answer body `\(answer.swift)` (was none)", pointer: pointer)
            case (let answer?, nil): add(.breaking, resource, webhook.name, "expects no answer body (was `\(answer.swift)`)", pointer: pointer)
            case (let a?, let b?) where !sameType(a, b): add(.breaking, resource, webhook.name, "expects an answer `\(b.swift)` (was `\(a.swift)`)", pointer: pointer)
            default: break
            }
            if was.method != webhook.method {
                add(.runtime, resource, webhook.name, "arrives with \(webhook.method.rawValue) (was \(was.method.rawValue)): a route for the old method no longer receives it", pointer: pointer)
            }
            if was.answerStatus != webhook.answerStatus {
                add(.compatible, resource, webhook.name, "its answer's status is \(webhook.answerStatus) (was \(was.answerStatus)); `answer(...)` sends the new one", pointer: pointer)
            }
        }
    }
}
