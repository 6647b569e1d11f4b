import Foundation

/// Calls whose bodies are not read whole: server-sent events, bytes, downloads to a file, and
/// uploads from one. Retries happen only until the response's head arrives; after that, the body
/// belongs to the caller.
extension ClientCore {
    /// What a streaming call sends: nothing, a JSON (or form) body, or bytes.
    enum StreamBody {
        case none
        case json(BodyEncoding, any JSONEncodable)
        case binary(BinaryBody)
    }

    /// Sends a request and gives the success response as it arrives; an error status reads the
    /// body (at most 1 MB) for its documented type and throws.
    func stream(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: StreamBody,
        accept: String, idempotencyHeader: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> HTTPStreamedResponse {
        let options = options ?? self.options
        var fields = headers.compactMap { name, value in value.map { HTTPHeader(name, $0) } }
        if let idempotencyHeader {
            fields.append(HTTPHeader(idempotencyHeader, options.idempotencyKey ?? UUID().uuidString.lowercased()))
        }
        let json: (BodyEncoding, any JSONEncodable)? = if case .json(let encoding, let value) = body { (encoding, value) } else { nil }
        let binary: BinaryBody? = if case .binary(let bytes) = body { bytes } else { nil }
        let request = try makeRequest(
            method, url: try url(path, query: query), headers: fields, body: json, binary: binary, accept: accept, options: options)
        let repeatable = RetryPolicy.isRepeatable(method: method, hasIdempotencyKey: idempotencyHeader != nil)
        var retry = 0
        while true {
            if Task.isCancelled { throw ClientError.cancelled }
            let response: HTTPStreamedResponse
            switch await attemptStream(request, timeout: options.timeout, uploadProgress: options.uploadProgress) {
            case .success(let answer):
                response = answer
            case .failure(.transport(let error)):
                if error.kind == .cancelled || Task.isCancelled { throw .cancelled }
                if let delay = options.retry.delay(after: error, repeatable: repeatable, retry: retry) {
                    try await wait(delay, policy: options.retry)
                    retry += 1
                    continue
                }
                throw error.kind == .timedOut ? .timedOut(seconds: options.timeout) : .transport(error)
            case .failure(let error):
                throw error
            }
            if (200..<300).contains(response.status) {
                return Self.reportingProgress(of: response, to: options.downloadProgress)
            }
            let whole = await response.collected()
            if let delay = options.retry.delay(after: whole, repeatable: repeatable, retry: retry) {
                try await wait(delay, policy: options.retry)
                retry += 1
                continue
            }
            throw ClientError.status(StatusFailure(response: whole, documentedBody: Self.documentedBody(of: whole, errors)))
        }
    }

    /// The events of a `text/event-stream` response, each event's data decoded by `decode`.
    func events<Payload: Sendable>(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: StreamBody,
        idempotencyHeader: String? = nil, options: RequestOptions?, errors: ErrorBodies,
        decode: @escaping @Sendable (String, Int) throws -> Payload
    ) async throws(ClientError) -> ServerSentEvents<Payload> {
        let response = try await stream(
            method, path, query: query, headers: headers, body: body, accept: "text/event-stream",
            idempotencyHeader: idempotencyHeader, options: options, errors: errors)
        return ServerSentEvents(chunks: response.body, decode: decode)
    }

    /// The whole body of a binary response.
    func bytes(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: StreamBody,
        accept: String, idempotencyHeader: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<Data> {
        let response = try await stream(
            method, path, query: query, headers: headers, body: body, accept: accept,
            idempotencyHeader: idempotencyHeader, options: options, errors: errors)
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
    /// into place at the end): memory stays flat whatever the size. On failure or cancellation the
    /// partial file is removed and `file` is left as it was.
    func download(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: StreamBody,
        accept: String, to file: URL, idempotencyHeader: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<URL> {
        let response = try await stream(
            method, path, query: query, headers: headers, body: body, accept: accept,
            idempotencyHeader: idempotencyHeader, options: options, errors: errors)
        let partial = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).partial-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: partial) else {
            throw ClientError.invalidRequest("cannot write beside \(file.path)")
        }
        var received: Int64 = 0
        do {
            defer { try? handle.close() }
            for try await chunk in response.body {
                try handle.write(contentsOf: chunk)
                received += Int64(chunk.count)
            }
            if Task.isCancelled { throw CancellationError() }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            throw Self.bodyError(error, received: received)
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
        return APIResponse(value: file, response: HTTPResponse(status: response.status, headers: response.headers))
    }

    /// A failure while the body arrived: cancellation, or a transport error that states the bytes received.
    static func bodyError(_ error: any Error, received: Int64) -> ClientError {
        if error is CancellationError || Task.isCancelled { return .cancelled }
        if let error = error as? TransportError {
            if error.kind == .cancelled { return .cancelled }
            return .transport(error.message.contains("bytes of the body")
                ? error : TransportError(error.kind, "\(error.message) (after \(received) bytes of the body)"))
        }
        if let error = error as? ClientError { return error }
        return .transport(TransportError(.other, "\(error) (after \(received) bytes of the body)"))
    }

    /// One attempt, its head bounded by the timeout (the body then has the transport's idle timeout).
    private func attemptStream(
        _ request: HTTPRequest, timeout: Double, uploadProgress: (@Sendable (TransferProgress) -> Void)?
    ) async -> Result<HTTPStreamedResponse, ClientError> {
        let transport = self.transport
        do {
            return .success(try await withThrowingTaskGroup(of: HTTPStreamedResponse.self) { group in
                group.addTask { try await transport.stream(request, uploadProgress: uploadProgress) }
                group.addTask {
                    try await Task.sleep(nanoseconds: UInt64(max(0, timeout) * 1_000_000_000))
                    throw TransportError(.timedOut, "no response within \(timeout) s")
                }
                defer { group.cancelAll() }
                guard let first = try await group.next() else { throw TransportError(.other, "no response") }
                return first
            })
        } catch let error as TransportError {
            return .failure(.transport(error))
        } catch is CancellationError {
            return .failure(.cancelled)
        } catch let error as ClientError {
            return .failure(error)
        } catch {
            return .failure(.transport(TransportError(.other, "\(error)")))
        }
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
