import Foundation

/// A string declared `format: date`, kept exactly as written.
///
/// ``day`` reads it as a calendar day (`2024-05-01`): a year, a month and a day, never a point
/// in time, so no time zone (the machine's least of all) can move it to another day.
public struct DateString: Sendable, Hashable, JSONCodable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// A day of the Gregorian calendar (proleptic before 1582, as RFC 3339 has it).
    public struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
        public var year: Int
        public var month: Int
        public var day: Int

        public init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        /// `YYYY-MM-DD`.
        public var description: String { Self.text(year: Int64(year), month: Int64(month), day: Int64(day)) }

        public static func < (left: Day, right: Day) -> Bool {
            (left.year, left.month, left.day) < (right.year, right.month, right.day)
        }

        /// The instant this day starts in `timeZone`: the zone is always the caller's choice.
        public func start(in timeZone: TimeZone) -> Date? {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            return calendar.date(from: DateComponents(year: year, month: month, day: day))
        }

        static func daysIn(month: Int, year: Int) -> Int {
            switch month {
            case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        }

        /// Days since 1970-01-01 (negative before), by Howard Hinnant's `days_from_civil`.
        static func days(year: Int, month: Int, day: Int) -> Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }

        /// The day `days` after 1970-01-01, by `civil_from_days`.
        static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
            let z = days + 719_468
            let era = (z >= 0 ? z : z - 146_096) / 146_097
            let dayOfEra = z - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let shiftedMonth = (5 * dayOfYear + 2) / 153
            let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
            let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
            return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
        }

        static func text(year: Int64, month: Int64, day: Int64) -> String {
            func padded(_ value: Int64, _ width: Int) -> String {
                let digits = String(value)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
            return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
        }
    }

    public var rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// `YYYY-MM-DD` of a calendar day.
    public init(_ day: Day) {
        rawValue = day.description
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    /// The calendar day the text names; nil when it is no `YYYY-MM-DD` of a day that exists.
    public var day: Day? {
        var scanner = DateTextScanner(rawValue.utf8)
        guard let day = scanner.calendarDay(), scanner.isAtEnd else { return nil }
        return day
    }

    public var description: String { rawValue }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        rawValue = try reader.readString()
    }

    public func encode(to writer: inout JSONWriter) {
        writer.string(rawValue)
    }
}
