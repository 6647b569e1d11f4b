/// Translates an OpenAPI document into a ``CodeModel``.
///
/// Unsupported constructs become `JSONValue` with a warning that points at them, so the output
/// always compiles and nothing is dropped silently.
public struct Translator {
    let document: OpenAPIDocument
    let config: GeneratorConfig
    let index: SchemaIndex
    /// Swift type names of the component schemas, by component name.
    var componentTypes: [String: String] = [:]
    /// The same names, for lookups by Swift name.
    var componentTypeNames: Set<String> = []
    /// Type names of the `components/responses` and `components/parameters` entries, by pointer
    /// (`#/components/responses/NotFound`), given up front like the components'.
    var sharedTypeNames: [String: String] = [:]
    /// The type each entry makes, once for every operation that refers to it.
    var sharedTypes: [String: TypeReference] = [:]
    /// Top-level type names in use (components, then inline body and response types). Every
    /// component gets its name, generated or not, so that choosing other operations never
    /// renames a type.
    var topLevelNames: NameScope
    var diagnostics = Diagnostics()
    var examples: [ExampleDeclaration] = []
    /// The pointer of the component schema being declared, which is not a use of itself.
    var declaring: String?
    /// Values made from component schemas for the mock, by component name.
    var componentExamples: [String: String] = [:]
    /// The module's top-level types, in the order they are declared: component schemas, then the
    /// inline types of operations.
    private(set) var types: [TypeDeclaration] = []
    private(set) var declared = DeclarationIndex()
    /// The component schemas the module declares: those the chosen operations reach when
    /// operations are filtered, else nil for all of them.
    let generatedComponents: Set<String>?

    public static func translate(
        _ document: OpenAPIDocument, config: GeneratorConfig, specPath: String
    ) -> (CodeModel, Diagnostics) {
        var translator = Translator(document: document, config: config)
        translator.translateComponents()
        let client = translator.translateClient()
        let webhooks = translator.translateWebhooks()
        var types = translator.types
        OutOfLineStructs.mark(&types)
        let model = CodeModel(
            moduleName: config.module, access: config.access, specPath: specPath, types: types, client: client,
            examples: translator.examples, webhooks: webhooks,
            webhookSignature: (config.webhookSignature ?? document.webhookSignature).flatMap { $0 == .unsigned ? nil : $0 },
            tags: document.tags)
        return (model, translator.diagnostics)
    }

    private init(document: OpenAPIDocument, config: GeneratorConfig) {
        self.document = document
        self.config = config
        index = SchemaIndex(document)
        generatedComponents = Self.chosenComponents(document, config: config, index: index, diagnostics: &diagnostics)
        topLevelNames = NameScope(reserved: Naming.reservedTopLevelNames.union([config.client, config.module])
            .union(document.webhooks.isEmpty ? [] : [Self.webhooksNamespace]))
        for named in document.schemas {
            componentTypes[named.name] = topLevelTypeName(named.name.hasPrefix("#/") ? Self.pointerTypeName(named.name) : named.name)
        }
        componentTypeNames = Set(componentTypes.values)
        // A response whose schema a `$ref` points at already has that schema's type and name.
        let pointed = Set(componentTypes.keys.compactMap { key in key.hasPrefix("#/components/responses/") ? key.split(separator: "/")[3] : nil })
        for name in document.sharedResponses where !pointed.contains(Substring(JSONPointer.escape(name))) {
            sharedTypeNames[Self.sharedPointer("responses", name)] = topLevelTypeName(Self.sharedResponseTypeName(name))
        }
        for name in document.sharedParameters {
            sharedTypeNames[Self.sharedPointer("parameters", name)] = topLevelTypeName(name)
        }
    }

    /// `#/components/KIND/NAME`: where a shared response or parameter lives.
    static func sharedPointer(_ kind: String, _ name: String) -> String {
        "#/components/\(kind)/" + JSONPointer.escape(name)
    }

