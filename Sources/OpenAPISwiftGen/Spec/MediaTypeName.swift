/// A media type's name as the spec writes it (`Application/JSON; charset=utf-8`): its base type,
/// and whether it is JSON. The one place these rules live, for the reader and the translator.
enum MediaTypeName {
    /// `application/json` of `Application/JSON; charset=utf-8`.
    static func base(_ name: String) -> String {
        name.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }

    /// `application/json` or any `+json` type (`application/problem+json`).
    static func isJSON(_ name: String) -> Bool {
        let base = base(name)
        return base == "application/json" || base.hasSuffix("+json")
    }
}
