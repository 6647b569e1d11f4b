// The fuzz target: any bytes through the whole pipeline (YAML loader, spec reader, translator,
// renderer). Problems must come back as errors; anything else (a trap, a sanitizer report, a
// hang) is a bug. Built by Tests/Fuzz/run.sh together with the library's sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let root = try? YAMLLoader.load(bytes, file: "fuzz.yaml"),
          let (document, _) = try? SpecReader.read(root, file: "fuzz.yaml")
    else { return 0 }
    let (model, _) = Translator.translate(document, config: GeneratorConfig(), specPath: "fuzz.yaml")
    _ = Renderer.render(model)
    return 0
}
