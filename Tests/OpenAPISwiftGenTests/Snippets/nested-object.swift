/// Spec: `#/components/schemas/Call`
public struct Call: JSONCodable, Sendable, Hashable {
    @IndirectOptionalKey public var route: Call.Route?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        route: Call.Route? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.route = route
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _route = JSONField<Call.Route>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._route: reader.read(&_route, key: "route")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._route = IndirectOptionalKey(projectedValue: _route)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("route"),
    ])
    private enum JSONKey: Int {
        case _route
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("route", self.$route)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public struct Route: JSONCodable, Sendable, Hashable {
        public var hops: Int
        @IndirectOptionalKey public var origin: Call.Route.Origin?
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            hops: Int,
            origin: Call.Route.Origin? = nil,
            additionalFields: JSONObject = [:]
        ) {
            self.hops = hops
            self.origin = origin
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _hops: Int?
            var _origin = JSONField<Call.Route.Origin>.absent
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._hops: reader.read(&_hops, key: "hops")
                case ._origin: reader.read(&_origin, key: "origin")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self.hops = _hops!
            self._origin = IndirectOptionalKey(projectedValue: _origin)
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .required("hops"),
            .optional("origin"),
        ])
        private enum JSONKey: Int {
            case _hops
            case _origin
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("hops", self.hops)
            writer.field("origin", self.$origin)
            writer.fields(self.additionalFields)
            writer.endObject()
        }

        public struct Origin: JSONCodable, Sendable, Hashable {
            @OptionalKey public var region: Call.Route.Origin.Region?
            /// Keys the schema does not describe, in the order they came; written after the known keys.
            public var additionalFields: JSONObject

            public init(
                region: Call.Route.Origin.Region? = nil,
                additionalFields: JSONObject = [:]
            ) {
                self.region = region
                self.additionalFields = additionalFields
            }

            public init(from reader: inout JSONReader) throws(JSONDecodingError) {
                var object = try reader.readObject(Self.jsonKeys)
                var _region = JSONField<Call.Route.Origin.Region>.absent
                var additionalFields = JSONObject()
                while let key = reader.nextKey(&object) {
                    switch JSONKey(rawValue: key) {
                    case ._region: reader.read(&_region, key: "region")
                    case nil: reader.readUnknown(object, into: &additionalFields)
                    }
                }
                try reader.endObject(object)
                self._region = OptionalKey(projectedValue: _region)
                self.additionalFields = additionalFields
            }

            /// The schema's keys in its order; `.required` marks those a received object must have (a
            /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
            /// by position.
            static let jsonKeys = JSONKeys([
                .optional("region"),
            ])
            private enum JSONKey: Int {
                case _region
            }

            public func encode(to writer: inout JSONWriter) {
                writer.beginObject()
                writer.field("region", self.$region)
                writer.fields(self.additionalFields)
                writer.endObject()
            }

            public enum Region: OpenEnum {
                case us
                case eu
                /// A value the spec does not list, kept as it was sent.
                case undocumented(String)

                public init(rawValue: String) {
                    switch rawValue {
                    case "us": self = .us
                    case "eu": self = .eu
                    default: self = .undocumented(rawValue)
                    }
                }

                public var rawValue: String {
                    switch self {
                    case .us: "us"
                    case .eu: "eu"
                    case .undocumented(let value): value
                    }
                }

                /// The values the spec lists, in its order.
                public static let documentedCases: [Region] = [
                    .us,
                    .eu,
                ]
            }
        }
    }
}
