import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { readNote } from "../../src/core/read";
import {
	DEFAULT_CORE_SETTINGS,
	type CoreSettings,
	type Frontmatter,
	type NoteReading,
	type PersonRecord,
	type Problem,
} from "../../src/core/types";

/**
 * Every accepted and rejected form of the design's property table, read through readNote the
 * way the plugin and the CLI read a note.
 */

const PATH = "People/Jane Doe.md";
/** A note outside any people folder: only its properties can make it a person. */
const LOOSE = "Notes/jdoe.md";

function readPerson(props: Frontmatter, settings: CoreSettings = DEFAULT_CORE_SETTINGS): NoteReading {
	return readNote(PATH, { person: "Jane Doe", ...props }, settings);
}

function personRecord(reading: NoteReading): PersonRecord {
	if (reading.record?.kind !== "person") throw new Error(`not a person: ${JSON.stringify(reading)}`);
	return reading.record;
}

/** expectAccepted checks that a value reads to the expected field value without any problem. */
function expectAccepted(key: string, field: keyof PersonRecord, value: unknown, expected: unknown): void {
	const reading = readPerson({ [key]: value });
	expect(reading.problems).toEqual([]);
	expect(personRecord(reading)[field]).toEqual(expected);
}

/** expectRejected checks that a value is one problem with the exact message and counts as absent. */
function expectRejected(key: string, field: keyof PersonRecord, value: unknown, message: string, absent: unknown = null): void {
	const reading = readPerson({ [key]: value });
	const problem: Problem = { path: PATH, key, value, message };
	expect(reading.problems).toEqual([problem]);
	expect(message.startsWith(`${key}: `)).toBe(true);
	expect(personRecord(reading)[field]).toEqual(absent);
}

/** Values that count as absent, each wrapped so that it.each does not spread the lists. */
const EMPTY_VALUES: [unknown][] = [[undefined], [null], [""], ["   "], [[]], [[null, ""]], [[[]]]];

