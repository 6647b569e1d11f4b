/// Spec: `#/components/schemas/Shape`
public indirect enum Shape: JSONCodable, Sendable, Hashable {
    case circle(Circle)
    case square(Square)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(json: JSONValue) throws(JSONDecodingError) {
        switch json.discriminator("kind") {
        case "round": self = .circle(try Circle(json: json)); return
        case "Square": self = .square(try Square(json: json)); return
        default: break
        }
        var loose: Self?
        if let value = try? Circle(json: json) {
            if value.additionalFields.isEmpty { self = .circle(value); return }
            if loose == nil { loose = .circle(value) }
        }
        if let value = try? Square(json: json) {
            if value.additionalFields.isEmpty { self = .square(value); return }
            if loose == nil { loose = .square(value) }
        }
        self = loose ?? .undocumented(json)
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

    public init(json: JSONValue) throws(JSONDecodingError) {
        var _kind: Circle.Kind?
        var _radius: Double?
        var additionalFields = JSONObject()
        for entry in try json.objectEntries() {
            switch entry.key {
            case "kind": _kind = try entry.value.decode(Circle.Kind.self, key: "kind")
            case "radius": _radius = try entry.value.decode(Double.self, key: "radius")
            default: additionalFields.append(entry)
            }
        }
        self.kind = try requiredValue(_kind, key: "kind")
        self.radius = try requiredValue(_radius, key: "radius")
        self.additionalFields = additionalFields
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
        public static let documentedCases: [Kind] = [.round]
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

    public init(json: JSONValue) throws(JSONDecodingError) {
        var _kind: String?
        var _side: Int?
        var additionalFields = JSONObject()
        for entry in try json.objectEntries() {
            switch entry.key {
            case "kind": _kind = try entry.value.decode(String.self, key: "kind")
            case "side": _side = try entry.value.decode(Int.self, key: "side")
            default: additionalFields.append(entry)
            }
        }
        self.kind = try requiredValue(_kind, key: "kind")
        self.side = try requiredValue(_side, key: "side")
        self.additionalFields = additionalFields
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

    public init(json: JSONValue) throws(JSONDecodingError) {
        if let value = try? Int(json: json) { self = .int(value); return }
        if let value = try? String(json: json) { self = .string(value); return }
        if let value = try? [Int](json: json) { self = .array(value); return }
        self = .undocumented(json)
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
    public static let documentedCases: [Model] = [.small, .large]
}
