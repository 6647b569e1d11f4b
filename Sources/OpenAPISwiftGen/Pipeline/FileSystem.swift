#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations the output folder needs, as direct system calls.
///
/// A module is hundreds of files; FileManager and `Data` spend several system calls, a URL and a
/// few allocations on each, which made writing a folder cost more than generating it.
enum FileSystem {
    /// A system call's failure: what was done, to which path, and why.
    struct Failure: Error {
        var message: String

        init(_ action: String, _ path: String) {
            message = "cannot \(action) \(path): \(String(cString: strerror(errno)))"
        }
    }

    /// The whole file, or nil when it cannot be opened (missing, a folder, no permission).
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 4096)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// The first `count` bytes of the file (fewer if it is shorter), or nil when it cannot be read.
    static func prefix(_ path: String, count: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        let filled = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, count) }
        guard filled >= 0 else { return nil }
        return Array(bytes[..<filled])
    }

    /// Creates or replaces the file with `text`.
    static func replace(_ path: String, with text: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw Failure("create", path) }
        var text = text
        let written = text.withUTF8 { buffer in writeAll(descriptor, buffer) }
        let closed = close(descriptor) == 0
        guard written, closed else { throw Failure("write", path) }
    }

    private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// Creates `path` and its missing parents; `known` remembers folders already there.
    static func makeFolders(_ path: String, known: inout Set<String>) throws(Failure) {
        guard !path.isEmpty, !known.contains(path) else { return }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try makeFolders(String(path[..<slash]), known: &known)
        }
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw Failure("create the folder", path) }
        known.insert(path)
    }

    /// Moves a file over another in one step: readers see the old bytes or the new.
    static func move(_ from: String, to: String) throws(Failure) {
        guard rename(from, to) == 0 else { throw Failure("write", to) }
    }

    static func remove(_ path: String) throws(Failure) {
        guard unlink(path) == 0 else { throw Failure("remove", path) }
    }

    /// Removes a folder and everything in it; quiet when it is not there.
    static func removeTree(_ path: String) {
        let (files, folders) = walk(path)
        for file in files { unlink(path + "/" + file) }
        for folder in folders.reversed() { rmdir(path + "/" + folder) }
        rmdir(path)
    }

    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Paths of the files and of the folders under `root`, relative to it, parents before children.
    static func walk(_ root: String) -> (files: [String], folders: [String]) {
        var files: [String] = []
        var folders: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            guard let directory = opendir(relative.isEmpty ? root : root + "/" + relative) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                if isFolder(root + "/" + path) {
                    folders.append(path)
                    pending.append(path)
                } else {
                    files.append(path)
                }
            }
        }
        return (files, folders.sorted())
    }
}
