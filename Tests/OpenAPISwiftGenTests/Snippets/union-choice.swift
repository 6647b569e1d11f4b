// union-choice.yaml:82:7: warning: the alternatives Left and Right accept the same data (the same keys and kinds of values, no one-value property to tell them apart); decoding takes Left [#/components/schemas/Either]

/// Spec: `#/components/schemas/Message`
public indirect enum Message: JSONCodable, Sendable, Hashable {
    case developerMessage(DeveloperMessage)
    case systemMessage(SystemMessage)
    case userMessage(UserMessage)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        switch reader.discriminator("role") {
        case "developer": self = .developerMessage(try DeveloperMessage(from: &reader)); return
        case "system": self = .systemMessage(try SystemMessage(from: &reader)); return
        case "user": self = .userMessage(try UserMessage(from: &reader)); return
        case .some: self = .undocumented(try reader.readValue()); return
        case nil: break
        }
        var loose: (value: Self, end: JSONReader.Position)?
        if let value = try? reader.attempt(DeveloperMessage.self, from: start) {
            if value.additionalFields.isEmpty { self = .developerMessage(value); return }
            if loose == nil { loose = (.developerMessage(value), reader.position) }
        }
        if let value = try? reader.attempt(SystemMessage.self, from: start) {
            if value.additionalFields.isEmpty { self = .systemMessage(value); return }
            if loose == nil { loose = (.systemMessage(value), reader.position) }
        }
        if let value = try? reader.attempt(UserMessage.self, from: start) {
            if value.additionalFields.isEmpty { self = .userMessage(value); return }
            if loose == nil { loose = (.userMessage(value), reader.position) }
        }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .developerMessage(let value): value.encode(to: &writer)
        case .systemMessage(let value): value.encode(to: &writer)
        case .userMessage(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/components/schemas/DeveloperMessage`
public struct DeveloperMessage: JSONCodable, Sendable, Hashable {
    public var role: DeveloperMessage.Role
    public var content: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        role: DeveloperMessage.Role,
        content: String,
        additionalFields: JSONObject = [:]
    ) {
        self.role = role
        self.content = content
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _role: DeveloperMessage.Role?
        var _content: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._role: reader.read(&_role, key: "role")
            case ._content: reader.read(&_content, key: "content")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.role = _role!
        self.content = _content!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("role"),
        .required("content"),
    ])
    private enum JSONKey: Int {
        case _role
        case _content
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("role", self.role)
        writer.field("content", self.content)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum Role: OpenEnum {
        case developer
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "developer": self = .developer
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .developer: "developer"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [Role] = [
            .developer,
        ]
    }
}

/// Spec: `#/components/schemas/SystemMessage`
public struct SystemMessage: JSONCodable, Sendable, Hashable {
    public var role: SystemMessage.Role
    public var content: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        role: SystemMessage.Role,
        content: String,
        additionalFields: JSONObject = [:]
    ) {
        self.role = role
        self.content = content
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _role: SystemMessage.Role?
        var _content: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._role: reader.read(&_role, key: "role")
            case ._content: reader.read(&_content, key: "content")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.role = _role!
        self.content = _content!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("role"),
        .required("content"),
    ])
    private enum JSONKey: Int {
        case _role
        case _content
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("role", self.role)
        writer.field("content", self.content)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum Role: OpenEnum {
        case system
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "system": self = .system
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .system: "system"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [Role] = [
            .system,
        ]
    }
}

/// Spec: `#/components/schemas/UserMessage`
public struct UserMessage: JSONCodable, Sendable, Hashable {
    public var role: UserMessage.Role
    public var content: String
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        role: UserMessage.Role,
        content: String,
        additionalFields: JSONObject = [:]
    ) {
        self.role = role
        self.content = content
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _role: UserMessage.Role?
        var _content: String?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._role: reader.read(&_role, key: "role")
            case ._content: reader.read(&_content, key: "content")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.role = _role!
        self.content = _content!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("role"),
        .required("content"),
    ])
    private enum JSONKey: Int {
        case _role
        case _content
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("role", self.role)
        writer.field("content", self.content)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum Role: OpenEnum {
        case user
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "user": self = .user
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .user: "user"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [Role] = [
            .user,
        ]
    }
}