describe("dates: last-contact, follow-up, snooze-until", () => {
	const dateFields = [
		["last-contact", "lastContact"],
		["follow-up", "followUp"],
		["snooze-until", "snoozeUntil"],
	] as const;

	const accepted: [string, unknown, string][] = [
		["yyyy-MM-dd", "2026-11-01", "2026-11-01"],
		["yyyy-MM-dd with spaces around", " 2026-11-01 ", "2026-11-01"],
		["a leap day", "2028-02-29", "2028-02-29"],
		["date-time without seconds", "2026-11-01T09:30", "2026-11-01"],
		["date-time with seconds", "2026-11-01T09:30:15", "2026-11-01"],
		["date-time with fractions", "2026-11-01T09:30:15.250", "2026-11-01"],
		["date-time with a space", "2026-11-01 09:30", "2026-11-01"],
		["date-time in Z, late (no shift)", "2026-11-01T23:30Z", "2026-11-01"],
		["date-time with seconds in Z", "2026-11-01T23:30:00Z", "2026-11-01"],
		["date-time at -08:00, which is Nov 2 in UTC", "2026-11-01T23:30-08:00", "2026-11-01"],
		["date-time at +14:00, which is Oct 31 in UTC", "2026-11-01T00:30+14:00", "2026-11-01"],
		["date-time with seconds and +14:00", "2026-11-01T00:30:00+14:00", "2026-11-01"],
		["date-time with a compact offset", "2026-11-01T09:30+0530", "2026-11-01"],
		["Date at UTC midnight", new Date(Date.UTC(2026, 10, 1)), "2026-11-01"],
		["Date late in the UTC day", new Date("2026-11-01T23:30:00Z"), "2026-11-01"],
		["Date read by its UTC calendar date", new Date("2026-11-01T00:30:00+14:00"), "2026-10-31"],
		["daily-note link", "[[2026-11-01]]", "2026-11-01"],
		["unquoted daily-note link (a nested list)", [["2026-11-01"]], "2026-11-01"],
		["daily-note link with folder and alias", "[[Daily/2026-11-01|Nov 1]]", "2026-11-01"],
		["unquoted daily-note link with folder and alias", [["Daily/2026-11-01|Nov 1"]], "2026-11-01"],
		["daily-note link with heading", "[[2026-11-01#Notes]]", "2026-11-01"],
		["daily-note link with .md", "[[Daily/2026-11-01.md]]", "2026-11-01"],
		["daily-note link with its weekday (Templater's YYYY-MM-DD-dddd)", "[[2026-11-20-Friday]]", "2026-11-20"],
		["daily-note link with a short weekday", "[[Journal/2026-11-20 Fri|Friday]]", "2026-11-20"],
	];

	const rejected: [string, unknown, string][] = [
		["February 30th", "2026-02-30", "'2026-02-30' is not a date: February 2026 has no day 30; use a day that exists"],
		["month 13", "2026-13-45", "'2026-13-45' is not a date; use YYYY-MM-DD"],
		["29 February of a common year", "2026-02-29", "'2026-02-29' is not a date: February 2026 has no day 29; use a day that exists"],
		["words", "next week", "'next week' is not a date; use YYYY-MM-DD"],
		["another date order", "11/01/2026", "'11/01/2026' is not a date; use YYYY-MM-DD"],
		["an hour out of range", "2026-11-01T25:00", "'2026-11-01T25:00' is not a date: the time of day is not a real time; use YYYY-MM-DD or YYYY-MM-DDTHH:mm"],
		["a number", 20261101, "20261101 is not a date; use YYYY-MM-DD"],
		["a small number", 45, "45 is not a date; use YYYY-MM-DD"],
		["a boolean", true, "true is not a date; use YYYY-MM-DD"],
		["an invalid Date", new Date(Number.NaN), "an invalid date is not a date; use YYYY-MM-DD"],
		["a Date past year 9999", new Date(Date.UTC(10000, 0, 1)), "'+010000-01-01T00:00:00.000Z' is not a date; use YYYY-MM-DD"],
		["a map", { day: 1 }, "a group of properties is not a date; use YYYY-MM-DD"],
		["a list of dates", ["2026-11-01", "2026-11-02"], "is a list; use one date (YYYY-MM-DD)"],
		["a link to a person", "[[Jane Doe]]", "'[[Jane Doe]]' links to a note whose name is not a date; use [[YYYY-MM-DD]]"],
		["a link to a bad date", "[[2026-02-30]]", "'[[2026-02-30]]' links to a note whose name is not a date; use [[YYYY-MM-DD]]"],
		["a link to a date and more", "[[2026-11-20-Planning]]", "'[[2026-11-20-Planning]]' links to a note whose name is not a date; use [[YYYY-MM-DD]]"],
		["a link to a bad date and a weekday", "[[2026-02-30-Monday]]", "'[[2026-02-30-Monday]]' links to a note whose name is not a date; use [[YYYY-MM-DD]]"],
	];

	describe.each(dateFields)("%s", (key, field) => {
		it.each(accepted)("accepts %s", (_name, value, expected) => {
			expectAccepted(key, field, value, expected);
		});
		it.each(rejected)("rejects %s", (_name, value, message) => {
			expectRejected(key, field, value, `${key}: ${message}`);
		});
		it.each(EMPTY_VALUES)("treats %j as absent, with no problem", (value) => {
			expectAccepted(key, field, value, null);
		});
	});

	it("gives the design's own example message", () => {
		const reading = readPerson({ "last-contact": "2026-13-45" });
		expect(reading.problems.map((p) => p.message)).toEqual([
			"last-contact: '2026-13-45' is not a date; use YYYY-MM-DD",
		]);
	});
});

