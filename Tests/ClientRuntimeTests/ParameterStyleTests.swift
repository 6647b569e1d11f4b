import Foundation
@testable import ClientRuntime
import TestSupport
import Testing

/// Parameters written as the style table of the OpenAPI specification (3.0.4, "Style Examples")
/// shows them, for `color` as a string, an array and an object, then sent to a loopback server.
@Suite struct ParameterStyleTests {
    static let string = JSONValue.string("blue")
    static let array = JSONValue.array([.string("blue"), .string("black"), .string("brown")])
    static let object = JSONValue.object(["R": .number("100"), "G": .number("200"), "B": .number("150")])

    static func query(_ parameter: StyledParameter) -> String {
        parameter.queryPairs.joined(separator: "&")
    }

    @Test func queryStylesAsTheTableShowsThem() {
        #expect(Self.query(.form("color", Self.string, explode: false)) == "color=blue")
        #expect(Self.query(.form("color", Self.array, explode: false)) == "color=blue,black,brown")
        #expect(Self.query(.form("color", Self.object, explode: false)) == "color=R,100,G,200,B,150")
        #expect(Self.query(.form("color", Self.string)) == "color=blue")
        #expect(Self.query(.form("color", Self.array)) == "color=blue&color=black&color=brown")
        #expect(Self.query(.form("color", Self.object)) == "R=100&G=200&B=150")
        #expect(Self.query(.spaceDelimited("color", Self.array)) == "color=blue%20black%20brown")
        #expect(Self.query(.spaceDelimited("color", Self.object)) == "color=R%20100%20G%20200%20B%20150")
        #expect(Self.query(.pipeDelimited("color", Self.array)) == "color=blue%7Cblack%7Cbrown")
        #expect(Self.query(.pipeDelimited("color", Self.object)) == "color=R%7C100%7CG%7C200%7CB%7C150")
        #expect(Self.query(.deepObject("color", Self.object)) == "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150")
    }

    /// OpenAPI 3.2's `in: querystring`: the value is the whole query string, without its name.
    @Test func aQueryStringIsTheWholeQuery() {
        #expect(Self.query(.querystring("filter", Self.object)) == "R=100&G=200&B=150")
        #expect(Self.query(.querystring("filter", JSONValue.object(["q": .string("a b&c")]))) == "q=a%20b%26c")
        #expect(Self.query(.querystring("filter", Self.object, json: true)) == "%7B%22R%22%3A100%2C%22G%22%3A200%2C%22B%22%3A150%7D")
        #expect(Self.query(.querystring("filter", Self.string)) == "blue")
        #expect(Self.query(.querystring("filter", JSONValue?.none)) == "")
    }

    @Test func pathStylesAsTheTableShowsThem() {
        let cases: [(StyledParameter, String)] = [
            (.matrix("color", Self.string), ";color=blue"),
            (.matrix("color", Self.array), ";color=blue,black,brown"),
            (.matrix("color", Self.object), ";color=R,100,G,200,B,150"),
            (.matrix("color", Self.string, explode: true), ";color=blue"),
            (.matrix("color", Self.array, explode: true), ";color=blue;color=black;color=brown"),
            (.matrix("color", Self.object, explode: true), ";R=100;G=200;B=150"),
            (.matrix("color", JSONValue?.none), ";color"),
            (.label("color", Self.string), ".blue"),
            (.label("color", Self.array), ".blue,black,brown"),
            (.label("color", Self.object), ".R,100,G,200,B,150"),
            (.label("color", Self.array, explode: true), ".blue.black.brown"),
            (.label("color", Self.object, explode: true), ".R=100.G=200.B=150"),
            (.label("color", JSONValue?.none), "."),
            (.simple("color", Self.string), "blue"),
            (.simple("color", Self.array), "blue,black,brown"),
            (.simple("color", Self.object), "R,100,G,200,B,150"),
            (.simple("color", Self.array, explode: true), "blue,black,brown"),
            (.simple("color", Self.object, explode: true), "R=100,G=200,B=150"),
        ]
        for (parameter, expected) in cases {
            #expect(parameter.pathText == expected)
        }
    }

    @Test func headersAreSimpleAndNotPercentEncoded() {
        #expect(StyledParameter.simple("X-Color", Self.array).headerValue == "blue,black,brown")
        #expect(StyledParameter.simple("X-Color", Self.object, explode: true).headerValue == "R=100,G=200,B=150")
        #expect(StyledParameter.simple("X-Color", JSONValue.string("a b/c")).headerValue == "a b/c")
        #expect(StyledParameter.simple("X-Color", JSONValue?.none).headerValue == nil)
        #expect(StyledParameter.json("X-Filter", Self.object).headerValue == #"{"R":100,"G":200,"B":150}"#)
    }

