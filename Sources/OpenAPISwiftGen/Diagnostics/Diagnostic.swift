/// One problem found in the input, with where it is.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var message: String
    public var location: SourceLocation?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// `path:line:col: error: message`, or `error: message` when there is no place to point at.
    public var description: String {
        if let location {
            return "\(location): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
    }
}

/// A problem that stops the pipeline. Carries the diagnostic that explains it.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostic: Diagnostic

    public init(_ message: String, at location: SourceLocation?) {
        diagnostic = Diagnostic(.error, message, at: location)
    }

    public var description: String { diagnostic.description }
}

/// Collects the recoverable problems (warnings) a stage meets on its way.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func warn(_ message: String, at location: SourceLocation?) {
        all.append(Diagnostic(.warning, message, at: location))
    }

    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
}
