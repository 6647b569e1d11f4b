import Foundation
import OpenAPISwiftGen
import Testing

/// A spec written to break out of the code it becomes: names and texts holding quotes,
/// backslashes, backticks, line breaks, comment ends, string delimiters, keywords and emoji.
/// The module must compile without warnings and declare nothing the spec does not describe.
@Suite struct HostileNamesTests {
    static let spec = #"""
        openapi: 3.1.0
        info:
          title: "Evil */ \"\"\" #\" \\ ` title"
          version: "1\"; let injectedVersion = 1 //"
          description: "line1\n*/ func injectedFromInfo() {}\n\"\"\"\n#\"\n/*"
        servers:
          - url: "https://{space\"}.example.com/\"); func injectedFromServer() {} //"
        paths:
          "/things/{id\"}/\\\"); func injectedFromPath() {} //":
            get:
              operationId: "get\"; func injectedFromOperation() {} //"
              summary: "*/ func injectedFromSummary() {} /*"
              parameters:
                - name: "id\""
                  in: path
                  required: true
                  schema: {type: string}
                - name: "q\"); func injectedFromQuery() {} //"
                  in: query
                  schema: {type: string}
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Evil"Name; struct InjectedType {}'
        components:
          schemas:
            "Evil\"Name; struct InjectedType {}":
              type: object
              description: "*/ struct InjectedFromDescription {} /*\n\"\"\" #\"\n\\\r\n/// not a doc"
              required: [class]
              properties:
                "quote\"": {type: string}
                "back\\slash": {type: string}
                "back`tick": {type: string}
                "new\nline": {type: string}
                "*/": {type: string}
                '"""': {type: string}
                '#"': {type: string}
                class: {type: string, description: "ends with a backslash \\"}
                "🙂": {type: string}
                "x\"); func injectedFromKey() {} //": {type: string}
                self: {type: string}
                Type: {type: string}
                init: {type: string}
            "Enum\u0000Null":
              type: string
              enum: ["a\"b", "\\\"); func injectedFromEnum() {} //", "🙂", "*/", "\u2028", "default", "self"]
        """#

    static let injected = [
        "injectedVersion", "injectedFromInfo", "injectedFromServer", "injectedFromPath", "injectedFromOperation",
        "injectedFromSummary", "injectedFromQuery", "InjectedType", "InjectedFromDescription", "injectedFromKey",
        "injectedFromEnum",
    ]

    @Test func hostileSpecCompilesAndDeclaresNothingElse() throws {
        let (model, _) = try TestPipeline.model(Self.spec, file: "evil.yaml", module: "Evil")
        let files = Renderer.render(model).files
        let result = try SwiftCompiler.typecheck(files, moduleName: "Evil")
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("warning:"), "\(result.output)")

        let declared = files.flatMap { Self.declaredNames(in: Self.code(of: $0.contents)) }
        for name in Self.injected {
            #expect(!declared.contains(name), "\(name) was declared")
        }
        // Every declaration outside comments and strings is one the generator meant to write.
        let code = files.map { Self.code(of: $0.contents) }.joined()
        #expect(!code.contains("injected"), "injected code outside comments and strings")
    }

    /// The text with comments and string literals blanked out.
    static func code(of text: String) -> String {
        var result = ""
        var iterator = Array(text.unicodeScalars)[...]
        while let scalar = iterator.popFirst() {
            if scalar == "/", iterator.first == "/" {
                while let next = iterator.first, next != "\n" { iterator = iterator.dropFirst() }
            } else if scalar == "\"" {
                while let next = iterator.popFirst() {
                    if next == "\\" { _ = iterator.popFirst(); continue }
                    if next == "\"" { break }
                }
                result += "\"\""
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Names after `struct`, `enum`, `func`, `var`, `let`, `case`, `typealias`.
    static func declaredNames(in code: String) -> [String] {
        let words = code.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") })
        var names: [String] = []
        for (index, word) in words.enumerated().dropLast()
        where ["struct", "enum", "func", "var", "let", "case", "typealias", "class"].contains(word) {
            names.append(String(words[index + 1]))
        }
        return names
    }
}
