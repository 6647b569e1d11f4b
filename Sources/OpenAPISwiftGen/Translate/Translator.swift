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
    /// Top-level type names in use (components, then inline body and response types).
    var topLevelNames: NameScope
    var diagnostics = Diagnostics()
    var examples: [ExampleDeclaration] = []
    /// The module's top-level types, in the order they are declared: component schemas, then the
    /// inline types of operations.
    private(set) var types: [TypeDeclaration] = []
    private(set) var declared = DeclarationIndex()

    public static func translate(
        _ document: OpenAPIDocument, config: GeneratorConfig, specPath: String
    ) -> (CodeModel, Diagnostics) {
        var translator = Translator(document: document, config: config)
        translator.translateComponents()
        let client = translator.translateClient()
        var types = translator.types
        OutOfLineStructs.mark(&types)
        let model = CodeModel(
            moduleName: config.module, access: config.access, specPath: specPath, types: types, client: client,
            examples: translator.examples)
        return (model, translator.diagnostics)
    }

    private init(document: OpenAPIDocument, config: GeneratorConfig) {
        self.document = document
        self.config = config
        index = SchemaIndex(document)
        topLevelNames = NameScope(reserved: Naming.reservedTopLevelNames.union([config.client, config.module]))
        for named in document.schemas {
            componentTypes[named.name] = topLevelTypeName(named.name)
        }
        componentTypeNames = Set(componentTypes.values)
    }

    /// Adds top-level types to the module.
    mutating func declare(_ declarations: [TypeDeclaration]) {
        types += declarations
        declared.add(declarations)
    }

    /// Records the examples written on a schema (or a media type) as examples of `type`.
    /// The pointer is only made when there are examples (most schemas have none).
    mutating func collectExamples(_ values: [SpecValue], pointer: @autoclosure () -> String, type: TypeReference, nullable: Bool) {
        guard !values.isEmpty else { return }
        let pointer = pointer()
        for (index, value) in values.enumerated() {
            let suffix = values.count == 1 ? "" : "/\(index)"
            examples.append(ExampleDeclaration(pointer: pointer + suffix, type: type, nullable: nullable, json: value.json))
        }
    }

    /// A unique top-level type name for a spec name; names the module cannot declare get `Schema` appended.
    mutating func topLevelTypeName(_ raw: String) -> String {
        var name = config.schemaNames[raw] ?? Naming.typeName(raw)
        if Naming.reservedTopLevelNames.contains(name) || name == config.client || name == config.module {
            name += "Schema"
        }
        return topLevelNames.claim(name)
    }
}
