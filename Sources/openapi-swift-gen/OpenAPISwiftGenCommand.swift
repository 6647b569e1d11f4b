import ArgumentParser
import Foundation
import OpenAPISwiftGen

@main
struct OpenAPISwiftGenCommand: ParsableCommand {
    /// Runs the command. Exit codes: 0 success, 1 errors in the spec or config (or stale output
    /// in `check`), 2 usage errors.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "openapi-swift-gen",
        abstract: "Generates a self-contained Swift client module from an OpenAPI 3.0/3.1 description.",
        discussion: """
            With no arguments, regenerates the module described by
            spec/openapi-swift-gen.yaml (here: Generated/ from spec/openapi.yaml).
            A spec named on the command line is generated from the command line
            alone: no config file is read unless --config names one, and --output
            is then required. The command writes only into the output folders it
            was given, and its summary line names each of them.

            Examples:
              openapi-swift-gen
              openapi-swift-gen check
              openapi-swift-gen generate api.yaml --output Sources/API --module API
              openapi-swift-gen check api.yaml --output Sources/API
              openapi-swift-gen diff --base origin/main
              openapi-swift-gen diff old.yaml new.yaml --fail-on breaking

            Problems are printed as
              PATH:LINE:COL: error|warning: message [#/json/pointer]
            Exit codes: 0 success; 1 errors in the spec or config, warnings with
            --strict, or stale output in check; 2 usage errors.
            """,
        version: "0.1.0",
        subcommands: [Generate.self, Check.self, Diff.self],
        defaultSubcommand: Generate.self
    )
}

/// Options shared by `generate` and `check`.
struct SpecOptions: ParsableArguments {
    @Argument(help: "The OpenAPI document (YAML or JSON). Default: the config's spec.")
    var spec: String?

    @Option(name: .long, help: "The generator's config file. Default: spec/openapi-swift-gen.yaml when no spec is named; none when one is.")
    var config: String?

    @Option(name: .long, help: "The output folder. Default: the config's output; required when a spec is named without --config.")
    var output: String?

    @Option(name: .long, help: "Where to write SpecExamples.swift (the spec's examples as round-trip checks). Default: the config's examples; nowhere without a config.")
    var examples: String?

    @Option(name: .long, help: "Where to write the server companion (a module that imports this one: an AsyncHTTPClient transport, logs, metrics, traces). Default: the config's server-companion; nowhere without a config.")
    var serverCompanion: String?

    @Option(name: .long, help: "The module name, used in headers and docs. Default: the config's module, or API.")
    var module: String?

    @Option(name: .long, help: "The client type's name. Default: the config's client, or the module's name followed by Client (Shop: ShopClient).")
    var client: String?

    @Flag(name: .long, help: "Treat warnings as errors: print them, write nothing, exit 1.")
    var strict = false

    /// A spec named without a config has no output folder but the one given.
    func validate() throws {
        if spec != nil, config == nil, output == nil {
            throw ValidationError("--output is required when a spec is named without --config (no config file is read then)")
        }
    }

    /// A run's config, spec, folders and what it generated for them.
    struct Run {
        var config: GeneratorConfig
        var spec: String
        var output: String
        var examples: String?
        var companion: String?
        var result: Generator.Output

        /// Each folder this run writes, with its files: the module's first.
        var folders: [(folder: OutputFolder, files: [GeneratedFile])] {
            var folders = [(OutputFolder(path: output), result.files)]
            if let examples { folders.append((OutputFolder(path: examples), [result.examples])) }
            if let companion { folders.append((OutputFolder(path: companion), result.companion)) }
            return folders
        }
    }

    /// Generates, printing the warnings; with `--strict` a warning stops everything.
    func generate() throws(DiagnosticError) -> Run {
        var (config, spec, output, examples, companion) = try resolve()
        config.serverCompanion = companion
        let result = try Generator.generate(specPath: spec, displayPath: spec, sourceName: Self.sourceName(spec: spec, output: output), config: config)
        keepUntilExit(result.sources)
        if strict, !result.diagnostics.isEmpty {
            var errors = result.diagnostics
            for index in errors.indices { errors[index].severity = .error }
            report(Array(errors.dropLast()))
            throw DiagnosticError(errors.last!.message, at: errors.last!.location, pointer: errors.last!.pointer)
        }
        report(result.diagnostics)
        return Run(config: config, spec: spec, output: output, examples: examples, companion: companion, result: result)
    }

