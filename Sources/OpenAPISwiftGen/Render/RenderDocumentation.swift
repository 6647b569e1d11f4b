/// The module's DocC catalog (`MODULE.docc`): a landing page from the spec's `info` with the
/// operations and types grouped by resource, and a "Getting started" article. Articles are
/// Markdown; the generator's marker stands on the line after the title.
enum DocumentationCatalog {
    static func files(for model: CodeModel, marker: String) -> [GeneratedFile] {
        let folder = "\(model.moduleName).docc/"
        return [
            GeneratedFile(path: folder + "\(model.moduleName).md", contents: landingPage(model, marker: marker)),
            GeneratedFile(path: folder + "GettingStarted.md", contents: gettingStarted(model, marker: marker)),
        ]
    }

    private static func landingPage(_ model: CodeModel, marker: String) -> String {
        let client = model.client
        var text = "# ``\(model.moduleName)``\n\n\(marker)\n\n"
        text += "A Swift client for \(SwiftText.commentLines(client.title).joined(separator: " ")), made from its OpenAPI description"
        text += client.version.isEmpty ? ".\n\n" : " (version \(SwiftText.commentLines(client.version).joined(separator: " "))).\n\n"
        if let description = client.specDescription {
            text += SwiftText.commentLines(description).joined(separator: "\n") + "\n\n"
        }
        text += "## Topics\n\n### Essentials\n\n- <doc:GettingStarted>\n"
        for symbol in [client.name, "ClientError", "RequestOptions", "RetryPolicy", "MockTransport"] {
            text += "- ``\(symbol)``\n"
        }
        var listed: Set<String> = []
        let topLevel = Set(model.types.map(\.name))
        for section in topicSections(model) {
            text += "\n### \(section.heading)\n\n"
            if let abstract = section.abstract { text += abstract + "\n\n" }
            for link in section.links { text += "- ``\(link)``\n" }
            for name in typeNames(of: section.operations) where topLevel.contains(name) && listed.insert(name).inserted {
                text += "- ``\(name)``\n"
            }
        }
        let others = model.types.map(\.name).filter { !listed.contains($0) }
        if !others.isEmpty {
            text += "\n### Other types\n\n" + others.map { "- ``\($0)``\n" }.joined()
        }
        return text
    }

    private static func gettingStarted(_ model: CodeModel, marker: String) -> String {
        let client = model.client
        let credentials = (client.authentication?.arguments ?? []).filter(\.isRequired).map { "\($0.label): \"...\", " }.joined()
        let first = groups(client.root).first { !$0.1.operations.isEmpty }
        let call = first.map { chain, group in
            (["client"] + chain.map(\.property) + ["\(group.operations[0].name)(...)"]).joined(separator: ".")
        } ?? "client"
        var text = "# Getting started\n\n\(marker)\n\nCreate a client, call the API, handle its errors, and test your code without a network.\n\n"
        text += "## Overview\n\n### Create a client\n\n```swift\nimport \(model.moduleName)\n\n"
        // The spec's own server when it names one; the required variables (a host's) given as "...".
        let server = client.server.flatMap { $0.isAbsolute ? $0 : nil }
        let serverArguments = (server?.variables ?? []).filter(\.isRequired).map { "\($0.label): \"...\", " }.joined()
        let make = server.map { "\($0.variables.contains { $0.typeName == nil } ? "try " : "")\(client.name)(\(credentials)\(serverArguments)" }
            ?? "try \(client.name)(\(credentials)host: \"api.example.com\", "
        text += "let client = \(make.hasSuffix(", ") ? String(make.dropLast(2)) : make))\n```\n\n"
        if let server {
            text += "It calls `\(server.template)`. For another host, such as a local server or a proxy, "
            text += "`try \(client.name)(\(credentials)host: \"127.0.0.1:8080\")` keeps the server's path; `baseURL:` takes a whole URL.\n\n"
        }
        if let authentication = client.authentication, authentication.hostEnvironment != nil {
            let variables = (authentication.environment + [authentication.hostEnvironment!]).map { "`\($0)`" }.joined(separator: ", ")
            text += "`try \(client.name)()` reads \(variables) from the environment instead.\n\n"
        }
        text += "### Call an operation\n\n```swift\nlet result = try await \(call)\n```\n\n"
        text += "Each operation also has a `...WithResponse` method that gives the status, headers and body bytes"
        text += Self.hasPages(client.root) ? ", and lists with `next` links have `...Pages` and `...All` sequences.\n\n" : ".\n\n"
        text += "### Handle errors\n\nEvery call throws ``ClientError``:\n\n```swift\ndo {\n    _ = try await \(call)\n} catch {\n"
        text += "    switch error {\n    case .status(let failure): print(failure.status, failure.response.body.count)\n"
        text += "    default: print(error)\n    }\n}\n```\n\n"
        text += "### Retries and timeouts\n\n```swift\nvar configured = client\nconfigured.options.timeout = 10\n"
        text += "configured.options.retry = RetryPolicy(maxRetries: 3, backoffBase: 0.25, backoffCap: 4)\n```\n\n"
        text += "Safe methods are retried on 408, 429 and 5xx answers; a POST only where a retry cannot make a duplicate.\n\n"
        text += "### Test without a network\n\n``MockTransport`` answers every operation from the spec's examples and checks each request:\n\n"
        text += "```swift\nlet mock = MockTransport()\nlet client = \(make)transport: mock)\n```\n"
        return text
    }

