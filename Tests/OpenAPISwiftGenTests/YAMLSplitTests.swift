@testable import OpenAPISwiftGen
import Testing

/// A large document parsed in two halves side by side must give the very tree one parse gives,
/// locations included, or not be joined at all (and then be parsed whole).
@Suite struct YAMLSplitTests {
    /// Every node with its kind, text, plainness and place; keys with theirs.
    static func dump(_ node: YAMLNode, into out: inout String) {
        let place = "\(node.location.line):\(node.location.column)"
        switch node.content {
        case .scalar(let scalar):
            out += "\(place) =\(scalar.isPlain ? "" : "'")\(scalar.text)\n"
        case .sequence(let items):
            out += "\(place) [\(items.count)\n"
            for item in items { dump(item, into: &out) }
        case .mapping(let entries):
            out += "\(place) {\(entries.count)\n"
            for entry in entries {
                out += "\(entry.keyLocation.line):\(entry.keyLocation.column) key \(entry.key)\n"
                dump(entry.value, into: &out)
            }
        }
    }

    static func dump(_ node: YAMLNode) -> String {
        var out = ""
        dump(node, into: &out)
        return out
    }

    /// A spec-shaped document: `count` schemas under components, in the styles specs use.
    static func document(schemas count: Int, entry: (Int) -> String = schema) -> String {
        var text = "openapi: 3.1.0\ninfo:\n  title: T\n  version: '1'\npaths:\n  /a:\n    get:\n      responses: {'200': {description: ok}}\ncomponents:\n  schemas:\n"
        for index in 0..<count { text += entry(index) }
        text += "  securitySchemes:\n    basic: {type: http, scheme: basic}\nservers:\n  - url: https://example.com\n"
        return text
    }

    static func schema(_ index: Int) -> String {
        switch index % 5 {
        case 0: "    S\(index):\n      type: object\n      description: |\n        Line one of \(index).\n\n        Line three: not a key.\n      properties:\n        id: {type: string, format: uuid}\n"
        case 1: "    S\(index):\n      # a comment\n      type: string\n      enum: [a, \"b c\", 'd']\n      description: >\n        folded\n        text\n\n"
        case 2: "    S\(index):\n      type: array\n      items:\n        $ref: '#/components/schemas/S0'\n      example:\n      - one\n      - two\n"
        case 3: "    S\(index):\n      description: \"quoted,\n        on two lines\"\n      type: integer\n# a comment at column one\n"
        default: "    S\(index):\n      allOf:\n        - $ref: '#/components/schemas/S1'\n        - type: object\n          properties:\n            n: {type: number}\n      description: plain text\n        that goes on\n"
        }
    }

    /// The cut `YAMLSplit.find` makes (at any size), and the halves' tree (nil when not joined).
    static func halves(_ text: String) -> (split: YAMLSplit?, tree: String?) {
        let bytes = Array(text.utf8)
        guard let split = bytes.withUnsafeBufferPointer({ YAMLSplit.find(in: $0, minimumSize: 0) }) else { return (nil, nil) }
        return (split, YAMLLoader.loadInHalves(bytes, at: split, file: "doc.yaml", limits: .init()).map(dump))
    }

