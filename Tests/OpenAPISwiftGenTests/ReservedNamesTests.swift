import Foundation
@testable import OpenAPISwiftGen
import Testing

/// The names a generated type may not take, derived from the code the generator writes: the
/// runtime, `Generated/` and the snippet goldens. When the runtime or a renderer starts using a
/// new name unqualified, these tests name it until `Naming.generatedCodeTypeNames` holds it.
@Suite struct ReservedNamesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The client's names in this repository's modules: they come from the config, which the
    /// translator keeps free.
    static let clientNames = ["Client", "SignalWireClient"]

    /// The code of the runtime, and of the module-specific files (types, client, snippets).
    static let runtimeCode = RuntimeFile.all.map { SwiftCode(text: $0.text(access: .public)) }
    static let moduleCode: [SwiftCode] = {
        let folders = ["Generated/Types", "Generated/Client", "Tests/OpenAPISwiftGenTests/Snippets"]
        return folders.flatMap { folder -> [SwiftCode] in
            let url = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".swift") }.sorted().map {
                SwiftCode(text: (try? String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)) ?? "")
            }
        }
    }()

    @Test func everyRuntimeTypeIsReserved() {
        let declared = Set(Self.runtimeCode.flatMap(\.topLevelDeclarations))
        #expect(declared.count > 30)
        #expect(declared.subtracting(Naming.generatedCodeTypeNames).sorted() == [])
    }

    /// Every name the module's code uses unqualified and does not declare for the spec (or
    /// inside the runtime's own types) is one no top-level generated type can take.
    @Test func everyNameTheCodeUsesIsReservedAtTheTopLevel() {
        #expect(Self.moduleCode.count > 20)
        let code = Self.runtimeCode + Self.moduleCode
        let local = Set(Self.runtimeCode.flatMap { $0.nestedDeclarations + $0.genericParameters })
            .union(Self.moduleCode.flatMap { $0.topLevelDeclarations + $0.nestedDeclarations + $0.genericParameters })
            .union(Self.clientNames)
        let used = Set(code.flatMap(\.unqualifiedTypeNames)).subtracting(local)
        #expect(used.count > 60)
        #expect(used.subtracting(Naming.reservedTopLevelNames).sorted() == [])
    }

    /// Code inside a generated type sees its nested types first: every name that code uses must
    /// also be kept from nested types.
    @Test func everyNameGeneratedTypesUseIsReservedForNestedTypes() {
        let declared = Set(Self.moduleCode.flatMap { $0.topLevelDeclarations + $0.nestedDeclarations + $0.genericParameters })
            .union(Self.clientNames)
        let used = Set(Self.moduleCode.flatMap(\.unqualifiedTypeNames)).subtracting(declared)
        #expect(used.count > 20)
        #expect(used.subtracting(Naming.generatedCodeTypeNames).sorted() == [])
    }

    /// The names every generated module's code uses, for specs that try to take them all.
    static var namesTheCodeUses: [String] {
        let local = Set(runtimeCode.flatMap { $0.nestedDeclarations + $0.genericParameters })
            .union(moduleCode.flatMap { $0.topLevelDeclarations + $0.nestedDeclarations + $0.genericParameters })
            .union(clientNames)
        return Set((runtimeCode + moduleCode).flatMap(\.unqualifiedTypeNames)).subtracting(local).sorted()
    }
}

/// Swift source with comments and string literals taken out, and the names it declares and uses.
struct SwiftCode {
    /// The text without comments and string literals, as lines.
    let lines: [Substring]