describe("influence and interest", () => {
	const accepted: [unknown, string][] = [
		["low", "low"],
		["Low", "low"],
		["LOW", "low"],
		["medium", "medium"],
		["Medium", "medium"],
		["high", "high"],
		["HIGH", "high"],
		[" High ", "high"],
		[1, "low"],
		[2, "low"],
		[3, "medium"],
		[4, "high"],
		[5, "high"],
		["1", "low"],
		["2", "low"],
		["3", "medium"],
		["4", "high"],
		["5", "high"],
		[" 4 ", "high"],
		// As people write a level: short words, stronger words, a scale, stars, a note after it.
		["H", "high"],
		["Med", "medium"],
		["lo", "low"],
		["very high", "high"],
		["Critical", "high"],
		["VIP", "high"],
		["key", "high"],
		["medium-high", "high"],
		["moderate", "medium"],
		["3/5", "medium"],
		["8/10", "high"],
		["⭐⭐⭐", "medium"],
		["★★★★★", "high"],
		["high 🔥", "high"],
		["High (CTO)", "high"],
	];
	const hint = "is not a level; use low, medium, high or a whole number from 1 to 5";
	const rejected: [unknown, string][] = [
		[0, `0 ${hint}`],
		[6, `6 ${hint}`],
		[2.5, `2.5 ${hint}`],
		[-1, `-1 ${hint}`],
		[Number.NaN, `.nan ${hint}`],
		["0", `'0' ${hint}`],
		["6", `'6' ${hint}`],
		["2.5", `'2.5' ${hint}`],
		["huge", `'huge' ${hint}`],
		["6/5", `'6/5' ${hint}`],
		["⭐ high-ish", `'⭐ high-ish' ${hint}`],
		["n/a", `'n/a' ${hint}`],
		[true, `true ${hint}`],
		[["high"], `a list ${hint}`],
		[{ level: "high" }, `a group of properties ${hint}`],
	];

	describe.each([
		["influence", "influence"],
		["interest", "interest"],
	] as const)("%s", (key, field) => {
		it.each(accepted)("accepts %j as %s", (value, expected) => {
			expectAccepted(key, field, value, expected);
		});
		it.each(rejected)("rejects %j", (value, message) => {
			expectRejected(key, field, value, `${key}: ${message}`);
		});
		it.each(EMPTY_VALUES)("treats %j as absent", (value) => {
			expectAccepted(key, field, value, null);
		});
	});
});

describe("cadence", () => {
	it.each([
		[14, { count: 14, unit: "days" }],
		["14", { count: 14, unit: "days" }],
		["14d", { count: 14, unit: "days" }],
		["14D", { count: 14, unit: "days" }],
		["1d", { count: 1, unit: "days" }],
		["2w", { count: 2, unit: "weeks" }],
		[" 2W ", { count: 2, unit: "weeks" }],
		["3m", { count: 3, unit: "months" }],
		["weekly", { count: 1, unit: "weeks" }],
		["Weekly", { count: 1, unit: "weeks" }],
		["biweekly", { count: 2, unit: "weeks" }],
		["fortnightly", { count: 2, unit: "weeks" }],
		["monthly", { count: 1, unit: "months" }],
		["quarterly", { count: 3, unit: "months" }],
		["QUARTERLY", { count: 3, unit: "months" }],
		// Orbit's and other plugins' words, in any case and with or without the hyphen.
		["Bi-Weekly", { count: 2, unit: "weeks" }],
		["Daily", { count: 1, unit: "days" }],
		["Bi-Annually", { count: 6, unit: "months" }],
		["semi-annually", { count: 6, unit: "months" }],
		["Yearly", { count: 12, unit: "months" }],
		["annually", { count: 12, unit: "months" }],
		["3y", { count: 36, unit: "months" }],
		["every 2 weeks", { count: 2, unit: "weeks" }],
		// As people write how often: counts in words, times a period, and roughly.
		["every two weeks", { count: 2, unit: "weeks" }],
		["Every three months", { count: 3, unit: "months" }],
		["every quarter", { count: 3, unit: "months" }],
		["2q", { count: 6, unit: "months" }],
		["once a quarter", { count: 3, unit: "months" }],
		["twice a month", { count: 2, unit: "weeks" }],
		["2x/month", { count: 2, unit: "weeks" }],
		["1x per week", { count: 1, unit: "weeks" }],
		["4 times a month", { count: 1, unit: "weeks" }],
		["3 times a year", { count: 4, unit: "months" }],
		["twice a week", { count: 4, unit: "days" }],
		["semi-monthly", { count: 2, unit: "weeks" }],
		["every weekday", { count: 1, unit: "days" }],
		["weekly-ish", { count: 1, unit: "weeks" }],
		["~monthly", { count: 1, unit: "months" }],
		["about every 2 weeks", { count: 2, unit: "weeks" }],
	])("accepts %j as %o", (value, expected) => {
		expectAccepted("cadence", "cadence", value, expected);
	});

	const hint = "is not a cadence; use a number of days (14), 2w, 3m, weekly, biweekly, monthly, quarterly, bi-annually or yearly";
	it.each([
		[0, `0 ${hint}`],
		[-3, `-3 ${hint}`],
		[2.5, `2.5 ${hint}`],
		[1e300, `1e+300 ${hint}`],
		["0", `'0' ${hint}`],
		["-3", `'-3' ${hint}`],
		["0w", `'0w' ${hint}`],
		["often", `'often' ${hint}`],
		["2.5w", `'2.5w' ${hint}`],
		["3x", `'3x' ${hint}`],
		["10 times a day", `'10 times a day' ${hint}`],
		["0x/week", `'0x/week' ${hint}`],
		["twice", `'twice' ${hint}`],
		["-ish", `'-ish' ${hint}`],
		// Object.prototype's names are not cadences (they once found its methods).
		["constructor", `'constructor' ${hint}`],
		["__proto__", `'__proto__' ${hint}`],
		["Constructor", `'Constructor' ${hint}`],
		["3constructor", `'3constructor' ${hint}`],
		["toString", `'toString' ${hint}`],
		[true, `true ${hint}`],
		[["14"], `a list ${hint}`],
	])("rejects %j", (value, message) => {
		expectRejected("cadence", "cadence", value, `cadence: ${message}`);
	});
});