    /// The halves of `text` cut at `line` (0-based) to the end of its mapping at `indent`.
    static func halves(_ text: String, cutAt line: Int, indent: Int) -> String? {
        let bytes = Array(text.utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var endLine = line + 1
        while endLine < lines.count, !(lines[endLine].prefix(while: { $0 == " " }).count < indent && !lines[endLine].isEmpty && !lines[endLine].hasPrefix("#")) {
            endLine += 1
        }
        let offset = { (index: Int) in lines[..<index].reduce(0) { $0 + $1.utf8.count + 1 } }
        let split = YAMLSplit(start: offset(line), end: min(offset(endLine), bytes.count), startLine: line, endLine: endLine, indent: indent)
        return YAMLLoader.loadInHalves(bytes, at: split, file: "doc.yaml", limits: .init()).map(dump)
    }

    static func whole(_ text: String) throws -> String {
        dump(try YAMLLoader.loadWhole(Array(text.utf8), file: "doc.yaml"))
    }

    @Test func halvesGiveTheWholeTree() throws {
        let texts = [7, 40, 301].map { Self.document(schemas: $0) }
            + [Self.document(schemas: 40).replacingOccurrences(of: "\n", with: "\r\n")]  // CRLF counts as one break
        for (count, text) in zip([7, 40, 301, 40], texts) {
            let (split, tree) = Self.halves(text)
            #expect(split?.indent == 4, "\(count) schemas")
            #expect(tree != nil, "\(count) schemas: the halves did not join")
            #expect(tree == (try Self.whole(text)), "\(count) schemas")
        }
    }

    @Test func everyCutGivesTheWholeTreeOrNone() throws {
        // Cut before every schema of a document in turn: joined or not, never a different tree.
        let text = Self.document(schemas: 10)
        let whole = try Self.whole(text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var joined = 0
        for (index, line) in lines.enumerated() where line.hasPrefix("    S") && index > 10 {
            let tree = Self.halves(text, cutAt: index, indent: 4)
            #expect(tree == nil || tree == whole, "cut at line \(index + 1)")
            if tree != nil { joined += 1 }
        }
        #expect(joined == 9)
    }

    @Test func aQuotedValueAcrossTheCutIsNotJoined() throws {
        // libyaml lets a quoted scalar go on at any indentation, so the line that looks like a key
        // at the cut is text. Both halves parse on their own, into a different tree: the first
        // half's quote ends in the text after the second half.
        let text = """
            openapi: 3.1.0
            components:
              schemas:
                S0:
                  type: string
                S1:
                  description: "starts here
                S9: and ends here"
              x-end: ok"
            servers:
              - url: https://example.com

            """
        let whole = try Self.whole(text)
        #expect(whole.contains("='starts here S9: and ends here\n"))
        #expect(Self.halves(text, cutAt: 7, indent: 4) == nil)
    }

    @Test func anAliasOrAKeyAcrossTheCutIsNotJoined() throws {
        let anchored = Self.document(schemas: 4) { index in
            index == 1 ? "    S1: &shared {type: string}\n" : index == 3 ? "    S3: *shared\n" : Self.schema(index)
        }
        let cut = anchored.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("    S3:") }!
        #expect(Self.halves(anchored, cutAt: cut, indent: 4) == nil)
        #expect(try Self.whole(anchored).contains("key S3"))

        let repeated = Self.document(schemas: 4) { index in index == 3 ? "    S0: {type: string}\n" : Self.schema(index) }
        let second = repeated.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("    S0: {") }!
        #expect(Self.halves(repeated, cutAt: second, indent: 4) == nil)
        // Loaded for real, the whole parse reports the repeat where it is.
        #expect(throws: DiagnosticError.self) { try YAMLLoader.load(Array(repeated.utf8), file: "doc.yaml") }
        do {
            _ = try YAMLLoader.load(Array(repeated.utf8), file: "doc.yaml")
        } catch {
            #expect(error.description == "doc.yaml:\(second + 1):5: error: duplicate key 'S0'")
        }
    }

    /// Inputs fuzzing found (Tests/Fuzz/Regressions), cut wherever they can be: the halves are not
    /// joined, or joined into the whole parse's tree (and never when the whole parse fails).
    /// `split-lone-carriage-returns.yaml` joined into another tree before lone `\r`s stopped the cut.
    @Test(arguments: FuzzRegressionTests.inputs)
    func fuzzRegressionsGiveTheWholeTreeOrNone(_ name: String) throws {
        let bytes = FileSystem.contents(of: FuzzRegressionTests.folder.appendingPathComponent(name).path)!
        let split = bytes.withUnsafeBufferPointer { YAMLSplit.find(in: $0, minimumSize: 0) }
        let halves = split.flatMap { YAMLLoader.loadInHalves(bytes, at: $0, file: name, limits: .init()) }.map(Self.dump)
        let whole = (try? YAMLLoader.loadWhole(bytes, file: name)).map(Self.dump)
        #expect(halves == nil || halves == whole)
    }

    @Test func documentsWithoutAPlaceToCut() {
        let small = Array(Self.document(schemas: 3).utf8)
        #expect(small.withUnsafeBufferPointer { YAMLSplit.find(in: $0) } == nil)  // under the size worth a thread
        for text in ["%YAML 1.2\n---\n" + Self.document(schemas: 40), Self.document(schemas: 40) + "---\nb: 1\n",
                     Self.document(schemas: 40).replacingOccurrences(of: "      type: string\n", with: "\ttype: string\n"),
                     "{\"openapi\": \"3.1.0\", \"paths\": {}}",
                     Self.document(schemas: 40).replacingOccurrences(of: "plain text\n", with: "plain\rtext\n"),
                     Self.document(schemas: 40).replacingOccurrences(of: "plain text\n", with: "plain\u{2028}text\n"),
                     Self.document(schemas: 40).replacingOccurrences(of: "plain text\n", with: "plain\u{85}text\n")] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { YAMLSplit.find(in: $0, minimumSize: 0) } == nil)
        }
    }
}
