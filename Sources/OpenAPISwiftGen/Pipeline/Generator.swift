import Foundation

/// The pipeline, one straight line: load -> read -> translate -> render.
public enum Generator {
    public struct Output: Sendable {
        public var files: [GeneratedFile]
        /// The examples file (`SpecExamples.swift`), for a test target.
        public var examples: GeneratedFile
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
    public static func generate(specPath: String, displayPath: String, config: GeneratorConfig) throws(DiagnosticError) -> Output {
        let bytes = try readFile(specPath, displayPath: displayPath)
        let loaded = try YAMLLoader.load(bytes, file: displayPath)
        let root = try ReferenceBundler.bundle(loaded, path: specPath, displayPath: displayPath)
        let (document, readerDiagnostics) = try SpecReader.read(root, file: displayPath)
        let (model, translatorDiagnostics) = Translator.translate(document, config: config, specPath: displayPath)
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
            diagnostics: readerDiagnostics.all + translatorDiagnostics.all,
            operationCount: model.client.root.operationCount,
            typeCount: model.types.count,
            unfilteredCounts: unfilteredCounts,
            sources: Sources(tree: root, document: document, model: model)
        )
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
