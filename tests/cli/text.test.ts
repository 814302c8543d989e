import { describe, expect, it } from "vitest";
import { daysAgo, daysAhead, formatCheck, wrap } from "../../src/cli/text";

describe("relative days", () => {
	it.each([
		[0, "today", "today"],
		[1, "yesterday", "tomorrow"],
		[23, "23 days ago", "in 23 days"],
		[-1, "tomorrow", "1 day overdue"],
		[-8, "in 8 days", "8 days overdue"],
	])("%i days: %s / %s", (days, ago, ahead) => {
		expect(daysAgo(days)).toBe(ago);
		expect(daysAhead(days)).toBe(ahead);
	});
});

describe("wrap", () => {
	it.each([
		["", 10, [""]],
		["short", 10, ["short"]],
		["one two three four", 9, ["one two", "three", "four"]],
		["a veryveryverylongword b", 8, ["a", "veryveryverylongword", "b"]],
		["Zoë Ångström zoë", 12, ["Zoë Ångström", "zoë"]],
	])("%j at %i", (text, width, lines) => {
		expect(wrap(text, width)).toEqual(lines);
	});
});

describe("formatCheck", () => {
	it("groups problems under their note and counts them", () => {
		const text = formatCheck(
			[
				{ path: "A.md", key: "cadence", value: "x", message: "cadence: 'x' is not a cadence" },
				{ path: "A.md", key: "influence", value: "y", message: "influence: 'y' is not a level" },
				{ path: "B c.md", key: null, value: null, message: "broken" },
			],
			7,
			{ color: false },
		);
		expect(text).toBe(
			[
				"A.md",
				"  cadence: 'x' is not a cadence",
				"  influence: 'y' is not a level",
				"B c.md",
				"  broken",
				"",
				"3 problems in 2 notes (7 notes read).",
				"",
			].join("\n"),
		);
	});
});
