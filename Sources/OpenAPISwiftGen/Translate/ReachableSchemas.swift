/// The component schemas that the chosen operations reach: their parameters, request bodies,
/// responses and error bodies, followed through `$ref`, properties, `allOf`/`anyOf`/`oneOf`,
/// array items, map values and discriminator mappings. With operation filters the module holds
/// only these (and those the config names in `schemas: include:`).
struct ReachableSchemas {
    private let index: SchemaIndex
    private(set) var names: Set<String> = []
    private var pending: [Schema] = []

    init(index: SchemaIndex) {
        self.index = index
    }

    /// Adds what `operation` reaches.
    mutating func add(_ operation: Operation) {
        for parameter in operation.parameters {
            if let schema = parameter.schema { visit(schema) }
        }
        for media in operation.requestBody?.content ?? [] {
            if let schema = media.schema { visit(schema) }
        }
        for response in operation.responses {
            for media in response.content {
                if let schema = media.schema { visit(schema) }
            }
        }
    }

    /// Adds a component by name, and what it reaches.
    mutating func add(component name: String) {
        guard !names.contains(name), let schema = index.schema(named: name) else { return }
        names.insert(name)
        visit(schema)
    }

    private mutating func visit(_ root: Schema) {
        pending.append(root)
        while let schema = pending.popLast() {
            if let ref = schema.ref { reference(ref) }
            pending += schema.properties.map(\.schema)
            pending += schema.allOf + schema.anyOf + schema.oneOf
            if let items = schema.items { pending.append(items) }
            if let values = schema.additionalProperties { pending.append(values) }
            for ref in (schema.discriminator?.mapping ?? []).map(\.ref) + [schema.discriminator?.defaultMapping?.ref].compactMap({ $0 }) {
                reference(ref.contains("/") ? ref : SchemaIndex.prefix + ref)
            }
        }
    }

    private mutating func reference(_ ref: String) {
        guard let name = SchemaIndex.componentName(ref), !names.contains(name), let target = index.schema(named: name) else { return }
        names.insert(name)
        pending.append(target)
    }
}
