/// One change of the generated module's API between two specs, named as the calling code sees it.
public struct APIChange: Sendable, Hashable {
    /// What the change does to an app built against the old module, worst first.
    public enum Effect: String, Sendable, CaseIterable, Comparable {
        /// The app no longer compiles: something it may use is gone or has another type.
        case breaking
        /// The app compiles, but a call or a decode that worked fails.
        case runtime
        /// Nothing that worked stops working.
        case compatible

        public var title: String {
            switch self {
            case .breaking: "breaks the build"
            case .runtime: "breaks at run time"
            case .compatible: "compatible"
            }
        }

        public static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var effect: Effect
    /// Where the caller meets it: `client.fabric.sipEndpoints`, or `Types`.
    public var resource: String
    /// The Swift item: `create(...)`, `Room.size`, `Room.Layout`.
    public var subject: String
    /// What changed, in Swift terms.
    public var message: String
    /// JSON pointer of the spec item: in the new spec, or in the old one for a removal.
    public var pointer: String
    public var isInOldSpec: Bool
    /// `PATH:LINE:COL` of the pointer, when it resolves.
    public var location: SourceLocation?

    public init(_ effect: Effect, resource: String, subject: String, message: String, pointer: String, isInOldSpec: Bool = false) {
        self.effect = effect
        self.resource = resource
        self.subject = subject
        self.message = message
        self.pointer = pointer
        self.isInOldSpec = isInOldSpec
    }

    /// The resource that type changes are listed under.
    public static let typesResource = "Types"
}
