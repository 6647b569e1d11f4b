extension CodePrinter {
    /// `MockTransport()` for this module: the runtime's mock, given every operation of the spec
    /// with its example answer and what a request for it must hold.
    mutating func renderMock(_ client: ClientDeclaration) {
        var operations: [OperationDeclaration] = []
        collect(client.root, into: &operations)
        open("extension MockTransport {")
        line("/// A mock of every operation of the spec, answering with the spec's examples.")
        open("\(access) init() {")
        line("self.init(operations: Self.specOperations)")
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
            let required = operation.queryParameters.filter(\.required).map { SwiftText.literal($0.wireName) }
            if !required.isEmpty { arguments.append(.text("requiredQuery: [\(required.joined(separator: ", "))]")) }
            if let body = operation.body, body.encoding == .json {
                arguments.append(.text("decodeBody: { (body: Data) throws(JSONDecodingError) in _ = try \(body.type.swift)(jsonData: body) }"))
                arguments.append(.text("bodyRequired: \(body.required)"))
                arguments.append(.text("requestExample: \(operation.mock.requestExample.map(SwiftText.rawLiteral) ?? "nil")"))
            }
            arguments.append(.text("status: \(operation.mock.status)"))
            arguments.append(.text("example: \(operation.mock.example.map(SwiftText.rawLiteral) ?? "nil")"))
            if let pagination = operation.pagination {
                arguments.append(.text("nextLink: [\(pagination.next.map { SwiftText.literal($0.key) }.joined(separator: ", "))]"))
            }
            arguments.append(.text("validationStatus: \(operation.mock.validationStatus)"))
            list("MockTransport.Operation(", arguments, closing: "),")
        }
        close("]")
        close()
    }

    private func collect(_ group: GroupDeclaration, into operations: inout [OperationDeclaration]) {
        operations += group.operations
        for child in group.groups { collect(child, into: &operations) }
    }
}
