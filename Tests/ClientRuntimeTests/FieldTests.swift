@testable import ClientRuntime
import Testing

/// The field wrappers: absent, `null` and a value stay apart.
@Suite struct FieldTests {
    @Test func aFieldDecodesNullAndValue() throws {
        #expect(try JSONField<String>(jsonString: "null") == .null)
        #expect(try JSONField<String>(jsonString: #""x""#) == .value("x"))
        #expect(JSONField<String>.absent.value == nil)
        #expect(JSONField<String>.value("x").value == "x")
    }

    @Test func optionalKeysWriteNothingWhenAbsentAndNullWhenSaid() {
        var key = OptionalKey<String>(wrappedValue: nil)
        #expect(key.projectedValue == .absent)
        key.projectedValue = .null
        #expect(key.wrappedValue == nil)
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("gone", JSONField<String>.absent)
        writer.field("null", key.projectedValue)
        writer.field("set", JSONField<String>.value("v"))
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"null":null,"set":"v"}"#)
    }

    @Test func requiredNullableWritesNullWhenNil() {
        let field = RequiredNullable<Int>(wrappedValue: nil)
        #expect(field.projectedValue == .null)
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("x", field.projectedValue)
        writer.endObject()
        #expect(String(decoding: writer.bytes, as: UTF8.self) == #"{"x":null}"#)
    }

    @Test func indirectFieldsShareStorageAndCompareByValue() {
        let first = IndirectRequired(wrappedValue: [1, 2, 3])
        var second = first
        #expect(first == second)
        second.wrappedValue.append(4)
        #expect(first.wrappedValue == [1, 2, 3])
        #expect(second.wrappedValue == [1, 2, 3, 4])
        var optional = IndirectOptionalKey<String>(wrappedValue: nil)
        #expect(optional.projectedValue == .absent)
        optional.wrappedValue = "v"
        #expect(optional.projectedValue == .value("v"))
    }
}
