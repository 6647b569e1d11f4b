/// Spec: `#/components/schemas/OptionType`
public typealias OptionType = Int

/// Spec: `#/components/schemas/TextOption`
public struct TextOption: JSONCodable, Sendable, Hashable {
    public var type: Int
    public var label: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        type: Int,
        label: String,
        additionalFields: JSONObject = [:]
    ) {
        self.type = type
        self.label = label
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _type: Int?
        var _label: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._type: reader.read(&_type, key: "type")
            case ._label: reader.read(&_label, key: "label")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.type = _type!
        self.label = _label!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("type"),
        .required("label"),
    ])
    private enum JSONKey: Int {
        case _type
        case _label
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("type", self.type)
        writer.field("label", self.label)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/NumberOption`
public struct NumberOption: JSONCodable, Sendable, Hashable {
    public var type: Int
    public var label: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        type: Int,
        label: String,
        additionalFields: JSONObject = [:]
    ) {
        self.type = type
        self.label = label
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _type: Int?
        var _label: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._type: reader.read(&_type, key: "type")
            case ._label: reader.read(&_label, key: "label")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.type = _type!
        self.label = _label!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("type"),
        .required("label"),
    ])
    private enum JSONKey: Int {
        case _type
        case _label
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("type", self.type)
        writer.field("label", self.label)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/FlagOption`
public struct FlagOption: JSONCodable, Sendable, Hashable {
    public var type: Int
    public var label: String
    @OptionalKey public var enabled: Bool?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        type: Int,
        label: String,
        enabled: Bool? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.type = type
        self.label = label
        self.enabled = enabled
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _type: Int?
        var _label: String?
        var _enabled = JSONField<Bool>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._type: reader.read(&_type, key: "type")
            case ._label: reader.read(&_label, key: "label")
            case ._enabled: reader.read(&_enabled, key: "enabled")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.type = _type!
        self.label = _label!
        self._enabled = OptionalKey(projectedValue: _enabled)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("type"),
        .required("label"),
        .optional("enabled"),
    ])
    private enum JSONKey: Int {
        case _type
        case _label
        case _enabled
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("type", self.type)
        writer.field("label", self.label)
        writer.field("enabled", self.$enabled)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Option`
public indirect enum Option: JSONCodable, Sendable, Hashable {
    case textOption(TextOption)
    case numberOption(NumberOption)
    case flagOption(FlagOption)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        let peeked1 = reader.discriminator("type")
        let peeked2 = reader.discriminator("enabled")
        var loose: (value: Self, end: JSONReader.Position)?
        if peeked1 == "1", let value = try? reader.attempt(TextOption.self, from: start) {
            if value.additionalFields.isEmpty { self = .textOption(value); return }
            if loose == nil { loose = (.textOption(value), reader.position) }
        }
        if peeked1 == "5", let value = try? reader.attempt(NumberOption.self, from: start) {
            if value.additionalFields.isEmpty { self = .numberOption(value); return }
            if loose == nil { loose = (.numberOption(value), reader.position) }
        }
        if peeked1 == "7", peeked2 == nil || peeked2 == "true", let value = try? reader.attempt(FlagOption.self, from: start) {
            if value.additionalFields.isEmpty { self = .flagOption(value); return }
            if loose == nil { loose = (.flagOption(value), reader.position) }
        }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .textOption(let value): value.encode(to: &writer)
        case .numberOption(let value): value.encode(to: &writer)
        case .flagOption(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/components/schemas/Shape`
public indirect enum Shape: JSONCodable, Sendable, Hashable {
    case option1(Shape.Option1)
    case option2(Shape.Option2)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        let peeked1 = reader.discriminator("kind")
        var loose: (value: Self, end: JSONReader.Position)?
        if peeked1 == "square", let value = try? reader.attempt(Shape.Option1.self, from: start) {
            if value.additionalFields.isEmpty { self = .option1(value); return }
            if loose == nil { loose = (.option1(value), reader.position) }
        }
        if peeked1 == "circle", let value = try? reader.attempt(Shape.Option2.self, from: start) {
            if value.additionalFields.isEmpty { self = .option2(value); return }
            if loose == nil { loose = (.option2(value), reader.position) }
        }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .option1(let value): value.encode(to: &writer)
        case .option2(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }

    public struct Option1: JSONCodable, Sendable, Hashable {
        public var kind: Shape.Option1.Kind
        public var size: Double
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            kind: Shape.Option1.Kind,
            size: Double,
            additionalFields: JSONObject = [:]
        ) {
            self.kind = kind
            self.size = size
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _kind: Shape.Option1.Kind?
            var _size: Double?
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._kind: reader.read(&_kind, key: "kind")
                case ._size: reader.read(&_size, key: "size")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self.kind = _kind!
            self.size = _size!
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .required("kind"),
            .required("size"),
        ])
        private enum JSONKey: Int {
            case _kind
            case _size
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("kind", self.kind)
            writer.field("size", self.size)
            writer.fields(self.additionalFields)
            writer.endObject()
        }

        public enum Kind: OpenEnum {
            case square
            /// A value the spec does not list, kept as it was sent.
            case undocumented(String)

            public init(rawValue: String) {
                switch rawValue {
                case "square": self = .square
                default: self = .undocumented(rawValue)
                }
            }

            public var rawValue: String {
                switch self {
                case .square: "square"
                case .undocumented(let value): value
                }
            }

            /// The values the spec lists, in its order.
            public static let documentedCases: [Kind] = [
                .square,
            ]
        }
    }

    public struct Option2: JSONCodable, Sendable, Hashable {
        public var kind: Shape.Option2.Kind
        public var size: Double
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            kind: Shape.Option2.Kind,
            size: Double,
            additionalFields: JSONObject = [:]
        ) {
            self.kind = kind
            self.size = size
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _kind: Shape.Option2.Kind?
            var _size: Double?
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._kind: reader.read(&_kind, key: "kind")
                case ._size: reader.read(&_size, key: "size")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self.kind = _kind!
            self.size = _size!
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .required("kind"),
            .required("size"),
        ])
        private enum JSONKey: Int {
            case _kind
            case _size
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("kind", self.kind)
            writer.field("size", self.size)
            writer.fields(self.additionalFields)
            writer.endObject()
        }

        public enum Kind: OpenEnum {
            case circle
            /// A value the spec does not list, kept as it was sent.
            case undocumented(String)

            public init(rawValue: String) {
                switch rawValue {
                case "circle": self = .circle
                default: self = .undocumented(rawValue)
                }
            }

            public var rawValue: String {
                switch self {
                case .circle: "circle"
                case .undocumented(let value): value
                }
            }

            /// The values the spec lists, in its order.
            public static let documentedCases: [Kind] = [
                .circle,
            ]
        }
    }
}