/// Spec: `#/components/schemas/Event`
public indirect enum Event: JSONCodable, Sendable, Hashable {
    case callStarted(CallStarted)
    case callEnded(CallEnded)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        switch reader.discriminator("type") {
        case "call.started": self = .callStarted(try CallStarted(from: &reader)); return
        case "call.ended": self = .callEnded(try CallEnded(from: &reader)); return
        case .some: self = .undocumented(try reader.readValue()); return
        case nil: break
        }
        var loose: (value: Self, end: JSONReader.Position)?
        if let value = try? reader.attempt(CallStarted.self, from: start) {
            if value.additionalFields.isEmpty { self = .callStarted(value); return }
            if loose == nil { loose = (.callStarted(value), reader.position) }
        }
        if let value = try? reader.attempt(CallEnded.self, from: start) {
            if value.additionalFields.isEmpty { self = .callEnded(value); return }
            if loose == nil { loose = (.callEnded(value), reader.position) }
        }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .callStarted(let value): value.encode(to: &writer)
        case .callEnded(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/components/schemas/CallStarted`
public struct CallStarted: JSONCodable, Sendable, Hashable {
    public var type: CallStarted.TypeValue
    @OptionalKey public var at: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        type: CallStarted.TypeValue,
        at: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.type = type
        self.at = at
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _type: CallStarted.TypeValue?
        var _at = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._type: reader.read(&_type, key: "type")
            case ._at: reader.read(&_at, key: "at")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.type = _type!
        self._at = OptionalKey(projectedValue: _at)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("type"),
        .optional("at"),
    ])
    private enum JSONKey: Int {
        case _type
        case _at
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("type", self.type)
        writer.field("at", self.$at)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum TypeValue: OpenEnum {
        case callStarted
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "call.started": self = .callStarted
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .callStarted: "call.started"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [TypeValue] = [
            .callStarted,
        ]
    }
}

/// Spec: `#/components/schemas/CallEnded`
public struct CallEnded: JSONCodable, Sendable, Hashable {
    public var type: CallEnded.TypeValue
    @OptionalKey public var at: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        type: CallEnded.TypeValue,
        at: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.type = type
        self.at = at
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _type: CallEnded.TypeValue?
        var _at = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._type: reader.read(&_type, key: "type")
            case ._at: reader.read(&_at, key: "at")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.type = _type!
        self._at = OptionalKey(projectedValue: _at)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("type"),
        .optional("at"),
    ])
    private enum JSONKey: Int {
        case _type
        case _at
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("type", self.type)
        writer.field("at", self.$at)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum TypeValue: OpenEnum {
        case callEnded
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "call.ended": self = .callEnded
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .callEnded: "call.ended"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [TypeValue] = [
            .callEnded,
        ]
    }
}

/// Spec: `#/components/schemas/Pet`
public indirect enum Pet: JSONCodable, Sendable, Hashable {
    case cat(Cat)
    case dog(Dog)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        switch reader.discriminator("pet_type") {
        case "cat": self = .cat(try Cat(from: &reader)); return
        case "dog": self = .dog(try Dog(from: &reader)); return
        case .some: self = .undocumented(try reader.readValue()); return
        case nil: break
        }
        var loose: (value: Self, end: JSONReader.Position)?
        if let value = try? reader.attempt(Cat.self, from: start) {
            if value.additionalFields.isEmpty { self = .cat(value); return }
            if loose == nil { loose = (.cat(value), reader.position) }
        }
        if let value = try? reader.attempt(Dog.self, from: start) {
            if value.additionalFields.isEmpty { self = .dog(value); return }
            if loose == nil { loose = (.dog(value), reader.position) }
        }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .cat(let value): value.encode(to: &writer)
        case .dog(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/components/schemas/Cat`
public struct Cat: JSONCodable, Sendable, Hashable {
    public var petType: String
    @OptionalKey public var purrs: Bool?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        petType: String,
        purrs: Bool? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.petType = petType
        self.purrs = purrs
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _petType: String?
        var _purrs = JSONField<Bool>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._petType: reader.read(&_petType, key: "pet_type")
            case ._purrs: reader.read(&_purrs, key: "purrs")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.petType = _petType!
        self._purrs = OptionalKey(projectedValue: _purrs)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("pet_type"),
        .optional("purrs"),
    ])
    private enum JSONKey: Int {
        case _petType
        case _purrs
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("pet_type", self.petType)
        writer.field("purrs", self.$purrs)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Dog`
public struct Dog: JSONCodable, Sendable, Hashable {
    public var petType: String
    @OptionalKey public var barks: Bool?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        petType: String,
        barks: Bool? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.petType = petType
        self.barks = barks
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _petType: String?
        var _barks = JSONField<Bool>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._petType: reader.read(&_petType, key: "pet_type")
            case ._barks: reader.read(&_barks, key: "barks")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.petType = _petType!
        self._barks = OptionalKey(projectedValue: _barks)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("pet_type"),
        .optional("barks"),
    ])
    private enum JSONKey: Int {
        case _petType
        case _barks
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("pet_type", self.petType)
        writer.field("barks", self.$barks)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Format`
public indirect enum Format: JSONCodable, Sendable, Hashable {
    case text(Format.Option1)
    case jsonObject(Format.Option2)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        let peeked1 = reader.discriminator("type")
        var loose: (value: Self, end: JSONReader.Position)?
        if peeked1 == "text", let value = try? reader.attempt(Format.Option1.self, from: start) {
            if value.additionalFields.isEmpty { self = .text(value); return }
            if loose == nil { loose = (.text(value), reader.position) }
        }
        if peeked1 == "json_object", let value = try? reader.attempt(Format.Option2.self, from: start) {
            if value.additionalFields.isEmpty { self = .jsonObject(value); return }
            if loose == nil { loose = (.jsonObject(value), reader.position) }
        }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .text(let value): value.encode(to: &writer)
        case .jsonObject(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }

    public struct Option1: JSONCodable, Sendable, Hashable {
        public var type: Format.Option1.TypeValue
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            type: Format.Option1.TypeValue,
            additionalFields: JSONObject = [:]
        ) {
            self.type = type
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _type: Format.Option1.TypeValue?
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._type: reader.read(&_type, key: "type")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self.type = _type!
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .required("type"),
        ])
        private enum JSONKey: Int {
            case _type
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("type", self.type)
            writer.fields(self.additionalFields)
            writer.endObject()
        }

        public enum TypeValue: OpenEnum {
            case text
            /// A value the spec does not list, kept as it was sent.
            case undocumented(String)

            public init(rawValue: String) {
                switch rawValue {
                case "text": self = .text
                default: self = .undocumented(rawValue)
                }
            }

            public var rawValue: String {
                switch self {
                case .text: "text"
                case .undocumented(let value): value
                }
            }

            /// The values the spec lists, in its order.
            public static let documentedCases: [TypeValue] = [
                .text,
            ]
        }
    }

    public struct Option2: JSONCodable, Sendable, Hashable {
        public var type: Format.Option2.TypeValue
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            type: Format.Option2.TypeValue,
            additionalFields: JSONObject = [:]
        ) {
            self.type = type
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _type: Format.Option2.TypeValue?
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._type: reader.read(&_type, key: "type")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self.type = _type!
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .required("type"),
        ])
        private enum JSONKey: Int {
            case _type
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("type", self.type)
            writer.fields(self.additionalFields)
            writer.endObject()
        }

        public enum TypeValue: OpenEnum {
            case jsonObject
            /// A value the spec does not list, kept as it was sent.
            case undocumented(String)

            public init(rawValue: String) {
                switch rawValue {
                case "json_object": self = .jsonObject
                default: self = .undocumented(rawValue)
                }
            }

            public var rawValue: String {
                switch self {
                case .jsonObject: "json_object"
                case .undocumented(let value): value
                }
            }

            /// The values the spec lists, in its order.
            public static let documentedCases: [TypeValue] = [
                .jsonObject,
            ]
        }
    }
}

/// Spec: `#/components/schemas/Either`
public indirect enum Either: JSONCodable, Sendable, Hashable {
    case left(Left)
    case right(Right)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        var loose: (value: Self, end: JSONReader.Position)?
        if let value = try? reader.attempt(Left.self, from: start) {
            if value.additionalFields.isEmpty { self = .left(value); return }
            if loose == nil { loose = (.left(value), reader.position) }
        }
        if let value = try? reader.attempt(Right.self, from: start) {
            if value.additionalFields.isEmpty { self = .right(value); return }
            if loose == nil { loose = (.right(value), reader.position) }
        }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .left(let value): value.encode(to: &writer)
        case .right(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/components/schemas/Left`
public struct Left: JSONCodable, Sendable, Hashable {
    @OptionalKey public var value: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        value: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.value = value
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _value = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._value: reader.read(&_value, key: "value")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._value = OptionalKey(projectedValue: _value)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("value"),
    ])
    private enum JSONKey: Int {
        case _value
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("value", self.$value)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Right`
public struct Right: JSONCodable, Sendable, Hashable {
    @OptionalKey public var value: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        value: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.value = value
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _value = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._value: reader.read(&_value, key: "value")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._value = OptionalKey(projectedValue: _value)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("value"),
    ])
    private enum JSONKey: Int {
        case _value
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("value", self.$value)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Content`
public indirect enum Content: JSONCodable, Sendable, Hashable {
    case message(Message)
    case format(Format)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        if let value = try? reader.attempt(Message.self, from: start) {
            if case .undocumented = value {} else { self = .message(value); return }
        }
        if let value = try? reader.attempt(Format.self, from: start) {
            if case .undocumented = value {} else { self = .format(value); return }
        }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .message(let value): value.encode(to: &writer)
        case .format(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/components/schemas/Setting`
public indirect enum Setting: JSONCodable, Sendable, Hashable {
    case auto(Setting.Option1)
    case object(JSONObject)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        let peeked1 = reader.discriminator("mode")
        var loose: (value: Self, end: JSONReader.Position)?
        if peeked1 == "auto", let value = try? reader.attempt(Setting.Option1.self, from: start) {
            if value.additionalFields.isEmpty { self = .auto(value); return }
            if loose == nil { loose = (.auto(value), reader.position) }
        }
        if let value = try? reader.attempt(JSONObject.self, from: start) { self = .object(value); return }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .auto(let value): value.encode(to: &writer)
        case .object(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }

    public struct Option1: JSONCodable, Sendable, Hashable {
        public var mode: Setting.Option1.Mode
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            mode: Setting.Option1.Mode,
            additionalFields: JSONObject = [:]
        ) {
            self.mode = mode
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _mode: Setting.Option1.Mode?
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._mode: reader.read(&_mode, key: "mode")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self.mode = _mode!
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .required("mode"),
        ])
        private enum JSONKey: Int {
            case _mode
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("mode", self.mode)
            writer.fields(self.additionalFields)
            writer.endObject()
        }

        public enum Mode: OpenEnum {
            case auto
            /// A value the spec does not list, kept as it was sent.
            case undocumented(String)

            public init(rawValue: String) {
                switch rawValue {
                case "auto": self = .auto
                default: self = .undocumented(rawValue)
                }
            }

            public var rawValue: String {
                switch self {
                case .auto: "auto"
                case .undocumented(let value): value
                }
            }

            /// The values the spec lists, in its order.
            public static let documentedCases: [Mode] = [
                .auto,
            ]
        }
    }
}

/// Spec: `#/components/schemas/Reply`
public indirect enum Reply: JSONCodable, Sendable, Hashable {
    case endedReply(EndedReply)
    case deletedReply(DeletedReply)
    /// A value that matches none of the documented alternatives, kept as it was.
    case undocumented(JSONValue)

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        let start = reader.position
        let peeked1 = reader.discriminator("result", "status")
        var loose: (value: Self, end: JSONReader.Position)?
        if peeked1 == "ended", let value = try? reader.attempt(EndedReply.self, from: start) {
            if value.additionalFields.isEmpty { self = .endedReply(value); return }
            if loose == nil { loose = (.endedReply(value), reader.position) }
        }
        if peeked1 == "deleted", let value = try? reader.attempt(DeletedReply.self, from: start) {
            if value.additionalFields.isEmpty { self = .deletedReply(value); return }
            if loose == nil { loose = (.deletedReply(value), reader.position) }
        }
        if let loose { self = loose.value; reader.position = loose.end; return }
        reader.position = start
        self = .undocumented(try reader.readValue())
    }

    public func encode(to writer: inout JSONWriter) {
        switch self {
        case .endedReply(let value): value.encode(to: &writer)
        case .deletedReply(let value): value.encode(to: &writer)
        case .undocumented(let value): writer.value(value)
        }
    }
}

/// Spec: `#/components/schemas/EndedReply`
public struct EndedReply: JSONCodable, Sendable, Hashable {
    public var id: String
    @IndirectRequired public var result: EndedReply.ResultValue
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        id: String,
        result: EndedReply.ResultValue,
        additionalFields: JSONObject = [:]
    ) {
        self.id = id
        self.result = result
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _id: String?
        var _result: EndedReply.ResultValue?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._id: reader.read(&_id, key: "id")
            case ._result: reader.read(&_result, key: "result")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.id = _id!
        self.result = _result!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("id"),
        .required("result"),
    ])
    private enum JSONKey: Int {
        case _id
        case _result
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", self.id)
        writer.field("result", self.result)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public struct ResultValue: JSONCodable, Sendable, Hashable {
        public var status: EndedReply.ResultValue.Status
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            status: EndedReply.ResultValue.Status,
            additionalFields: JSONObject = [:]
        ) {
            self.status = status
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _status: EndedReply.ResultValue.Status?
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._status: reader.read(&_status, key: "status")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self.status = _status!
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .required("status"),
        ])
        private enum JSONKey: Int {
            case _status
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("status", self.status)
            writer.fields(self.additionalFields)
            writer.endObject()
        }

        public enum Status: OpenEnum {
            case ended
            /// A value the spec does not list, kept as it was sent.
            case undocumented(String)

            public init(rawValue: String) {
                switch rawValue {
                case "ended": self = .ended
                default: self = .undocumented(rawValue)
                }
            }

            public var rawValue: String {
                switch self {
                case .ended: "ended"
                case .undocumented(let value): value
                }
            }

            /// The values the spec lists, in its order.
            public static let documentedCases: [Status] = [
                .ended,
            ]
        }
    }
}

