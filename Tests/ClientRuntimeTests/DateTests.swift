import Foundation
@testable import ClientRuntime
import Testing

/// `DateTimeString` and `DateString`: text kept as received, read as RFC 3339 without a
/// formatter, the same on every machine whatever its time zone.
@Suite(.serialized) struct DateTests {
    /// Seconds since 1970 of each text, worked out by hand.
    @Test(arguments: [
        ("1970-01-01T00:00:00Z", 0.0),
        ("2024-05-01T12:30:00Z", 1_714_566_600),
        ("2024-05-01t12:30:00z", 1_714_566_600),
        ("2024-05-01T18:15:00+05:45", 1_714_566_600),
        ("2024-05-01T02:30:00-10:00", 1_714_566_600),
        ("2024-05-01T12:30:00.5Z", 1_714_566_600.5),
        ("2024-05-01T12:30:00.123456789Z", 1_714_566_600.123456789),
        ("1969-12-31T23:59:59Z", -1),
        ("1900-03-01T00:00:00Z", -2_203_891_200),
        ("0001-01-01T00:00:00Z", -62_135_596_800),
        ("2000-02-29T00:00:00Z", 951_782_400),
        ("2016-12-31T23:59:60Z", 1_483_228_800),
    ])
    func dateTimesAreReadAsRFC3339(_ text: String, _ seconds: Double) throws {
        let date = try #require(DateTimeString(text).date)
        #expect(abs(date.timeIntervalSince1970 - seconds) < 1e-6, "\(text): \(date.timeIntervalSince1970)")
        #expect(DateTimeString(text).rawValue == text)
    }

    @Test(arguments: [
        "", "2024-05-01", "2024-05-01T12:30Z", "2024-05-01T12:30:00", "2024-05-01 12:30:00Z",
        "2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-05-01T24:00:00Z",
        "2024-05-01T12:60:00Z", "2024-05-01T12:30:61Z", "2024-05-01T12:30:00.Z", "2024-05-01T12:30:00+0545",
        "2024-05-01T12:30:00+24:00", "2024-05-01T12:30:00Zjunk", "yesterday", "２０２４-05-01T12:30:00Z",
    ])
    func malformedDateTimesAreKeptWithoutADate(_ text: String) throws {
        let value = try DateTimeString(jsonString: JSONValue.string(text).jsonString())
        #expect(value.date == nil, "\(text)")
        #expect(value.rawValue == text)
        #expect(value.jsonString() == JSONValue.string(text).jsonString())
    }

    @Test func datesAreWrittenInUTCWithTheFractionTheyHave() {
        #expect(DateTimeString(Date(timeIntervalSince1970: 1_714_566_600)).rawValue == "2024-05-01T12:30:00Z")
        #expect(DateTimeString(Date(timeIntervalSince1970: 1_714_566_600.25)).rawValue == "2024-05-01T12:30:00.25Z")
        #expect(DateTimeString(Date(timeIntervalSince1970: 1_714_566_600.000001)).rawValue == "2024-05-01T12:30:00.000001Z")
        #expect(DateTimeString(Date(timeIntervalSince1970: -0.5)).rawValue == "1969-12-31T23:59:59.5Z")
        #expect(DateTimeString(Date(timeIntervalSince1970: -2_203_891_200)).rawValue == "1900-03-01T00:00:00Z")
        for seconds in stride(from: -3e9, through: 3e9, by: 7_777_777.125) {
            let text = DateTimeString(Date(timeIntervalSince1970: seconds))
            #expect(text.date?.timeIntervalSince1970 == seconds, "\(text)")
        }
    }

    @Test func daysAreCalendarDaysNotInstants() throws {
        #expect(DateString("2024-02-29").day == DateString.Day(year: 2024, month: 2, day: 29))
        #expect(DateString("1969-07-20").day?.description == "1969-07-20")
        #expect(DateString(DateString.Day(year: 812, month: 12, day: 25)).rawValue == "0812-12-25")
        for malformed in ["2023-02-29", "2024-00-10", "2024-1-10", "2024-01-10T00:00:00Z", "", "May 1"] {
            #expect(DateString(malformed).day == nil, "\(malformed)")
        }
        let kiritimati = try #require(TimeZone(identifier: "Pacific/Kiritimati"))
        let start = try #require(DateString("2024-05-01").day?.start(in: kiritimati))
        #expect(DateTimeString(start).rawValue == "2024-04-30T10:00:00Z")
    }

    /// The answers do not depend on the machine's time zone: run again under `TZ` far from UTC.
    @Test func theMachinesTimeZoneChangesNothing() throws {
        let saved = ProcessInfo.processInfo.environment["TZ"]
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
            NSTimeZone.resetSystemTimeZone()
        }
        var answers: [[String]] = []
        for zone in ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago"] {
            setenv("TZ", zone, 1)
            tzset()
            NSTimeZone.resetSystemTimeZone()
            #expect(TimeZone.current.identifier == zone || zone == "UTC")
            answers.append([
                "\(DateTimeString("2024-05-01T18:15:00+05:45").date!.timeIntervalSince1970)",
                DateTimeString(Date(timeIntervalSince1970: 1_714_566_600)).rawValue,
                DateString("2024-05-01").day!.description,
            ])
        }
        #expect(answers.allSatisfy { $0 == answers[0] }, "\(answers)")
    }
}
