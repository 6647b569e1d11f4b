import Foundation

/// Calls whose bodies are not read whole: server-sent events, bytes, downloads to a file, and
/// uploads from one. Retries happen only until the response's head arrives; after that, the body
/// belongs to the caller.
extension ClientCore {
    /// Sends a request and gives the success response as it arrives; an error status reads the
    /// body (at most 1 MB) for its documented type and throws.
    func stream(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: RequestBody = .none,
        accept: String, idempotencyHeader: String? = nil, operation: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> HTTPStreamedResponse {
        let options = options ?? self.options
        let request = try request(method, path, query: query, headers: headers, body: body, accept: accept, idempotencyHeader: idempotencyHeader, operation: operation, options: options)
        let transport = self.transport
        // An upload's head comes after its whole body: only the transport's idle timeout applies then.
        let isUpload: Bool = if case .binary = body { true } else { false }
        let response = try await retrying(request, hasIdempotencyKey: idempotencyHeader != nil, options: options, errors: errors, isBounded: !isUpload) { request in
            try await transport.stream(request, uploadProgress: options.uploadProgress)
        } failure: { response in
            (200..<300).contains(response.status) ? nil : await response.collected()
        }
        return Self.reportingProgress(of: response, to: options.downloadProgress)
    }

    /// A call whose request body is bytes or a file (sent as it is read) and whose success
    /// response is JSON.
    func upload<Response: JSONDecodable & Sendable>(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: BinaryBody,
        accept: String = "application/json", idempotencyHeader: String? = nil, operation: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<Response> {
        try Self.decoded(await bytes(
            method, path, query: query, headers: headers, body: .binary(body), accept: accept,
            idempotencyHeader: idempotencyHeader, operation: operation, options: options, errors: errors).response)
    }

    /// A call whose request body is bytes or a file and whose success response has no JSON body.
    func uploadWithoutResult(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: BinaryBody,
        idempotencyHeader: String? = nil, operation: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<Void> {
        let whole = try await bytes(
            method, path, query: query, headers: headers, body: .binary(body), accept: "*/*",
            idempotencyHeader: idempotencyHeader, operation: operation, options: options, errors: errors).response
        return APIResponse(value: (), response: whole)
    }

    /// The whole body of a binary response.
    func bytes(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: RequestBody = .none,
        accept: String, idempotencyHeader: String? = nil, operation: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<Data> {
        let response = try await stream(
            method, path, query: query, headers: headers, body: body, accept: accept,
            idempotencyHeader: idempotencyHeader, operation: operation, options: options, errors: errors)
        var data = Data()
        do {
            for try await chunk in response.body { data.append(chunk) }
        } catch {
            throw Self.bodyError(error, received: Int64(data.count))
        }
        let whole = HTTPResponse(status: response.status, headers: response.headers, body: data)
        return APIResponse(value: data, response: whole)
    }

    /// Writes a binary response into `file` as it arrives (through a partial file beside it, moved
    /// into place at the end; the transport writes as it receives): memory stays flat whatever the
    /// size. On failure or cancellation the partial file is removed and `file` is left as it was.
    func download(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: RequestBody = .none,
        accept: String, to file: URL, idempotencyHeader: String? = nil, operation: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<URL> {
        let options = options ?? self.options
        let request = try request(method, path, query: query, headers: headers, body: body, accept: accept, idempotencyHeader: idempotencyHeader, operation: operation, options: options)
        let partial = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).partial-\(UUID().uuidString)")
        let transport = self.transport
        let response: HTTPResponse
        do throws(ClientError) {
            response = try await retrying(request, hasIdempotencyKey: idempotencyHeader != nil, options: options, errors: errors, isBounded: false) { request in
                guard FileManager.default.createFile(atPath: partial.path, contents: nil) else {
                    throw ClientError.invalidRequest("cannot write beside \(file.path)")
                }
                return try await transport.download(request, into: partial, progress: options.downloadProgress, uploadProgress: options.uploadProgress)
            } failure: { response in
                (200..<300).contains(response.status) ? nil : response
            }
            if Task.isCancelled { throw ClientError.cancelled }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
        do {
            if FileManager.default.fileExists(atPath: file.path) {
                _ = try FileManager.default.replaceItemAt(file, withItemAt: partial)
            } else {
                try FileManager.default.moveItem(at: partial, to: file)
            }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw ClientError.invalidRequest("cannot move the download into \(file.path): \(error.localizedDescription)")
        }
        return APIResponse(value: file, response: response)
    }

    /// A failure while the body arrived: cancellation, or a transport error that states the bytes received.
    static func bodyError(_ error: any Error, received: Int64) -> ClientError {
        if error is CancellationError || Task.isCancelled { return .cancelled }
        let failure = error as? TransportError ?? TransportError(.other, "\(error)")
        return failure.kind == .cancelled ? .cancelled : .transport(failure.afterReceiving(received))
    }

    /// The same response, its body reporting progress as it is read.
    private static func reportingProgress(
        of response: HTTPStreamedResponse, to progress: (@Sendable (TransferProgress) -> Void)?
    ) -> HTTPStreamedResponse {
        guard let progress else { return response }
        var response = response
        let source = response.body
        let total = response.expectedLength
        response.body = AsyncThrowingStream { continuation in
            let task = Task {
                var completed: Int64 = 0
                do {
                    for try await chunk in source {
                        completed += Int64(chunk.count)
                        continuation.yield(chunk)
                        progress(TransferProgress(completed: completed, total: total))
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
        return response
    }
}
