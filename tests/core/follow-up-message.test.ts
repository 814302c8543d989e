import { describe, expect, it } from "vitest";
import { agreedItems } from "../../src/core/agreed";
import { dayText, weekdayOf } from "../../src/core/day-words";
import { firstName, followUpMessage } from "../../src/core/follow-up-message";
import { meetingOf } from "../../src/core/read";
import { PLAIN_TEXT_LIMIT, plainText } from "../../src/core/plain-text";
import { DEFAULT_PROPERTY_LISTS, type Commitment } from "../../src/core/types";
import { NoteBuilder, reportOf } from "./builder";
import { commitment, withCommitments } from "./calendar-helpers";

/** The written follow-up of a 1:1, from hand-built reports that hold commitments (as the commitments reader will fill them in). */

const TODAY = "2026-12-01";
const NOTE = "1-1/2026-12-01 Jane.md";

const NOTE_TEXT = [
	"---",
	"with: \"[[Jane Doe]]\"",
	"---",
	"# 1:1 with Jane",
	"",
	"## Notes",
	"- not agreed, just talked",
	"",
	"## Agreed",
	"- Ship the beta in **January**",
	"- Hire a designer for [[Projects/Apollo|Apollo]]",
	"- [ ] Send the deck 📅 2026-12-04",
	"  - nested detail, still agreed",
	"",
	"### Sub-point",
	"- under a sub-heading of Agreed",
	"",
	"## Next time",
	"- not agreed either",
	"",
].join("\n");

function meeting(date = TODAY, extra: (b: NoteBuilder) => NoteBuilder = (b) => b) {
	return extra(NoteBuilder.meeting("2026-12-01 Jane", "[[Jane Doe]]").set("date", date));
}

function message(options: { date?: string; today?: string; text?: string; commitments?: Commitment[]; extra?: (b: NoteBuilder) => NoteBuilder; people?: NoteBuilder[] } = {}) {
	const today = options.today ?? TODAY;
	const note = meeting(options.date, options.extra);
	const people = options.people ?? [NoteBuilder.person("Jane Doe").influence("high").cadence(14)];
	const report = withCommitments(reportOf([...people, note], today), options.commitments ?? []);
	const record = meetingOf(note.read());
	if (record === null) throw new Error("not a meeting");
	return followUpMessage({ meeting: record, text: options.text ?? NOTE_TEXT, frontmatter: note.build().frontmatter, report, properties: DEFAULT_PROPERTY_LISTS });
}

const JANE_COMMITMENTS = [
	commitment({ path: NOTE, text: "Send the [[Deck|deck]]", owner: "me", due: "2026-12-04" }),
	commitment({ path: NOTE, text: "Draft the plan", owner: "me", due: null }),
	commitment({ path: NOTE, text: "Review the budget", owner: "them", due: "2026-12-07" }),
	commitment({ path: NOTE, text: "Intro to Sam", owner: "them", due: null }),
	commitment({ path: "1-1/2026-11-01 Jane.md", text: "From another note", owner: "me", due: "2026-12-02" }),
];

