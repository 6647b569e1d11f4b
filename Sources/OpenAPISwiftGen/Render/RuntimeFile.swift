/// A source file every generated module carries in its `Runtime/` folder: the JSON reader and
/// writer, the field wrappers, open enums and the HTTP layer. Generated code needs nothing else
/// but Foundation.
///
/// The files are `Sources/ClientRuntime`, embedded at build time (`RuntimeFile.all` is made by
/// the EmbedRuntime plugin), cut where a declaration's access is written.
struct RuntimeFile: Sendable {
    enum Piece: Sendable {
        case text(String)
        /// The access keyword of a declaration.
        case access
        /// A line that only public modules keep (`@inlinable`, which needs public access).
        case publicOnly(String)
    }

    var name: String
    var pieces: [Piece]

    /// The file's text for a module of the given access level.
    func text(access: AccessLevel) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .text(let part): text += part
            case .access: text += access.rawValue
            case .publicOnly(let part): if access == .public { text += part }
            }
        }
        return text
    }
}
