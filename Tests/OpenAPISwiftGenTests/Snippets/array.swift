/// Spec: `#/components/schemas/Playlist`
public struct Playlist: JSONCodable, Sendable, Hashable {
    @OptionalKey public var tags: [String]?
    public var tracks: [Track]
    @OptionalKey public var moods: [Playlist.MoodsItem]?
    @OptionalKey public var credits: [Playlist.CreditsItem]?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        tags: [String]? = nil,
        tracks: [Track],
        moods: [Playlist.MoodsItem]? = nil,
        credits: [Playlist.CreditsItem]? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.tags = tags
        self.tracks = tracks
        self.moods = moods
        self.credits = credits
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _tags = JSONField<[String]>.absent
        var _tracks: [Track]?
        var _moods = JSONField<[Playlist.MoodsItem]>.absent
        var _credits = JSONField<[Playlist.CreditsItem]>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._tags: reader.read(&_tags, key: "tags")
            case ._tracks: reader.read(&_tracks, key: "tracks")
            case ._moods: reader.read(&_moods, key: "moods")
            case ._credits: reader.read(&_credits, key: "credits")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._tags = OptionalKey(projectedValue: _tags)
        self.tracks = _tracks!
        self._moods = OptionalKey(projectedValue: _moods)
        self._credits = OptionalKey(projectedValue: _credits)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("tags"),
        .required("tracks"),
        .optional("moods"),
        .optional("credits"),
    ])
    private enum JSONKey: Int {
        case _tags
        case _tracks
        case _moods
        case _credits
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("tags", self.$tags)
        writer.field("tracks", self.tracks)
        writer.field("moods", self.$moods)
        writer.field("credits", self.$credits)
        writer.fields(self.additionalFields)
        writer.endObject()
    }

    public enum MoodsItem: OpenEnum {
        case calm
        case loud
        /// A value the spec does not list, kept as it was sent.
        case undocumented(String)

        public init(rawValue: String) {
            switch rawValue {
            case "calm": self = .calm
            case "loud": self = .loud
            default: self = .undocumented(rawValue)
            }
        }

        public var rawValue: String {
            switch self {
            case .calm: "calm"
            case .loud: "loud"
            case .undocumented(let value): value
            }
        }

        /// The values the spec lists, in its order.
        public static let documentedCases: [MoodsItem] = [
            .calm,
            .loud,
        ]
    }

    public struct CreditsItem: JSONCodable, Sendable, Hashable {
        public var name: String
        /// Keys the schema does not describe, in the order they came; written after the known keys.
        public var additionalFields: JSONObject

        public init(
            name: String,
            additionalFields: JSONObject = [:]
        ) {
            self.name = name
            self.additionalFields = additionalFields
        }

        public init(from reader: inout JSONReader) throws(JSONDecodingError) {
            var object = try reader.readObject(Self.jsonKeys)
            var _name: String?
            var additionalFields = JSONObject()
            while let key = reader.nextKey(&object) {
                switch JSONKey(rawValue: key) {
                case ._name: reader.read(&_name, key: "name")
                case nil: reader.readUnknown(object, into: &additionalFields)
                }
            }
            try reader.endObject(object)
            self.name = _name!
            self.additionalFields = additionalFields
        }

        /// The schema's keys in its order; `.required` marks those a received object must have (a
        /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
        /// by position.
        static let jsonKeys = JSONKeys([
            .required("name"),
        ])
        private enum JSONKey: Int {
            case _name
        }

        public func encode(to writer: inout JSONWriter) {
            writer.beginObject()
            writer.field("name", self.name)
            writer.fields(self.additionalFields)
            writer.endObject()
        }
    }
}

/// Spec: `#/components/schemas/Track`
public struct Track: JSONCodable, Sendable, Hashable {
    @OptionalKey public var title: String?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        title: String? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.title = title
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _title = JSONField<String>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._title: reader.read(&_title, key: "title")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self._title = OptionalKey(projectedValue: _title)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .optional("title"),
    ])
    private enum JSONKey: Int {
        case _title
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("title", self.$title)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Tracks`
public typealias Tracks = [Track]
