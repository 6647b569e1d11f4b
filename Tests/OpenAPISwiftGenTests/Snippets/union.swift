/// Spec: `#/components/schemas/Shape`
public indirect enum Shape: JSONCodable, Sendable, Hashable {
    case circle(Circle)
    case square(Square)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        switch reader.discriminator("kind") {
        case "round": self = .circle(try Circle(from: &reader)); return
        case "Square": self = .square(try Square(from: &reader)); return
        case .some: self = .undocumented(try reader.readValue()); return
        case nil: break
        }
        var loose: (value: Self, end: JSONReader.Position)?
        if let value = try? reader.attempt(Circle.self, from: start) {
            if value.additionalFields.isEmpty { self = .circle(value); return }
            if loose == nil { loose = (.circle(value), reader.position) }
        }
        if let value = try? reader.attempt(Square.self, from: start) {
            if value.additionalFields.isEmpty { self = .square(value); return }
            if loose == nil { loose = (.square(value), reader.position) }
        }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .circle(let value): value.encode(to: &writer)
        case .square(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/components/schemas/Circle`
public struct Circle: JSONCodable, Sendable, Hashable {
    public var kind: Circle.Kind
    public var radius: Double
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        kind: Circle.Kind,
        radius: Double,
        additionalFields: JSONObject = [:]
    ) {
        self.kind = kind
        self.radius = radius
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _kind: Circle.Kind?
        var _radius: Double?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._kind: reader.read(&_kind, key: "kind")
            case ._radius: reader.read(&_radius, key: "radius")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.kind = _kind!
        self.radius = _radius!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("kind"),
        .required("radius"),
    ])
    private enum JSONKey: Int {
        case _kind
        case _radius
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("kind", self.kind)
        writer.field("radius", self.radius)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum Kind: OpenEnum {
        case round
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "round": self = .round
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .round: "round"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [Kind] = [
            .round,
        ]
    }
}

/// Spec: `#/components/schemas/Square`
public struct Square: JSONCodable, Sendable, Hashable {
    public var kind: String
    public var side: Int
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        kind: String,
        side: Int,
        additionalFields: JSONObject = [:]
    ) {
        self.kind = kind
        self.side = side
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _kind: String?
        var _side: Int?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._kind: reader.read(&_kind, key: "kind")
            case ._side: reader.read(&_side, key: "side")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.kind = _kind!
        self.side = _side!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("kind"),
        .required("side"),
    ])
    private enum JSONKey: Int {
        case _kind
        case _side
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("kind", self.kind)
        writer.field("side", self.side)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Size`
public indirect enum Size: JSONCodable, Sendable, Hashable {
    case int(Int)
    case string(String)
    case array([Int])
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        if let value = try? reader.attempt(Int.self, from: start) { self = .int(value); return }
        if let value = try? reader.attempt(String.self, from: start) { self = .string(value); return }
        if let value = try? reader.attempt([Int].self, from: start) { self = .array(value); return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .int(let value): value.encode(to: &writer)
        case .string(let value): value.encode(to: &writer)
        case .array(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/components/schemas/Model`
public enum Model: OpenEnum {
    case small
    case large
    /// A value the spec does not list, kept as it was sent.
    case undocumented(String)

    public init(rawValue: String) {
        switch rawValue {
        case "small": self = .small
        case "large": self = .large
        default: self = .undocumented(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .small: "small"
        case .large: "large"
        case .undocumented(let value): value
        }
    }

    /// The values the spec lists, in its order.
    public static let documentedCases: [Model] = [
        .small,
        .large,
    ]
}
