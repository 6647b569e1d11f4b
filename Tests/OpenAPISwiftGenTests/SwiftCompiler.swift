import Foundation
import OpenAPISwiftGen

/// Runs the Swift compiler on generated files, for tests that prove generated code compiles.
///
/// Every module is compiled whole (`-wmo`): one job reads each file once, where a job per file
/// reads them all again (Generated/ type-checks in 3 s so, 12 s file by file). The checks are the
/// same (a file name used twice is refused either way); SwiftPM's own file-by-file build of
/// `Generated/` is the `SignalWire` target of this package.
enum SwiftCompiler {
    /// Type-checks `files` as one module in Swift 6 language mode; gives the exit code and all output.
    static func typecheck(_ files: [GeneratedFile], moduleName: String) throws -> (status: Int32, output: String) {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try write(files, into: folder)
        return try run(["-typecheck", "-swift-version", "6", "-module-name", moduleName, "-wmo"] + paths)
    }

    /// Builds `files` as module `moduleName` (Swift 6 mode), then type-checks `consumer`, a file of
    /// an app that imports it; gives each step's exit code and output (the second is skipped,
    /// with status -1, when the module does not build).
    static func typecheck(
        _ consumer: String, importing files: [GeneratedFile], moduleName: String
    ) throws -> (module: (status: Int32, output: String), consumer: (status: Int32, output: String)) {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try write(files, into: folder.appendingPathComponent("module"))
        let modulePath = folder.appendingPathComponent("\(moduleName).swiftmodule").path
        let module = try run([
            "-emit-module", "-emit-module-path", modulePath, "-parse-as-library", "-swift-version", "6",
            "-module-name", moduleName, "-wmo",
        ] + paths)
        guard module.status == 0 else { return (module, (-1, "")) }
        let app = folder.appendingPathComponent("App.swift")
        try consumer.write(to: app, atomically: true, encoding: .utf8)
        let checked = try run(["-typecheck", "-swift-version", "6", "-module-name", "App", "-I", folder.path, app.path])
        return (module, checked)
    }

    /// Builds each module (Swift 6 mode), then builds and runs `consumer`, the `main.swift` of an
    /// app that imports them all; gives the first failing step's exit code and output, else the program's.
    static func run(_ consumer: String, importing modules: [(name: String, files: [GeneratedFile])]) throws -> (status: Int32, output: String) {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var objects: [String] = []
        for module in modules {
            let paths = try write(module.files, into: folder.appendingPathComponent(module.name))
            let object = folder.appendingPathComponent("\(module.name).o").path
            let built = try run([
                "-emit-module", "-emit-module-path", folder.appendingPathComponent("\(module.name).swiftmodule").path,
                "-parse-as-library", "-swift-version", "6", "-module-name", module.name, "-wmo", "-c", "-o", object,
            ] + paths)
            guard built.status == 0 else { return built }
            objects.append(object)
        }
        let main = folder.appendingPathComponent("main.swift")
        try consumer.write(to: main, atomically: true, encoding: .utf8)
        let program = folder.appendingPathComponent("program").path
        let build = try run(["-swift-version", "6", "-module-name", "App", "-I", folder.path, "-o", program, main.path] + objects)
        guard build.status == 0 else { return build }
        return try execute(program, [])
    }

    /// Builds `files` (one of them `main.swift`) into a program and runs it; gives the exit code
    /// and output of the build when it fails, else of the program.
    static func run(_ files: [GeneratedFile], moduleName: String) throws -> (status: Int32, output: String) {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try write(files, into: folder)
        let program = folder.appendingPathComponent("program").path
        let build = try run(["-swift-version", "6", "-module-name", moduleName, "-wmo", "-o", program] + paths)
        guard build.status == 0 else { return build }
        return try execute(program, [])
    }

    private static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-swift-gen-compile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes the Swift files (a module's documentation catalog is not compiled).
    private static func write(_ files: [GeneratedFile], into folder: URL) throws -> [String] {
        try files.filter { $0.path.hasSuffix(".swift") }.map { file in
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try execute("/usr/bin/env", ["swiftc"] + arguments)
    }

    private static func execute(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

/// The pipeline from spec text to code model, for tests that start from a spec in a string.
enum TestPipeline {
    static func model(_ spec: String, file: String, module: String, config: GeneratorConfig = GeneratorConfig()) throws -> (model: CodeModel, diagnostics: [Diagnostic]) {
        let root = try YAMLLoader.load(Array(spec.utf8), file: file)
        let (document, readerDiagnostics) = try SpecReader.read(root, file: file)
        var config = config
        config.module = module
        let (model, diagnostics) = Translator.translate(document, config: config, specPath: file)
        return (model, readerDiagnostics.all + diagnostics.all)
    }
}
