/// A description with `backticks`, "quotes", a */ and \ backslashes,
/// and a CRLF line.
///
/// Spec: `#/components/schemas/Error`
public struct ErrorSchema: JSONCodable, Sendable, Hashable {
    @OptionalKey public var `default`: String?
    @OptionalKey public var self_: String?
    @OptionalKey public var type: String?
    @OptionalKey public var _2nd: String?
    @OptionalKey public var xRateLimit: Int?
    @OptionalKey public var fooBar: String?
    @OptionalKey public var fooBar2: String?
    @OptionalKey public var weirdKey: Bool?
    @OptionalKey public var additionalFields2: String?
    @OptionalKey public var type2: ErrorSchema.TypeValue?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        `default`: String? = nil,
        self_: String? = nil,
        type: String? = nil,
        _2nd: String? = nil,
        xRateLimit: Int? = nil,
        fooBar: String? = nil,
        fooBar2: String? = nil,
        weirdKey: Bool? = nil,
        additionalFields2: String? = nil,
        type2: ErrorSchema.TypeValue? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.default = `default`
        self.self_ = self_
        self.type = type
        self._2nd = _2nd
        self.xRateLimit = xRateLimit
        self.fooBar = fooBar
        self.fooBar2 = fooBar2
        self.weirdKey = weirdKey
        self.additionalFields2 = additionalFields2
        self.type2 = type2
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _default = JSONField<String>.absent
        var _self_ = JSONField<String>.absent
        var _type = JSONField<String>.absent
        var __2nd = JSONField<String>.absent
        var _xRateLimit = JSONField<Int>.absent
        var _fooBar = JSONField<String>.absent
        var _fooBar2 = JSONField<String>.absent
        var _weirdKey = JSONField<Bool>.absent
        var _additionalFields2 = JSONField<String>.absent
        var _type2 = JSONField<ErrorSchema.TypeValue>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._default: reader.read(&_default, key: "default")
            case ._self_: reader.read(&_self_, key: "self")
            case ._type: reader.read(&_type, key: "Type")
            case .__2nd: reader.read(&__2nd, key: "2nd")
            case ._xRateLimit: reader.read(&_xRateLimit, key: "x-rate-limit")
            case ._fooBar: reader.read(&_fooBar, key: "fooBar")
            case ._fooBar2: reader.read(&_fooBar2, key: "foo_bar")
            case ._weirdKey: reader.read(&_weirdKey, key: "weird\"key\\")
            case ._additionalFields2: reader.read(&_additionalFields2, key: "additionalFields")
            case ._type2: reader.read(&_type2, key: "type")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._default = OptionalKey(projectedValue: _default)
        self._self_ = OptionalKey(projectedValue: _self_)
        self._type = OptionalKey(projectedValue: _type)
        self.__2nd = OptionalKey(projectedValue: __2nd)
        self._xRateLimit = OptionalKey(projectedValue: _xRateLimit)
        self._fooBar = OptionalKey(projectedValue: _fooBar)
        self._fooBar2 = OptionalKey(projectedValue: _fooBar2)
        self._weirdKey = OptionalKey(projectedValue: _weirdKey)
        self._additionalFields2 = OptionalKey(projectedValue: _additionalFields2)
        self._type2 = OptionalKey(projectedValue: _type2)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("default"),
        .optional("self"),
        .optional("Type"),
        .optional("2nd"),
        .optional("x-rate-limit"),
        .optional("fooBar"),
        .optional("foo_bar"),
        .optional("weird\"key\\"),
        .optional("additionalFields"),
        .optional("type"),
    ])
    private enum JSONKey: Int {
        case _default
        case _self_
        case _type
        case __2nd
        case _xRateLimit
        case _fooBar
        case _fooBar2
        case _weirdKey
        case _additionalFields2
        case _type2
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("default", self.$default)
        writer.field("self", self.$self_)
        writer.field("Type", self.$type)
        writer.field("2nd", self.$_2nd)
        writer.field("x-rate-limit", self.$xRateLimit)
        writer.field("fooBar", self.$fooBar)
        writer.field("foo_bar", self.$fooBar2)
        writer.field("weird\"key\\", self.$weirdKey)
        writer.field("additionalFields", self.$additionalFields2)
        writer.field("type", self.$type2)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum TypeValue: OpenEnum {
        case a
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "a": self = .a
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .a: "a"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [TypeValue] = [
            .a,
        ]
    }
}
