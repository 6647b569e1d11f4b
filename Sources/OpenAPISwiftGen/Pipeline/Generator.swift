import Foundation

/// The pipeline, one straight line: load -> read -> translate -> render.
public enum Generator {
    public struct Output: Sendable {
        public var files: [GeneratedFile]
        public var diagnostics: [Diagnostic]
    }

    /// Generates a module from the spec at `specPath`; `displayPath` is how file headers and
    /// diagnostics name it.
    public static func generate(specPath: String, displayPath: String, config: GeneratorConfig) throws(DiagnosticError) -> Output {
        let bytes = try readFile(specPath, displayPath: displayPath)
        let root = try YAMLLoader.load(bytes, file: displayPath)
        let (document, readerDiagnostics) = try SpecReader.read(root, file: displayPath)
        let (model, translatorDiagnostics) = Translator.translate(document, config: config, specPath: displayPath)
        return Output(files: Renderer.render(model), diagnostics: readerDiagnostics.all + translatorDiagnostics.all)
    }

    /// A file's bytes, or an error that names it.
    public static func readFile(_ path: String, displayPath: String) throws(DiagnosticError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw DiagnosticError(exists ? "cannot read \(displayPath)" : "no such file: \(displayPath)", at: nil)
        }
        return [UInt8](data)
    }

    /// Reads a config file.
    public static func loadConfig(path: String, displayPath: String) throws(DiagnosticError) -> GeneratorConfig {
        try ConfigReader.read(YAMLLoader.load(readFile(path, displayPath: displayPath), file: displayPath))
    }
}
