extension Translator {
    /// Where the inline types met while translating one schema are declared.
    struct Nesting {
        /// Swift name of the enclosing struct; nil when inline types go to the top level.
        var parent: String?
        var names: NameScope
        var declarations: [TypeDeclaration] = []

        static func inside(_ parent: String) -> Nesting {
            Nesting(parent: parent, names: NameScope(reserved: [parent]))
        }
    }

    /// One declaration per component schema, in document order.
    mutating func translateComponents() -> [TypeDeclaration] {
        var result: [TypeDeclaration] = []
        for named in document.schemas {
            let pointer = SchemaIndex.prefix + SpecReader.escape(named.name)
            result += declarations(for: named.schema, name: componentTypes[named.name]!, pointer: pointer)
        }
        return result
    }

    /// The declaration of a named schema (a struct, an enum or an alias), after any top-level
    /// types the alias needs.
    mutating func declarations(for schema: Schema, name: String, pointer: String) -> [TypeDeclaration] {
        let (core, _) = unwrapNullable(schema)
        let documentation = Documentation(schema.description ?? core.description, pointer: pointer)
        if let cases = enumCases(core) {
            return [.enumeration(EnumDeclaration(name: name, documentation: documentation, cases: cases))]
        }
        if let object = objectShape(core) {
            return [.structure(structure(for: object, name: name, documentation: documentation))]
        }
        var nesting = Nesting(parent: nil, names: topLevelNames)
        let target = typeReference(for: core, suggestedName: name + "Item", nesting: &nesting)
        topLevelNames = nesting.names
        return nesting.declarations + [.alias(AliasDeclaration(name: name, documentation: documentation, target: target))]
    }

    mutating func structure(for object: ObjectShape, name: String, documentation: Documentation) -> StructDeclaration {
        var nesting = Nesting.inside(name)
        var memberNames = NameScope(reserved: ["additionalFields"])
        var properties: [PropertyDeclaration] = []
        for property in object.properties {
            let (core, nullable) = unwrapNullable(property.schema)
            var typeName = Naming.typeName(property.name)
            if Naming.reservedTypeNames.contains(typeName) { typeName += "Value" }
            let type = typeReference(for: core, suggestedName: typeName, nesting: &nesting)
            let required = object.required.contains(property.name)
            properties.append(PropertyDeclaration(
                name: memberNames.claim(Naming.memberName(property.name)),
                key: property.name,
                type: type,
                presence: required ? (nullable ? .requiredNullable : .required) : .optional,
                documentation: Documentation(property.schema.description ?? core.description)
            ))
        }
        return StructDeclaration(name: name, documentation: documentation, properties: properties, nested: nesting.declarations)
    }

    /// The Swift type of a schema (null taken out already); inline enums and objects are declared
    /// into `nesting` under `suggestedName`.
    mutating func typeReference(for schema: Schema, suggestedName: String, nesting: inout Nesting) -> TypeReference {
        if let ref = schema.ref {
            guard let name = SchemaIndex.componentName(ref), let target = index.schema(named: name) else {
                return .json  // the reader has checked every reference
            }
            return primitiveType(target) ?? .named(componentTypes[name]!)
        }
        if let cases = enumCases(schema) {
            let name = nesting.names.claim(suggestedName)
            nesting.declarations.append(.enumeration(EnumDeclaration(name: name, documentation: Documentation(schema.description), cases: cases)))
            return qualified(name, in: nesting)
        }
        if let object = objectShape(schema) {
            let name = nesting.names.claim(suggestedName)
            nesting.declarations.append(.structure(structure(for: object, name: name, documentation: Documentation(schema.description))))
            return qualified(name, in: nesting)
        }
        if let primitive = primitiveType(schema) { return primitive }
        if schema.types == ["array"] || (schema.types.isEmpty && schema.items != nil) {
            guard let items = schema.items else { return .array(.json) }
            let (core, nullable) = unwrapNullable(items)
            if nullable {
                diagnostics.warn("arrays whose items may be null are not supported yet; the items are JSONValue", at: items.location)
                return .array(.json)
            }
            return .array(typeReference(for: core, suggestedName: suggestedName + "Item", nesting: &nesting))
        }
        if !schema.oneOf.isEmpty || !schema.anyOf.isEmpty || schema.allOf.count > 1 {
            let construct = !schema.oneOf.isEmpty ? "oneOf" : !schema.anyOf.isEmpty ? "anyOf" : "allOf"
            diagnostics.warn("\(construct) is not supported yet; this value is decoded as JSONValue", at: schema.location)
        }
        return .json
    }

    private func qualified(_ name: String, in nesting: Nesting) -> TypeReference {
        .named(nesting.parent.map { "\($0).\(name)" } ?? name)
    }

    /// `String`, `Int`, `UUIDString`... for a schema that is a plain value; nil otherwise.
    func primitiveType(_ schema: Schema) -> TypeReference? {
        let (core, _) = unwrapNullable(schema)
        if let ref = core.ref {
            guard let name = SchemaIndex.componentName(ref), let target = index.schema(named: name), target !== schema else {
                return nil
            }
            return primitiveType(target)
        }
        guard enumCases(core) == nil, core.properties.isEmpty else { return nil }
        switch core.types.first {
        case "string":
            return core.format == "uuid" ? .named("UUIDString") : .string
        case "integer":
            switch core.format {
            case "int32": return .named("Int32")
            case "int64": return .named("Int64")
            default: return .named("Int")
            }
        case "number": return .named("Double")
        case "boolean": return .named("Bool")
        default: return nil
        }
    }

    /// The cases of a string enum with unique Swift names; nil when the schema is no string enum.
    func enumCases(_ schema: Schema) -> [(name: String, value: String)]? {
        guard let values = schema.enumValues, !values.isEmpty,
              schema.types.isEmpty || schema.types == ["string"]
        else { return nil }
        let nonNull = values.filter { !($0.isPlainScalar && $0.string == "null") }
        let strings = nonNull.compactMap(\.string)
        guard !strings.isEmpty, strings.count == nonNull.count else { return nil }
        var scope = NameScope(reserved: ["undocumented", "rawValue", "description", "documentedCases"])
        var seen: Set<String> = []
        return strings.filter { seen.insert($0).inserted }.map { (scope.claim(Naming.memberName($0)), $0) }
    }

    /// The properties and required keys of an object schema.
    struct ObjectShape {
        var properties: [SchemaProperty]
        var required: [String]
    }

    func objectShape(_ schema: Schema) -> ObjectShape? {
        guard schema.ref == nil, !schema.properties.isEmpty else { return nil }
        return ObjectShape(properties: schema.properties, required: schema.required)
    }

    /// Splits "X or null" into X and whether `null` is allowed: 3.1 type lists, 3.0 `nullable`,
    /// and `anyOf`/`oneOf: [X, {type: 'null'}]`. A lone `allOf: [X]` wrapper is seen through.
    func unwrapNullable(_ schema: Schema) -> (Schema, Bool) {
        for alternatives in [schema.anyOf, schema.oneOf] where alternatives.count == 2 {
            if let other = alternatives.first(where: { !$0.isNullType }), alternatives.contains(where: \.isNullType) {
                return (unwrapNullable(other).0, true)
            }
        }
        if schema.allOf.count == 1, schema.properties.isEmpty, schema.types.isEmpty {
            let (inner, innerNullable) = unwrapNullable(schema.allOf[0])
            return (inner, schema.nullable || innerNullable)
        }
        if schema.types.contains("null") {
            return (schema.withoutNull(), true)
        }
        return (schema, schema.nullable)
    }
}