    /// The command ends soon after generating: the spec's tree, document and model are left for the
    /// operating system to reclaim at exit instead of being freed one object at a time.
    private func keepUntilExit(_ sources: Generator.Sources) {
        UnsafeMutablePointer<Generator.Sources>.allocate(capacity: 1).initialize(to: sources)
    }

    /// The config file to read: the one named with `--config`; with no spec named, the default
    /// one; with a spec named and no `--config`, none, so a run for another spec never takes
    /// this folder's output locations, names or credentials.
    static let defaultConfig = "spec/openapi-swift-gen.yaml"

    /// The config, the spec path and the output folders, with command-line options over the config file.
    func resolve() throws(DiagnosticError) -> (config: GeneratorConfig, spec: String, output: String, examples: String?, companion: String?) {
        var settings = GeneratorConfig()
        var base = ""
        let configPath = config ?? (spec == nil ? Self.defaultConfig : nil)
        if let configPath {
            guard FileManager.default.fileExists(atPath: configPath) else {
                throw DiagnosticError(
                    spec == nil && config == nil
                        ? "no spec given and no config at \(configPath); run 'openapi-swift-gen generate SPEC --output DIR'"
                        : "no such config file: \(configPath)",
                    at: nil)
            }
            settings = try Generator.loadConfig(path: configPath, displayPath: configPath)
            base = (configPath as NSString).deletingLastPathComponent
        }
        let specPath = spec ?? Self.join(base, settings.spec)
        let outputPath = output ?? Self.join(base, settings.output)
        if let module {
            settings.module = module
        } else if configPath == nil, let existing = Self.existingNames(in: outputPath) {
            // Without a config, the folder's own module and client: `check` after `generate --module Shop` needs no --module.
            settings.module = existing.module
            if client == nil { settings.client = existing.client }
        }
        if let client { settings.client = client }
        let examplesPath = examples ?? (configPath == nil ? nil : settings.examples.map { Self.join(base, $0) })
        let companionPath = serverCompanion ?? (configPath == nil ? nil : settings.serverCompanion.map { Self.join(base, $0) })
        if companionPath != nil, let problem = settings.serverCompanionProblem(at: nil) { throw problem }
        return (settings, Self.normalized(specPath), Self.normalized(outputPath), examplesPath.map(Self.normalized), companionPath.map(Self.normalized))
    }

    /// How the generated files' first line names the spec, the same on every machine and from
    /// every folder: its path from the package or repository that holds the output folder (the
    /// nearest folder above it with a `Package.swift` or `.git`), else from the folder the output
    /// folder is in; its file name when it lies outside that folder.
    static func sourceName(spec: String, output: String) -> String {
        let files = FileManager.default
        let here = files.currentDirectoryPath
        func absolute(_ path: String) -> String { normalized(path.hasPrefix("/") ? path : here + "/" + path) }
        let specPath = absolute(spec)
        let outputParent = (absolute(output) as NSString).deletingLastPathComponent
        var root = outputParent
        var folder = outputParent
        while !folder.isEmpty {
            if files.fileExists(atPath: folder + "/Package.swift") || files.fileExists(atPath: folder + "/.git") {
                root = folder
                break
            }
            guard folder != "/" else { break }
            folder = (folder as NSString).deletingLastPathComponent
        }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return specPath.hasPrefix(prefix) ? String(specPath.dropFirst(prefix.count)) : (specPath as NSString).lastPathComponent
    }

    /// The module and client of a module the generator wrote into `folder`: its catalog
    /// `NAME.docc/NAME.md` and its client file `Client/NAME.swift`; nil when there is none.
    static func existingNames(in folder: String) -> (module: String, client: String)? {
        let files = OutputFolder(path: folder).existingGeneratedFiles()
        let module = files.lazy.compactMap { file -> String? in
            let parts = file.split(separator: "/")
            guard parts.count == 2, parts[0].hasSuffix(".docc"), parts[1] == parts[0].dropLast(5) + ".md" else { return nil }
            return String(parts[0].dropLast(5))
        }.first
        let client = files.lazy.compactMap { file -> String? in
            guard file.hasPrefix("Client/"), file.hasSuffix(".swift") else { return nil }
            let name = file.dropFirst(7).dropLast(6)
            return name.contains(".") || name.contains("/") || name == "Webhooks" ? nil : String(name)
        }.first
        guard let module, let client else { return nil }
        return (module, client)
    }

