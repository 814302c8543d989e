import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateInWords, formatReport } from "../../src/cli/text";
import { utcDay } from "../../src/core/dates";
import { PROPERTY_TIMEOUT } from "../property";
import { reportOf } from "./builder";

/**
 * The human dates of the text report are written from the calendar date itself, never through
 * local midnight: Pacific/Kiritimati skipped 1994-12-31, so local midnight of that day is
 * 1995-01-01 there. Each core project runs this in its own time zone.
 */
describe("the text report's title date", () => {
	it.each([
		["1994-12-31", "Saturday 31 December 1994"],
		["1995-01-01", "Sunday 1 January 1995"],
		["2026-11-01", "Sunday 1 November 2026"],
		["2024-02-29", "Thursday 29 February 2024"],
		["0050-03-01", "Tuesday 1 March 0050"],
		["0000-12-31", "Sunday 31 December 0000"],
	])("%s is %s in every time zone", (today, words) => {
		const title = formatReport(reportOf([], today), { color: false, vaultName: "v", dueSoonDays: 7 }).split("\n")[0];
		expect(title).toBe(`Managing Up · v · ${words}`);
	});

	// Year 0 is the one difference: date-fns' yyyy is the era year (0000 is 1 BC, written 0001),
	// the title writes the ISO year the note holds (Sunday 31 December 0000).
	it("is what date-fns' format writes for any day of 0001-9999", () => {
		const day = fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
		fc.assert(
			fc.property(day, (today) => {
				expect(dateInWords(today)).toBe(format(utcDay(today), "EEEE d MMMM yyyy"));
			}),
			{ numRuns: 5000 },
		);
	}, PROPERTY_TIMEOUT);
});