describe("person", () => {
	it.each([
		["text", "Jane Doe", "Jane Doe"],
		["text with spaces around", "  Jane Doe  ", "Jane Doe"],
		["a link: its basename", "[[Jane Doe]]", "Jane Doe"],
		["a folder link: its basename", "[[People/Jane Doe]]", "Jane Doe"],
		["a link with alias: the alias", "[[People/Jane Doe|Jane]]", "Jane"],
		["an unquoted link, which YAML reads as a nested list", [["Jane Doe"]], "Jane Doe"],
		["an unquoted link with alias", [["People/Jane Doe|JD"]], "JD"],
		["a list: its first non-empty item", ["", null, "Jane Doe", "Someone else"], "Jane Doe"],
		["a list of links", ["[[People/Jane Doe|JD]]", "[[Ann]]"], "JD"],
		["a list of unquoted links", [[["Jane Doe"]], [["Ann"]]], "Jane Doe"],
		["true: the note's title", true, "Jane Doe"],
		["a number", 42, "42"],
	])("reads %s", (_name, value, expected) => {
		expectAccepted("person", "person", value, expected);
	});

	it.each([
		["a map", { name: "Jane" }, "person: is a group of properties; use text, a link like [[Name]], or true for the note's title"],
		["a list inside a list", [["Jane", "Ann"]], "person: is a list inside a list; use text"],
	])("rejects %s, and the note is still a stakeholder named by its title", (_name, value, message) => {
		expectRejected("person", "person", value, message, "Jane Doe");
	});

	it.each([[false], [null], [""], ["  "], [[]], [[null, ""]], [[[]]]])("%j does not make a stakeholder", (value) => {
		const { candidate: _, ...reading } = readNote(LOOSE, { person: value, role: "VP" }, DEFAULT_CORE_SETTINGS);
		expect(reading).toEqual({ record: null, problems: [] });
	});
});

describe("text properties: role, relationship, follow-up-note", () => {
	it.each([
		["role", "role", "Staff Engineer", "Staff Engineer"],
		["role", "role", "  VP Engineering ", "VP Engineering"],
		["role", "role", 42, "42"],
		["role", "role", ["Staff", "Principal"], "Staff, Principal"],
		["relationship", "relationship", "manager", "manager"],
		["relationship", "relationship", "Manager", "manager"],
		["relationship", "relationship", "SKIP-LEVEL", "skip-level"],
		["relationship", "relationship", "Peer", "peer"],
		["relationship", "relationship", "Sponsor", "sponsor"],
		["relationship", "relationship", "Mentor", "mentor"],
		["relationship", "relationship", "Report", "report"],
		["relationship", "relationship", "Stakeholder", "stakeholder"],
		["relationship", "relationship", "Board Member", "board member"],
		["follow-up-note", "followUpNote", "Send the promotion packet", "Send the promotion packet"],
	] as const)("%s: %j reads as %j", (key, field, value, expected) => {
		expectAccepted(key, field, value, expected);
	});

	it.each([
		["role", "role", { title: "VP" }, "role: is a group of properties; use text"],
		["relationship", "relationship", ["manager"], "relationship: is a list; use text"],
		["follow-up-note", "followUpNote", ["a", "b"], "follow-up-note: is a list; use text"],
	] as const)("%s: rejects %j", (key, field, value, message) => {
		expectRejected(key, field, value, message);
	});
});

