/// A source file of the server companion: a module of its own beside the generated one, for server
/// apps, with what needs packages other than Foundation (an AsyncHTTPClient transport, swift-log,
/// swift-metrics and swift-distributed-tracing middleware). The config's `server-companion` names
/// its folder.
///
/// The files are `Sources/ServerCompanion`, embedded at build time (`CompanionFile.all` is made by
/// the EmbedRuntime plugin). They are written for the SignalWire module; each is given the
/// generated module's name in its import.
struct CompanionFile: Sendable {
    var name: String
    var text: String

    /// The import line every companion file has, of the module it was written for.
    static let moduleImport = "import SignalWire"

    /// The companion's files for `module`, each with `header` first.
    static func files(module: String, header: String) -> [GeneratedFile] {
        all.map { file in
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line == moduleImport ? "import \(module)" : String(line)
            }
            return GeneratedFile(path: file.name, contents: header + lines.joined(separator: "\n"))
        }
    }
}