    /// The options that name this run's spec, config and module, for a hint to paste:
    /// nothing for the default config, else e.g. `api.yaml --output Sources/API --module API`.
    func repeated(output: String, module: String) -> String {
        guard spec != nil || config != nil else { return "" }
        var words = [spec, config.map { "--config \($0)" }, "--output \(output)", "--module \(module)"].compactMap { $0 }
        if let client { words.append("--client \(client)") }
        return " " + words.map { $0.contains(" ") && !$0.hasPrefix("--") ? "'\($0)'" : $0 }.joined(separator: " ")
    }

    /// The spec and config options of `diff --base` for the same spec: nothing for the default config.
    var diffArguments: String {
        [spec, config.map { "--config \($0)" }].compactMap { $0 }.map { " " + $0 }.joined()
    }

    private static func join(_ base: String, _ path: String) -> String {
        base.isEmpty || path.hasPrefix("/") ? path : base + "/" + path
    }

    /// `spec/../Generated` -> `Generated`, so headers and messages read well.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}

/// Prints diagnostics to standard error and turns a failure into exit code 1.
func runReportingErrors(_ body: () throws(DiagnosticError) -> Void) throws {
    do {
        try body()
    } catch {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        throw ExitCode(1)
    }
}

/// `A`, `A and B`, `A, B and C`.
func listed(_ items: [String]) -> String {
    items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
}

func report(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
        FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Generates (or updates) the module's files.")

    @OptionGroup var options: SpecOptions

    func run() throws {
        try runReportingErrors { () throws(DiagnosticError) in
            let start = Date()
            let run = try options.generate()
            let (config, spec, result) = (run.config, run.spec, run.result)
            var changes = OutputFolder.Changes()
            for (folder, files) in run.folders {
                changes.add(try folder.write(files))
            }
            let seconds = Date().timeIntervalSince(start)
            let warnings = result.diagnostics.filter { $0.severity == .warning }.count
            let files = run.folders.map(\.files.count).reduce(0, +)
            print(
                "Generated \(config.module) in \(listed(run.folders.map(\.folder.path))) "
                    + "from \(spec): \(Self.counts(result)), \(files) files "
                    + "(\(changes.added.count + changes.modified.count) written, \(changes.unchanged.count) unchanged, "
                    + "\(changes.removed.count) removed), \(warnings) warning\(warnings == 1 ? "" : "s"), "
                    + String(format: "%.2f s", seconds)
            )
            if let line = apiSummary(spec: spec, config: config, model: result.sources.model, diffArguments: options.diffArguments) { print(line) }
        }
    }
}

/// `API since HEAD: ...; run ...` when the spec differs from the one committed at HEAD and the
/// generated API changes with it; nil otherwise (no git, an untracked spec, no change).
func apiSummary(spec: String, config: GeneratorConfig, model: CodeModel, diffArguments: String) -> String? {
    guard let committed = GitRevision.contents(specPath: spec, revision: "HEAD"),
          let current = try? Generator.readFile(spec, displayPath: spec), committed != current,
          let base = try? GitRevision.export(specPath: spec, revision: "HEAD") else { return nil }
    defer { base.remove() }
    guard let old = try? Generator.translate(specPath: base.spec.path, displayPath: base.spec.displayPath, config: config) else { return nil }
    let report = APIDiffReport(oldName: "HEAD", newName: spec, changes: APIComparison.changes(from: old.model, to: model))
    guard !report.changes.isEmpty else { return nil }
    return "API since HEAD: \(report.summary); run 'openapi-swift-gen diff --base HEAD\(diffArguments)' for details"
}

extension Generate {
    /// `5 operations, 17 types`, or with filters `5 of 253 operations, 14 of 912 types`.
    static func counts(_ result: Generator.Output) -> String {
        guard let whole = result.unfilteredCounts else {
            return "\(result.operationCount) operations, \(result.typeCount) types"
        }
        return "\(result.operationCount) of \(whole.operations) operations, \(result.typeCount) of \(whole.types) types"
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Exits 0 when the output folder is what the spec produces, else prints a unified diff and exits 1."
    )

    @OptionGroup var options: SpecOptions

