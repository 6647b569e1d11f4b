import Foundation

/// A string declared `format: date-time`, kept exactly as written.
///
/// Round trips stay byte-exact and a malformed value still decodes; ``date`` parses the text as
/// RFC 3339 (`2024-05-01T12:30:00Z`, `2024-05-01t12:30:00.123456789+05:45`): fractional seconds
/// of any length, `Z`/`z` or a numeric offset, `T`/`t`. Parsing needs no formatter and no time
/// zone of the machine's.
public struct DateTimeString: Sendable, Hashable, JSONCodable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// RFC 3339 in UTC, with the fractional seconds the date has (up to microseconds, which is
    /// what a `Date` holds exactly): `2024-05-01T12:30:00Z`, `2024-05-01T12:30:00.25Z`.
    public init(_ date: Date) {
        let microseconds = (date.timeIntervalSince1970 * 1_000_000).rounded()
        let (seconds, fraction) = Self.floorDivision(Int64(microseconds), 1_000_000)
        let (days, secondOfDay) = Self.floorDivision(seconds, 86_400)
        let (year, month, day) = DateString.Day.civil(fromDays: days)
        var text = DateString.Day.text(year: year, month: month, day: day) + "T"
            + Self.twoDigits(secondOfDay / 3600) + ":" + Self.twoDigits(secondOfDay / 60 % 60) + ":" + Self.twoDigits(secondOfDay % 60)
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 6 - digits.count) + digits
            while digits.last == "0" { digits.removeLast() }
            text += "." + digits
        }
        rawValue = text + "Z"
    }

    public init(stringLiteral value: String) {
        rawValue = value
    }

    /// The point in time the text names; nil when it is no RFC 3339 date-time. A leap second
    /// (`23:59:60`), which `Date` cannot hold, reads as the first instant of the next minute.
    public var date: Date? {
        var scanner = DateTextScanner(rawValue.utf8)
        guard let day = scanner.calendarDay(), scanner.take(where: { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: "t") }),
              let hour = scanner.number(digits: 2), hour < 24, scanner.take(UInt8(ascii: ":")),
              let minute = scanner.number(digits: 2), minute < 60, scanner.take(UInt8(ascii: ":")),
              let second = scanner.number(digits: 2), second <= 60
        else { return nil }
        var fraction = 0.0
        if scanner.take(UInt8(ascii: ".")) {
            guard let digits = scanner.digits(), !digits.isEmpty else { return nil }
            fraction = Double("0." + digits) ?? 0
        }
        var offset = 0
        if scanner.take(where: { $0 == UInt8(ascii: "Z") || $0 == UInt8(ascii: "z") }) {
            offset = 0
        } else if let sign = scanner.next(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"),
                  let hours = scanner.number(digits: 2), hours < 24, scanner.take(UInt8(ascii: ":")),
                  let minutes = scanner.number(digits: 2), minutes < 60 {
            offset = (hours * 60 + minutes) * 60 * (sign == UInt8(ascii: "-") ? -1 : 1)
        } else {
            return nil
        }
        guard scanner.isAtEnd else { return nil }
        let days = DateString.Day.days(year: day.year, month: day.month, day: day.day)
        let seconds = Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offset)
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    public var description: String { rawValue }

    public init(from reader: inout JSONReader) throws(JSONDecodingError) {
        rawValue = try reader.readString()
    }

    public func encode(to writer: inout JSONWriter) {
        writer.string(rawValue)
    }

    static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }

    static func twoDigits(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

/// Reads the fixed-width numbers of RFC 3339 text, byte by byte.
struct DateTextScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String.UTF8View) {
        bytes = Array(text)
    }

    var isAtEnd: Bool { index == bytes.count }

    mutating func next() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    mutating func take(_ byte: UInt8) -> Bool {
        take { $0 == byte }
    }

    mutating func take(where matches: (UInt8) -> Bool) -> Bool {
        guard index < bytes.count, matches(bytes[index]) else { return false }
        index += 1
        return true
    }

    /// Exactly `digits` decimal digits.
    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + digits] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += digits
        return value
    }

    /// The decimal digits from here on, as text.
    mutating func digits() -> String? {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// `YYYY-MM-DD`, a day that exists.
    mutating func calendarDay() -> DateString.Day? {
        guard let year = number(digits: 4), take(UInt8(ascii: "-")), let month = number(digits: 2), take(UInt8(ascii: "-")),
              let day = number(digits: 2), (1...12).contains(month), day >= 1, day <= DateString.Day.daysIn(month: month, year: year)
        else { return nil }
        return DateString.Day(year: year, month: month, day: day)
    }
}