describe("followUpMessage", () => {
	it("thanks, says what we agreed, who does what by when, and when we talk next", () => {
		const { text, to } = message({ commitments: JANE_COMMITMENTS });
		expect(to).toEqual(["Jane Doe"]);
		expect(text).toBe(
			[
				"Thanks for the time today, Jane.",
				"",
				"What we agreed:",
				"- Ship the beta in January",
				"- Hire a designer for Apollo",
				"- nested detail, still agreed",
				"- under a sub-heading of Agreed",
				"",
				"I will:",
				"- Send the deck by Fri 4 Dec",
				"- Draft the plan (no date yet)",
				"",
				"You will:",
				"- Review the budget by Mon 7 Dec",
				"- Intro to Sam (no date yet — could we pick one?)",
				"",
				"Next check-in: Tue 15 Dec.",
				"",
			].join("\n"),
		);
	});

	it.each([
		["2026-12-01", "Thanks for the time today, Jane."],
		["2026-11-30", "Thanks for the time yesterday, Jane."],
		["2026-11-26", "Thanks for the time on Thu 26 Nov, Jane."],
		["2025-12-01", "Thanks for the time on Mon 1 Dec 2025, Jane."],
		// A note dated ahead (written to prepare) says no day.
		["2026-12-03", "Thanks for the time, Jane."],
	])("knows the day: a note of %s reads %j", (date, line) => {
		expect(message({ date }).text.split("\n")[0]).toBe(line);
	});

	it("says when we revisit: the note's revisit date, else its follow-up date and what it is about", () => {
		expect(message({ extra: (b) => b.followUp("2027-06-01", "Promotion case") }).text).toContain("Let's revisit on Tue 1 Jun 2027: Promotion case.\n");
		expect(message({ extra: (b) => b.followUp("2027-06-01", "Is it time?") }).text).toContain("Let's revisit on Tue 1 Jun 2027: Is it time?\n");
		expect(message({ extra: (b) => b.followUp("2027-06-01").set("revisit", "2027-07-01") }).text).toContain("Let's revisit on Thu 1 Jul 2027.\n");
		expect(message({ extra: (b) => b.set("revisit_date", "[[2027-07-02]]") }).text).toContain("Let's revisit on Fri 2 Jul 2027.\n");
		// An unreadable revisit counts as absent.
		expect(message({ extra: (b) => b.set("revisit", "in six months") }).text).not.toContain("revisit");
	});

	it("leaves out a next check-in already past", () => {
		const people = [NoteBuilder.person("Jane Doe").cadence(14)];
		expect(message({ date: "2026-10-01", people }).text).not.toContain("Next check-in");
	});

	it("writes a block per person when several owe something", () => {
		const people = [NoteBuilder.person("Jane Doe"), NoteBuilder.person("Sam Roe")];
		const note = (b: NoteBuilder) => b.set("with", ["[[Sam Roe]]", "[[Jane Doe]]"]);
		const list = [
			commitment({ path: NOTE, text: "Budget", owner: "them", due: "2026-12-07" }),
			commitment({ path: NOTE, person: "Sam Roe", personPath: "People/Sam Roe.md", text: "Roadmap", owner: "them", due: null }),
		];
		const { text, to } = message({ people, extra: note, commitments: list, text: "" });
		expect(to).toEqual(["Sam Roe", "Jane Doe"]);
		expect(text).toContain("Thanks for the time today, Sam and Jane.\n");
		expect(text).toContain("Jane will:\n- Budget by Mon 7 Dec\n\nSam will:\n- Roadmap (no date yet — could we pick one?)\n");
		expect(text).toContain("Next check-in with Sam: Thu 31 Dec.\nNext check-in with Jane: Thu 31 Dec.\n");
	});

	it("is only a thank-you when nothing was agreed", () => {
		expect(message({ text: "# Just a chat\n", people: [NoteBuilder.person("Jane Doe").set("snooze-until", "2026-11-01")] }).text).toBe(
			"Thanks for the time today, Jane.\n\nNext check-in: Thu 31 Dec.\n",
		);
	});

	it("names the other side from the commitments when the note's people have no note", () => {
		const list = [commitment({ path: NOTE, person: "Nobody Known", personPath: null, text: "X", owner: "them", due: null })];
		const { text, to } = message({ people: [], commitments: list, text: "" });
		expect(to).toEqual(["Nobody Known"]);
		expect(text.startsWith("Thanks for the time today, Nobody.\n")).toBe(true);
	});

	it("keeps hostile text as plain text, on one line each", () => {
		const hostile = "<img src=x onerror=alert(1)>";
		const people = [NoteBuilder.person(hostile)];
		const note = (b: NoteBuilder) => b.set("with", `[[${hostile}]]`);
		const body = `## Decisions\n- ${hostile}\n- evil\u202eeulav\u0007 [x](javascript:alert(1))\n`;
		const list = [commitment({ path: NOTE, person: hostile, text: `${hostile}\nInjected: line`, owner: "me", due: null })];
		const { text } = message({ people, extra: note, text: body, commitments: list });
		expect(text).toContain(`- ${hostile}\n`);
		expect(text).toContain("- evileulav x\n");
		expect(text).toContain(`- ${hostile} Injected: line (no date yet)\n`);
		expect([...text].filter((ch) => (ch < " " && ch !== "\n") || (ch >= "\u202a" && ch <= "\u202e"))).toEqual([]);
	});
});

describe("agreedItems", () => {
	it.each([
		["## Agreed\n- a\n", ["a"]],
		["### Decisions:\n* a\n+ b\n1. c\n2) d\n", ["a", "b", "c", "d"]],
		["# DECIDED\n- a\n# Other\n- b\n", ["a"]],
		["## Agreed\n- [ ] task\n- [x] done\n- [-] cancelled\n- a\n- a\n- A\n", ["a"]],
		["## Agreed\n```\n- in code\n## Notes\n```\n- after code\n", ["after code"]],
		["---\ntitle: x\n---\n## Agreed\n- a\n", ["a"]],
		["## Agreed actions\n- a\n", []],
		["Agreed\n- a\n", []],
		["## Agreed\r\n- crlf\r\n", ["crlf"]],
		["## Agreed\n-\n- \n-   [[Jane Doe]] and [[People/Sam|Sam]] and [[#Heading]]\n", ["Jane Doe and Sam and Heading"]],
	])("%j gives %j", (text, items) => {
		expect(agreedItems(text)).toEqual(items);
	});
});

describe("words", () => {
	it.each([
		["Jane Doe", "Jane"],
		["Dubois, Élodie", "Élodie"],
		["Cher", "Cher"],
		["  [[People/Jane Doe|Jane]] ", "Jane"],
	])("firstName(%j) is %j", (name, first) => {
		expect(firstName(name)).toBe(first);
	});

	it.each([
		["1970-01-01", "Thu"],
		["2026-12-04", "Fri"],
		["2000-02-29", "Tue"],
		["1969-12-31", "Wed"],
		["0001-01-01", "Mon"],
	])("%s is a %s", (date, weekday) => {
		expect(weekdayOf(date)).toBe(weekday);
	});

	it("writes the year only when it is not today's", () => {
		expect(dayText("2026-12-04", "2026-11-23")).toBe("Fri 4 Dec");
		expect(dayText("2027-01-04", "2026-11-23")).toBe("Mon 4 Jan 2027");
	});

	it("plainText drops emphasis and markup but keeps what it says", () => {
		expect(plainText("**bold** __b__ ==hi== ~~no~~ `code` ![[image.png]] [site](https://x.y \"t\") [](https://z)")).toBe(
			"bold b hi no code image.png site https://z",
		);
	});
});

describe("plainText of a hostile line", () => {
	it("cuts a line of a megabyte at PLAIN_TEXT_LIMIT, never inside a character, and reads it at once", () => {
		const links = plainText("[[".repeat(500_000));
		expect(links).toBe(`${"[[".repeat(PLAIN_TEXT_LIMIT / 2)}…`);
		const emoji = plainText(`${"a".repeat(PLAIN_TEXT_LIMIT - 1)}😀 and more`);
		expect(emoji).toBe(`${"a".repeat(PLAIN_TEXT_LIMIT - 1)}…`);
		expect(plainText(`**${"b ".repeat(600_000)}`).length).toBeLessThanOrEqual(PLAIN_TEXT_LIMIT + 1);
	});
});
