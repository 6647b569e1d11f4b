import Foundation

/// Lists that come in pages: where the items and the next link are.
extension Translator {
    /// A list is paginated when its page is an object with an array `data` and a `links` object
    /// whose `next` is a string: the shape of SignalWire's lists (and many others).
    func pagination(of response: TypeReference?) -> Pagination? {
        guard let page = declared.structure(response) else { return nil }
        let arrays = page.properties.filter { if case .array = $0.type { true } else { false } }
        guard let items = arrays.first(where: { Self.itemKeys.contains($0.key) }) ?? (arrays.count == 1 ? arrays[0] : nil),
              case .array(let item) = items.type, let next = nextLink(in: page)
        else { return nil }
        return Pagination(next: next, items: Self.step(items), item: item)
    }

    /// Where a page's array of items is, when it has more than one array.
    static let itemKeys: Set<String> = ["data", "items", "results", "entries", "records"]
    /// Where a page's link to the next page is: a string at one of these keys, at the top or in `links`.
    static let nextKeys = ["next", "next_page_uri", "next_page_url", "nextPageUrl", "next_url", "nextUrl"]

    /// The properties from a page to its next link: `next`, `links.next`, `next_page_uri`, ...
    func nextLink(in page: StructDeclaration) -> [Pagination.Step]? {
        if let next = page.properties.first(where: { Self.nextKeys.contains($0.key) && $0.type == .string }) {
            return [Self.step(next)]
        }
        guard let links = page.properties.first(where: { $0.key == "links" }), let linkType = declared.structure(links.type),
              let next = linkType.properties.first(where: { $0.key == "next" }), next.type == .string
        else { return nil }
        return [Self.step(links), Self.step(next)]
    }

    static func step(_ property: PropertyDeclaration) -> Pagination.Step {
        Pagination.Step(property: property.name, key: property.key, isOptional: property.presence != .required)
    }
}