    init(text: String) {
        var code = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "/", scalars.first == "/" {
                while let next = scalars.first, next != "\n" { scalars = scalars.dropFirst() }
            } else if scalar == "/", scalars.first == "*" {
                while let next = scalars.popFirst(), !(next == "*" && scalars.first == "/") {}
                _ = scalars.popFirst()
            } else if scalar == "#", scalars.first == "\"" || scalars.first == "#" {
                var hashes = 1
                while scalars.first == "#" { hashes += 1; scalars = scalars.dropFirst() }
                Self.skipString(&scalars, hashes: hashes)
                code += "\"\""
            } else if scalar == "\"" {
                Self.skipString(&scalars, hashes: 0, openingQuoteRead: true)
                code += "\"\""
            } else {
                code.unicodeScalars.append(scalar)
            }
        }
        lines = code.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Skips a string literal (`"..."` or `"""..."""`, with `hashes` `#` around it).
    private static func skipString(_ scalars: inout ArraySlice<Unicode.Scalar>, hashes: Int, openingQuoteRead: Bool = false) {
        if !openingQuoteRead { _ = scalars.popFirst() }
        let multiline = scalars.starts(with: ["\"", "\""])
        if multiline { scalars = scalars.dropFirst(2) }
        let quotes = multiline ? 3 : 1
        while let scalar = scalars.popFirst() {
            if scalar == "\\", hashes == 0 { _ = scalars.popFirst(); continue }
            if scalar == "\"" {
                var rest = scalars
                var count = 1
                while count < quotes, rest.first == "\"" { count += 1; rest = rest.dropFirst() }
                var closing = 0
                while closing < hashes, rest.first == "#" { closing += 1; rest = rest.dropFirst() }
                if count == quotes, closing == hashes { scalars = rest; return }
            }
        }
    }

    private static let declarationKeywords: Set<Substring> = ["struct", "enum", "class", "protocol", "typealias", "actor", "associatedtype"]

    /// Names declared at the start of a line (outside any type), and inside types.
    var topLevelDeclarations: [String] { declarations(nested: false) }
    var nestedDeclarations: [String] { declarations(nested: true) }

    private func declarations(nested: Bool) -> [String] {
        var names: [String] = []
        for line in lines where (line.first?.isWhitespace ?? false) == nested {
            let words = Self.words(line)
            for (index, word) in words.enumerated().dropLast() where Self.declarationKeywords.contains(word.text) {
                names.append(String(words[index + 1].text))
            }
        }
        return names
    }

    /// Generic parameters: the first word of each item in `<...>` after a declared name or `init`.
    var genericParameters: [String] {
        var names: [String] = []
        for line in lines {
            var rest = line[...]
            while let open = rest.firstIndex(of: "<") {
                // `init<T>`, or `func name<T>` / `struct Name<T>`: the word before `<` is declared.
                let head = rest[..<open]
                let declaresHere = head.hasSuffix("init")
                    || Self.words(head).suffix(2).first.map { ["func", "struct", "enum", "class"].contains($0.text) } == true
                guard let close = rest[open...].firstIndex(of: ">") else { break }
                if declaresHere {
                    for item in rest[rest.index(after: open)..<close].split(separator: ",") {
                        if let first = Self.words(item).first { names.append(String(first.text)) }
                    }
                }
                rest = rest[rest.index(after: close)...]
            }
        }
        return names
    }

    /// Capitalized names not reached through a `.` (those are members of something qualified).
    var unqualifiedTypeNames: [String] {
        lines.flatMap { line in
            Self.words(line).filter { !$0.afterDot && $0.text.first!.isUppercase }.map { String($0.text) }
        }
    }

    /// Identifiers of a line, each with whether a `.` stands right before it.
    private static func words(_ line: Substring) -> [(text: Substring, afterDot: Bool)] {
        var result: [(Substring, Bool)] = []
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            guard character.isLetter || character == "_" else { index = line.index(after: index); continue }
            let start = index
            while index < line.endIndex, line[index].isLetter || line[index].isNumber || line[index] == "_" {
                index = line.index(after: index)
            }
            let afterDot = start > line.startIndex && line[line.index(before: start)] == "."
            result.append((line[start..<index], afterDot))
        }
        return result
    }
}