    /// A section of the landing page's topics.
    private struct TopicSection {
        var heading: String
        var abstract: String?
        var links: [String] = []
        var operations: [OperationDeclaration] = []
    }

    /// One section per resource group; with the spec's top-level tags, one per tag in the order of
    /// their hierarchy (OpenAPI 3.2's `parent`; a child's heading follows its parent's:
    /// `Calls › Recordings`; a tag's `summary`, else its name), each operation under its first
    /// tag that is not a mere label (3.2's `kind` other than `nav`), the others by resource. A group's type goes where its first
    /// operation does.
    private static func topicSections(_ model: CodeModel) -> [TopicSection] {
        let client = model.client
        var resources: [TopicSection] = []
        var tagged: [String: TopicSection] = [:]
        var usedTags: [String] = []
        for (chain, group) in groups(client.root) where !group.operations.isEmpty {
            let path = ([client.name] + chain.map(\.name)).joined(separator: "/")
            var resource = TopicSection(heading: group.path.isEmpty ? client.name : group.path)
            var groupListed = chain.isEmpty
            for operation in group.operations {
                let link = "\(path)/\(operation.name)(\(selector(operation)))"
                let labels = Set(model.tags.filter { !$0.isNavigation }.map(\.name))
                guard !model.tags.isEmpty, let tag = operation.tags.first(where: { !labels.contains($0) }) else {
                    if !groupListed { resource.links.append(path); groupListed = true }
                    resource.links.append(link)
                    resource.operations.append(operation)
                    continue
                }
                if tagged[tag] == nil { usedTags.append(tag) }
                var section = tagged[tag] ?? TopicSection(heading: tag)
                if !groupListed { section.links.append(path); groupListed = true }
                section.links.append(link)
                section.operations.append(operation)
                tagged[tag] = section
            }
            if !resource.operations.isEmpty { resources.append(resource) }
        }
        guard !tagged.isEmpty else { return resources }
        // The declared tags depth first, each after its parent; then tags no top-level entry declares.
        let declared = model.tags
        var ordered: [(tag: String, heading: String, abstract: String?)] = []
        func visit(_ tag: OpenAPIDocument.Tag, under parent: String?) {
            let own = tag.summary ?? tag.name
            let heading = parent.map { $0 + " › " + own } ?? own
            let abstract = tag.description.flatMap { $0.components(separatedBy: "\n\n").first }.map { SwiftText.commentLines($0).joined(separator: " ") }
            ordered.append((tag.name, heading, abstract))
            for child in declared where child.parent == tag.name && child.isNavigation { visit(child, under: heading) }
        }
        for tag in declared where tag.parent == nil && tag.isNavigation { visit(tag, under: nil) }
        ordered += usedTags.filter { name in !declared.contains { $0.name == name } }.map { ($0, $0, nil) }
        var sections: [TopicSection] = []
        for entry in ordered {
            guard var section = tagged[entry.tag] else { continue }
            section.heading = entry.heading
            section.abstract = entry.abstract
            sections.append(section)
        }
        return sections + resources
    }

    private static func hasPages(_ group: GroupDeclaration) -> Bool {
        group.operations.contains { $0.pagination != nil } || group.groups.contains(where: hasPages)
    }

    /// Every group with the groups above it (the root's chain is empty), depth first.
    private static func groups(_ group: GroupDeclaration, chain: [GroupDeclaration] = []) -> [([GroupDeclaration], GroupDeclaration)] {
        var result = [(chain, group)]
        for child in group.groups {
            result += groups(child, chain: chain + [child])
        }
        return result
    }

    /// The argument labels of the method that gives the value: `id:_:options:`.
    private static func selector(_ operation: OperationDeclaration) -> String {
        var labels = operation.pathParameters.map { $0.name + ":" }
        if operation.body != nil { labels.append("_:") }
        labels += (operation.queryParameters + operation.headerParameters).map { $0.name + ":" }
        return labels.joined() + "options:"
    }

    /// The top-level types the operations take and give, in order of first use.
    private static func typeNames(of operations: [OperationDeclaration]) -> [String] {
        func names(_ type: TypeReference?) -> [String] {
            switch type {
            case .named(let name)?: [name]
            case .array(let element)?, .map(let element)?: names(element)
            case nil: []
            }
        }
        var result: [String] = []
        for operation in operations {
            result += names(operation.body?.type)
            result += names(operation.response)
            for error in operation.errors { result += names(error.type) }
            for parameter in operation.pathParameters + operation.queryParameters + operation.headerParameters {
                result += names(parameter.type)
            }
        }
        return result
    }
}