/// Spec: `#/components/schemas/DeletedReply`
public struct DeletedReply: JSONCodable, Sendable, Hashable {
    public var id: String
    @IndirectRequired public var result: DeletedReply.ResultValue
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        id: String,
        result: DeletedReply.ResultValue,
        additionalFields: JSONObject = [:]
    ) {
        self.id = id
        self.result = result
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _id: String?
        var _result: DeletedReply.ResultValue?
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._id: reader.read(&_id, key: "id")
            case ._result: reader.read(&_result, key: "result")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.id = _id!
        self.result = _result!
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("id"),
        .required("result"),
    ])
    private enum JSONKey: Int {
        case _id
        case _result
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("id", self.id)
        writer.field("result", self.result)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public struct ResultValue: JSONCodable, Sendable, Hashable {
        public var status: DeletedReply.ResultValue.Status
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            status: DeletedReply.ResultValue.Status,
            additionalFields: JSONObject = [:]
        ) {
            self.status = status
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _status: DeletedReply.ResultValue.Status?
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._status: reader.read(&_status, key: "status")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self.status = _status!
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .required("status"),
        ])
        private enum JSONKey: Int {
            case _status
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("status", self.status)
            writer.fields(self.additionalFields)
            writer.endObject()
        }

        public enum Status: OpenEnum {
            case deleted
            /// A value the spec does not list, kept as it was sent.
            case undocumented(String)

            public init(rawValue: String) {
                switch rawValue {
                case "deleted": self = .deleted
                default: self = .undocumented(rawValue)
                }
            }

            public var rawValue: String {
                switch self {
                case .deleted: "deleted"
                case .undocumented(let value): value
                }
            }

            /// The values the spec lists, in its order.
            public static let documentedCases: [Status] = [
                .deleted,
            ]
        }
    }
}
