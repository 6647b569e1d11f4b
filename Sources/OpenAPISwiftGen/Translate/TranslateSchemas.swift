extension Translator {
    /// Where the inline types met while translating one schema are declared.
    struct Nesting {
        /// Qualified Swift name of the enclosing type (`Call.Route`); nil when inline types go to
        /// the top level.
        var parent: String?
        var names: NameScope
        var declarations: [TypeDeclaration] = []

        static func inside(_ qualifiedName: String, simpleName: String) -> Nesting {
            Nesting(parent: qualifiedName, names: NameScope(reserved: [simpleName]))
        }

        func qualified(_ name: String) -> String {
            parent.map { "\($0).\(name)" } ?? name
        }
    }

    /// Declares the component schemas (those the chosen operations reach), in document order.
    mutating func translateComponents() {
        for named in document.schemas where generatedComponents?.contains(named.name) ?? true {
            let pointer = named.name.hasPrefix("#/") ? named.name : SchemaIndex.prefix + JSONPointer.escape(named.name)  // a schema a pointer names is indexed under it
            let name = componentTypes[named.name]!
            declaring = pointer
            declare(declarations(for: named.schema, name: name, pointer: pointer))
            declaring = nil
            collectExamples(named.schema.examples, of: named.schema, pointer: pointer + "/examples", type: .named(name), nullable: unwrapNullable(named.schema).1)
        }
    }

    /// The declaration of a named schema (a struct, an enum, a union or an alias), after any
    /// top-level types an alias needs.
    mutating func declarations(for schema: Schema, name: String, pointer: String) -> [TypeDeclaration] {
        let (core, _) = unwrapNullable(schema)
        let documentation = Documentation(
            schema.description ?? core.description, pointer: pointer,
            deprecation: Documentation.deprecation(schema.deprecated || core.deprecated, description: schema.description ?? core.description))
        switch kind(of: core) {
        case .enumeration(let cases):
            return [.enumeration(EnumDeclaration(name: name, documentation: documentation, cases: cases, isOpenInSpec: isOpenEnum(core)))]
        case .union(let alternatives):
            return [.union(union(core, alternatives, name: name, qualifiedName: name, documentation: documentation))]
        case .object(let object):
            return [.structure(structure(for: object, name: name, qualifiedName: name, documentation: documentation))]
        default:
            break
        }
        var nesting = Nesting(parent: nil, names: topLevelNames)
        let target = typeReference(for: core, suggestedName: name + "Item", nesting: &nesting)
        topLevelNames = nesting.names
        return nesting.declarations + [.alias(AliasDeclaration(name: name, documentation: documentation, target: target))]
    }

    mutating func structure(
        for object: ObjectShape, name: String, qualifiedName: String, documentation: Documentation
    ) -> StructDeclaration {
        var nesting = Nesting.inside(qualifiedName, simpleName: name)
        var memberNames = NameScope(reserved: ["additionalFields"])
        var properties: [PropertyDeclaration] = []
        for property in object.properties {
            let (core, nullable) = unwrapNullable(property.schema)
            let type = typeReference(for: core, suggestedName: Self.nestedTypeName(property.name), nesting: &nesting)
            collectExamples(property.schema.examples, of: property.schema, pointer: property.schema.pointer + "/examples", type: type, nullable: nullable)
            // A required readOnly property is optional in Swift (a value made to be sent needs
            // none) and required when received; a required writeOnly one is never received.
            let readOnly = property.schema.readOnly || core.readOnly
            let writeOnly = property.schema.writeOnly || core.writeOnly
            let required = object.required.contains(property.name) && !readOnly && !writeOnly
            let defaultValue = checkedDefault(of: property.schema)
            var declaration = PropertyDeclaration(
                name: memberNames.claim(Naming.memberName(property.name)),
                key: property.name,
                type: type,
                presence: required ? (nullable ? .requiredNullable : .required) : .optional,
                documentation: Documentation(
                    property.schema.description ?? core.description ?? aliasDescription(core),
                    defaultValue: defaultValue?.json,
                    deprecation: deprecation(of: property.schema, core: core),
                    source: property.schema.pointer)
            )
            if !required, let defaultValue, !defaultValue.isNull,
               let literal = defaultLiteral(defaultValue.node, type: type, schema: core) {
                declaration.defaultAccessor = (memberNames.claim(declaration.name + "OrDefault"), literal, nullable)
            }
            declaration.isNullable = nullable
            declaration.isReadOnly = readOnly && !writeOnly
            declaration.isRequiredWhenReceived = readOnly && !writeOnly && object.required.contains(property.name)
            declaration.isRequiredWhenSent = writeOnly && !readOnly && object.required.contains(property.name)
            properties.append(declaration)
        }
        return StructDeclaration(name: name, documentation: documentation, properties: properties, nested: nesting.declarations)
    }

    /// The documentation of a type declared for an inline schema.
    private func inlineTypeDocumentation(_ schema: Schema) -> Documentation {
        Documentation(schema.description, deprecation: Documentation.deprecation(schema.deprecated, description: schema.description), source: schema.pointer)
    }

    /// The name of a type declared for a property's inline schema.
    private static func nestedTypeName(_ property: String) -> String {
        let name = Naming.typeName(property)
        return Naming.generatedCodeTypeNames.contains(name) ? name + "Value" : name
    }

    /// The Swift type of a schema (null taken out already); inline enums, unions and objects are
    /// declared into `nesting` under `suggestedName`, which is only worked out for those.
    mutating func typeReference(for schema: Schema, suggestedName: @autoclosure () -> String, nesting: inout Nesting) -> TypeReference {
        // A schema that a `$ref` elsewhere points at (`#/components/schemas/Order/properties/status`)
        // is a type of its own, used here too: one target, one type.
        if schema.ref == nil, schema.pointer != declaring, SchemaIndex.isPointer(schema.pointer),
           let name = componentTypes[schema.pointer], generatedComponents?.contains(schema.pointer) ?? true {
            return .named(name)
        }
        switch kind(of: schema) {
        case .reference(let name):
            return primitiveType(index.schema(named: name)!) ?? .named(componentTypes[name]!)
        case .enumeration(let cases):
            let name = declaredName(suggestedName(), in: &nesting)
            nesting.declarations.append(.enumeration(EnumDeclaration(
                name: name, documentation: inlineTypeDocumentation(schema), cases: cases, isOpenInSpec: isOpenEnum(schema))))
            return .named(nesting.qualified(name))
        case .union(let alternatives):
            let name = declaredName(suggestedName(), in: &nesting)
            let declaration = union(schema, alternatives, name: name, qualifiedName: nesting.qualified(name), documentation: inlineTypeDocumentation(schema))
            nesting.declarations.append(.union(declaration))
            return .named(nesting.qualified(name))
        case .object(let object):
            let name = declaredName(suggestedName(), in: &nesting)
            let declaration = structure(for: object, name: name, qualifiedName: nesting.qualified(name), documentation: inlineTypeDocumentation(schema))
            nesting.declarations.append(.structure(declaration))
            return .named(nesting.qualified(name))
        case .map(let values):
            let (core, nullable) = unwrapNullable(values)
            if nullable { return .object }
            return .map(typeReference(for: core, suggestedName: suggestedName() + "Value", nesting: &nesting))
        case .primitive(let primitive):
            return primitive
        case .array(let items):
            guard let items else { return .array(.json) }
            let (core, nullable) = unwrapNullable(items)
            if nullable { return .array(.json) }
            return .array(typeReference(for: core, suggestedName: suggestedName() + "Item", nesting: &nesting))
        case .freeObject:
            return .object
        case .unsupported(let reason):
            if let reason { diagnostics.warn(reason, at: schema.location, pointer: schema.pointer) }
            return .json
        }
    }

    /// The name of a type declared for an inline schema. Inside another type it must not hide a
    /// component type (a reference to that component from inside would find the nested type), so
    /// such a name gets `Value` appended.
    private func declaredName(_ suggested: String, in nesting: inout Nesting) -> String {
        guard nesting.parent != nil, componentTypeNames.contains(suggested) else { return nesting.names.claim(suggested) }
        return nesting.names.claim(suggested + "Value")
    }

    /// `String`, `Int`, `UUIDString`, `DateTimeString`... for a schema that is a plain value; nil otherwise.
    /// The description of the component a reference names when that component is a plain alias
    /// (`OrderName: {type: string, description: ...}`): its type is used in place, so its words
    /// go where it is used.
    func aliasDescription(_ schema: Schema) -> String? {
        guard let ref = schema.ref, let name = SchemaIndex.componentName(ref), let target = index.schema(named: name),
              primitiveType(target) != nil else { return nil }
        return target.description
    }

    func primitiveType(_ schema: Schema, depth: Int = 0) -> TypeReference? {
        let (core, _) = unwrapNullable(schema)
        if let ref = core.ref {
            guard depth < 32, let name = SchemaIndex.componentName(ref), let target = index.schema(named: name) else {
                return nil
            }
            return primitiveType(target, depth: depth + 1)
        }
        guard enumCases(core) == nil, core.properties.isEmpty, core.anyOf.isEmpty, core.oneOf.isEmpty, core.allOf.isEmpty else {
            return nil
        }
        guard core.types.count == 1 else { return nil }
        switch core.types[0] {
        case "string":
            switch core.format {
            case "uuid": return .named("UUIDString")
            case "date-time": return .named("DateTimeString")
            case "date": return .named("DateString")
            case "binary": return .named("FilePart")
            default: return .string
            }
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
    /// `anyOf` of strings where some list values ("these values, or any string") is one open enum.
    func enumCases(_ schema: Schema) -> [(name: String, value: String)]? {
        var values: [SpecValue]
        if let listed = schema.enumValues, !listed.isEmpty, schema.types.isEmpty || schema.types == ["string"] {
            values = listed
        } else if let alternatives = schema.anyOf.isEmpty ? (schema.oneOf.isEmpty ? nil : schema.oneOf) : schema.anyOf,
                  alternatives.count > 1, schema.properties.isEmpty,
                  alternatives.allSatisfy({ $0.ref == nil && $0.types == ["string"] && $0.format == nil }),
                  alternatives.contains(where: { $0.enumValues != nil }) {
            values = alternatives.flatMap { $0.enumValues ?? [] }
        } else {
            return nil
        }
        values = values.filter { !$0.isNull }
        let strings = values.compactMap(\.scalarText)
        guard !strings.isEmpty, strings.count == values.count, values.allSatisfy({ !$0.isPlainNumberOrBool || schema.types == ["string"] }) else {
            return nil
        }
        var scope = NameScope(reserved: ["undocumented", "rawValue", "description", "documentedCases"])
        var seen: Set<String> = []
        return strings.filter { seen.insert($0).inserted }.map { (scope.claim(Naming.memberName($0)), $0) }
    }

    /// Whether an enum schema allows any string besides its values: an alternative of its
    /// `anyOf`/`oneOf` is a string without a list.
    func isOpenEnum(_ schema: Schema) -> Bool {
        (schema.anyOf + schema.oneOf).contains { $0.types == ["string"] && $0.enumValues == nil }
    }

    // MARK: Objects

    /// The properties and required keys of an object schema, `allOf` members merged in.
    struct ObjectShape {
        var properties: [SchemaProperty] = []
        var required: [String] = []

        /// Adds properties after those already there; one of the same name replaces it in place.
        mutating func merge(_ other: ObjectShape) {
            for property in other.properties {
                if let index = properties.firstIndex(where: { $0.name == property.name }) {
                    properties[index] = property
                } else {
                    properties.append(property)
                }
            }
            for key in other.required where !required.contains(key) { required.append(key) }
        }
    }

    /// An object with properties, or an `allOf` whose members are all objects; nil otherwise.
    func objectShape(_ schema: Schema, depth: Int = 0) -> ObjectShape? {
        guard schema.ref == nil, depth < 32 else { return nil }
        let merges = !schema.allOf.isEmpty && !(schema.allOf.count == 1 && schema.properties.isEmpty && schema.types.isEmpty)
        guard merges || !schema.properties.isEmpty else { return nil }
        var shape = ObjectShape()
        if merges {
            for member in schema.allOf {
                let target = resolved(member)
                if let part = objectShape(target, depth: depth + 1) {
                    shape.merge(part)
                } else if target.properties.isEmpty, target.allOf.isEmpty, target.anyOf.isEmpty, target.oneOf.isEmpty,
                          target.types.isEmpty || target.types == ["object"], target.enumValues == nil {
                    shape.merge(ObjectShape(required: target.required))  // adds only constraints
                } else {
                    return nil
                }
            }
        }
        shape.merge(ObjectShape(properties: schema.properties, required: schema.required))
        return shape
    }

    /// The schema a `$ref` names (or the schema itself), through chains of references.
    func resolved(_ schema: Schema) -> Schema {
        var current = schema
        for _ in 0..<32 {
            guard let ref = current.ref, let name = SchemaIndex.componentName(ref), let target = index.schema(named: name) else {
                return current
            }
            current = target
        }
        return current
    }

    // MARK: Unions

    /// The alternatives of a `oneOf`/`anyOf` with two or more non-null members; nil otherwise.
    func unionAlternatives(_ schema: Schema) -> [Schema]? {
        guard schema.ref == nil, schema.properties.isEmpty else { return nil }
        let alternatives = (schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf).filter { !$0.isNullType }
        return alternatives.count > 1 ? alternatives : nil
    }

    mutating func union(
        _ schema: Schema, _ alternatives: [Schema], name: String, qualifiedName: String, documentation: Documentation
    ) -> UnionDeclaration {
        var nesting = Nesting.inside(qualifiedName, simpleName: name)
        var caseNames = NameScope(reserved: ["undocumented"])
        var cases: [UnionDeclaration.Case] = []
        let discriminator = schema.discriminator?.propertyName
        let telling = tellingEnums(alternatives.map { unwrapNullable($0).0 })
        for (index, alternative) in alternatives.enumerated() {
            let (core, _) = unwrapNullable(alternative)
            let type = typeReference(for: core, suggestedName: "Option\(index + 1)", nesting: &nesting)
            var constants = self.constants(of: core)
            for constant in telling[index] where !constants.contains(where: { $0.path == constant.path }) {
                constants.append(constant)
            }
            var tags: [String] = []
            if let discriminator = schema.discriminator {
                tags = Self.mappedValues(discriminator, to: core.ref)
                if tags.isEmpty, let own = constants.first(where: { $0.path == [discriminator.propertyName] }) { tags = own.values }
                if tags.isEmpty, let ref = core.ref, let component = SchemaIndex.componentName(ref) { tags = [component] }
            }
            cases.append(UnionDeclaration.Case(
                name: caseNames.claim(unionCaseName(core, type: type)),
                type: type,
                tags: tags,
                constants: constants.filter { $0.path != discriminator.map { [$0] } },
                isStruct: isStruct(core),
                isUnion: isUnion(core)
            ))
        }
        warnAboutAlternativesAlike(schema, alternatives, cases)
        var defaultCase: String?
        if let defaultMapping = schema.discriminator?.defaultMapping {
            let ref = defaultMapping.ref.contains("/") ? defaultMapping.ref : SchemaIndex.prefix + defaultMapping.ref
            if let index = alternatives.firstIndex(where: { unwrapNullable($0).0.ref == ref }) {
                defaultCase = cases[index].name
            } else {
                diagnostics.warn("discriminator.defaultMapping '\(defaultMapping.ref)' is no alternative of the union; a value no mapping lists decodes as `undocumented`", at: defaultMapping.location, pointer: schema.pointer + "/discriminator/defaultMapping")
            }
        }
        return UnionDeclaration(
            name: name, documentation: documentation, cases: cases,
            discriminator: discriminator, defaultCase: defaultCase, nested: nesting.declarations
        )
    }

    /// The discriminator values `mapping` gives an alternative; a mapping names a schema as
    /// `#/components/schemas/X` or as `X`.
    private static func mappedValues(_ discriminator: Schema.Discriminator, to ref: String?) -> [String] {
        guard let ref else { return [] }
        return discriminator.mapping.filter { entry in
            entry.ref == ref || (!entry.ref.contains("/") && SchemaIndex.prefix + entry.ref == ref)
        }.map(\.value)
    }

    /// The properties of an object alternative that allow exactly one value, in its order, and
    /// those of the inline objects in it (`result.status`).
    private func constants(of alternative: Schema) -> [UnionDeclaration.Constant] {
        listedValues(of: alternative).filter { $0.values.count == 1 }
    }

    /// The properties of an object alternative (and of the inline objects in it) that allow only
    /// the values they list: `const`, or an `enum` of strings, numbers or booleans.
    private func listedValues(of alternative: Schema, depth: Int = 0) -> [UnionDeclaration.Constant] {
        guard depth < 4, case .object(let shape) = kind(of: resolved(alternative)) else { return [] }
        var found: [UnionDeclaration.Constant] = []
        for property in shape.properties {
            let (core, nullable) = unwrapNullable(property.schema)
            guard !nullable else { continue }
            let required = shape.required.contains(property.name)
            if let values = listedValues(property.schema) {
                found.append(UnionDeclaration.Constant(path: [property.name], values: values, isRequired: required))
                continue
            }
            switch kind(of: resolved(core)) {
            case .object where core.ref == nil:
                for inner in listedValues(of: core, depth: depth + 1) {
                    found.append(UnionDeclaration.Constant(
                        path: [property.name] + inner.path, values: inner.values, isRequired: required && inner.isRequired))
                }
            default:
                break
            }
        }
        return found
    }

    /// For each alternative, the enum properties that tell it from the others: a property that
    /// two or more alternatives list values for, none of them sharing a value (Adyen's payment
    /// methods, each with its own `type` values). An enum that does not tell alternatives apart is
    /// left to decoding, so a value the spec does not list yet still decodes.
    private func tellingEnums(_ alternatives: [Schema]) -> [[UnionDeclaration.Constant]] {
        let listed = alternatives.map { listedValues(of: $0).filter { $0.values.count > 1 } }
        var byPath: [[String]: [[String]]] = [:]
        for constants in listed {
            for constant in constants { byPath[constant.path, default: []].append(constant.values) }
        }
        let telling = Set(byPath.filter { _, sets in
            sets.count > 1 && Set(sets.joined()).count == sets.reduce(0) { $0 + $1.count }
        }.keys)
        return listed.map { $0.filter { telling.contains($0.path) } }
    }

    /// The values a schema lists (`const`, `enum`), as the decoder peeks them, wherever they are
    /// written: beside any `$ref` or `allOf`, in the schema it refers to, or in an `allOf` member.
    func listedValues(_ schema: Schema, depth: Int = 0) -> [String]? {
        if let values = schema.enumValues?.filter({ !$0.isNull }) {
            let texts = values.compactMap(\.scalarText)
            return texts.count == values.count && !texts.isEmpty ? texts : nil
        }
        guard depth < 8 else { return nil }
        if let ref = schema.ref, let name = SchemaIndex.componentName(ref), let target = index.schema(named: name) {
            return listedValues(target, depth: depth + 1)
        }
        return schema.allOf.lazy.compactMap { self.listedValues($0, depth: depth + 1) }.first
    }

    /// Whether the schema becomes a union (directly or through a reference).
    private func isUnion(_ schema: Schema) -> Bool {
        if case .union = kind(of: resolved(schema)) { return true }
        return false
    }

    /// Warns when two alternatives accept the same data: neither a discriminator value nor a
    /// one-value property nor their keys and value types tell them apart, so decoding always
    /// takes the first.
    private mutating func warnAboutAlternativesAlike(_ schema: Schema, _ alternatives: [Schema], _ cases: [UnionDeclaration.Case]) {
        var seen: [String: String] = [:]
        for (alternative, item) in zip(alternatives, cases) where item.tags.isEmpty || schema.discriminator == nil {
            let constants = item.constants.map { $0.path.joined(separator: ".") + "=" + $0.values.joined(separator: "|") }
            let signature = shapeSignature(unwrapNullable(alternative).0) + "|" + constants.joined(separator: ",")
            if let first = seen[signature] {
                diagnostics.warn(
                    "the alternatives \(first) and \(caseTitle(alternative, item)) accept the same data (the same keys and kinds "
                        + "of values, no one-value property to tell them apart); decoding takes \(first)",
                    at: schema.location, pointer: schema.pointer)
            } else {
                seen[signature] = caseTitle(alternative, item)
            }
        }
    }

    /// How an alternative is named in a warning: its schema's name, else its case's.
    private func caseTitle(_ alternative: Schema, _ item: UnionDeclaration.Case) -> String {
        alternative.ref.flatMap(SchemaIndex.componentName) ?? item.name
    }

    /// What data an alternative accepts, as text: equal texts accept the same data. Objects by
    /// their keys (required or not) and the kind of each value, other values by their kind (a
    /// component by its name: two components of one kind are not compared).
    private func shapeSignature(_ schema: Schema) -> String {
        let target = resolved(schema)
        switch kind(of: target) {
        case .object(let shape):
            return "{" + shape.properties.map { property in
                let required = shape.required.contains(property.name) ? "!" : "?"
                return property.name + required + valueSignature(property.schema)
            }.sorted().joined(separator: ",") + "}"
        default:
            return valueSignature(schema)
        }
    }

    /// The kind of a value, for ``shapeSignature(_:)``: a component's name, or the schema's types
    /// and format.
    private func valueSignature(_ schema: Schema) -> String {
        let (core, nullable) = unwrapNullable(schema)
        var text: String
        if let name = core.ref.flatMap(SchemaIndex.componentName) {
            text = name
        } else {
            switch kind(of: core) {
            case .object: text = shapeSignature(core)
            case .array(let items?): text = "[" + valueSignature(items) + "]"
            default: text = core.types.joined(separator: "/") + ":" + (core.format ?? "")
            }
        }
        return nullable ? text + "?" : text
    }

    /// A case name: the referenced type's, the title's, or the kind of value.
    private func unionCaseName(_ schema: Schema, type: TypeReference) -> String {
        if let ref = schema.ref, let name = SchemaIndex.componentName(ref), let swiftName = componentTypes[name] {
            return Naming.memberName(swiftName)
        }
        if let title = schema.title, Naming.hasWords(title) { return Naming.memberName(title) }
        switch type {
        case .array: return "array"
        case .map: return "map"
        case .named(let name):
            switch type.primitiveKind {
            case .string: return "string"
            case .integer: return "int"
            case .number: return "double"
            case .boolean: return "bool"
            case .object: return "object"
            case nil: return Naming.memberName(name.split(separator: ".").last.map(String.init) ?? name)
            }
        }
    }

    // MARK: Nullability

    /// Splits "X or null" into X and whether `null` is allowed: 3.1 type lists, 3.0 `nullable`,
    /// and `anyOf`/`oneOf` with a `{type: 'null'}` member. A lone `allOf: [X]` wrapper is seen through.
    func unwrapNullable(_ schema: Schema) -> (Schema, Bool) {
        // A reference to a nullable component (3.0's `nullable: true` on a string schema, say)
        // lets every use of it be null: the use is the reference, nullable.
        if schema.ref != nil, schema.allOf.isEmpty, schema.anyOf.isEmpty, schema.oneOf.isEmpty, !schema.nullable, !schema.types.contains("null") {
            let target = resolved(schema)
            let nullable = target.nullable || target.types.contains("null")
                || target.anyOf.contains(where: \.isNullType) || target.oneOf.contains(where: \.isNullType)
            return (schema, target.ref == nil && nullable)
        }
        for alternatives in [schema.anyOf, schema.oneOf] where alternatives.contains(where: \.isNullType) {
            let rest = alternatives.filter { !$0.isNullType }
            if rest.count == 1 { return (unwrapNullable(rest[0]).0, true) }
            var parts = schema.parts
            if parts.anyOf.contains(where: \.isNullType) { parts.anyOf = rest } else { parts.oneOf = rest }
            return (Schema(parts), true)
        }
        // A lone `allOf` member is the schema: with annotations, or with a `type` and values
        // that narrow the reference (`{type: integer, enum: [5], allOf: [$ref]}` is the reference).
        if schema.allOf.count == 1, schema.properties.isEmpty, schema.types.isEmpty || schema.allOf[0].ref != nil,
           schema.anyOf.isEmpty, schema.oneOf.isEmpty {
            let (inner, innerNullable) = unwrapNullable(schema.allOf[0])
            return (inner, schema.nullable || schema.types.contains("null") || innerNullable)
        }
        if schema.types.contains("null") || schema.nullable {
            return (schema.withoutNull(), true)
        }
        return (schema, false)
    }
}
