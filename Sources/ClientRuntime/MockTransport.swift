import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A transport that answers the client from the spec's own examples, with no network: hand it to
/// the client in an app's tests and previews (`transport: MockTransport()`).
///
/// - Every operation answers with its documented example (the first success status's), or with a
///   value built from its schema when the spec gives none.
/// - A request is checked first: an operation must match its method and path (after the client's
///   base path, such as the `/v1` of `https://api.example.com/v1`), required query
///   parameters must be there, and a JSON body must be what the schema describes (required keys,
///   types, `null` only where allowed, values of closed enums; see ``Shape``). A request that
///   fails gets the operation's validation status (422 where documented, else 400) and a body
///   that names every problem with its JSON path:
///   `{"errors":[{"path":"$.username","message":"..."}]}`.
/// - ``override(_:with:)`` answers an operation (by operationId) otherwise: a status and body,
///   a response, a transport error, or a closure; several answers are given in turn, the last
///   one repeating. ``requests`` holds every request sent.
/// - A list page's `next` link is pointed at the requesting host; following it gives the same
///   page without the link, so `listAll` ends.
public actor MockTransport: HTTPTransport {
    /// How the mock answers an operation instead of with its example.
    public enum Answer: Sendable {
        /// A status and a JSON body.
        case json(status: Int, body: String)
        case response(HTTPResponse)
        /// The request fails as if the network had.
        case failure(TransportError)
        case handler(@Sendable (HTTPRequest) async throws -> HTTPResponse)
    }

    /// One operation of the spec, as the mock answers it.
    public struct Operation: Sendable {
        public var id: String
        public var method: String
        /// The path template's segments: text, or `{name}` for a parameter.
        public var path: [String]
        public var requiredQuery: [String]
        /// What a JSON request body must look like; nil without one.
        public var body: Shape?
        public var bodyRequired: Bool
        /// A JSON request body the operation accepts: the spec's example, or a value built from
        /// the schema.
        public var requestExample: String?
        public var status: Int
        /// The answer's body: the spec's example or a value built from the schema (for a stream,
        /// its items as the stream carries them); nil for none.
        public var example: String?
        /// The answer's `Content-Type`; among operations of one method and path, the request's
        /// `Accept` chooses the one of its media type.
        public var mediaType: String
        /// Where a page keeps its link to the next page (`links`, `next`), for lists.
        public var nextLink: [String]?
        /// The documented status for an invalid request.
        public var validationStatus: Int

        public init(
            id: String, method: String, path: String, requiredQuery: [String] = [],
            body: Shape? = nil, bodyRequired: Bool = false,
            requestExample: String? = nil, status: Int, example: String?, mediaType: String = "application/json",
            nextLink: [String]? = nil, validationStatus: Int = 400
        ) {
            self.id = id
            self.method = method
            self.path = path.split(separator: "/").map(String.init)
            self.requiredQuery = requiredQuery
            self.body = body
            self.bodyRequired = bodyRequired
            self.requestExample = requestExample
            self.status = status
            self.example = example
            self.mediaType = mediaType
            self.nextLink = nextLink
            self.validationStatus = validationStatus
        }

        /// How many literal segments the path has: the more, the better a match.
        var literalSegments: Int { path.filter { !$0.hasPrefix("{") }.count }

        func matches(method: String, segments: ArraySlice<Substring>) -> Bool {
            guard method == self.method, segments.count == path.count else { return false }
            return zip(path, segments).allSatisfy { template, segment in
                template.hasPrefix("{") ? !segment.isEmpty : template == segment
            }
        }
    }

    public private(set) var requests: [HTTPRequest] = []
    private let operations: [Operation]
    private let checker: ShapeChecker
    private var overrides: [String: [Answer]] = [:]
    /// Why every request fails: an override named no operation of the spec.
    private var unknownOverride: String?
    /// The next-page links this mock gave out; a request for one gets the last page.
    private var givenLinks: Set<String> = []

    /// A mock of `operations`, whose body shapes name types of `shapes`. With
    /// `acceptsUnlistedValues`, a value a closed enum does not list passes (for a server known to
    /// take more values than its spec lists).
    public init(operations: [Operation], shapes: [String: Shape] = [:], acceptsUnlistedValues: Bool = false) {
        self.operations = operations.sorted { $0.literalSegments > $1.literalSegments }
        self.checker = ShapeChecker(shapes: shapes, acceptsUnlistedValues: acceptsUnlistedValues)
    }

    /// Answers the operation `operationId` with `answers` in turn; the last one repeats.
    /// An operationId the spec does not have (a typo) makes every request fail with a transport
    /// error that names it and the closest one, rather than go unnoticed.
    public func override(_ operationId: String, with answers: Answer...) {
        guard operations.contains(where: { $0.id == operationId }) else {
            let hint = Spelling.closest(to: operationId, in: operations.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            unknownOverride = "MockTransport.override names '\(operationId)', which is no operationId of the spec\(hint)"
            return
        }
        overrides[operationId] = answers
    }

    /// Answers every operation from the spec again.
    public func removeOverrides() {
        overrides = [:]
        unknownOverride = nil
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        requests.append(request)
        if let unknownOverride { throw TransportError(.other, unknownOverride) }
        guard let operation = operation(for: request) else {
            return Self.problems(404, [Problem(path: "$", message: "no operation of the spec is \(request.method) \(request.url.path)")])
        }
        if var answers = overrides[operation.id], !answers.isEmpty {
            let answer = answers.count > 1 ? answers.removeFirst() : answers[0]
            overrides[operation.id] = answers
            switch answer {
            case .json(let status, let body):
                return HTTPResponse(status: status, headers: [HTTPHeader("Content-Type", "application/json")], body: Data(body.utf8))
            case .response(let response): return response
            case .failure(let error): throw error
            case .handler(let handler): return try await handler(request)
            }
        }
        let problems = checker.problems(of: request, for: operation)
        guard problems.isEmpty else { return Self.problems(operation.validationStatus, problems) }
        guard let example = operation.example else { return HTTPResponse(status: operation.status) }
        let body = page(example, of: operation, for: request)
        return HTTPResponse(status: operation.status, headers: [HTTPHeader("Content-Type", operation.mediaType)], body: Data(body.utf8))
    }

    /// The operation a request is for: the one its whole path matches, or else the one the rest
    /// of its path matches after the fewest leading segments, the client's base path (`/v1/me`
    /// is `GET /me` of a spec whose server is `https://api.example.com/v1`). Of several media
    /// types for one path, the one the request accepts.
    private func operation(for request: HTTPRequest) -> Operation? {
        let segments = request.url.path.split(separator: "/")
        let accepted = Set((request.headers.first { $0.name.lowercased() == "accept" }?.value ?? "").split(separator: ",").map(Self.baseType))
        for basePath in 0...segments.count {
            let rest = segments.dropFirst(basePath)
            let matching = operations.filter { $0.matches(method: request.method, segments: rest) }
            if let operation = matching.first(where: { accepted.contains(Self.baseType($0.mediaType[...])) }) ?? matching.first { return operation }
        }
        return nil
    }

    /// `text/csv` of `text/csv; q=0.9`.
    private static func baseType(_ mediaType: Substring) -> String {
        (mediaType.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// A JSON answer that lists problems: `{"errors":[{"path":"$.x","message":"..."}]}`.
    static func problems(_ status: Int, _ problems: [Problem]) -> HTTPResponse {
        let errors = problems.map { JSONValue.object(["path": .string($0.path), "message": .string($0.message)]) }
        let body = JSONValue.object(["errors": .array(errors)])
        return HTTPResponse(status: status, headers: [HTTPHeader("Content-Type", "application/json")], body: body.jsonData())
    }

    /// A list's example page: its next link points at the requesting host, or is taken out when
    /// the request follows a link this mock gave, so that the pages end.
    private func page(_ example: String, of operation: Operation, for request: HTTPRequest) -> String {
        guard let path = operation.nextLink, var page = try? JSONValue(jsonString: example),
              case .string(let link)? = page.value(at: path), var next = URLComponents(string: link)
        else { return example }
        if givenLinks.contains(request.url.absoluteString) {
            page.setValue(.null, at: path)
            return page.jsonString()
        }
        next.scheme = request.url.scheme
        next.host = request.url.host
        next.port = request.url.port
        guard let url = next.url?.absoluteString, url != request.url.absoluteString else {
            page.setValue(.null, at: path)
            return page.jsonString()
        }
        givenLinks.insert(url)
        page.setValue(.string(url), at: path)
        return page.jsonString()
    }
}

extension MockTransport.ShapeChecker {
    /// What is wrong with a request for `operation`, each with its JSON path.
    func problems(of request: HTTPRequest, for operation: MockTransport.Operation) -> [MockTransport.Problem] {
        var problems: [MockTransport.Problem] = []
        let query = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        // A deepObject parameter is named with its keys: `filter[R]`.
        for name in operation.requiredQuery where !query.contains(where: { $0.name == name || $0.name.hasPrefix(name + "[") }) {
            problems.append(MockTransport.Problem(path: "$.query.\(name)", message: "the required query parameter is missing"))
        }
        guard let shape = operation.body else { return problems }
        guard let body = request.body, !body.isEmpty else {
            if operation.bodyRequired { problems.append(MockTransport.Problem(path: "$", message: "the request has no body")) }
            return problems
        }
        do {
            let value = try JSONValue(jsonData: body)
            return problems + self.problems(of: value, against: shape, at: "$")
        } catch {
            return problems + [MockTransport.Problem(path: "$", message: error.description)]
        }
    }
}

extension JSONValue {
    /// The value at a path of object keys.
    func value(at path: [String]) -> JSONValue? {
        guard let key = path.first else { return self }
        guard case .object(let object) = self, let value = object[key] else { return nil }
        return value.value(at: Array(path.dropFirst()))
    }

    /// Replaces the value at a path of object keys that is there.
    mutating func setValue(_ value: JSONValue, at path: [String]) {
        guard let key = path.first else {
            self = value
            return
        }
        guard case .object(var object) = self,
              let index = object.entries.firstIndex(where: { $0.key == key }) else { return }
        object.entries[index].value.setValue(value, at: Array(path.dropFirst()))
        self = .object(object)
    }
}
