import Foundation

/// `runtime-embedder runtime|companion OUTPUT FILE...`: writes a Swift file that holds source files
/// as the generator's `RuntimeFile.all` (the client runtime, `Sources/ClientRuntime`) or
/// `CompanionFile.all` (the server companion, `Sources/ServerCompanion`), so the generator carries
/// them in its binary. Run at build time by the EmbedRuntime plugin.
///
/// Each file is cut into pieces where the access of a declaration is written: a line's leading
/// `public` (after its indentation and at most one attribute) becomes an access piece, and an
/// `@inlinable` line a piece kept only for public modules. The generator prints the pieces with
/// the module's access level; it never reads the runtime's text.

let arguments = CommandLine.arguments.dropFirst()
guard let kind = arguments.first, ["runtime", "companion"].contains(kind), arguments.count > 2 else {
    FileHandle.standardError.write(Data("usage: runtime-embedder runtime|companion OUTPUT FILE...\n".utf8))
    exit(2)
}
let output = arguments.dropFirst().first!
let inputs = arguments.dropFirst(2)

enum Piece {
    case text(String)
    case access
    case publicOnly(String)
}

func pieces(of text: String) -> [Piece] {
    var result: [Piece] = []
    var pending = ""
    func flush() {
        if !pending.isEmpty { result.append(.text(pending)) }
        pending = ""
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let indent = line.prefix { $0 == " " }
        var rest = line.dropFirst(indent.count)
        if rest == "@inlinable" {
            flush()
            result.append(.publicOnly(String(line) + "\n"))
            continue
        }
        var attribute = ""
        if rest.hasPrefix("@"), let space = rest.firstIndex(of: " ") {
            attribute = String(rest[...space])
            rest = rest[rest.index(after: space)...]
        }
        if rest.hasPrefix("public ") {
            pending += indent + attribute
            flush()
            result.append(.access)
            pending += rest.dropFirst("public".count) + "\n"
        } else {
            pending += line + "\n"
        }
    }
    // The text's last line break was added once too often by the loop above.
    if pending.hasSuffix("\n") { pending.removeLast() }
    flush()
    return result
}

/// A raw string literal of `text`, with as many `#` as it needs.
func literal(_ text: String) -> String {
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains(hashes + "\"") { hashes += "#" }
    return hashes + "\"\"\"\n" + text + "\n\"\"\"" + hashes
}

/// The files in the order of their names.
let files = inputs.sorted { ($0 as NSString).lastPathComponent < ($1 as NSString).lastPathComponent }.map { path in
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("runtime-embedder: cannot read \(path)\n".utf8))
        exit(1)
    }
    return (name: (path as NSString).lastPathComponent, text: text)
}

var swift: String
if kind == "runtime" {
    swift = """
        // Made at build time by runtime-embedder from Sources/ClientRuntime; do not edit.

        extension RuntimeFile {
            /// The runtime's files, in the order of their names.
            static let all: [RuntimeFile] = [

        """
    for file in files {
        swift += "        RuntimeFile(name: \"\(file.name)\", pieces: [\n"
        for piece in pieces(of: file.text) {
            switch piece {
            case .text(let text): swift += "            .text(\(literal(text))),\n"
            case .access: swift += "            .access,\n"
            case .publicOnly(let text): swift += "            .publicOnly(\(literal(text))),\n"
            }
        }
        swift += "        ]),\n"
    }
} else {
    swift = """
        // Made at build time by runtime-embedder from Sources/ServerCompanion; do not edit.

        extension CompanionFile {
            /// The companion's files, in the order of their names.
            static let all: [CompanionFile] = [

        """
    for file in files {
        swift += "        CompanionFile(name: \"\(file.name)\", text: \(literal(file.text))),\n"
    }
}
swift += "    ]\n}\n"
do {
    let data = Data(swift.utf8)
    if (try? Data(contentsOf: URL(fileURLWithPath: output))) != data {
        try data.write(to: URL(fileURLWithPath: output), options: .atomic)
    }
} catch {
    FileHandle.standardError.write(Data("runtime-embedder: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
