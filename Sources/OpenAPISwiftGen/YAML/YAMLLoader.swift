import CYaml
import Dispatch

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
        if let root = loadInHalves(bytes, file: file, limits: limits) { return root }
        return try loadWhole(bytes, file: file, limits: limits)
    }

    /// One parse of the whole document.
    static func loadWhole(_ bytes: [UInt8], file: String, limits: Limits = Limits()) throws(DiagnosticError) -> YAMLNode {
        var builder = TreeBuilder(file: file, limits: limits)
        try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticError) in try parse(buffer, file: file, into: &builder) }
        guard let root = builder.root else {
            throw DiagnosticError("the document is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        return root
    }

    /// The tree from two parses side by side, one on another thread (see ``YAMLSplit``), or nil
    /// when the document has no place to cut or the halves do not join exactly: a value crossing
    /// the cut, an alias or a key repeated across it, an error in either half. The caller then
    /// parses the whole document, which also reports any error at its place.
    static func loadInHalves(_ bytes: [UInt8], file: String, limits: Limits = Limits()) -> YAMLNode? {
        guard let split = bytes.withUnsafeBufferPointer({ YAMLSplit.find(in: $0) }) else { return nil }
        return loadInHalves(bytes, at: split, file: file, limits: limits)
    }

    static func loadInHalves(_ bytes: [UInt8], at split: YAMLSplit, file: String, limits: Limits) -> YAMLNode? {
        let second = SecondHalf(Array(bytes[split.start..<split.end]), split: split, file: file, limits: limits)
        defer { _ = second.result() }  // never leave its thread running
        let first = Array(bytes[..<split.start]) + bytes[split.end...]
        var builder = TreeBuilder(file: file, limits: limits, splice: TreeBuilder.Splice(split: split, secondHalf: second))
        do {
            try first.withUnsafeBufferPointer { (buffer) throws(DiagnosticError) in try parse(buffer, file: file, into: &builder) }
        } catch {
            return nil
        }
        guard builder.isSpliced, let root = builder.root else { return nil }
        return root
    }

    /// Feeds libyaml's events for the first document in `buffer` to `builder`.
    fileprivate static func parse(_ buffer: UnsafeBufferPointer<UInt8>, file: String, into builder: inout TreeBuilder) throws(DiagnosticError) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw DiagnosticError("could not start the YAML parser", at: nil)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
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
    }

    private static func parserError(_ parser: yaml_parser_t, file: String, bytes: UnsafeBufferPointer<UInt8>) -> DiagnosticError {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            // Encoding problems carry a byte offset, not a mark: count lines up to it.
            let offset = min(Int(parser.problem_offset), bytes.count)
            let before = bytes[..<offset]
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let column = offset - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
            let value = parser.problem_value >= 0 ? " (byte 0x\(hex(parser.problem_value)))" : ""
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

    /// Two lowercase hex digits.
    private static func hex(_ value: Int32) -> String {
        let digits = String(value, radix: 16)
        return digits.count < 2 ? "0" + digits : digits
    }
}

/// The second half of a split document, parsed on another thread: the entries of the mapping
/// it continues, or nil when it is not exactly that.
private final class SecondHalf: @unchecked Sendable {
    struct Outcome {
        var entries: [YAMLEntry]
        var nodeCount: Int
        var depth: Int
    }

    private let done = DispatchSemaphore(value: 0)
    private var outcome: Outcome?

