import Synchronization

/// A place in a source file: 1-based line and column, as editors count them.
///
/// The file is held as its number in the process's table of file names, so a location is plain
/// data: a spec's tree carries one per node, and copying nodes costs no reference counting.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    private let fileNumber: Int
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.init(fileNumber: Self.number(ofFile: file), line: line, column: column)
    }

    /// For callers that make many locations in one file: `number(ofFile:)` once, then this.
    init(fileNumber: Int, line: Int, column: Int) {
        self.fileNumber = fileNumber
        self.line = line
        self.column = column
    }

    public var file: String {
        fileNames.withLock { $0.names[fileNumber] }
    }

    /// The file's number in the table, added on first use.
    static func number(ofFile file: String) -> Int {
        fileNames.withLock { table in
            if let number = table.numbers[file] { return number }
            table.names.append(file)
            table.numbers[file] = table.names.count - 1
            return table.names.count - 1
        }
    }

    /// `path:line:col`, the form compilers use and editors jump to.
    public var description: String { "\(file):\(line):\(column)" }
}

/// Every file name a location has named, in order, and the number of each.
private let fileNames = Mutex<(names: [String], numbers: [String: Int])>(([], [:]))
