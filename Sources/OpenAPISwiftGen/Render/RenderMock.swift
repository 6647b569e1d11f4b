extension CodePrinter {
    /// `MockTransport()` for this module: the runtime's mock, given every operation of the spec
    /// with its example answer and what a request for it must hold.
    mutating func renderMock(_ model: CodeModel) {
        let operations = model.client.root.allOperations
        let shapes = MockShapes(model.types, bodies: operations.compactMap { $0.body?.encoding == .json ? $0.body?.type : nil })
        open("extension MockTransport {")
        line("/// A mock of every operation of the spec, answering with the spec's examples. With")
        line("/// `acceptsUnlistedValues`, a value a closed enum of a request does not list passes.")
        open("\(access) init(acceptsUnlistedValues: Bool = false) {")
        line("self.init(operations: Self.specOperations, shapes: Self.specShapes, acceptsUnlistedValues: acceptsUnlistedValues)")
        close()
        line()
        line("/// The spec's operations, as the mock answers them (overrides name them by operationId).")
        line("\(access) static let specOperations = MockTransport.operations(fromTable: specOperationTable)")
        line()
        line("/// The types request bodies use, as the mock checks a body (see ``MockTransport/Shape``).")
        line("\(access) static let specShapes = MockTransport.shapes(fromTable: specShapeTable)")
        line()
        let operationLines = operations.map { Self.operationEntry($0, shapes: shapes) }
        line("/// The operations as the mock reads them (see ``MockTransport/operations(fromTable:)``).")
        table("static let specOperationTable", operationLines)
        line()
        let shapeLines = shapes.declarations.map { JSONText.quoted($0.name) + ":" + Self.shapeEntry($0.declaration, shapes: shapes) }
        line("/// The shapes as the mock reads them (see ``MockTransport/shapes(fromTable:)``).")
        table("static let specShapeTable", shapeLines)
        close()
    }

    /// `declaration = #"""` and one entry per line, without separators (an entry added changes
    /// no other line), in a raw string literal with as many `#` as its text needs.
    private mutating func table(_ declaration: String, _ entries: [String]) {
        let hashes = String(repeating: "#", count: Self.rawHashCount(entries.joined(separator: "\n")))
        line("\(declaration) = \(hashes)\"\"\"")
        for entry in entries { line(entry) }
        line("\"\"\"\(hashes)")
    }

    /// How many `#` a raw string literal of `text` needs: one more than the longest run after a
    /// `"` or `\\`, so that neither ends the literal nor starts an interpolation.
    static func rawHashCount(_ text: String) -> Int {
        let bytes = Array(text.utf8)
        var longest = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            var run = 0
            while index + 1 + run < bytes.count, bytes[index + 1 + run] == UInt8(ascii: "#") { run += 1 }
            longest = max(longest, run)
        }
        return longest + 1
    }

    /// One operation of the table: the keys of `MockTransport.Operation`'s initializer that
    /// differ from its defaults.
    private static func operationEntry(_ operation: OperationDeclaration, shapes: MockShapes) -> String {
        var fields = [
            "\"id\":" + JSONText.quoted(operation.operationId ?? operation.fallbackName),
            "\"method\":" + JSONText.quoted(operation.method.rawValue),
            "\"path\":" + JSONText.quoted(operation.path),
        ]
        let required = operation.queryParameters.filter { $0.required && $0.isNamedInQuery }.map { JSONText.quoted($0.wireName) }
        if !required.isEmpty { fields.append("\"requiredQuery\":[\(required.joined(separator: ","))]") }
        if let body = operation.body, body.encoding == .json {
            fields.append("\"body\":" + shapes.shape(of: body.type))
            if body.required { fields.append("\"bodyRequired\":true") }
            if let example = operation.mock.requestExample { fields.append("\"requestExample\":" + JSONText.quoted(example)) }
        }
        fields.append("\"status\":\(operation.mock.status)")
        if let example = operation.mock.example { fields.append("\"example\":" + JSONText.quoted(example)) }
        if let mediaType = operation.mock.contentType ?? operation.mediaType, mediaType != "application/json" {
            fields.append("\"mediaType\":" + JSONText.quoted(mediaType))
        }
        if let pagination = operation.pagination {
            fields.append("\"nextLink\":[\(pagination.next.map { JSONText.quoted($0.key) }.joined(separator: ","))]")
        }
        if operation.mock.validationStatus != 400 { fields.append("\"validationStatus\":\(operation.mock.validationStatus)") }
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// One declaration's shape in the table.
    private static func shapeEntry(_ declaration: TypeDeclaration, shapes: MockShapes) -> String {
        switch declaration {
        case .structure(let structure):
            let fields = structure.properties.map { property in
                let presence = switch property.presence {
                case .required: "required"
                case .requiredNullable: "requiredNullable"
                case .optional: "optional"
                }
                return "[\(JSONText.quoted(property.key)),\(shapes.shape(of: property.type)),\"\(presence)\"]"
            }
            return "{\"object\":[\(fields.joined(separator: ","))]}"
        case .enumeration(let enumeration):
            let values = enumeration.cases.map { JSONText.quoted($0.value) }.joined(separator: ",")
            return "{\"values\":[\(values)]\(enumeration.isOpenInSpec ? ",\"open\":true" : "")}"
        case .union(let union):
            return "{\"oneOf\":[\(union.cases.map { shapes.shape(of: $0.type) }.joined(separator: ","))]}"
        case .alias(let alias):
            return shapes.shape(of: alias.target)
        }
    }
}
