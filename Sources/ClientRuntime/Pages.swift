import Foundation

/// Every page of a list, fetched as the sequence is iterated: the first page from the list call,
/// then each page its predecessor's `next` link points to, until there is none.
///
/// Next links must stay on the client's host, and a link already followed ends the sequence
/// with ``ClientError/paginationLoop(_:)`` rather than looping forever.
public struct Pages<Page: JSONDecodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page

    let core: ClientCore
    let options: RequestOptions?
    /// The list's operationId, which middleware sees for the following pages too.
    let operation: String?
    let first: @Sendable () async throws(ClientError) -> Page
    let next: @Sendable (Page) -> String?

    init(
        core: ClientCore, options: RequestOptions?, operation: String? = nil, next: @escaping @Sendable (Page) -> String?,
        first: @escaping @Sendable () async throws(ClientError) -> Page
    ) {
        self.core = core
        self.options = options
        self.operation = operation
        self.first = first
        self.next = next
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: self)
    }

    /// The items of every page, in order.
    public func items<Item: Sendable>(_ items: @escaping @Sendable (Page) -> [Item]) -> PageItems<Page, Item> {
        PageItems(pages: self, items: items)
    }

    public struct Iterator: AsyncIteratorProtocol {
        public typealias Failure = ClientError

        let pages: Pages
        private var started = false
        private var nextLink: String?
        private var visited: Set<String> = []

        init(pages: Pages) {
            self.pages = pages
        }

        public mutating func next() async throws(ClientError) -> Page? {
            let page: Page
            if !started {
                started = true
                page = try await pages.first()
            } else {
                guard let link = nextLink else { return nil }
                guard visited.insert(link).inserted else { throw .paginationLoop(link) }
                page = try await pages.core.send(link: link, operation: pages.operation, options: pages.options).value
            }
            nextLink = pages.next(page).flatMap { $0.isEmpty ? nil : $0 }
            return page
        }
    }
}

/// The items of every page of a list, fetched page by page as the sequence is iterated.
public struct PageItems<Page: JSONDecodable & Sendable, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    let pages: Pages<Page>
    let items: @Sendable (Page) -> [Item]

    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: pages.makeAsyncIterator(), items: items)
    }

    public struct Iterator: AsyncIteratorProtocol {
        public typealias Failure = ClientError

        var pages: Pages<Page>.Iterator
        let items: @Sendable (Page) -> [Item]
        var buffer: [Item] = []
        var position = 0

        public mutating func next() async throws(ClientError) -> Item? {
            while position == buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = items(page)
                position = 0
            }
            defer { position += 1 }
            return buffer[position]
        }
    }
}
