/// Spec: `#/components/schemas/Meeting`
public struct Meeting: JSONCodable, Sendable, Hashable {
    public var startsAt: DateTimeString
    public var day: DateString
    @OptionalKey public var endsAt: DateTimeString?
    @OptionalKey public var reminders: [DateTimeString]?
    @OptionalKey public var holidays: JSONMap<DateString>?
    @OptionalKey public var created: DateTimeString?
    /// Keys the schema does not describe, in the order they came; written after the known keys.
    public var additionalFields: JSONObject

    public init(
        startsAt: DateTimeString,
        day: DateString,
        endsAt: DateTimeString? = nil,
        reminders: [DateTimeString]? = nil,
        holidays: JSONMap<DateString>? = nil,
        created: DateTimeString? = nil,
        additionalFields: JSONObject = [:]
    ) {
        self.startsAt = startsAt
        self.day = day
        self.endsAt = endsAt
        self.reminders = reminders
        self.holidays = holidays
        self.created = created
        self.additionalFields = additionalFields
    }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        var object = try reader.readObject(Self.jsonKeys)
        var _startsAt: DateTimeString?
        var _day: DateString?
        var _endsAt = JSONField<DateTimeString>.absent
        var _reminders = JSONField<[DateTimeString]>.absent
        var _holidays = JSONField<JSONMap<DateString>>.absent
        var _created = JSONField<DateTimeString>.absent
        var additionalFields = JSONObject()
        while let key = reader.nextKey(&object) {
            switch JSONKey(rawValue: key) {
            case ._startsAt: reader.read(&_startsAt, key: "starts_at")
            case ._day: reader.read(&_day, key: "day")
            case ._endsAt: reader.read(&_endsAt, key: "ends_at")
            case ._reminders: reader.read(&_reminders, key: "reminders")
            case ._holidays: reader.read(&_holidays, key: "holidays")
            case ._created: reader.read(&_created, key: "created")
            case nil: reader.readUnknown(object, into: &additionalFields)
            }
        }
        try reader.endObject(object)
        self.startsAt = _startsAt!
        self.day = _day!
        self._endsAt = OptionalKey(projectedValue: _endsAt)
        self._reminders = OptionalKey(projectedValue: _reminders)
        self._holidays = OptionalKey(projectedValue: _holidays)
        self._created = OptionalKey(projectedValue: _created)
        self.additionalFields = additionalFields
    }

    /// The schema's keys in its order; `.required` marks those a received object must have (a
    /// required key that may be `null` may be absent too, and stays absent); `JSONKey` names them
    /// by position.
    static let jsonKeys = JSONKeys([
        .required("starts_at"),
        .required("day"),
        .optional("ends_at"),
        .optional("reminders"),
        .optional("holidays"),
        .optional("created"),
    ])
    private enum JSONKey: Int {
        case _startsAt
        case _day
        case _endsAt
        case _reminders
        case _holidays
        case _created
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("starts_at", self.startsAt)
        writer.field("day", self.day)
        writer.field("ends_at", self.$endsAt)
        writer.field("reminders", self.$reminders)
        writer.field("holidays", self.$holidays)
        writer.field("created", self.$created)
        writer.fields(self.additionalFields)
        writer.endObject()
    }
}

/// Spec: `#/components/schemas/Timestamp`
public typealias Timestamp = DateTimeString
