extension CodePrinter {
    /// `MockTransport()` for this module: the runtime's mock, given every operation of the spec
    /// with its example answer and what a request for it must hold.
    mutating func renderMock(_ model: CodeModel) {
        var operations: [OperationDeclaration] = []
        collect(model.client.root, into: &operations)
        let shapes = MockShapes(model.types, bodies: operations.compactMap { $0.body?.encoding == .json ? $0.body?.type : nil })
        open("extension MockTransport {")
        line("/// A mock of every operation of the spec, answering with the spec's examples. With")
        line("/// `acceptsUnlistedValues`, a value a closed enum of a request does not list passes.")
        open("\(access) init(acceptsUnlistedValues: Bool = false) {")
        line("self.init(operations: Self.specOperations, shapes: Self.specShapes, acceptsUnlistedValues: acceptsUnlistedValues)")
        close()
        line()
        line("/// The spec's operations, as the mock answers them (overrides name them by operationId).")
        open("\(access) static let specOperations: [MockTransport.Operation] = [")
        for operation in operations {
            var arguments: [ListItem] = [
                .text("id: \(SwiftText.literal(operation.operationId ?? operation.fallbackName))"),
                .text("method: \(SwiftText.literal(operation.method.rawValue))"),
                .text("path: \(SwiftText.literal(operation.path))"),
            ]
            let required = operation.queryParameters.filter { $0.required && $0.isNamedInQuery }.map { SwiftText.literal($0.wireName) }
            if !required.isEmpty { arguments.append(.text("requiredQuery: [\(required.joined(separator: ", "))]")) }
            if let body = operation.body, body.encoding == .json {
                arguments.append(.text("body: \(shapes.shape(of: body.type))"))
                arguments.append(.text("bodyRequired: \(body.required)"))
                arguments.append(.text("requestExample: \(operation.mock.requestExample.map(SwiftText.rawLiteral) ?? "nil")"))
            }
            arguments.append(.text("status: \(operation.mock.status)"))
            arguments.append(.text("example: \(operation.mock.example.map(SwiftText.rawLiteral) ?? "nil")"))
            if let mediaType = operation.mock.contentType ?? operation.mediaType, mediaType != "application/json" {
                arguments.append(.text("mediaType: \(SwiftText.literal(mediaType))"))
            }
            if let pagination = operation.pagination {
                arguments.append(.text("nextLink: [\(pagination.next.map { SwiftText.literal($0.key) }.joined(separator: ", "))]"))
            }
            arguments.append(.text("validationStatus: \(operation.mock.validationStatus)"))
            list("MockTransport.Operation(", arguments, closing: "),")
        }
        close("]")
        line()
        renderShapes(shapes)
        close()
    }

    /// `specShapes`: the shapes of the types request bodies use, in declaration order.
    private mutating func renderShapes(_ shapes: MockShapes) {
        line("/// The types request bodies use, as the mock checks a body (see ``MockTransport/Shape``).")
        let entries = shapes.declarations
        guard !entries.isEmpty else {
            line("\(access) static let specShapes: [String: MockTransport.Shape] = [:]")
            return
        }
        open("\(access) static let specShapes: [String: MockTransport.Shape] = [")
        for (name, declaration) in entries {
            let key = SwiftText.literal(name) + ": "
            switch declaration {
            case .structure(let structure):
                let fields = structure.properties.map { property -> ListItem in
                    let kind = switch property.presence {
                    case .required: "required"
                    case .requiredNullable: "requiredNullable"
                    case .optional: "optional"
                    }
                    return .text(".\(kind)(\(SwiftText.literal(property.key)), \(shapes.shape(of: property.type)))")
                }
                if fields.isEmpty { line(key + ".object([]),") } else { list(key + ".object([", fields, closing: "]),", trailingComma: true) }
            case .enumeration(let enumeration):
                let values = enumeration.cases.map { ListItem.text(SwiftText.literal($0.value)) }
                list(key + ".values([", values, closing: enumeration.isOpenInSpec ? "], isOpen: true)," : "]),", trailingComma: true)
            case .union(let union):
                list(key + ".oneOf([", union.cases.map { .text(shapes.shape(of: $0.type)) }, closing: "]),", trailingComma: true)
            case .alias(let alias):
                line(key + shapes.shape(of: alias.target) + ",")
            }
        }
        close("]")
    }

    private func collect(_ group: GroupDeclaration, into operations: inout [OperationDeclaration]) {
        operations += group.operations
        for child in group.groups { collect(child, into: &operations) }
    }
}
