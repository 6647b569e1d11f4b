// The fuzz target: any bytes through the whole pipeline (YAML loader, spec reader, translator,
// renderer). Problems must come back as errors; anything else (a trap, a sanitizer report, a
// hang) is a bug. The YAML is also parsed in two halves wherever it can be cut: when the halves
// join, their tree must be the whole parse's, or the target traps. Built by Tests/Fuzz/run.sh
// together with the library's sources.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let split = bytes.withUnsafeBufferPointer({ YAMLSplit.find(in: $0, minimumSize: 0) }),
       let halves = YAMLLoader.loadInHalves(bytes, at: split, file: "fuzz.yaml", limits: .init()) {
        guard let whole = try? YAMLLoader.loadWhole(bytes, file: "fuzz.yaml"), same(halves, whole) else {
            fatalError("the halves of a split parse gave another tree than the whole parse")
        }
    }
    guard let root = try? YAMLLoader.load(bytes, file: "fuzz.yaml"),
          let (document, _) = try? SpecReader.read(root, file: "fuzz.yaml")
    else { return 0 }
    let (model, _) = Translator.translate(document, config: GeneratorConfig(), specPath: "fuzz.yaml")
    _ = Renderer.render(model)
    return 0
}

/// The same nodes, texts, styles and places.
private func same(_ a: YAMLNode, _ b: YAMLNode) -> Bool {
    guard a.location == b.location else { return false }
    switch (a.content, b.content) {
    case (.scalar(let x), .scalar(let y)):
        return x == y
    case (.sequence(let x), .sequence(let y)):
        return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
    case (.mapping(let x), .mapping(let y)):
        return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.keyLocation == $1.keyLocation && same($0.value, $1.value) }
    default:
        return false
    }
}
