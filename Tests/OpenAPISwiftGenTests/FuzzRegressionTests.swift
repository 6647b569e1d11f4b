import Foundation
import OpenAPISwiftGen
import Testing

/// Inputs that once crashed the pipeline (from fuzzing or review), kept in Tests/Fuzz/Regressions:
/// each must now end in a result or an error. A crash would end the test run.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Regressions")

    static var inputs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func thereAreRegressionInputs() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func inputRunsThroughThePipeline(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        do {
            let root = try YAMLLoader.load(bytes, file: name)
            let (document, _) = try SpecReader.read(root, file: name)
            let (model, _) = Translator.translate(document, config: GeneratorConfig(), specPath: name)
            #expect(!Renderer.render(model).files.isEmpty)
        } catch {
            #expect(error.description.hasPrefix(name + ":"), "\(error)")
        }
    }
}
