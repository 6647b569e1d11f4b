import Foundation
import OpenAPISwiftGen
import Testing

/// Files and streams end to end: the streams snippet (`Snippets/streams.yaml`) compiled with the
/// loopback server and a program that downloads and uploads 200 MB, measuring its own peak
/// memory (in a process of its own, so that other tests do not count), records progress, cancels
/// a download, survives a cut connection and reads an event stream through the generated client.
@Suite struct TransferTests {
    static let program = ##"""
        import Foundation

        /// A field of /proc/self/status, in kB.
        func status(_ field: String) -> Int {
            let text = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
            let line = text.split(separator: "\n").first { $0.hasPrefix(field + ":") } ?? ""
            return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") ?? 0
        }
        /// Starts a new peak: the resident size now, as a baseline.
        func resetPeak() -> Int {
            try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
            return status("VmRSS")
        }
        final class Progress: @unchecked Sendable {
            private let lock = NSLock()
            private var values: [TransferProgress] = []
            var onReport: (@Sendable (TransferProgress) -> Void)?
            func record(_ value: TransferProgress) {
                lock.withLock { values.append(value) }
                onReport?(value)
            }
            var all: [TransferProgress] { lock.withLock { values } }
            /// "in order, ending at N of N", or what is wrong.
            var summary: String {
                let all = self.all
                guard let last = all.last else { return "no reports" }
                let ordered = zip(all, all.dropFirst()).allSatisfy { $0.completed <= $1.completed }
                return (ordered ? "in order" : "out of order") + ", ending at \(last.completed) of \(last.total.map(String.init) ?? "?")"
            }
        }

