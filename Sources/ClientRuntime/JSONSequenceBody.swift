import Foundation

/// Items sent as a JSON Lines (`application/jsonl`, `application/x-ndjson`) or JSON text sequence
/// (`application/json-seq`) request body: from an array, or from any async sequence that makes
/// them as it goes (records read from a database, a file, another stream).
///
/// The items are written into a temporary file as the sequence yields them, then the file is
/// sent (read from disk as it goes, and again on a retry) and removed: memory stays flat however
/// many items there are.
public struct JSONSequenceBody<Item: JSONEncodable & Sendable>: Sendable {
    let writeItems: @Sendable (_ write: (Item) throws -> Void) async throws -> Void

    public init<Items: AsyncSequence & Sendable>(_ items: Items) where Items.Element == Item {
        writeItems = { write in
            for try await item in items { try write(item) }
        }
    }

    public init(_ items: [Item]) {
        writeItems = { write in
            for item in items { try write(item) }
        }
    }
}

extension ClientCore {
    /// Sends the items as the media type carries them, and decodes the JSON body of the success response.
    func sendItems<Item, Response: JSONDecodable & Sendable>(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], items: JSONSequenceBody<Item>, mediaType: String,
        accept: String = "application/json", idempotencyHeader: String? = nil, operation: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<Response> {
        let file = try await Self.temporaryFile(of: items, mediaType: mediaType)
        defer { try? FileManager.default.removeItem(at: file) }
        return try await upload(
            method, path, query: query, headers: headers, body: .file(file, contentType: mediaType), accept: accept,
            idempotencyHeader: idempotencyHeader, operation: operation, options: options, errors: errors)
    }

    /// Sends the items as the media type carries them; the success response has no JSON body.
    func sendItemsWithoutResult<Item>(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], items: JSONSequenceBody<Item>, mediaType: String,
        idempotencyHeader: String? = nil, operation: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<Void> {
        let file = try await Self.temporaryFile(of: items, mediaType: mediaType)
        defer { try? FileManager.default.removeItem(at: file) }
        return try await uploadWithoutResult(
            method, path, query: query, headers: headers, body: .file(file, contentType: mediaType),
            idempotencyHeader: idempotencyHeader, operation: operation, options: options, errors: errors)
    }

    /// A new temporary file holding the items: one per line (JSON Lines), or each after a record
    /// separator and ending in a line feed (RFC 7464, for `application/json-seq`). A sequence that
    /// throws fails the call before anything is sent, and leaves no file behind.
    static func temporaryFile<Item>(of items: JSONSequenceBody<Item>, mediaType: String) async throws(ClientError) -> URL {
        let isTextSequence = mediaType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } == "application/json-seq"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("items-\(UUID().uuidString).\(isTextSequence ? "json-seq" : "jsonl")")
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = try? FileHandle(forWritingTo: url) else {
            throw .invalidRequest("the items could not be written to a temporary file at \(url.path)")
        }
        var pending = Data()
        do {
            try await items.writeItems { item in
                if isTextSequence { pending.append(0x1E) }
                pending.append(contentsOf: item.jsonBytes())
                pending.append(0x0A)
                if pending.count >= 1 << 16 {
                    try handle.write(contentsOf: pending)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: pending)
            try handle.close()
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: url)
            if error is CancellationError { throw .cancelled }
            throw .invalidRequest("the items to send failed: \(error)")
        }
        return url
    }
}