describe("reports-to, with manager as fallback", () => {
	it.each([
		["a link", "[[People/Ann Lee]]", { target: "People/Ann Lee", alias: null, isLink: true }],
		["a link with alias", "[[Ann Lee|Ann]]", { target: "Ann Lee", alias: "Ann", isLink: true }],
		["an unquoted link", [["Ann Lee"]], { target: "Ann Lee", alias: null, isLink: true }],
		["a name", "Ann Lee", { target: "Ann Lee", alias: null, isLink: false }],
		["a list: its first item", ["", "[[Ann Lee]]", "[[Bo]]"], { target: "Ann Lee", alias: null, isLink: true }],
	])("reads %s", (_name, value, expected) => {
		expectAccepted("reports-to", "reportsTo", value, expected);
	});

	it.each([
		["true", true, "reports-to: is true; use a link like [[Name]] or a name"],
		["a map", { name: "Ann" }, "reports-to: is a group of properties; use a link like [[Name]] or a name"],
	])("rejects %s", (_name, value, message) => {
		expectRejected("reports-to", "reportsTo", value, message);
	});

	it("reads manager when reports-to is absent", () => {
		expectAccepted("manager", "reportsTo", "[[Ann Lee]]", { target: "Ann Lee", alias: null, isLink: true });
		const blank = personRecord(readPerson({ "reports-to": "", manager: "Ann Lee" }));
		expect(blank.reportsTo).toEqual({ target: "Ann Lee", alias: null, isLink: false });
	});

	it("prefers reports-to over manager", () => {
		const record = personRecord(readPerson({ "reports-to": "[[Bo]]", manager: "[[Ann Lee]]" }));
		expect(record.reportsTo?.target).toBe("Bo");
	});

	it("names manager in the problem when manager is the one read", () => {
		expectRejected("manager", "reportsTo", { a: 1 }, "manager: is a group of properties; use a link like [[Name]] or a name");
	});
});

describe("cares-about", () => {
	it.each([
		["text", "Reliability", ["Reliability"]],
		["a list", ["Reliability", "", null, " Hiring "], ["Reliability", "Hiring"]],
		["a list with an unquoted link", ["Roadmap", [["Q3 plan"]]], ["Roadmap", "[[Q3 plan]]"]],
		["a number", 42, ["42"]],
		["nothing", null, []],
		["an empty list", [], []],
	])("reads %s", (_name, value, expected) => {
		expectAccepted("cares-about", "caresAbout", value, expected);
	});

	it.each([
		["a map", { topic: "x" }, "cares-about: is a group of properties; use text or a list of text"],
		["a list with a map", ["ok", { topic: "x" }], "cares-about: has an item that is a group of properties; use text or a list of text"],
		["a list with a list", [["a", "b"]], "cares-about: has an item that is a list; use text or a list of text"],
	])("rejects %s", (_name, value, message) => {
		expectRejected("cares-about", "caresAbout", value, message, []);
	});
});