    /// The type a shared response or parameter makes: once, under the name given up front
    /// (handed back for `make` to take it, for the type or its nested item type, and kept reserved
    /// when no type takes it, so names never depend on the order operations are read in).
    /// nil for what is not shared.
    mutating func sharedType(_ pointer: String, make: (inout Translator) -> TypeReference) -> TypeReference? {
        guard let name = sharedTypeNames[pointer] else { return nil }
        if let type = sharedTypes[pointer] { return type }
        topLevelNames.release(name)
        let type = make(&self)
        if topLevelNames.isFree(name) { _ = topLevelNames.claim(name) }
        sharedTypes[pointer] = type
        return type
    }

    /// The name of a schema a `$ref` names by a pointer, after where it lives: a shared
    /// response's is the response's (`#/components/responses/Conflict/content/application~1json/schema`
    /// is `Conflict response`), a shared request body's `NAME request`, a shared parameter's its
    /// name; elsewhere the words of the pointer, less `components`, `paths`, `content`, `schema`,
    /// `properties`, `items` and media types (`#/components/schemas/Order/properties/status` is
    /// `Order status`).
    static func pointerTypeName(_ pointer: String) -> String {
        let segments = pointer.dropFirst(2).split(separator: "/").map(JSONPointer.unescape)
        if segments.count > 2, segments[0] == "components" {
            switch segments[1] {
            case "responses": return sharedResponseTypeName(segments[2])
            case "requestBodies": return segments[2] + " request"
            case "parameters": return segments[2]
            default: break
            }
        }
        let skipped: Set<String> = ["components", "schemas", "paths", "content", "schema", "properties", "items"]
        let words = segments.filter { !skipped.contains($0) && !$0.contains("/") || $0.hasPrefix("/") }
        return words.map { $0.replacingOccurrences(of: "{", with: " ").replacingOccurrences(of: "}", with: " ") }.joined(separator: " ")
    }

    /// `NotFound` -> `NotFound response`; a name that ends in `Response` keeps it once.
    static func sharedResponseTypeName(_ name: String) -> String {
        Naming.typeName(name).hasSuffix("Response") ? name : name + " response"
    }

    /// With operation filters, the component schemas the chosen operations reach and those named
    /// in `schemas: include:`; nil for all of them.
    private static func chosenComponents(
        _ document: OpenAPIDocument, config: GeneratorConfig, index: SchemaIndex, diagnostics: inout Diagnostics
    ) -> Set<String>? {
        guard config.filtersOperations else { return nil }
        var reachable = ReachableSchemas(index: index)
        for operation in document.operations where config.includes(operation) { reachable.add(operation) }
        for webhook in document.webhooks where config.includes(webhook.operation) { reachable.add(webhook.operation) }
        for name in config.schemaIncludes {
            if index.schema(named: name) == nil {
                diagnostics.warn("'schemas: include:' names '\(name)', which is no component schema of the spec", at: nil)
            }
            reachable.add(component: name)
        }
        return reachable.names
    }

    /// Adds top-level types to the module.
    mutating func declare(_ declarations: [TypeDeclaration]) {
        types += declarations
        declared.add(declarations)
    }

    /// Records the examples written on a schema (or a media type) as examples of `type`.
    /// The pointer is only made when there are examples (most schemas have none).
    /// An example that is no value of its schema still becomes an example (and the mock's answer)
    /// as written, with a warning at its place.
    mutating func collectExamples(
        _ values: [SpecValue], of schema: Schema, pointer: @autoclosure () -> String, type: TypeReference, nullable: Bool
    ) {
        guard !values.isEmpty else { return }
        let pointer = pointer()
        let check = ExampleCheck(index: index)
        for (index, value) in values.enumerated() {
            let suffix = values.count == 1 ? "" : "/\(index)"
            if let problem = check.problem(value, against: schema) {
                diagnostics.warn("the example does not match its schema: \(problem)", at: value.location, pointer: pointer + suffix)
            }
            examples.append(ExampleDeclaration(pointer: pointer + suffix, type: type, nullable: nullable, json: value.json))
        }
    }

    /// A unique top-level type name for a spec name; names the module cannot declare get `Schema` appended.
    mutating func topLevelTypeName(_ raw: String) -> String {
        var name = config.schemaNames[raw] ?? Naming.typeName(raw)
        if Naming.reservedTopLevelNames.contains(name) || name == config.client || name == config.module
            || (name == Self.webhooksNamespace && !document.webhooks.isEmpty) {
            name += "Schema"
        }
        return topLevelNames.claim(name)
    }
}