    @Test func valuesArePercentEncodedUnlessReservedCharactersAreAllowed() {
        let text = JSONValue.string("x/y?z#[]&=+%2f %GG😃,")
        #expect(Self.query(.form("q", text)) == "q=x%2Fy%3Fz%23%5B%5D%26%3D%2B%252f%20%25GG%F0%9F%98%83%2C")
        // Reserved characters stay, but not those that would end the value or the query.
        #expect(Self.query(.form("q", text, allowReserved: true)) == "q=x/y?z%23%5B%5D%26%3D%2B%2f%20%25GG%F0%9F%98%83,")
        // A comma inside a value is told apart from the comma that joins values.
        #expect(Self.query(.form("ids", JSONValue.array([.string("a,b"), .string("c")]), explode: false)) == "ids=a%2Cb,c")
        let segment = StyledParameter.simple("id", JSONValue.string("a/b c@d")).pathText
        #expect(segment == "a%2Fb%20c%40d")
        #expect(Self.query(.form("naïve key", JSONValue.string("v"))) == "na%C3%AFve%20key=v")
    }

    @Test func scalarsAbsentValuesAndNestedValues() {
        #expect(Self.query(.form("n", 2.5)) == "n=2.5")
        #expect(Self.query(.form("flag", false)) == "flag=false")
        #expect(Self.query(.form("n", Int?.none)) == "")
        #expect(Self.query(.form("n", JSONValue.null)) == "")
        #expect(Self.query(.form("ids", [String]())) == "")
        #expect(Self.query(.form("ids", [String](), explode: false)) == "ids=")
        #expect(Self.query(.form("o", JSONValue.object(["a": .null, "b": .bool(false), "c": .number("0"), "d": .string("")]))) == "b=false&c=0&d=")
        // deepObject names nested keys; an array's elements are numbered.
        let filter = JSONValue.object(["price": .object(["gte": .number("10")]), "ids": .array([.string("a"), .string("b")])])
        #expect(Self.query(.deepObject("filter", filter)) == "filter%5Bprice%5D%5Bgte%5D=10&filter%5Bids%5D%5B0%5D=a&filter%5Bids%5D%5B1%5D=b")
        // Elsewhere a nested value is its JSON text.
        #expect(Self.query(.form("o", JSONValue.object(["p": .object(["q": .number("1")])]))) == "p=%7B%22q%22%3A1%7D")
        #expect(Self.query(.json("coordinates", JSONValue.object(["lat": .number("1.5"), "long": .number("-2")]))) == "coordinates=%7B%22lat%22%3A1.5%2C%22long%22%3A-2%7D")
    }

    @Test func cookiesArePairsJoinedBySemicolons() {
        #expect(StyledParameter.cookie("color", Self.array, explode: false).cookiePairs == ["color=blue,black,brown"])
        #expect(StyledParameter.cookie("color", Self.array).cookiePairs == ["color=blue", "color=black", "color=brown"])
        #expect(StyledParameter.cookie("color", Self.object).cookiePairs == ["R=100", "G=200", "B=150"])
        #expect(StyledParameter.cookie("s", JSONValue.string("a b;c")).cookiePairs == ["s=a%20b%3Bc"])
        #expect(StyledParameter.cookie("s", JSONValue.string("a%20b"), percentEncoded: false).cookiePairs == ["s=a%20b"])
    }

    /// Every placement at once, as the server receives it.
    @Test func aCallSendsTheExactQueryHeadersAndCookies() async throws {
        let server = try LoopbackServer { _ in .init(status: 200, body: Data("{}".utf8)) }
        defer { server.stop() }
        let core = ClientCore(baseURL: URL(string: "http://\(server.host)/v1")!, defaultHeaders: [], transport: URLSessionTransport(), options: RequestOptions(timeout: 5))
        var options = RequestOptions(timeout: 5)
        options.extraQueryItems = [URLQueryItem(name: "trace", value: "a+b")]
        let _: APIResponse<JSONValue> = try await core.send(
            "GET", "/colors/\(ClientCore.path(.matrix("color", Self.object, explode: true)))/\(ClientCore.pathSegment("a b"))",
            query: [
                .form("ids", [1, 2]), .form("tags", ["x", "y"], explode: false), .pipeDelimited("c", Self.array),
                .deepObject("filter", Self.object), .form("absent", String?.none), .form("q", "a&b=c"),
            ],
            headers: [
                .simple("X-Colors", Self.array), .cookie("session", "s 1"), .cookie("color", Self.array, explode: false),
                .simple("X-Absent", String?.none),
            ],
            body: JSONValue?.none, options: options, errors: [:])
        let request = try #require(server.requests.first)
        #expect(request.path == "/v1/colors/;R=100;G=200;B=150/a%20b?ids=1&ids=2&tags=x,y&c=blue%7Cblack%7Cbrown"
            + "&filter%5BR%5D=100&filter%5BG%5D=200&filter%5BB%5D=150&q=a%26b%3Dc&trace=a%2Bb")
        #expect(request.header("X-Colors") == "blue,black,brown")
        #expect(request.header("Cookie") == "session=s%201; color=blue,black,brown")
        #expect(request.header("X-Absent") == nil)
    }
}
