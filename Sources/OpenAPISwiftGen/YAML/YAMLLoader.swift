import CYaml

/// Reads a YAML or JSON document with libyaml into a ``YAMLNode`` tree.
///
/// The tree is built from libyaml's event stream with an explicit stack, so deep documents
/// cannot overflow the call stack; depth, alias expansion and duplicate keys are checked here.
public enum YAMLLoader {
    /// Limits that keep hostile documents from exhausting the machine.
    public struct Limits: Sendable {
        public var maxDepth = 512
        /// Nodes the tree may hold after aliases are expanded (defeats "billion laughs").
        public var maxNodes = 5_000_000
        public init() {}
    }

    public static func load(_ bytes: [UInt8], file: String, limits: Limits = Limits()) throws(DiagnosticError) -> YAMLNode {
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw DiagnosticError("the document is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw DiagnosticError("could not start the YAML parser", at: nil)
        }
        defer { yaml_parser_delete(&parser) }

        return try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticError) -> YAMLNode in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = TreeBuilder(file: file, limits: limits)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw parserError(parser, file: file, bytes: buffer)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { break }
                try builder.consume(event)
                if builder.root != nil, event.type == YAML_DOCUMENT_END_EVENT { break }
            }
            guard let root = builder.root else {
                throw DiagnosticError("the document is empty", at: SourceLocation(file: file, line: 1, column: 1))
            }
            return root
        }
    }

    private static func parserError(_ parser: yaml_parser_t, file: String, bytes: UnsafeBufferPointer<UInt8>) -> DiagnosticError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            // Encoding problems carry a byte offset, not a mark: count lines up to it.
            let offset = min(Int(parser.problem_offset), bytes.count)
            let before = bytes[..<offset]
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let column = offset - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
            let value = parser.problem_value >= 0 ? String(format: " (byte 0x%02x)", parser.problem_value) : ""
            return DiagnosticError("invalid YAML: \(problem)\(value)", at: SourceLocation(file: file, line: line, column: column))
        }
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
        }
        let mark = parser.problem_mark
        return DiagnosticError(
            "invalid YAML: \(message)",
            at: SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        )
    }
}

/// Turns libyaml events into nodes, one open collection per stack frame.
///
/// Frames are mutated in place on the stack, so appending to a collection never copies it.
private struct TreeBuilder {
    private struct Frame {
        var isMapping: Bool
        var location: SourceLocation
        var anchor: String?
        var items: [YAMLNode] = []
        var entries: [YAMLEntry] = []
        var pendingKey: YAMLNode?
        /// Keys of a large mapping, to refuse duplicates without a linear search.
        var keys: Set<String> = []

        /// Records `key`; false when the mapping already has it. Small mappings (nearly all of
        /// a spec's) are searched directly: hashing every key cost more than the search.
        mutating func insertKey(_ key: String) -> Bool {
            if entries.count < 16 {
                return !entries.contains { $0.key == key }
            }
            if keys.isEmpty { keys = Set(entries.lazy.map(\.key)) }
            return keys.insert(key).inserted
        }
    }

    let fileNumber: Int
    let limits: YAMLLoader.Limits
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var nodeCount = 0
    private(set) var root: YAMLNode?

    init(file: String, limits: YAMLLoader.Limits) {
        fileNumber = SourceLocation.number(ofFile: file)
        self.limits = limits
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(fileNumber: fileNumber, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    mutating func consume(_ event: yaml_event_t) throws(DiagnosticError) {
        let at = location(event.start_mark)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = Self.string(scalar.value, length: scalar.length)
            let node = YAMLNode(.scalar(YAMLScalar(text: text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE)), at: at)
            try count(1, at: at)
            if let anchor = Self.string(scalar.anchor) { anchors[anchor] = (node, 1) }
            try add(node)
        case YAML_SEQUENCE_START_EVENT:
            try push(Frame(isMapping: false, location: at, anchor: Self.string(event.data.sequence_start.anchor)), at: at)
        case YAML_MAPPING_START_EVENT:
            try push(Frame(isMapping: true, location: at, anchor: Self.string(event.data.mapping_start.anchor)), at: at)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try pop()
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                throw DiagnosticError("unknown alias '*\(name)'", at: at)
            }
            try count(target.size, at: at)
            var node = target.node
            node.location = at
            try add(node)
        default:
            break
        }
    }

    private mutating func count(_ nodes: Int, at: SourceLocation) throws(DiagnosticError) {
        nodeCount += nodes
        if nodeCount > limits.maxNodes {
            throw DiagnosticError("the document expands to more than \(limits.maxNodes) nodes (aliases nested too deeply?)", at: at)
        }
    }

    private mutating func push(_ frame: Frame, at: SourceLocation) throws(DiagnosticError) {
        if stack.count >= limits.maxDepth {
            throw DiagnosticError("the document nests deeper than \(limits.maxDepth) levels", at: at)
        }
        try count(1, at: at)
        stack.append(frame)
    }

    private mutating func pop() throws(DiagnosticError) {
        guard let frame = stack.popLast() else { return }
        let node = YAMLNode(frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), at: frame.location)
        if let anchor = frame.anchor {
            anchors[anchor] = (node, Self.size(of: node))
        }
        try add(node)
    }

    /// Node count of a subtree; only computed for anchored nodes.
    private static func size(of node: YAMLNode) -> Int {
        var total = 0
        var pending = [node]
        while let next = pending.popLast() {
            total += 1
            switch next.content {
            case .scalar: break
            case .sequence(let items): pending.append(contentsOf: items)
            case .mapping(let entries): pending.append(contentsOf: entries.lazy.map(\.value))
            }
        }
        return total
    }

    private mutating func add(_ node: YAMLNode) throws(DiagnosticError) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let key = stack[top].pendingKey {
            stack[top].entries.append(YAMLEntry(key: key.string ?? "", keyLocation: key.location, value: node))
            stack[top].pendingKey = nil
            return
        }
        guard let text = node.string else {
            throw DiagnosticError("mapping keys must be scalars, found \(node.kindName)", at: node.location)
        }
        guard stack[top].insertKey(text) else {
            throw DiagnosticError("duplicate key '\(text)'", at: node.location)
        }
        stack[top].pendingKey = node
    }
}
