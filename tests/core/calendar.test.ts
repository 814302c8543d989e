import { describe, expect, it } from "vitest";
import { calendarEvents, calendarExport, eventUid, obsidianUrl } from "../../src/core/calendar";
import { PRODID, escapeText, foldLine, icsStamp, isOurCalendar } from "../../src/core/ics";
import { NoteBuilder, reportOf } from "./builder";
import { commitment, parseCalendar, physicalLines, withCommitments } from "./calendar-helpers";

/**
 * The calendar export, read back by an independent parser (ical.js): what a calendar app
 * imports. Core tests run in several time zones (vitest.config.ts): the dates must not move.
 */

const TODAY = "2026-11-23";
const NOW = "2026-11-23T09:30:05.123Z";

const notes = (): NoteBuilder[] => [
	NoteBuilder.person("Jane Doe").influence("high").lastContact("2026-11-20").cadence(14),
	NoteBuilder.person("Ann Lee").influence("high").lastContact("2026-11-12").cadence("2w"),
	NoteBuilder.person("Sam Roe").influence("high").set("snooze-until", "2026-12-01"),
	NoteBuilder.person("Bo").influence("low").lastContact("2026-01-01").cadence(30),
	NoteBuilder.meeting("2026-11-20 Jane", "[[Jane Doe]]").set("date", "2026-11-20").followUp("2026-12-01", "Send the deck"),
];

const commitments = [
	commitment({ text: "Budget numbers", owner: "them", due: "2026-12-07" }),
	commitment({ text: "Send the [[Deck v2|deck]]", owner: "me", due: "2026-12-04" }),
	commitment({ text: "Think about it", owner: "me", due: null }),
];

function report(builders = notes(), list = commitments) {
	return withCommitments(reportOf(builders, TODAY), list);
}

describe("the calendar", () => {
	const { text, events } = calendarExport(report(), "Work Vault", NOW);
	const parsed = parseCalendar(text);

	it("is an RFC 5545 calendar that says who made it", () => {
		expect(parsed.props).toEqual({ prodid: PRODID, version: "2.0", calscale: "GREGORIAN", method: "PUBLISH", "x-wr-calname": "Managing Up" });
		expect(isOurCalendar(text)).toBe(true);
		expect(physicalLines(text).every((line) => !line.includes("\n") && !line.includes("\r"))).toBe(true);
	});

	it("has an all-day event for each follow-up, dated commitment and high-influence check-in, by date", () => {
		expect(parsed.events.map((e) => [e.start, e.end, e.summary])).toEqual([
			["2026-01-31", "2026-02-01", "Get in touch with Bo"],
			["2026-11-26", "2026-11-27", "Get in touch with Ann Lee"],
			["2026-12-01", "2026-12-02", "Follow up with Jane Doe: Send the deck"],
			["2026-12-04", "2026-12-05", "Check in with Jane Doe (high influence)"],
			["2026-12-04", "2026-12-05", "You promised Jane Doe: Send the deck"],
			["2026-12-07", "2026-12-08", "Jane Doe owes you: Budget numbers"],
		]);
		expect(parsed.events.every((e) => e.startIsDate)).toBe(true);
		expect(events.map((e) => e.kind)).toEqual(["contact", "contact", "follow-up", "check-in", "commitment", "commitment"]);
	});

	it("leaves out snoozed people and commitments without a date", () => {
		expect(parsed.events.some((e) => e.summary.includes("Sam Roe"))).toBe(false);
		expect(parsed.events.some((e) => e.summary.includes("Think about it"))).toBe(false);
	});

	it("links each event to its note, percent-encoded", () => {
		const followUp = parsed.events.find((e) => e.summary.startsWith("Follow up"));
		expect(followUp?.url).toBe("obsidian://open?vault=Work%20Vault&file=1-1%2F2026-11-20%20Jane.md");
		expect(obsidianUrl("Ä & Co", "Ünïcode/a;b,c#d?.md")).toBe("obsidian://open?vault=%C3%84%20%26%20Co&file=%C3%9Cn%C3%AFcode%2Fa%3Bb%2Cc%23d%3F.md");
	});

	it("describes each event", () => {
		const owed = parsed.events.find((e) => e.summary.includes("owes you"));
		expect(owed?.description).toBe("Budget numbers\nPromised to you in 2026-11-20 Jane (2026-11-20).\nNote: 1-1/2026-11-20 Jane.md");
		const checkIn = parsed.events.find((e) => e.summary.startsWith("Check in"));
		expect(checkIn?.description).toBe("On track. Last contact 2026-11-20. Cadence: every 14 days.\nNote: People/Jane Doe.md");
	});

	it("stamps every event with the export's instant, or midnight UTC of the day", () => {
		expect(new Set(parsed.events.map((e) => e.stamp))).toEqual(new Set(["2026-11-23T09:30:05Z"]));
		expect(icsStamp(null, TODAY)).toBe("20261123T000000Z");
		expect(icsStamp("not a time", TODAY)).toBe("20261123T000000Z");
	});

	it("gives a due contact and a check-in of the same person one event", () => {
		const ann = parsed.events.filter((e) => e.summary.includes("Ann Lee"));
		expect(ann).toHaveLength(1);
		expect(ann[0]?.uid).toBe(eventUid("contact", ["People/Ann Lee.md"]));
		expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(parsed.events.length);
	});

	it("writes an empty calendar when nothing is due", () => {
		const empty = calendarExport(withCommitments(reportOf([], TODAY), []), "v", NOW);
		expect(empty.events).toEqual([]);
		expect(parseCalendar(empty.text).events).toEqual([]);
	});
});

