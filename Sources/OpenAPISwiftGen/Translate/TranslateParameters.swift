import Foundation

/// Parameter types, written in the parameter's style.
extension Translator {
    /// A parameter's type: a primitive, an enum, an array of one, or any other type (an object,
    /// a union), written in the parameter's style. An inline type of a
    /// `components/parameters` entry is one type named after the entry, shared by every
    /// operation that refers to it; else it is named after the operation and the parameter.
    mutating func parameterType(
        _ parameter: Parameter, of operation: Operation
    ) -> TypeReference {
        if let shared = parameter.sharedName,
           let type = sharedType(Self.sharedPointer("parameters", shared), make: { $0.parameterType(parameter, of: operation, name: shared) }) {
            return type
        }
        return parameterType(parameter, of: operation, name: fallbackName(operation) + " " + parameter.name)
    }

    mutating func parameterType(
        _ parameter: Parameter, of operation: Operation, name: String
    ) -> TypeReference {
        guard let schema = parameter.schema else { return .string }
        let (core, _) = unwrapNullable(schema)
        if let scalar = scalarParameterType(core, name: name) { return scalar }
        if case .array(let items?) = kind(of: core),
           let scalar = scalarParameterType(unwrapNullable(items).0, name: name + " item") {
            return .array(scalar)
        }
        // An object, a union (`oneOf: [string, array]`) or an array of either: written in the
        // parameter's style from the value's JSON.
        return hoistedType(for: schema, name: name)
    }

    /// An object or a map, whose keys a parameter's style may write in place of its name.
    func isObject(_ schema: Schema?) -> Bool {
        guard let schema else { return false }
        switch kind(of: resolved(unwrapNullable(schema).0)) {
        case .object, .map, .freeObject: return true
        default: return false
        }
    }

    /// A primitive or an enum (a component's, or an inline one declared under `name`).
    mutating func scalarParameterType(_ schema: Schema, name: String) -> TypeReference? {
        if let primitive = primitiveType(schema) { return primitive }
        let target = resolved(schema)
        guard case .enumeration = kind(of: target) else { return nil }
        if let ref = schema.ref, let component = SchemaIndex.componentName(ref) { return .named(componentTypes[component]!) }
        return hoistedType(for: schema, name: name)
    }
}