        let size = 200 * 1024 * 1024
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("transfers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let server = try LoopbackServer(keepsBodies: false) { request in
            switch request.path {
            case "/reports/big/file":
                return .init(status: 200, headers: [("Content-Type", "application/pdf")], stream: .pattern(size: size))
            case "/reports/cut/file":
                return .init(status: 200, headers: [("Content-Type", "application/pdf")], stream: .pattern(size: size, cutAfter: 1_000_000))
            case "/avatars/me":
                return .init(status: 200, body: Data(#"{"url":"https://example.com/\#(request.bodyLength)"}"#.utf8))
            case "/chat":
                return .init(status: 200, headers: [("Content-Type", "text/event-stream")], stream: .pieces([
                    (0, Data("data: {\"text\":\"Hel\"}\n\n: thinking\n\n".utf8)),
                    (0.05, Data("data: {\"text\":\"lo\",\"done\":true,\"tokens\":2}\n\n".utf8)),
                ]))
            default:
                return .init(status: 404, body: Data())
            }
        }
        defer { server.stop() }
        let client = try SnippetClient(host: server.host)

        // A 200 MB download into a file.
        let file = folder.appendingPathComponent("report.pdf")
        let downloads = Progress()
        var options = client.options
        options.downloadProgress = { downloads.record($0) }
        var baseline = resetPeak()
        try await client.reports.file.get(id: "big", to: file, options: options)
        print("download: +\((status("VmHWM") - baseline) / 1024) MB")
        let written = try FileHandle(forReadingFrom: file)
        let size1 = try written.seekToEnd()
        try written.seek(toOffset: 123_456_789)
        let sample = try written.read(upToCount: 1)!
        try written.close()
        print("download: \(size1) bytes, byte 123456789 \(sample[0] == LoopbackServer.patternByte(at: 123_456_789) ? "right" : "wrong"), progress \(downloads.summary)")
        try FileManager.default.removeItem(at: file)

        // A 200 MB upload from a file.
        let source = folder.appendingPathComponent("avatar.png")
        FileManager.default.createFile(atPath: source.path, contents: nil)
        let writer = try FileHandle(forWritingTo: source)
        let block = Data(repeating: 0x5A, count: 1 << 20)
        for _ in 0..<200 { try writer.write(contentsOf: block) }
        try writer.close()
        let uploads = Progress()
        options = client.options
        options.uploadProgress = { uploads.record($0) }
        baseline = resetPeak()
        let avatar = try await client.avatars.update(id: "me", .file(source, contentType: "image/png"), options: options)
        print("upload: +\((status("VmHWM") - baseline) / 1024) MB")
        print("upload: \(avatar.url), progress \(uploads.summary)")

        // A download cancelled when 10 MB have arrived: the partial file goes, `file` never appears.
        final class Holder: @unchecked Sendable { var task: Task<URL, any Error>? }
        let holder = Holder()
        let cancelling = Progress()
        cancelling.onReport = { if $0.completed > 10_000_000 { holder.task?.cancel() } }
        options = client.options
        options.downloadProgress = { cancelling.record($0) }
        let cancelled = Task { try await client.reports.file.get(id: "big", to: file, options: options) }
        holder.task = cancelled
        switch await cancelled.result {
        case .success: print("cancelled: finished anyway")
        case .failure(let error): print("cancelled: \(error), file \(FileManager.default.fileExists(atPath: file.path) ? "exists" : "absent"), folder holds \(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted())")
        }

        // A connection cut after 1,000,000 bytes.
        do {
            try await client.reports.file.get(id: "cut", to: file)
            print("cut: finished")
        } catch {
            print("cut: \(error), file \(FileManager.default.fileExists(atPath: file.path) ? "exists" : "absent")")
        }

        // The body as chunks, and as Data.
        let streamed = try await client.reports.file.getStream(id: "cut")
        var chunks = 0
        do { for try await _ in streamed.body { chunks += 1 } } catch { print("stream: \(streamed.status), \(streamed.expectedLength ?? -1) announced, failed after \(chunks > 0 ? "some" : "no") chunks") }

        // A multipart body with file parts from bytes and from a file.
        let forms = try LoopbackServer { request in
            .init(status: 201, body: Data(#"{"url":"https://example.com/documents/1"}"#.utf8))
        }
        defer { forms.stop() }
        let notes = folder.appendingPathComponent("notes.md")
        try Data("# Notes".utf8).write(to: notes)
        _ = try await SnippetClient(host: forms.host).documents.create(
            title: "Q3", file: FilePart(Data("hello".utf8), filename: "report.txt", contentType: "text/plain"),
            attachments: [FilePart(file: notes, contentType: "text/markdown")])
        let form = String(decoding: forms.requests[0].body, as: UTF8.self)
        let boundary = forms.requests[0].header("Content-Type")?.components(separatedBy: "boundary=").last ?? "?"
        print("multipart: " + form.replacingOccurrences(of: boundary, with: "B").replacingOccurrences(of: "\r\n", with: "|"))
        do {
            _ = try await SnippetClient(host: forms.host).documents.create(title: "Q3", file: FilePart(file: folder.appendingPathComponent("missing.pdf")))
        } catch {
            print("multipart missing: \(error)".replacingOccurrences(of: folder.path, with: "FOLDER"))
        }

        // An event stream through the generated client.
        for try await event in try await client.chat.create(prompt: "Hi") {
            print("event: \(event.data.text) \(event.data.done.map(String.init) ?? "-") line \(event.line) \(event.data.jsonString())")
        }
        """##

    @Test func downloadsUploadsCancellationCutsAndEventStreams() throws {
        let fragment = try String(contentsOf: SnippetTests.folder.appendingPathComponent("streams.yaml"), encoding: .utf8)
        let files = try SnippetTests.generateModule(fromSchemas: fragment, file: "streams.yaml")
        let server = try String(contentsOf: APIDiffTests.root.appendingPathComponent("Tests/TestSupport/LoopbackServer.swift"), encoding: .utf8)
        let result = try SwiftCompiler.run(
            files + [GeneratedFile(path: "LoopbackServer.swift", contents: server), GeneratedFile(path: "main.swift", contents: Self.program)],
            moduleName: "Snippet")
        #expect(result.status == 0, "\(result.output.prefix(3000))")
        let lines = result.output.split(separator: "\n").map(String.init)
        func line(_ prefix: String) -> String { lines.first { $0.hasPrefix(prefix) } ?? "(no line \(prefix))" }
        /// The figure of the line `prefix +N MB`.
        func megabytes(_ prefix: String) -> Int { Int(line(prefix + " +").dropFirst(prefix.count + 2).prefix(while: \.isNumber)) ?? .max }
        print("TransferTests, peak memory over the start of each transfer: \(line("download: +")), \(line("upload: +"))")
        #expect(megabytes("download:") <= 30, "\(line("download: +"))")
        #expect(line("download: 2") == "download: 209715200 bytes, byte 123456789 right, progress in order, ending at 209715200 of 209715200")
        #expect(megabytes("upload:") <= 30, "\(line("upload: +"))")
        #expect(line("upload: h") == "upload: https://example.com/209715200, progress in order, ending at 209715200 of 209715200")
        #expect(line("cancelled:") == "cancelled: the call was cancelled, file absent, folder holds [\"avatar.png\"]")
        #expect(line("cut:").hasPrefix("cut: the request failed: "), "\(line("cut:"))")
        #expect(line("cut:").contains(" (after ") && line("cut:").contains(" bytes of the body)") && line("cut:").hasSuffix("file absent"), "\(line("cut:"))")
        #expect(line("stream:") == "stream: 200, 209715200 announced, failed after some chunks")
        #expect(line("multipart: ") == "multipart: --B|Content-Disposition: form-data; name=\"title\"||Q3|"
            + "--B|Content-Disposition: form-data; name=\"file\"; filename=\"report.txt\"|Content-Type: text/plain||hello|"
            + "--B|Content-Disposition: form-data; name=\"attachments\"; filename=\"notes.md\"|Content-Type: text/markdown||# Notes|--B--|")
        #expect(line("multipart missing:") == "multipart missing: invalid request: the file of the part 'file', FOLDER/missing.pdf, cannot be read")
        #expect(lines.filter { $0.hasPrefix("event:") } == [
            #"event: Hel - line 2 {"text":"Hel"}"#,
            #"event: lo true line 6 {"text":"lo","done":true,"tokens":2}"#,
        ])
    }
}
