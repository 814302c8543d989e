import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/cli/text";
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
	])("%s is %s in every time zone", (today, words) => {
		const title = formatReport(reportOf([], today), { color: false, vaultName: "v", dueSoonDays: 7 }).split("\n")[0];
		expect(title).toBe(`Managing Up · v · ${words}`);
	});
});
