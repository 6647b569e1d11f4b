extension CodePrinter {
    /// A struct for a JSON object: properties in schema order, unknown keys kept, and a decoder
    /// and encoder that keep required, optional and nullable apart.
    mutating func render(_ declaration: StructDeclaration) {
        documentation(declaration.documentation)
        open("public struct \(declaration.name): JSONCodable, Sendable, Hashable {")
        for property in declaration.properties {
            documentation(property.documentation)
            line(propertyLine(property))
        }
        line("/// Keys the schema does not describe, in the order they came; written after the known keys.")
        line("public var additionalFields: JSONObject")
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
        let type = property.type.swift
        switch (property.presence, property.isIndirect) {
        case (.required, false): return "public var \(property.name): \(type)"
        case (.required, true): return "@IndirectRequired public var \(property.name): \(type)"
        case (.requiredNullable, _): return "@\(Self.wrapper(property)) public var \(property.name): \(type)?"
        case (.optional, _): return "@\(Self.wrapper(property)) public var \(property.name): \(type)?"
        }
    }

    /// The property wrapper that stores a property that may be absent or null.
    private static func wrapper(_ property: PropertyDeclaration) -> String {
        let base = property.presence == .requiredNullable ? "RequiredNullable" : "OptionalKey"
        return property.isIndirect ? "Indirect" + base : base
    }

    /// The argument of a property in an initializer or a flattened method.
    static func argument(_ property: PropertyDeclaration) -> String {
        let type = property.type.swift
        switch property.presence {
        case .required: return "\(property.name): \(type)"
        case .requiredNullable: return "\(property.name): \(type)?"
        case .optional: return "\(property.name): \(type)? = nil"
        }
    }

    private mutating func renderMemberwiseInit(_ declaration: StructDeclaration) {
        let arguments = declaration.properties.map(Self.argument) + ["additionalFields: JSONObject = [:]"]
        open("public init(")
        for (index, argument) in arguments.enumerated() {
            line(argument + (index == arguments.count - 1 ? "" : ","))
        }
        reopen(") {")
        for property in declaration.properties {
            line("self.\(property.name) = \(property.name)")
        }
        line("self.additionalFields = additionalFields")
        close()
    }

    /// Reads the object straight from the bytes: each key is matched against the schema's keys
    /// (`jsonKeys`, the next one in schema order tried first) and picked by its index.
    private mutating func renderDecoder(_ declaration: StructDeclaration) {
        open("public init(from reader: inout JSONReader) throws(JSONDecodingError) {")
        for property in declaration.properties {
            let local = Self.local(property)
            switch property.presence {
            case .required: line("var \(local): \(property.type.swift)?")
            case .requiredNullable, .optional: line("var \(local) = JSONField<\(property.type.swift)>.absent")
            }
        }
        line("var additionalFields = JSONObject()")
        line("var object = try reader.readObject(Self.jsonKeys)")
        open("while let key = try reader.nextKey(&object) {")
        line("switch key {")
        for (index, property) in declaration.properties.enumerated() {
            let key = SwiftText.literal(property.key)
            let type = property.presence == .required ? property.type.swift : "JSONField<\(property.type.swift)>"
            line("case \(index): \(Self.local(property)) = try reader.decode(\(type).self, key: \(key))")
        }
        line("default: additionalFields.append(try reader.unknownEntry(object))")
        line("}")
        close()
        for property in declaration.properties {
            let local = Self.local(property)
            let bare = Naming.plain(property.name)
            switch property.presence {
            case .required:
                line("self.\(property.name) = try requiredValue(\(local), key: \(SwiftText.literal(property.key)))")
            case .requiredNullable, .optional:
                line("self._\(bare) = \(Self.wrapper(property))(projectedValue: \(local))")
            }
        }
        line("self.additionalFields = additionalFields")
        close()
        line()
        line("/// The keys of the schema, in its order.")
        line("static let jsonKeys = JSONKeys([\(declaration.properties.map { SwiftText.literal($0.key) }.joined(separator: ", "))])")
    }

    private mutating func renderEncoder(_ declaration: StructDeclaration) {
        open("public func encode(to writer: inout JSONWriter) {")
        line("writer.beginObject()")
        for property in declaration.properties {
            let value = property.presence == .required ? "self.\(property.name)" : "self.$\(Naming.plain(property.name))"
            line("writer.field(\(SwiftText.literal(property.key)), \(value))")
        }
        line("writer.fields(self.additionalFields)")
        line("writer.endObject()")
        close()
    }

    /// The decoder's local for a property: `_name`, which no property or parameter can be.
    private static func local(_ property: PropertyDeclaration) -> String {
        "_" + Naming.plain(property.name)
    }
}
