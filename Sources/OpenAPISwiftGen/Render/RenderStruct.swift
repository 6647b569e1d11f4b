extension CodePrinter {
    /// A struct for a JSON object: properties in schema order, unknown keys kept, and a decoder
    /// and encoder that keep required, optional and nullable apart.
    mutating func render(_ declaration: StructDeclaration) {
        documentation(declaration.documentation, onType: true)
        open("\(access) struct \(declaration.name): JSONCodable, Sendable, Hashable {")
        for property in declaration.properties {
            documentation(property.documentation)
            line(propertyLine(property))
            renderDefaultAccessor(property)
        }
        line("/// Keys the schema does not describe, in the order they came; written after the known keys.")
        line("\(access) var additionalFields: JSONObject")
        line()
        renderMemberwiseInit(declaration)
        line()
        renderDecoder(declaration)
        line()
        renderEncoder(declaration)
        for nested in declaration.nested {
            line()
            render(nested)
        }
        close()
    }

    private func propertyLine(_ property: PropertyDeclaration) -> String {
        let declaration = "\(access) var \(SwiftName.escaped(property.name)): \(property.type.swift)"
        switch (property.presence, property.isIndirect || property.documentation.isDeprecated) {
        case (.required, false): return declaration
        case (.required, true): return "@IndirectRequired " + declaration
        case (.requiredNullable, _), (.optional, _): return "@\(Self.wrapper(property)) \(declaration)?"
        }
    }

    /// The property wrapper that stores a property that may be absent or null, or a deprecated
    /// required one (stored through a wrapper so that the module's own code, which reaches it
    /// by `_name`, does not warn).
    private static func wrapper(_ property: PropertyDeclaration) -> String {
        switch property.presence {
        case .required: return "IndirectRequired"
        case .requiredNullable: return property.isIndirect ? "IndirectRequiredNullable" : "RequiredNullable"
        case .optional: return property.isIndirect ? "IndirectOptionalKey" : "OptionalKey"
        }
    }

    /// `xOrDefault`: the property, or the schema's default when the key is absent.
    private mutating func renderDefaultAccessor(_ property: PropertyDeclaration) {
        guard let accessor = property.defaultAccessor else { return }
        let name = SwiftName.escaped(property.name)
        if let message = property.documentation.deprecation { deprecated(message) }
        if accessor.isNullable {
            line("/// `\(property.name)`, or the schema's default when the key is absent (a `null` stays nil).")
            line("\(access) var \(accessor.name): \(property.type.swift)? { if case .absent = self.$\(property.name) { \(accessor.literal) } else { self.\(name) } }")
        } else {
            line("/// `\(property.name)`, or the schema's default when the key is absent.")
            line("\(access) var \(accessor.name): \(property.type.swift) { self.\(name) ?? \(accessor.literal) }")
        }
    }

    /// The parameter of a property in an initializer or a flattened method, under `name`.
    static func parameter(_ property: PropertyDeclaration, name: String) -> String {
        let type = property.type.swift
        switch property.presence {
        case .required: return "\(name): \(type)"
        case .requiredNullable: return "\(name): \(type)?"
        case .optional where property.isRequiredWhenSent: return "\(name): \(type)"
        case .optional: return "\(name): \(type)? = nil"
        }
    }

    /// The memberwise initializer. With deprecated optional properties there are two: one
    /// without them, and a deprecated one that sets them too. A deprecated schema deprecates both.
    private mutating func renderMemberwiseInit(_ declaration: StructDeclaration) {
        let typeDeprecation = declaration.documentation.deprecation
        let omitted = declaration.properties.filter { $0.presence == .optional && $0.documentation.isDeprecated }
        if !omitted.isEmpty {
            renderMemberwiseInit(declaration, omitting: Set(omitted.map(\.name)), deprecation: typeDeprecation)
            line()
        }
        let names = omitted.map { "`\($0.name)`" }.joined(separator: ", ")
        renderMemberwiseInit(declaration, omitting: [], deprecation: typeDeprecation ?? (omitted.isEmpty ? nil : "Sets deprecated properties: \(names)."))
    }

    private mutating func renderMemberwiseInit(_ declaration: StructDeclaration, omitting omitted: Set<String>, deprecation: String?) {
        if let deprecation { deprecated(deprecation) }
        let taken = declaration.properties.filter { !omitted.contains($0.name) }
        let parameters = taken.map { ListItem.text(Self.parameter($0, name: SwiftName.escaped($0.name))) }
        list("\(access) init(", parameters + [.text("additionalFields: JSONObject = [:]")], closing: ") {")
        for property in declaration.properties {
            let value = SwiftName.escaped(property.name)
            if omitted.contains(property.name) {
                line("self._\(property.name) = \(Self.wrapper(property))(projectedValue: .absent)")
            } else if property.documentation.isDeprecated {
                line("self._\(property.name) = \(Self.wrapper(property))(wrappedValue: \(value))")
            } else {
                line("self.\(property.name) = \(value)")
            }
        }
        line("self.additionalFields = additionalFields")
        close()
    }

    /// Reads the object straight from the bytes: each key is matched against the schema's keys
    /// (`jsonKeys`, the next one in schema order tried first) and picked by its position, named by
    /// the private `JSONKey` enum so that a new property adds lines instead of renumbering cases.
    /// Reading a key does not throw; `endObject` throws the first failure or missing required key,
    /// so the decoder has one exit by error (cleanups per exit made decoders grow with keys squared).
    private mutating func renderDecoder(_ declaration: StructDeclaration) {
        open("\(access) init(from reader: inout JSONReader) throws(JSONDecodingError) {")
        line("var object = try reader.readObject(Self.jsonKeys)")
        for property in declaration.properties {
            let local = Self.local(property)
            switch property.presence {
            case .required: line("var \(local): \(property.type.swift)?")
            case .requiredNullable, .optional: line("var \(local) = JSONField<\(property.type.swift)>.absent")
            }
        }
        line("var additionalFields = JSONObject()")
        if declaration.properties.isEmpty {
            open("while reader.nextKey(&object) != nil {")
            line("reader.readUnknown(object, into: &additionalFields)")
        } else {
            open("while let key = reader.nextKey(&object) {")
            line("switch JSONKey(rawValue: key) {")
            for property in declaration.properties {
                let local = Self.local(property)
                line("case .\(local): reader.read(&\(local), key: \(SwiftText.literal(property.key)))")
            }
            line("case nil: reader.readUnknown(object, into: &additionalFields)")
            line("}")
        }
        close()
        line("try reader.endObject(object)")
        for property in declaration.properties {
            let local = Self.local(property)
            switch property.presence {
            case .required where property.documentation.isDeprecated:
                line("self._\(property.name) = \(Self.wrapper(property))(wrappedValue: \(local)!)")
            case .required:
                line("self.\(property.name) = \(local)!")
            case .requiredNullable, .optional:
                line("self._\(property.name) = \(Self.wrapper(property))(projectedValue: \(local))")
            }
        }
        line("self.additionalFields = additionalFields")
        close()
        line()
        line("/// The schema's keys in its order; `.required` marks those a received object must have (a")
        line("/// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them")
        line("/// by position.")
        if declaration.properties.isEmpty {
            line("static let jsonKeys = JSONKeys([])")
        } else {
            let keys = declaration.properties.map { property in
                ListItem.text(".\(property.presence == .required || property.isRequiredWhenReceived ? "required" : "optional")(\(SwiftText.literal(property.key)))")
            }
            list("static let jsonKeys = JSONKeys([", keys, closing: "])", trailingComma: true)
            open("private enum JSONKey: Int {")
            for property in declaration.properties {
                line("case \(Self.local(property))")
            }
            close()
        }
    }

    private mutating func renderEncoder(_ declaration: StructDeclaration) {
        open("\(access) func encode(to writer: inout JSONWriter) {")
        line("writer.beginObject()")
        for property in declaration.properties {
            let value = switch property.presence {
            case .required where property.documentation.isDeprecated: "self._\(property.name).wrappedValue"
            case .required: "self.\(property.name)"
            case .requiredNullable, .optional: "self.$\(property.name)"
            }
            let field = "writer.field(\(SwiftText.literal(property.key)), \(value))"
            line(property.isReadOnly ? "if !writer.isRequest { \(field) }" : field)
        }
        line("writer.fields(self.additionalFields)")
        line("writer.endObject()")
        close()
    }

    /// The decoder's local for a property: `_name`, which no property or parameter can be.
    private static func local(_ property: PropertyDeclaration) -> String {
        "_" + property.name
    }
}
