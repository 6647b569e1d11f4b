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
                #expect(original.isSemanticallyEqual(to: encoded), "\(pointer): \(json) came back as \(again)")
            } catch {
                Issue.record("\(pointer): \(error)")
            }
        }
        #expect(count >= 9)
    }
}

extension JSONValue {
    /// Equal as JSON data: objects compare key by key whatever their order, numbers by value.
    func isSemanticallyEqual(to other: JSONValue) -> Bool {
        switch (self, other) {
        case (.object(let left), .object(let right)):
            let leftKeys = Set(left.map(\.key))
            guard leftKeys == Set(right.map(\.key)) else { return false }
            return leftKeys.allSatisfy { key in left[key]!.isSemanticallyEqual(to: right[key]!) }
        case (.array(let left), .array(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { $0.isSemanticallyEqual(to: $1) }
        case (.number(let left), .number(let right)):
            return left == right || Double(left) == Double(right)
        default:
            return self == other
        }
    }
}
