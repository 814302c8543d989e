import { describe, expect, it } from "vitest";
import { BY_CONVERSATIONS, conversationPeople, isConversationHeading } from "../../src/core/conversations";
import { inlineFields, withInlineFields } from "../../src/core/inline-fields";
import { readNote } from "../../src/core/read";
import { buildReport } from "../../src/core/report";
import { pathResolver } from "../../src/core/links";
import { previousMeeting } from "../../src/core/agenda/render";
import { readTasks, withTasks } from "../../src/core/commitments";
import { DEFAULT_CORE_SETTINGS, type NoteReading } from "../../src/core/types";

const DAILY = "03 - Daily Notes/2026-11-22 - Daily Log.md";
const TEXT = [
	"---",
	"tags: [daily]",
	"Date: 2026-11-22",
	"---",
	"## 🧠 Quick Notes",
	"- [ ] Order the catering",
	"",
	"## 🗣️ Conversations",
	"- **09:00** – [[Sarah Johnson - Tech Lead]]: sprint review prep.",
	"- **15:00** – [[Mike Chen|Mike]]: 1:1 about career goals, see [[Roadmap]].",
	"- **17:00** – lunch with the team",
	"",
	"## Notes",
	"- Talked about [[Ana Lima]]'s promotion with HR",
].join("\n");

/** read is what the plugin and the CLI make of a note: its properties, then its text's fields and tasks. */
function read(path: string, frontmatter: Record<string, unknown>, text: string, headings?: string[]): NoteReading {
	const first = readNote(path, frontmatter, DEFAULT_CORE_SETTINGS, [], headings);
	const reading = withInlineFields(first, frontmatter, inlineFields(text), DEFAULT_CORE_SETTINGS, (data) => readNote(path, data, DEFAULT_CORE_SETTINGS));
	return withTasks(reading, readTasks(text));
}

describe("conversations logged in a daily note", () => {
	it("know their heading, with its emoji, emphasis or colon, and take each item's first link", () => {
		expect(["🗣️ Conversations", "**Interactions:**", "Calls", "People I talked to", "catch-ups"].every(isConversationHeading)).toBe(true);
		expect(["Meetings", "Notes", "Conversations with the board about budgets"].some(isConversationHeading)).toBe(false);
		expect(conversationPeople(inlineFields(TEXT))).toEqual({ links: ["[[Sarah Johnson - Tech Lead]]", "[[Mike Chen|Mike]]"], names: [] });
	});

	it("make a dated note that names no one a contact with each person linked, found by a name without the word about them", () => {
		const fm = { tags: ["daily"], Date: "2026-11-22" };
		expect(readNote(DAILY, fm, DEFAULT_CORE_SETTINGS)).toMatchObject({ needsText: true, conversations: true });
		const reading = read(DAILY, fm, TEXT);
		expect(reading.record).toMatchObject({ kind: "meeting", date: "2026-11-22", foundBy: BY_CONVERSATIONS });
		const people = [
			{ path: "People/Sarah Johnson.md", fm: { type: "person" } },
			{ path: "People/Mike Chen.md", fm: { type: "person" } },
			{ path: "People/Ana Lima.md", fm: { type: "person" } },
		];
		const readings = [...people.map((p) => readNote(p.path, p.fm, DEFAULT_CORE_SETTINGS)), reading];
		const report = buildReport(readings, pathResolver([...people.map((p) => p.path), DAILY]), DEFAULT_CORE_SETTINGS, "2026-11-23");
		expect(report.stakeholders.map((s) => [s.person, s.lastContact])).toEqual([
			["Ana Lima", null],
			["Mike Chen", "2026-11-22"],
			["Sarah Johnson", "2026-11-22"],
		]);
		// The day's own tasks are no commitments, and the day is no 1:1 to take open items from.
		expect(report.commitments).toEqual([]);
		const sarah = report.stakeholders.find((s) => s.person === "Sarah Johnson");
		expect(sarah?.meetings).toEqual([{ path: DAILY, date: "2026-11-22", logged: true }]);
		expect(sarah === undefined ? "no one" : previousMeeting(sarah, "2026-11-23")).toBeNull();
	});

	it("take the name an item starts with, before its colon, when it has no link: counted only when it finds a person", () => {
		const text = "## Conversations\n- **09:00** – Ana Lima: hiring plan\n- 14:30 - Kai Wu: intro\n- 4:15pm — **Mike Chen**: career goals\n- lunch with the team\n";
		expect(conversationPeople(inlineFields(text)).names).toEqual(["Ana Lima", "Kai Wu", "Mike Chen"]);
		const reading = read(DAILY, { Date: "2026-11-22" }, text);
		const people = ["People/Ana Lima.md", "People/Mike Chen.md"];
		const readings = [...people.map((path) => readNote(path, { type: "person" }, DEFAULT_CORE_SETTINGS)), reading];
		const report = buildReport(readings, pathResolver([...people, DAILY]), DEFAULT_CORE_SETTINGS, "2026-11-23");
		expect(report.stakeholders.map((s) => [s.person, s.lastContact])).toEqual([
			["Ana Lima", "2026-11-22"],
			["Mike Chen", "2026-11-22"],
		]);
		// Kai Wu, who has no note, is a guess from words: not listed without a note.
		expect(report.withoutNote).toEqual([]);
	});

	it("are not looked for where the cache's headings hold none, nor in a note that is no dated note", () => {
		expect(readNote(DAILY, { Date: "2026-11-22" }, DEFAULT_CORE_SETTINGS, [], ["Quick Notes", "Notes"]).needsText).toBeUndefined();
		expect(readNote(DAILY, { Date: "2026-11-22" }, DEFAULT_CORE_SETTINGS, [], ["🗣️ Conversations"]).conversations).toBe(true);
		expect(readNote("Notes/Ideas.md", {}, DEFAULT_CORE_SETTINGS).needsText).toBeUndefined();
		// A daily note's other labels name no one (`Attendees: the whole floor`).
		expect(read(DAILY, { Date: "2026-11-22" }, "Attendees: the whole floor\n## Notes\n- quiet day\n").record).toBeNull();
	});
});
