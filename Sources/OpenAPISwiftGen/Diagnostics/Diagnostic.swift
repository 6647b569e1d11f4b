/// One problem found in the input, with where it is.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    /// JSON pointer of the spec element the problem is in, e.g. `#/components/schemas/Pet`.
    public var pointer: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, pointer: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.pointer = pointer
    }

    /// `path:line:col: error: message [#/json/pointer]`; without a place, `error: message`.
    public var description: String {
        var text = "\(severity.rawValue): \(message)"
        if let location { text = "\(location): " + text }
        if let pointer { text += " [\(pointer)]" }
        return text
    }
}

/// A problem that stops the pipeline. Carries the diagnostic that explains it.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic

    public init(_ message: String, at location: SourceLocation?, pointer: String? = nil) {
        diagnostic = Diagnostic(.error, message, at: location, pointer: pointer)
    }

    public var description: String { diagnostic.description }
}

/// Collects the recoverable problems (warnings) a stage meets on its way.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func warn(_ message: String, at location: SourceLocation?, pointer: String? = nil) {
        all.append(Diagnostic(.warning, message, at: location, pointer: pointer))
    }

    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
}
