import { differenceInCalendarDays } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
	addCadence,
	addDaysIso,
	addMonthsIso,
	daysBetween,
	isCalendarDate,
	toLocalDate,
	utcDay,
	validIsoDate,
} from "../../src/core/dates";
import { PROPERTY_TIMEOUT } from "../property";
import type { Cadence } from "../../src/core/types";

const days = (count: number): Cadence => ({ count, unit: "days" });
const weeks = (count: number): Cadence => ({ count, unit: "weeks" });
const months = (count: number): Cadence => ({ count, unit: "months" });

describe("validIsoDate", () => {
	it.each([
		"2026-11-01",
		"2026-02-28",
		"2028-02-29",
		"2000-02-29",
		"2026-12-31",
		// Pacific/Kiritimati skipped this day (UTC-10 to UTC+14): it is still a calendar date.
		"1994-12-31",
		// Apia, Samoa skipped this one.
		"2011-12-30",
		"0050-06-15",
		"0000-01-01",
		"9999-12-31",
	])("accepts %s", (text) => {
		expect(validIsoDate(text)).toBe(text);
	});

	it.each(["2026-02-29", "2100-02-29", "2026-02-30", "2026-13-45", "2026-00-10", "2026-04-31", "2026-1-1", "26-11-01", "2026-11-01T09:30", "", "today"])(
		"rejects %j",
		(text) => {
			expect(validIsoDate(text)).toBeNull();
		},
	);

	it("rejects non-integer parts", () => {
		expect(isCalendarDate(2026, 1.5, 1)).toBe(false);
		expect(isCalendarDate(2026, 1, 31)).toBe(true);
	});
});

describe("addCadence", () => {
	it.each([
		// Across the US daylight-saving end (2026-11-01): whole calendar days, no hour lost or won.
		["2026-10-25", days(7), "2026-11-01"],
		["2026-10-31", days(1), "2026-11-01"],
		["2026-11-01", days(1), "2026-11-02"],
		["2026-10-18", weeks(2), "2026-11-01"],
		["2026-03-01", weeks(1), "2026-03-08"],
		["2026-10-01", months(1), "2026-11-01"],
		// Month ends: calendar months keep the day or fall back to the month's last day.
		["2026-01-31", months(1), "2026-02-28"],
		["2028-01-31", months(1), "2028-02-29"],
		["2026-03-31", months(1), "2026-04-30"],
		["2026-08-31", months(3), "2026-11-30"],
		["2026-11-30", months(3), "2027-02-28"],
		["2026-12-15", months(1), "2027-01-15"],
		// Leap days.
		["2028-02-29", months(1), "2028-03-29"],
		["2028-02-29", months(12), "2029-02-28"],
		["2028-02-29", months(48), "2032-02-29"],
		["2028-02-28", days(1), "2028-02-29"],
		["2028-02-29", days(365), "2029-02-28"],
		["2026-02-28", days(1), "2026-03-01"],
		// The day Kiritimati skipped still counts as one day.
		["1994-12-30", days(1), "1994-12-31"],
		["1994-12-31", days(1), "1995-01-01"],
		// Past the last writable day the result is held at 9999-12-31.
		["9999-12-31", days(1), "9999-12-31"],
		["9999-12-01", months(100000), "9999-12-31"],
		["2026-11-01", days(100000), "2300-08-17"],
	])("%s + %o = %s", (start, cadence, expected) => {
		expect(addCadence(start, cadence)).toBe(expected);
	});
});

describe("addDaysIso and addMonthsIso", () => {
	it.each([
		["2026-11-01", -1, "2026-10-31"],
		["2026-03-01", -1, "2026-02-28"],
		["2028-03-01", -1, "2028-02-29"],
		["0000-01-01", -1, "0000-01-01"],
		["2026-11-01", 0, "2026-11-01"],
	])("addDaysIso(%s, %i) = %s", (start, n, expected) => {
		expect(addDaysIso(start, n)).toBe(expected);
	});

	it.each([
		["2026-03-31", -1, "2026-02-28"],
		["2026-01-15", -1, "2025-12-15"],
		["2026-01-15", -24, "2024-01-15"],
	])("addMonthsIso(%s, %i) = %s", (start, n, expected) => {
		expect(addMonthsIso(start, n)).toBe(expected);
	});
});

describe("daysBetween", () => {
	it.each([
		["2026-10-31", "2026-11-02", 2],
		["2026-11-02", "2026-10-31", -2],
		["2026-03-07", "2026-03-09", 2],
		["2026-01-01", "2027-01-01", 365],
		["2028-01-01", "2029-01-01", 366],
		["1994-12-30", "1995-01-01", 2],
		["2026-11-23", "2026-11-23", 0],
	])("from %s to %s is %i days", (from, to, expected) => {
		expect(daysBetween(from, to)).toBe(expected);
	});

	it("throws on text that is not a date, so callers must validate first", () => {
		expect(() => daysBetween("2026-02-30", "2026-03-01")).toThrow(RangeError);
	});

	/** Any day of the years `from`–9999, as YYYY-MM-DD. */
	const dayFrom = (from: string): fc.Arbitrary<string> =>
		fc.date({ min: new Date(`${from}-01-01T00:00:00Z`), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

	it("counts the days between their UTC midnights, for any two days of 0000-9999", () => {
		const day = dayFrom("0000");
		fc.assert(
			fc.property(day, day, (from, to) => {
				expect(daysBetween(from, to)).toBe((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
			}),
			{ numRuns: 5000 },
		);
		// Year 0 is a leap year (proleptic Gregorian): its 29 February is one day before 1 March.
		expect(daysBetween("0000-02-29", "0000-03-01")).toBe(1);
		expect(daysBetween("0000-02-29", "1970-01-01")).toBe(719_469);
	}, PROPERTY_TIMEOUT);

	// From year 100 only: date-fns takes a year below 100 as 19xx when it works out a time zone's offset (0000-02-29 comes out a day short).
	it("counts what date-fns counts between any two days of 0100-9999", () => {
		const day = dayFrom("0100");
		fc.assert(
			fc.property(day, day, (from, to) => {
				expect(daysBetween(from, to)).toBe(differenceInCalendarDays(utcDay(to), utcDay(from)));
			}),
			{ numRuns: 5000 },
		);
	}, PROPERTY_TIMEOUT);
});

describe("toLocalDate", () => {
	it("is local midnight of the day, years below 100 included", () => {
		const d = toLocalDate("2026-11-01");
		expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([2026, 10, 1]);
		const old = toLocalDate("0050-06-15");
		expect([old.getFullYear(), old.getMonth(), old.getDate()]).toEqual([50, 5, 15]);
	});
});
