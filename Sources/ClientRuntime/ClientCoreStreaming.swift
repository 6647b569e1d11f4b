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
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: StreamBody = .none,
        accept: String, idempotencyHeader: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> HTTPStreamedResponse {
        let options = options ?? self.options
        let request = try streamingRequest(method, path, query: query, headers: headers, body: body, accept: accept, idempotencyHeader: idempotencyHeader, options: options)
        let transport = self.transport
        // An upload's head comes after its whole body: only the transport's idle timeout applies then.
        let isUpload: Bool = if case .binary = body { true } else { false }
        let response = try await retrying(request, hasIdempotencyKey: idempotencyHeader != nil, options: options, errors: errors, isBounded: !isUpload) {
            try await transport.stream(request, uploadProgress: options.uploadProgress)
        } failure: { response in
            (200..<300).contains(response.status) ? nil : await response.collected()
        }
        return Self.reportingProgress(of: response, to: options.downloadProgress)
    }

    /// The request of a streaming call, its idempotency key included.
    private func streamingRequest(
        _ method: String, _ path: String, query: Query, headers: Headers, body: StreamBody,
        accept: String, idempotencyHeader: String?, options: RequestOptions
    ) throws(ClientError) -> HTTPRequest {
        var fields = headers.compactMap { name, value in value.map { HTTPHeader(name, $0) } }
        if let idempotencyHeader {
            fields.append(HTTPHeader(idempotencyHeader, options.idempotencyKey ?? UUID().uuidString.lowercased()))
        }
        let json: (BodyEncoding, any JSONEncodable)? = if case .json(let encoding, let value) = body { (encoding, value) } else { nil }
        let binary: BinaryBody? = if case .binary(let bytes) = body { bytes } else { nil }
        return try makeRequest(method, url: try url(path, query: query), headers: fields, body: json, binary: binary, accept: accept, options: options)
    }

    /// A call whose request body is bytes or a file (sent as it is read) and whose success
    /// response is JSON.
    func upload<Response: JSONDecodable & Sendable>(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: BinaryBody,
        idempotencyHeader: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<Response> {
        let whole = try await bytes(
            method, path, query: query, headers: headers, body: .binary(body), accept: "application/json",
            idempotencyHeader: idempotencyHeader, options: options, errors: errors).response
        do {
            return APIResponse(value: try Response(jsonData: whole.body), response: whole)
        } catch {
            throw .decoding(DecodingFailure(error: error, response: whole))
        }
    }

    /// A call whose request body is bytes or a file and whose success response has no JSON body.
    func uploadWithoutResult(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: BinaryBody,
        idempotencyHeader: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<Void> {
        let whole = try await bytes(
            method, path, query: query, headers: headers, body: .binary(body), accept: "*/*",
            idempotencyHeader: idempotencyHeader, options: options, errors: errors).response
        return APIResponse(value: (), response: whole)
    }

    /// The whole body of a binary response.
    func bytes(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: StreamBody = .none,
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
    /// into place at the end; the transport writes as it receives): memory stays flat whatever the
    /// size. On failure or cancellation the partial file is removed and `file` is left as it was.
    func download(
        _ method: String, _ path: String, query: Query = [], headers: Headers = [], body: StreamBody = .none,
        accept: String, to file: URL, idempotencyHeader: String? = nil, options: RequestOptions?, errors: ErrorBodies
    ) async throws(ClientError) -> APIResponse<URL> {
        let options = options ?? self.options
        let request = try streamingRequest(method, path, query: query, headers: headers, body: body, accept: accept, idempotencyHeader: idempotencyHeader, options: options)
        let partial = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).partial-\(UUID().uuidString)")
        let transport = self.transport
        let response: HTTPResponse
        do throws(ClientError) {
            response = try await retrying(request, hasIdempotencyKey: idempotencyHeader != nil, options: options, errors: errors, isBounded: false) {
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
        if let error = error as? TransportError {
            if error.kind == .cancelled { return .cancelled }
            return .transport(error.message.contains("bytes of the body")
                ? error : TransportError(error.kind, "\(error.message) (after \(received) bytes of the body)"))
        }
        if let error = error as? ClientError { return error }
        return .transport(TransportError(.other, "\(error) (after \(received) bytes of the body)"))
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