/// Spec: `#/components/schemas/BankDetails`
public struct BankDetails: JSONCodable, Sendable, Hashable {
    public var type: BankDetails.TypeValue
    public var issuer: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        type: BankDetails.TypeValue,
        issuer: String,
        additionalFields: JSONObject = [:]
    ) {
        self.type = type
        self.issuer = issuer
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _type: BankDetails.TypeValue?
        var _issuer: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._type: reader.read(&_type, key: "type")
            case ._issuer: reader.read(&_issuer, key: "issuer")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.type = _type!
        self.issuer = _issuer!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("type"),
        .required("issuer"),
    ])
    private enum JSONKey: Int {
        case _type
        case _issuer
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("type", self.type)
        writer.field("issuer", self.issuer)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum TypeValue: OpenEnum {
        case bank
        case bankIban
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "bank": self = .bank
            case "bank_iban": self = .bankIban
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .bank: "bank"
            case .bankIban: "bank_iban"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [TypeValue] = [
            .bank,
            .bankIban,
        ]
    }
}

/// Spec: `#/components/schemas/WalletDetails`
public struct WalletDetails: JSONCodable, Sendable, Hashable {
    @OptionalKey public var type: WalletDetails.TypeValue?
    public var issuer: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        type: WalletDetails.TypeValue? = nil,
        issuer: String,
        additionalFields: JSONObject = [:]
    ) {
        self.type = type
        self.issuer = issuer
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _type = JSONField<WalletDetails.TypeValue>.absent
        var _issuer: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._type: reader.read(&_type, key: "type")
            case ._issuer: reader.read(&_issuer, key: "issuer")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._type = OptionalKey(projectedValue: _type)
        self.issuer = _issuer!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("type"),
        .required("issuer"),
    ])
    private enum JSONKey: Int {
        case _type
        case _issuer
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("type", self.$type)
        writer.field("issuer", self.issuer)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum TypeValue: OpenEnum {
        case wallet
        case walletPos
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "wallet": self = .wallet
            case "wallet_pos": self = .walletPos
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .wallet: "wallet"
            case .walletPos: "wallet_pos"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [TypeValue] = [
            .wallet,
            .walletPos,
        ]
    }
}

/// Spec: `#/components/schemas/Payment`
public indirect enum Payment: JSONCodable, Sendable, Hashable {
    case bankDetails(BankDetails)
    case walletDetails(WalletDetails)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        let peeked1 = reader.discriminator("type")
        var loose: (value: Self, end: JSONReader.Position)?
        if (peeked1.map { ["bank", "bank_iban"].contains($0) } ?? false), let value = try? reader.attempt(BankDetails.self, from: start) {
            if value.additionalFields.isEmpty { self = .bankDetails(value); return }
            if loose == nil { loose = (.bankDetails(value), reader.position) }
        }
        if (peeked1.map { ["wallet", "wallet_pos"].contains($0) } ?? true), let value = try? reader.attempt(WalletDetails.self, from: start) {
            if value.additionalFields.isEmpty { self = .walletDetails(value); return }
            if loose == nil { loose = (.walletDetails(value), reader.position) }
        }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .bankDetails(let value): value.encode(to: &writer)
        case .walletDetails(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}
