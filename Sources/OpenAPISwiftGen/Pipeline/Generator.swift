import Foundation

/// The pipeline, one straight line: load -> read -> translate -> render.
public enum Generator {
    public struct Output: Sendable {
        public var files: [GeneratedFile]
        /// The examples file (`SpecExamples.swift`), for a test target.
        public var examples: GeneratedFile
        /// The server companion's files, when the config asks for them (`server-companion`), else none.
        public var companion: [GeneratedFile]
        public var diagnostics: [Diagnostic]
        /// Operations and top-level types generated, for summaries.
        public var operationCount: Int
        public var typeCount: Int
        /// The same without operation filters, when there are some (else nil).
        public var unfilteredCounts: (operations: Int, types: Int)?
        /// What the files were made from. A process about to exit can keep these rather than
        /// free them object by object, which costs about a tenth of a run on a large spec.
        public var sources: Sources
    }

    public struct Sources: Sendable {
        /// The spec's YAML tree (with any `$ref`ed files bundled in).
        public var tree: YAMLNode
        public var document: OpenAPIDocument
        public var model: CodeModel
    }

    /// Generates a module from the spec at `specPath`; `displayPath` is how file headers and
    /// diagnostics name it.
    /// `sourceName`: how the files' first line names the spec (`displayPath` when nil).
    public static func generate(specPath: String, displayPath: String, sourceName: String? = nil, config: GeneratorConfig) throws(DiagnosticError) -> Output {
        var (root, document, model, diagnostics) = try translate(specPath: specPath, displayPath: displayPath, config: config)
        if let sourceName { model.specPath = sourceName }
        try checkOperationIds(of: config, in: document)
        let (files, examples) = Renderer.render(model)
        var unfilteredCounts: (operations: Int, types: Int)?
        if config.filtersOperations {
            var everything = config
            everything.operationIds = []
            everything.excludedOperationIds = []
            everything.tags = []
            everything.pathPrefixes = []
            let whole = Translator.translate(document, config: everything, specPath: displayPath).0
            unfilteredCounts = (whole.client.root.operationCount, whole.types.count)
        }
        return Output(
            files: files,
            examples: examples,
            companion: config.serverCompanion == nil ? [] : Renderer.companion(model),
            diagnostics: diagnostics,
            operationCount: model.client.root.operationCount,
            typeCount: model.types.count,
            unfilteredCounts: unfilteredCounts,
            sources: Sources(tree: root, document: document, model: model)
        )
    }

    /// The first stages: the spec's tree (with `$ref`ed files bundled in), its document, and the code model.
    public static func translate(
        specPath: String, displayPath: String, config: GeneratorConfig
    ) throws(DiagnosticError) -> (tree: YAMLNode, document: OpenAPIDocument, model: CodeModel, diagnostics: [Diagnostic]) {
        let bytes = try readFile(specPath, displayPath: displayPath)
        let loaded = try YAMLLoader.load(bytes, file: displayPath)
        let root = try ReferenceBundler.bundle(loaded, path: specPath, displayPath: displayPath)
        let (document, readerDiagnostics) = try SpecReader.read(root, file: displayPath)
        let (model, translatorDiagnostics) = Translator.translate(document, config: config, specPath: displayPath)
        return (root, document, model, readerDiagnostics.all + translatorDiagnostics.all)
    }

    /// Every operationId the config names is one of the spec's; else an error where the config
    /// names it, with the closest one (a misspelt filter or name would be ignored without a word).
    static func checkOperationIds(of config: GeneratorConfig, in document: OpenAPIDocument) throws(DiagnosticError) {
        let known = document.operations.compactMap(\.operationId)
        let ids = Set(known)
        for named in config.operationIdLocations where !ids.contains(named.name) {
            let hint = Spelling.closest(to: named.name, in: known).map { "; did you mean '\($0)'?" } ?? ""
            throw DiagnosticError("'\(named.name)' is no operationId of the spec\(hint)", at: named.location)
        }
    }

    /// A spec to compare: where to read it and how to name it.
    public struct SpecFile: Sendable {
        public var path: String
        public var displayPath: String

        public init(path: String, displayPath: String) {
            self.path = path
            self.displayPath = displayPath
        }
    }

    /// The API changes from `old` to `new`, both through the same pipeline and config (read at
    /// the same time), each change placed at `PATH:LINE:COL` in the spec it is about.
    public static func diff(old: SpecFile, new: SpecFile, config: GeneratorConfig) throws(DiagnosticError) -> (report: APIDiffReport, diagnostics: [Diagnostic]) {
        let sides = [old, new].concurrentMap { file in
            Result { () throws(DiagnosticError) in try translate(specPath: file.path, displayPath: file.displayPath, config: config) }
        }
        let before = try sides[0].get()
        let after = try sides[1].get()
        var changes = APIComparison.changes(from: before.model, to: after.model)
        for index in changes.indices {
            let tree = changes[index].isInOldSpec ? before.tree : after.tree
            // A pointer that does not resolve (into a bundled file, past a `$ref`) is placed at its nearest ancestor.
            var pointer = Substring(changes[index].pointer.hasPrefix("#") ? String(changes[index].pointer.dropFirst()) : changes[index].pointer)
            while changes[index].location == nil, !pointer.isEmpty {
                changes[index].location = (try? tree.descendant(atPointer: pointer))?.location
                pointer = pointer[..<(pointer.lastIndex(of: "/") ?? pointer.startIndex)]
            }
        }
        // Both sides' warnings would repeat for every unchanged item; they are the new side's.
        return (APIDiffReport(oldName: old.displayPath, newName: new.displayPath, changes: changes), after.diagnostics)
    }

    /// A file's bytes, or an error that names it.
    public static func readFile(_ path: String, displayPath: String) throws(DiagnosticError) -> [UInt8] {
        guard let bytes = FileSystem.contents(of: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw DiagnosticError(exists ? "cannot read \(displayPath)" : "no such file: \(displayPath)", at: nil)
        }
        return bytes
    }

    /// Reads a config file.
    public static func loadConfig(path: String, displayPath: String) throws(DiagnosticError) -> GeneratorConfig {
        try ConfigReader.read(YAMLLoader.load(readFile(path, displayPath: displayPath), file: displayPath))
    }
}
