import SignalWire
import Testing

/// Every JSON example in spec/ decodes as its generated type and encodes back to the same JSON
/// (the same keys and values; known keys come back in schema order).
@Suite struct SpecExampleTests {
    @Test func everyExampleRoundTrips() throws {
        var count = 0
        forEachSpecExample { pointer, json, roundTrip in
            count += 1
            do {
                let again = try roundTrip(json)
                let (original, encoded) = (try JSONValue(jsonString: json), try JSONValue(jsonString: again))
                #expect(original.isEquivalent(to: encoded), "\(pointer): \(json) came back as \(again)")
            } catch {
                Issue.record("\(pointer): \(error)")
            }
        }
        #expect(count >= 9)
    }
}