    func run() throws {
        var stale = false
        try runReportingErrors { () throws(DiagnosticError) in
            let run = try options.generate()
            let (config, spec, output, result, folders) = (run.config, run.spec, run.output, run.result, run.folders)
            // Each folder is read once: its changes give both the diff and the counts.
            var changes = OutputFolder.Changes()
            var diff = ""
            for (folder, files) in folders {
                let folderChanges = folder.changes(for: files)
                changes.add(folderChanges)
                diff += folder.diff(against: files, changes: folderChanges)
            }
            if let line = apiSummary(spec: spec, config: config, model: result.sources.model, diffArguments: options.diffArguments) { print(line) }
            if diff.isEmpty {
                print("\(listed(folders.map(\.folder.path))) \(folders.count == 1 ? "is" : "are") up to date with \(spec) (\(folders.map(\.files.count).reduce(0, +)) files).")
            } else {
                print(diff, terminator: "")
                FileHandle.standardError.write(Data((
                    "error: \(listed(folders.map(\.folder.path))) differ from what \(spec) produces: \(changes.added.count) missing, "
                        + "\(changes.modified.count) different, \(changes.removed.count) extra; run 'openapi-swift-gen generate\(options.repeated(output: output, module: config.module))' to regenerate\n"
                ).utf8))
                stale = true
            }
        }
        if stale { throw ExitCode(1) }
    }
}

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Names what a spec change does to the generated Swift API, and whether it breaks apps.",
        discussion: """
            Compares two specs (OLD NEW), or the spec at a git revision with the
            working tree (--base REV [NEW]; NEW defaults to the config's spec).
            Both go through the same pipeline and config, so the comparison is of
            the Swift API the module exposes. Each change is classified: breaking
            (an app no longer compiles), runtime (it compiles, but a call or decode
            that worked fails), compatible. See the README for the rules.
            Exit codes: 0, or 3 with --fail-on when a change of that class is
            found; 1 errors in a spec or config; 2 usage errors.
            """
    )

    @Argument(help: "The old spec, then the new one; with --base, only the new one (optional).")
    var specs: [String] = []

    @Option(name: .long, help: "Compare the spec at this git revision (e.g. origin/main, HEAD~1) with the working tree.")
    var base: String?

    @Option(name: .long, help: "The generator's config file (names, filters, naming). Default: spec/openapi-swift-gen.yaml when no spec is named; none when one is.")
    var config: String?

    @Option(name: .long, help: "text (default), markdown or json.")
    var format: String = "text"

    @Option(name: .long, help: "Exit 3 when a change of this class is found: breaking, runtime (or breaking), any.")
    var failOn: String?

    func validate() throws {
        guard APIDiffReport.Format(rawValue: format) != nil else { throw ValidationError("--format must be text, markdown or json") }
        if let failOn, !["breaking", "runtime", "any"].contains(failOn) { throw ValidationError("--fail-on must be breaking, runtime or any") }
        if base == nil, specs.count != 2 { throw ValidationError("name two specs (OLD NEW), or use --base REV") }
        if base != nil, specs.count > 1 { throw ValidationError("with --base, name at most one spec (the new one)") }
    }

    func run() throws {
        var failed = false
        try runReportingErrors { () throws(DiagnosticError) in
            let start = Date()
            var settings = GeneratorConfig()
            var configBase = ""
            let configPath = config ?? (specs.isEmpty ? SpecOptions.defaultConfig : nil)
            if let configPath {
                guard FileManager.default.fileExists(atPath: configPath) else { throw DiagnosticError("no such config file: \(configPath)", at: nil) }
                settings = try Generator.loadConfig(path: configPath, displayPath: configPath)
                configBase = (configPath as NSString).deletingLastPathComponent
            }
            let old: Generator.SpecFile
            let new: Generator.SpecFile
            var exported: GitRevision?
            if let base {
                let path = specs.first ?? SpecOptions.normalized(configBase.isEmpty ? settings.spec : configBase + "/" + settings.spec)
                new = Generator.SpecFile(path: path, displayPath: path)
                exported = try GitRevision.export(specPath: path, revision: base)
                old = exported!.spec
            } else {
                old = Generator.SpecFile(path: specs[0], displayPath: specs[0])
                new = Generator.SpecFile(path: specs[1], displayPath: specs[1])
            }
            defer { exported?.remove() }
            let (comparison, diagnostics) = try Generator.diff(old: old, new: new, config: settings)
            report(diagnostics)
            print(comparison.render(APIDiffReport.Format(rawValue: format)!), terminator: "")
            FileHandle.standardError.write(Data(String(format: "Compared in %.2f s\n", Date().timeIntervalSince(start)).utf8))
            switch failOn {
            case "breaking": failed = comparison.count(.breaking) > 0
            case "runtime": failed = comparison.count(.breaking) + comparison.count(.runtime) > 0
            case "any": failed = !comparison.changes.isEmpty
            default: break
            }
        }
        if failed { throw ExitCode(3) }
    }
}
