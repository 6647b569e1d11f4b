@testable import OpenAPISwiftGen
import Testing

/// Text from the spec placed in Swift source: literals and comment lines, byte-level fast paths
/// and the slow paths behind them.
@Suite struct SwiftTextTests {
    @Test(arguments: [
        ("plain", "#\"plain\"#"),
        ("say \"#hi", "##\"say \"#hi\"##"),
        ("x\\##y", "###\"x\\##y\"###"),
        ("{\"a\":\"b\\n\"}", "#\"{\"a\":\"b\\n\"}\"#"),
        ("two\nlines", #""two\nlines""#),
        ("crlf\r\n", #""crlf\r\n""#),
        ("separator\u{2028}", #""separator\u{2028}""#),
        ("next line\u{85}", "\"next line\u{85}\""),
    ])
    func rawLiterals(_ text: String, _ expected: String) {
        #expect(SwiftText.rawLiteral(text) == expected)
    }

    @Test func literalsEscapeOnlyWhatNeedsIt() {
        #expect(SwiftText.literal("caller_id") == #""caller_id""#)
        #expect(SwiftText.literal(#"a "q" \ b"#) == #""a \"q\" \\ b""#)
        #expect(SwiftText.literal("tab\tnul\u{0}del\u{7F}") == #""tab\tnul\u{0}del\u{7f}""#)
        #expect(SwiftText.literal("é ✓") == "\"é ✓\"")
    }

    @Test func commentLinesSplitOnEveryBreakAndDropControls() {
        #expect(SwiftText.commentLines("one line") == ["one line"])
        #expect(SwiftText.commentLines("a\r\nb\u{85}c\u{2028}d\u{2029}e\u{0B}f\u{0C}g\rh") == ["a", "b", "c", "d", "e", "f", "g", "h"])
        #expect(SwiftText.commentLines("\n\n  indented \t\nx\u{1}y\u{7F}  \n\n") == ["  indented", "xy"])
        #expect(SwiftText.commentLines("ends a comment */ here é") == ["ends a comment */ here é"])
        #expect(SwiftText.commentLines("Summary\n\n\nDescription.\n\n\n\n`GET /x`") == ["Summary", "", "Description.", "", "`GET /x`"])
        #expect(SwiftText.commentLines("") == [])
    }

    /// JSON strings for the mock's table: the escapes JSON needs, other bytes (any script) as they are.
    @Test(arguments: [
        ("plain", #""plain""#),
        ("say \"hi\" \\ done", #""say \"hi\" \\ done""#),
        ("line\nfeed\rreturn\ttab", #""line\nfeed\rreturn\ttab""#),
        ("bell\u{07}unit\u{1F}", #""bell\u0007unit\u001f""#),
        ("José ✓ \u{7F}", "\"José ✓ \u{7F}\""),
    ])
    func jsonStringsEscapeOnlyWhatJSONNeeds(_ text: String, _ expected: String) {
        #expect(JSONText.quoted(text) == expected)
    }
}