    init(_ bytes: [UInt8], split: YAMLSplit, file: String, limits: YAMLLoader.Limits) {
        DispatchQueue.global().async { [self] in
            defer { done.signal() }
            var builder = TreeBuilder(file: file, limits: limits, lineOffset: split.startLine)
            let parsed: Void? = try? bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticError) in
                try YAMLLoader.parse(buffer, file: file, into: &builder)
            }
            // One block mapping that starts on its first line, at the split's column.
            guard parsed != nil, let root = builder.root, case .mapping(let entries) = root.content,
                  root.location.line == split.startLine + 1, root.location.column == split.indent + 1
            else { return }
            outcome = Outcome(entries: entries, nodeCount: builder.nodeCount, depth: builder.deepest)
        }
    }

    /// Waits for the parse to end.
    func result() -> Outcome? {
        done.wait()
        done.signal()  // later callers pass at once
        return outcome
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
        /// The line it starts on, as the parser counts (0-based, in the text parsed), and whether
        /// it is block style (not `{...}` or `[...]`).
        var startLine: Int
        var isBlock: Bool
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

    /// The first half of a split document: the text before the cut, then the text after the
    /// second half. At the cut, the mapping the second half continues gets its entries.
    struct Splice {
        var split: YAMLSplit
        var secondHalf: SecondHalf
    }

    let fileNumber: Int
    let limits: YAMLLoader.Limits
    /// Lines parsed here start this many lines into the file (a second half).
    private let lineOffset: Int
    private let splice: Splice?
    private(set) var isSpliced = false
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private(set) var nodeCount = 0
    /// The most frames open at once.
    private(set) var deepest = 0
    private(set) var root: YAMLNode?

    init(file: String, limits: YAMLLoader.Limits, lineOffset: Int = 0, splice: Splice? = nil) {
        fileNumber = SourceLocation.number(ofFile: file)
        self.limits = limits
        self.lineOffset = lineOffset
        self.splice = splice
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        var line = Int(mark.line) + lineOffset
        if let split = splice?.split, line >= split.startLine { line += split.endLine - split.startLine }
        return SourceLocation(fileNumber: fileNumber, line: line + 1, column: Int(mark.column) + 1)
    }

    /// Thrown where the halves of a split document do not join; the document is parsed whole.
    private static let notJoined = DiagnosticError("the halves of a split document do not join", at: nil)

    /// In the first half of a split document, checks what crosses the cut and joins the second
    /// half to its mapping there. Nothing may cross but the mapping and its ancestors (their
    /// ends come after it) and what the last entry before the cut ends in: block collections and
    /// block scalars, which end at the first line indented less, there and in the whole document.
    private mutating func checkSplice(_ event: yaml_event_t) throws(DiagnosticError) {
        guard let splice, !isSpliced else { return }
        // The cut is at the start of a line (marks count characters, not bytes, so lines are compared).
        let cut = splice.split.startLine
        let isAfterCut = Int(event.start_mark.line) >= cut
        switch event.type {
        case YAML_SCALAR_EVENT:
            let style = event.data.scalar.style
            let isBlockScalar = style == YAML_LITERAL_SCALAR_STYLE || style == YAML_FOLDED_SCALAR_STYLE
            let end = event.end_mark
            let endsAfterCut = Int(end.line) > cut || (Int(end.line) == cut && end.column > 0)
            if isAfterCut || (endsAfterCut && !isBlockScalar) { throw Self.notJoined }
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.last, isAfterCut, frame.startLine < cut else { return }
            let column = frame.location.column - 1
            guard frame.isBlock, column >= splice.split.indent else { throw Self.notJoined }
            if column > splice.split.indent { return }  // inside the last entry before the cut
            guard frame.isMapping, let second = splice.secondHalf.result() else { throw Self.notJoined }
            let top = stack.count - 1
            for entry in second.entries {
                guard stack[top].insertKey(entry.key) else { throw Self.notJoined }
                stack[top].entries.append(entry)
            }
            nodeCount += second.nodeCount
            guard nodeCount <= limits.maxNodes, stack.count - 1 + second.depth <= limits.maxDepth else { throw Self.notJoined }
            isSpliced = true
        case YAML_DOCUMENT_END_EVENT, YAML_STREAM_END_EVENT:
            return
        default:
            if isAfterCut { throw Self.notJoined }
        }
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
        if splice != nil { try checkSplice(event) }
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
            let start = event.data.sequence_start
            try push(Frame(
                isMapping: false, location: at, anchor: Self.string(start.anchor),
                startLine: Int(event.start_mark.line), isBlock: start.style != YAML_FLOW_SEQUENCE_STYLE
            ), at: at)
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            try push(Frame(
                isMapping: true, location: at, anchor: Self.string(start.anchor),
                startLine: Int(event.start_mark.line), isBlock: start.style != YAML_FLOW_MAPPING_STYLE
            ), at: at)
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
        deepest = max(deepest, stack.count)
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