describe("UIDs", () => {
	const uids = (r: ReturnType<typeof report>, at = NOW) => parseCalendar(calendarExport(r, "Vault", at).text).events.map((e) => [e.summary, e.uid]);

	it("are the same when the calendar is exported again", () => {
		expect(uids(report(), "2026-11-24T10:00:00Z")).toEqual(uids(report()));
	});

	it("stay when a follow-up or a commitment moves to another date", () => {
		const moved = notes();
		moved[4] = NoteBuilder.meeting("2026-11-20 Jane", "[[Jane Doe]]").set("date", "2026-11-20").followUp("2027-01-15", "Send the deck");
		const before = new Map(uids(report()).map(([summary, uid]) => [summary, uid]));
		const after = new Map(uids(report(moved, [{ ...commitments[0]!, due: "2027-02-01" }, ...commitments.slice(1)])).map(([s, u]) => [s, u]));
		expect(after).toEqual(before);
	});

	it("do not change when an unrelated note changes", () => {
		const more = [...notes(), NoteBuilder.person("Zed").influence("high").lastContact("2026-11-01"), NoteBuilder.note("Other.md").set("x", 1)];
		const before = new Map(uids(report()).map(([s, u]) => [s, u]));
		const after = new Map(uids(report(more)).map(([s, u]) => [s, u]));
		for (const [summary, uid] of before) expect(after.get(summary)).toBe(uid);
	});

	it("stay when a commitment is carried into the next 1:1", () => {
		const carried = commitment({ ...commitments[0]!, path: "1-1/2026-12-04 Jane.md", firstPath: "1-1/2026-11-20 Jane.md", carriedOver: 1 });
		const [first] = calendarEvents(withCommitments(reportOf([], TODAY), [commitments[0]!]), "v");
		const [later] = calendarEvents(withCommitments(reportOf([], TODAY), [carried]), "v");
		expect(later?.uid).toBe(first?.uid);
		expect(later?.url).toContain(encodeURIComponent("2026-12-04 Jane.md"));
	});

	it("differ for different tasks, owners and people, and end in @managing-up", () => {
		const list = [
			commitment({ text: "A", due: "2026-12-01" }),
			commitment({ text: "B", due: "2026-12-01" }),
			commitment({ text: "A", owner: "me", due: "2026-12-01" }),
			commitment({ text: "A", personPath: "People/Ann Lee.md", due: "2026-12-01" }),
			// The same task written twice in one note is one event.
			commitment({ text: "  a ", due: "2026-12-02" }),
		];
		const events = calendarEvents(withCommitments(reportOf([], TODAY), list), "v");
		expect(events).toHaveLength(4);
		expect(events.every((e) => /^commitment-[0-9a-f]{16}@managing-up$/.test(e.uid))).toBe(true);
	});
});

