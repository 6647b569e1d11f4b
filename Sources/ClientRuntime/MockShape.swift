import Foundation

extension MockTransport {
    /// What a request body must look like, as the spec's schema says: the mock checks a body
    /// against it and names every problem with its JSON path.
    ///
    /// A shape accepts what the server would: keys a schema does not describe are allowed (the
    /// client keeps them too), a value outside a closed `enum` is not, and `.named` points into the
    /// table of the module's shapes (so recursive schemas end).
    public indirect enum Shape: Sendable {
        /// Any JSON value.
        case any
        case string
        /// A number without fraction or exponent.
        case integer
        case number
        case boolean
        /// A string from the spec's `enum`: another value is a problem unless the enum is open
        /// (`anyOf` of the values and any string) or the mock accepts unlisted values.
        case values([String], isOpen: Bool = false)
        case array(Shape)
        /// An object used as a map: any keys, values of one shape.
        case map(Shape)
        /// An object with these known keys; other keys are allowed.
        case object([Field])
        /// One of several shapes (`oneOf`, `anyOf`): the value must match one of them.
        case oneOf([Shape])
        /// A type of the module, looked up in the shapes the mock was given.
        case named(String)
    }

    /// A key of an object shape.
    public struct Field: Sendable {
        public var key: String
        public var shape: Shape
        public var isRequired: Bool
        public var isNullable: Bool

        /// A key that must be there, never `null`.
        public static func required(_ key: String, _ shape: Shape) -> Field {
            Field(key: key, shape: shape, isRequired: true, isNullable: false)
        }

        /// A key that must be there, `null` allowed.
        public static func requiredNullable(_ key: String, _ shape: Shape) -> Field {
            Field(key: key, shape: shape, isRequired: true, isNullable: true)
        }

        /// A key that may be absent or `null`.
        public static func optional(_ key: String, _ shape: Shape) -> Field {
            Field(key: key, shape: shape, isRequired: false, isNullable: true)
        }
    }

    /// One thing wrong with a request, at a JSON path (`$.ciphers[0]`).
    public struct Problem: Sendable, Equatable {
        public var path: String
        public var message: String

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }
    }

    /// Checks values against shapes, collecting every problem.
    struct ShapeChecker {
        var shapes: [String: Shape]
        var acceptsUnlistedValues: Bool

        func problems(of value: JSONValue, against shape: Shape, at path: String) -> [Problem] {
            var problems: [Problem] = []
            check(value, shape, path, into: &problems, depth: 0)
            return problems
        }

        private func check(_ value: JSONValue, _ shape: Shape, _ path: String, into problems: inout [Problem], depth: Int) {
            func expected(_ kind: String) {
                problems.append(Problem(path: path, message: "expected \(kind), found \(Self.kind(of: value))"))
            }
            guard depth < 64 else { return }
            switch (shape, value) {
            case (.any, _), (.string, .string), (.number, .number), (.boolean, .bool):
                break
            case (.integer, .number(let text)):
                if !Self.isInteger(text) { expected("an integer") }
            case (.values(let listed, let isOpen), .string(let text)):
                if !isOpen, !acceptsUnlistedValues, !listed.contains(text) {
                    let values = listed.map { "'\($0)'" }.joined(separator: ", ")
                    problems.append(Problem(path: path, message: "'\(text)' is not one of \(values)"))
                }
            case (.array(let items), .array(let elements)):
                for (index, element) in elements.enumerated() {
                    check(element, items, "\(path)[\(index)]", into: &problems, depth: depth + 1)
                }
            case (.map(let values), .object(let object)):
                for entry in object.entries {
                    check(entry.value, values, Self.path(path, entry.key), into: &problems, depth: depth + 1)
                }
            case (.object(let fields), .object(let object)):
                for field in fields {
                    let fieldPath = Self.path(path, field.key)
                    switch object[field.key] {
                    case nil where field.isRequired:
                        problems.append(Problem(path: fieldPath, message: "the required key is missing"))
                    case nil:
                        break
                    case .null?:
                        if !field.isNullable { problems.append(Problem(path: fieldPath, message: "null is not allowed")) }
                    case let element?:
                        check(element, field.shape, fieldPath, into: &problems, depth: depth + 1)
                    }
                }
            case (.oneOf(let alternatives), _):
                // The alternative that knows most of the value's keys, then has the fewest
                // problems, speaks for the value.
                var best: (known: Int, problems: [Problem])?
                for alternative in alternatives {
                    var found: [Problem] = []
                    check(value, alternative, path, into: &found, depth: depth + 1)
                    if found.isEmpty { return }
                    let known = knownKeys(of: value, in: alternative)
                    if best == nil || known > best!.known || (known == best!.known && found.count < best!.problems.count) {
                        best = (known, found)
                    }
                }
                problems += best?.problems ?? []
            case (.named(let name), _):
                guard let named = shapes[name] else { return }
                check(value, named, path, into: &problems, depth: depth + 1)
            case (.string, _), (.values, _): expected("a string")
            case (.integer, _): expected("an integer")
            case (.number, _): expected("a number")
            case (.boolean, _): expected("a boolean")
            case (.array, _): expected("an array")
            case (.map, _), (.object, _): expected("an object")
            }
        }

        /// How many keys of an object value a shape describes.
        private func knownKeys(of value: JSONValue, in shape: Shape, depth: Int = 0) -> Int {
            guard case .object(let object) = value, depth < 64 else { return 0 }
            switch shape {
            case .object(let fields): return fields.filter { object[$0.key] != nil }.count
            case .named(let name): return shapes[name].map { knownKeys(of: value, in: $0, depth: depth + 1) } ?? 0
            default: return 0
            }
        }

        /// `$.key`, or `$["key"]` when the key is not a plain name.
        static func path(_ parent: String, _ key: String) -> String {
            let plain = !key.isEmpty && key.unicodeScalars.allSatisfy {
                ($0.properties.isAlphabetic && $0.isASCII) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
            }
            if plain { return parent + "." + key }
            return parent + "[" + JSONValue.string(key).jsonString() + "]"
        }

        /// Whether number text is a whole number (`3`, `3.0` and `3e2` are; JSON Schema agrees).
        static func isInteger(_ text: String) -> Bool {
            guard text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) else { return true }
            return Double(text).map { $0.rounded() == $0 } ?? false
        }

        static func kind(of value: JSONValue) -> String {
            switch value {
            case .null: "null"
            case .bool: "a boolean"
            case .number(let text): isInteger(text) ? "an integer" : "a number"
            case .string: "a string"
            case .array: "an array"
            case .object: "an object"
            }
        }
    }
}
