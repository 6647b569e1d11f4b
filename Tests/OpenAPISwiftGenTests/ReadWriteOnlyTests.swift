import Foundation
import OpenAPISwiftGen
import Testing

/// `Snippets/read-write-only.yaml` compiled with a program: what is received must hold the
/// readOnly keys the schema requires and need not hold writeOnly ones; a value keeps every key
/// it was decoded with; a request body leaves readOnly keys out; the call takes no readOnly argument.
@Suite struct ReadWriteOnlyTests {
    @Test func readOnlyIsReceivedNotSentAndWriteOnlyIsSentNotReceived() throws {
        let fragment = try String(contentsOf: SnippetTests.folder.appendingPathComponent("read-write-only.yaml"), encoding: .utf8)
        let files = try SnippetTests.generateModule(fromSchemas: fragment, file: "read-write-only.yaml")
        let program = #"""
            func show(_ json: String) {
                do {
                    let user = try User(jsonString: json)
                    print("decoded", user.jsonString() == json ? "same" : "changed", String(decoding: user.requestBytes(), as: UTF8.self))
                } catch {
                    print("error", error)
                }
            }
            show(#"{"id":"u1","name":"Ann","created_at":"2024-05-01T12:30:00Z"}"#)
            show(#"{"name":"Ann","created_at":"2024-05-01T12:30:00Z"}"#)
            let new = User(name: "Bob", password: "secret")  // password is required here, id and createdAt are not arguments one must give
            print("made", new.jsonString())
            let mock = MockTransport()
            let created = try await SnippetClient(host: "127.0.0.1", transport: mock).users.create(name: "Bob", password: "secret")
            print("sent", String(decoding: await mock.requests[0].body ?? Data(), as: UTF8.self), created.id ?? "-")
            """#
        let result = try SwiftCompiler.run(files + [GeneratedFile(path: "main.swift", contents: "import Foundation\n" + program)], moduleName: "Snippet")
        #expect(result.status == 0, "\(result.output.prefix(3000))")
        #expect(result.output.split(separator: "\n").map(String.init) == [
            #"decoded same {"name":"Ann"}"#,
            "error $: required key 'id' is missing",
            #"made {"name":"Bob","password":"secret"}"#,
            #"sent {"name":"Bob","password":"secret"} string"#,  // the mock's answer, made from the schema, has the id
        ], "\(result.output.prefix(3000))")
    }
}