describe("renamed property names", () => {
	const settings: CoreSettings = {
		...DEFAULT_CORE_SETTINGS,
		properties: {
			...DEFAULT_CORE_SETTINGS.properties,
			person: ["name"],
			role: ["title"],
			relationship: ["rel"],
			influence: ["power"],
			interest: ["stake"],
			lastContact: ["last-talked"],
			cadence: ["every"],
			followUp: ["due"],
			followUpNote: ["due-note"],
			snoozeUntil: ["quiet-until"],
			reportsTo: ["boss"],
			caresAbout: ["topics"],
			with: ["attendees"],
			date: ["when"],
		},
	};

	it("reads every renamed key and ignores the default names", () => {
		const reading = readNote(
			LOOSE,
			{
				name: "Jane Doe",
				title: "VP",
				rel: "Skip-level",
				power: "high",
				stake: 2,
				"last-talked": "2026-11-01",
				every: "2w",
				due: "[[2026-11-05]]",
				"due-note": "Send notes",
				"quiet-until": "2026-11-10",
				boss: "[[Ann]]",
				topics: ["Hiring"],
				"last-contact": "not read",
				influence: "not read",
			},
			settings,
		);
		expect(reading.problems).toEqual([]);
		expect(reading.record).toMatchObject({
			kind: "person",
			path: LOOSE,
			title: "jdoe",
			person: "Jane Doe",
			role: "VP",
			relationship: "skip-level",
			influence: "high",
			interest: "low",
			lastContact: "2026-11-01",
			cadence: { count: 2, unit: "weeks" },
			followUp: "2026-11-05",
			followUpNote: "Send notes",
			snoozeUntil: "2026-11-10",
			reportsTo: { target: "Ann", alias: null, isLink: true },
			caresAbout: ["Hiring"],
		});
	});

	it("puts the renamed key in problems", () => {
		const reading = readNote(LOOSE, { name: "Jane", "last-talked": "2026-13-45", power: "huge" }, settings);
		expect(reading.problems.map((p) => [p.key, p.message])).toEqual([
			["power", "power: 'huge' is not a level; use low, medium, high or a whole number from 1 to 5"],
			["last-talked", "last-talked: '2026-13-45' is not a date; use YYYY-MM-DD"],
		]);
	});

	it("does not take the default person key as a stakeholder marker", () => {
		expect(readNote(LOOSE, { person: "Jane" }, settings).record).toBeNull();
	});

	it("reads a 1:1 note by the renamed with and date", () => {
		const reading = readNote("1-1/Sync.md", { attendees: "[[Jane Doe]]", when: "2026-11-01", with: "[[Ignored]]" }, settings);
		expect(reading.record).toMatchObject({ kind: "meeting", date: "2026-11-01", with: [{ target: "Jane Doe" }] });
		const undated = readNote("1-1/Sync.md", { attendees: "[[Jane Doe]]" }, settings);
		expect(undated.problems.map((p) => p.message)).toEqual([
			"when: this 1:1 note has no date; add when: YYYY-MM-DD or start the file name with YYYY-MM-DD",
		]);
	});
});

describe("values as the CLI's YAML reader hands them over", () => {
	function yaml(text: string): Frontmatter {
		const parsed = parseFrontmatter(`---\n${text}\n---\nbody\n`);
		if (parsed.error !== null) throw new Error(parsed.error);
		return parsed.data as Frontmatter;
	}

	it("keeps dates as strings and reads unquoted links as nested lists, which the core understands", () => {
		const fm = yaml(
			[
				"person: [[People/Jane Doe|Jane]]",
				"last-contact: 2026-11-01",
				"follow-up: [[Daily/2026-11-05|Nov 5]]",
				"snooze-until: 2026-11-01T09:30:00+14:00",
				"influence: 4",
				"cadence: 2w",
				"reports-to: [[Ann Lee]]",
				"cares-about:",
				"  - Reliability",
				"  - [[Q3 plan]]",
			].join("\n"),
		);
		expect(fm["last-contact"]).toBe("2026-11-01");
		expect(fm.person).toEqual([["People/Jane Doe|Jane"]]);
		const record = personRecord(readNote(PATH, fm, DEFAULT_CORE_SETTINGS));
		expect(record).toMatchObject({
			person: "Jane",
			lastContact: "2026-11-01",
			followUp: "2026-11-05",
			snoozeUntil: "2026-11-01",
			influence: "high",
			cadence: { count: 2, unit: "weeks" },
			reportsTo: { target: "Ann Lee", isLink: true },
			caresAbout: ["Reliability", "[[Q3 plan]]"],
		});
	});

	it("reports 2026-13-45 as written, not rolled over into 2027", () => {
		const reading = readNote(PATH, yaml("person: Jane\nlast-contact: 2026-13-45"), DEFAULT_CORE_SETTINGS);
		expect(reading.problems).toEqual([
			{ path: PATH, key: "last-contact", value: "2026-13-45", message: "last-contact: '2026-13-45' is not a date; use YYYY-MM-DD" },
		]);
	});
});

describe("a note with several problems", () => {
	it("lists each, and keeps the readable fields", () => {
		const reading = readPerson({ role: "VP", influence: "huge", cadence: "often", "last-contact": "next week" });
		expect(reading.problems.map((p) => p.key)).toEqual(["influence", "last-contact", "cadence"]);
		expect(personRecord(reading)).toMatchObject({ role: "VP", influence: null, cadence: null, lastContact: null });
	});
});