describe("hostile and long text", () => {
	const hostile = [
		"<img src=x onerror=alert(1)>",
		"Budget, headcount; and \\ back\\slash",
		"first line\nsecond line\r\nthird",
		"🎉👩🏽‍💻 emoji, 予算と採用計画について話し合う。長い日本語のテキストは七十五オクテットを超えて折り返される必要があります",
		`${"Ünïcödé ".repeat(30)}end`,
	];
	const people = [NoteBuilder.person("<img src=x onerror=alert(1)>").influence("high").lastContact("2026-11-20")];
	const list = hostile.map((text, i) => commitment({ text, person: "<b>Jane; Doe, Jr.</b>", due: `2026-12-0${i + 1}` }));
	const { text } = calendarExport(withCommitments(reportOf(people, TODAY), list), "Vault; ✨, \"quoted\"", NOW);
	const parsed = parseCalendar(text);

	it("reads back exactly as written, as plain text", () => {
		const expected = hostile.map((t) => `<b>Jane; Doe, Jr.</b> owes you: ${t.replace(/\s+/g, " ").trim()}`);
		expect(parsed.events.filter((e) => e.summary.includes("owes you")).map((e) => e.summary)).toEqual(expected);
		expect(parsed.events.map((e) => e.summary)).toContain("Check in with <img src=x onerror=alert(1)> (high influence)");
	});

	it("folds every line at 75 octets without splitting a character", () => {
		const lines = physicalLines(text);
		for (const line of lines) {
			const bytes = Buffer.from(line, "utf8");
			expect(bytes.length).toBeLessThanOrEqual(75);
			expect(bytes.toString("utf8")).toBe(line);
			expect(line).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
		}
		expect(lines.some((line) => line.startsWith(" "))).toBe(true);
	});

	it("escapes backslashes, semicolons, commas and new lines", () => {
		expect(escapeText("a\\b;c,d\ne\r\nf\rg\th\u0007")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng h");
		expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
		expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
		expect(foldLine(`${"x".repeat(74)}é`)).toBe(`${"x".repeat(74)}\r\n é`);
		expect(foldLine("😀".repeat(19))).toBe(`${"😀".repeat(18)}\r\n 😀`);
	});

	it("percent-encodes the vault name in each URL", () => {
		expect(parsed.events[0]?.url.startsWith(`obsidian://open?vault=${encodeURIComponent("Vault; ✨, \"quoted\"")}&file=`)).toBe(true);
	});
});

describe("dates", () => {
	it.each([
		["2026-01-31", "2026-02-01"],
		["2026-02-28", "2026-03-01"],
		["2028-02-28", "2028-02-29"],
		["2028-02-29", "2028-03-01"],
		["2026-04-30", "2026-05-01"],
		["2026-12-31", "2027-01-01"],
		["2026-11-01", "2026-11-02"],
		["2026-03-08", "2026-03-09"],
	])("an event on %s ends on %s, in every time zone", (due, end) => {
		const r = withCommitments(reportOf([], TODAY), [commitment({ text: "x", due })]);
		expect(parseCalendar(calendarExport(r, "v", NOW).text).events.map((e) => [e.start, e.end])).toEqual([[due, end]]);
	});

	it("has no DTEND on the last day yyyy-MM-dd can write: one day is the default", () => {
		const r = withCommitments(reportOf([], TODAY), [commitment({ text: "x", due: "9999-12-31" })]);
		const { text } = calendarExport(r, "v", NOW);
		expect(text).not.toContain("DTEND");
		expect(parseCalendar(text).events[0]?.start).toBe("9999-12-31");
	});
});

describe("isOurCalendar", () => {
	it.each([
		[`BEGIN:VCALENDAR\r\nPRODID:${PRODID}\r\nVERSION:2.0\r\n`, true],
		[`BEGIN:VCALENDAR\nPRODID:${PRODID}\nVERSION:2.0\n`, true],
		[`\uFEFFBEGIN:VCALENDAR\r\nPRODID:${PRODID}\r\n`, true],
		["BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n", false],
		[`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:${PRODID}x\r\n`, false],
		["# My notes\n", false],
		["", false],
	])("%j is ours: %s", (text, ours) => {
		expect(isOurCalendar(text)).toBe(ours);
	});
});
