import { describe, expect, it } from "vitest";
import { inlineFields, withInlineFields } from "../../src/core/inline-fields";
import { readNote } from "../../src/core/read";
import { DEFAULT_CORE_SETTINGS, type Frontmatter } from "../../src/core/types";
import { settingsWith } from "./builder";

describe("inlineFields", () => {
	it("reads bracketed fields anywhere on a line, links inside them included, as dex0501/Obsidian-Template writes a meeting", () => {
		const text = "## Info 📑\n\n- [topic:: ] \n- [date::  2023-03-05 21:34  ]\n- [participants:: [[Person A]], [[Person B]] ]\nSeen (place:: Room 4) today\n";
		expect(inlineFields(text)).toEqual([
			["date", "2023-03-05 21:34"],
			["participants", "[[Person A]], [[Person B]]"],
			["place", "Room 4"],
		]);
	});

	it("reads a field on its own line, in a list or a quote, and keeps the key as written", () => {
		expect(inlineFields("Attendees:: [[Omar Haddad]], Lena Fischer\n> Meeting Date:: 2026-11-19\n1. Room:: 4\n")).toEqual([
			["Attendees", "[[Omar Haddad]], Lena Fischer"],
			["Meeting Date", "2026-11-19"],
			["Room", "4"],
		]);
	});

	it("reads a label that starts a line as meeting templates write them, bold or not, after every field of its key", () => {
		const text = "# Sprint planning\n- **Date**:: 2025-01-15\n- **Participants**: [[Sarah Johnson]], [[Mike Chen]]\n**Attendees:** Jane, Bo\n__Room__: 4\nDate: 2025-01-16\n";
		expect(inlineFields(text)).toEqual([
			["Date", "2025-01-15"],
			["Participants", "[[Sarah Johnson]], [[Mike Chen]]", true],
			["Attendees", "Jane, Bo", true],
			["Room", "4", true],
		]);
		expect(inlineFields("Date: 2025-01-16\n- [date:: 2025-01-15]\n")).toEqual([["date", "2025-01-15"]]);
	});

	it("takes the list below a key with no value for its value: the items nested in it when the key is an item itself", () => {
		const text = [
			"**Date:** 2026-11-02",
			"**Attendees:**",
			"",
			"- [[Jane Doe]]",
			"- Doe, John",
			"  - ",
			"- [ ] a task ends the list",
			"- **Time**::",
			"- **Mode**:: Remote",
			"- **Participants**:",
			"\t- [[Bo Chen]]",
			"\t- Sam",
			"- **Project**:: Atlas",
		].join("\n");
		expect(inlineFields(text)).toEqual([
			["Mode", "Remote"],
			["Project", "Atlas"],
			["Date", "2026-11-02", true],
			["Attendees", ["[[Jane Doe]]", "Doe, John"], true],
			["Participants", ["[[Bo Chen]]", "Sam"], true],
		]);
	});

	it("takes a heading over a list for a label, as minutes list their people (`## Attendees`), and no other heading", () => {
		const text = [
			"# Fabrikam review",
			"## Attendees",
			"- [[Dana Whitfield]]",
			"- Jordan Blake (Fabrikam, security)",
			"",
			"### 👥 **Participants:**",
			"",
			"- Bo",
			"## Notes",
			"- Pilot agreed",
			"## People: everyone",
			"- Sam",
			"#### Agenda",
			"Nothing below is a list.",
			"```",
			"## Date",
			"- 2026-01-01",
			"```",
		].join("\n");
		expect(inlineFields(text)).toEqual([
			["Attendees", ["[[Dana Whitfield]]", "Jordan Blake (Fabrikam, security)"], true],
			["Participants", ["Bo"], true],
			["Notes", ["Pilot agreed"], true],
		]);
		// A text with headings and no colon is read too.
		expect(inlineFields("## Attendees\n- Jane Doe\n")).toEqual([["Attendees", ["Jane Doe"], true]]);
		// A tag is no heading.
		expect(inlineFields("#meeting\n- Jane Doe\n")).toEqual([]);
	});

	it("reads a field behind the mark some vaults style bullets with (`- ; attendees::`)", () => {
		expect(inlineFields("- ~ Metadata:\n\t- ; meeting-date:: 2026-11-02\n\t- ; attendees::  [[Chris.Berry|@Chris.Berry]], [[Mark.Cohen|@Mark.Cohen]]\n")).toEqual([
			["meeting-date", "2026-11-02"],
			["attendees", "[[Chris.Berry|@Chris.Berry]], [[Mark.Cohen|@Mark.Cohen]]"],
		]);
	});

	it("keeps the first field of a key, whatever its case", () => {
		expect(inlineFields("participants:: Jane\n- [Participants:: Bo]\n")).toEqual([["participants", "Jane"]]);
	});

	it("leaves out the properties, code blocks, task lines, empty values and text that only looks like a field", () => {
		const text = [
			"---",
			"date:: 2026-01-01",
			"---",
			"```dataview",
			"LIST WHERE participants:: [[Jane]]",
			"```",
			"~~~",
			"[participants:: [[Bo]]]",
			"~~~",
			"- [ ] Send the deck [due:: 2026-11-30] [participants:: [[Jane]]]",
			"* [x] Done (owner:: Bo)",
			"- [location:: ]",
			"https://example.com/a::b and [[Note::x]]",
			":: no key",
			"## Attendees: a heading",
		].join("\n");
		expect(inlineFields(text)).toEqual([]);
	});

	it("reads nothing after a bracket that never closes on its line, and goes on with the next line", () => {
		expect(inlineFields("- [participants:: [[Jane Doe]]\n- [date:: 2026-11-02]\n")).toEqual([["date", "2026-11-02"]]);
	});

	it("reads a note with Windows line endings", () => {
		expect(inlineFields("---\r\ntype: meeting\r\n---\r\n- [participants:: [[Jane]] ]\r\n")).toEqual([["participants", "[[Jane]]"]]);
	});

	it("reads every line of hostile text once: brackets that never close, 100,000 fields, a line too long to be a field", () => {
		expect(inlineFields(`- ${"[participants:: [[".repeat(100_000)}`)).toEqual([]);
		expect(inlineFields("- [a:: 1]\n".repeat(100_000))).toEqual([["a", "1"]]);
		expect(inlineFields(`participants:: ${"x".repeat(20_000)}\ndate:: 2026-11-02`)).toEqual([["date", "2026-11-02"]]);
	});
});

describe("a meeting whose properties name no one", () => {
	const read = (path: string, frontmatter: Frontmatter, text: string, settings = DEFAULT_CORE_SETTINGS) =>
		withInlineFields(readNote(path, frontmatter, settings), frontmatter, inlineFields(text), settings, (data) => readNote(path, data, settings));

	it("asks for its text, and its inline fields name its people and its date", () => {
		const fm = { type: "meeting" };
		expect(readNote("Work/MoM 20261102.md", fm, DEFAULT_CORE_SETTINGS).needsText).toBe(true);
		const reading = read("Work/MoM 20261102.md", fm, "- [date:: 2026-11-05 10:00 ]\n- [participants:: [[Maya Lindqvist]], Omar ]\n");
		expect(reading.needsText).toBeUndefined();
		expect(reading.record).toMatchObject({
			kind: "meeting",
			date: "2026-11-05",
			foundBy: "participants",
			attendees: [
				{ target: "Maya Lindqvist", isLink: true },
				{ target: "Omar", isLink: false },
			],
		});
	});

	it("finds its people under an `## Attendees` heading, each without the word about them", () => {
		const text = "## Attendees\n- [[Priya Shah]] (Fabrikam)\n- Jordan Blake (Fabrikam, security)\n- Tomás Rivera - Northwind\n- Chair: Sam Okafor\n";
		expect(read("Meetings/2026-11-17 - Review.md", { tags: ["meeting"], date: "2026-11-17" }, text).record).toMatchObject({
			kind: "meeting",
			attendees: [
				{ target: "Priya Shah", isLink: true },
				{ target: "Jordan Blake (Fabrikam, security)", isLink: false },
				{ target: "Tomás Rivera - Northwind", isLink: false },
				{ target: "Sam Okafor", isLink: false },
			],
		});
	});

	it("with no field in its text, is what it was: no meeting, no problem", () => {
		expect(read("Work/Standup.md", { type: "meeting", date: "2026-11-05" }, "Nothing decided.\n[mood:: good]")).toEqual({ record: null, problems: [] });
	});

	it("says where a value of its text that does not read was written: a field or a label", () => {
		const fm = { type: "meeting", attendees: ["[[Jane Doe]]"] };
		expect(read("Work/Sync.md", fm, "Date:: next week\n").problems.map((p) => p.message)).toEqual([expect.stringMatching(/^date: 'next week' is not a date.* \(in the note's text, as Date::\)$/)]);
		expect(read("Work/Sync.md", fm, "**Date:** soon\n").problems.map((p) => p.message)).toEqual([expect.stringMatching(/\(in the note's text, as Date:\)$/)]);
	});

	it("with people and no date, takes the date of its text, and without one stays a problem", () => {
		const fm = { type: "meeting", attendees: ["[[Jane Doe]]"] };
		expect(read("Work/Sync.md", fm, "Date:: 2026-11-19\n").record).toMatchObject({ kind: "meeting", date: "2026-11-19" });
		expect(read("Work/Sync.md", fm, "No date here.").problems.map((p) => p.key)).toEqual(["date"]);
	});

	it("keeps its properties over its text: a key written in both is the property's", () => {
		const reading = read("Work/2026-11-20 Budget.md", { type: "meeting", date: "2026-11-20" }, "date:: 2026-11-21\nattendees:: Bo\n");
		expect(reading.record).toMatchObject({ date: "2026-11-20", attendees: [{ target: "Bo" }] });
	});

	it("reads its text under the names the settings give", () => {
		const settings = settingsWith({ properties: { ...DEFAULT_CORE_SETTINGS.properties, attendees: ["invitees"] } });
		expect(read("Work/Sync 2026-11-19.md", { type: "meeting" }, "invitees:: Bo\nparticipants:: Jane\n", settings).record).toMatchObject({ attendees: [{ target: "Bo" }] });
	});

	it.each([
		["a note that is no meeting (its headings known, none of conversations)", "Diary/Diary-20261117.md", { tags: ["diary"] }],
		["a meeting that names people", "Work/Sync.md", { type: "meeting", date: "2026-11-19", attendees: ["Bo"] }],
		["a cancelled meeting", "Work/Sync.md", { type: "meeting", status: "cancelled" }],
		["a meeting with the attendee rule off", "Work/Sync.md", { type: "meeting", date: "2026-11-19" }],
	])("%s does not ask for its text", (name, path, fm) => {
		const settings = name.includes("rule off") ? settingsWith({ rules: { ...DEFAULT_CORE_SETTINGS.rules, meetingKeys: false } }) : DEFAULT_CORE_SETTINGS;
		expect(readNote(path, fm, settings, [], ["Notes"]).needsText).toBeUndefined();
	});

	it("a dated note that is no meeting asks for its text only for the conversations it may log", () => {
		expect(readNote("Diary/Diary-20261117.md", { tags: ["diary"] }, DEFAULT_CORE_SETTINGS)).toMatchObject({ needsText: true, conversations: true });
		expect(read("Diary/Diary-20261117.md", { tags: ["diary"] }, "Attendees:: Bo\n**Participants:** Jane\n")).toEqual({ record: null, problems: [] });
	});
});

describe("a person note's Dataview fields", () => {
	const read = (path: string, frontmatter: Frontmatter, text: string) =>
		withInlineFields(readNote(path, frontmatter, DEFAULT_CORE_SETTINGS), frontmatter, inlineFields(text), DEFAULT_CORE_SETTINGS, (data) => readNote(path, data, DEFAULT_CORE_SETTINGS));

	it("ask for its text, and give what contact and CRM templates write there: role, relationship, last contact, cadence, influence, manager", () => {
		const fm = { tags: ["contact"], aliases: ["Sarah Johnson"] };
		expect(readNote("05 - Contacts/Q4567 - Sarah Johnson.md", fm, DEFAULT_CORE_SETTINGS).needsText).toBe(true);
		const text = [
			"# 📇 Contact: Sarah Johnson",
			"- **Role**:: Scrum Master",
			"- **Team**:: Mobile",
			"Relationship:: Peer",
			"Last Contact:: 2026-11-12",
			"- [influence:: high]",
			"Cadence:: 2w",
			"Manager:: [[Dana Whitfield]]",
		].join("\n");
		const reading = read("05 - Contacts/Q4567 - Sarah Johnson.md", fm, text);
		expect(reading.needsText).toBeUndefined();
		expect(reading.record).toMatchObject({
			kind: "person",
			person: "Sarah Johnson",
			role: "Scrum Master",
			relationship: "peer",
			influence: "high",
			lastContact: "2026-11-12",
			cadence: { count: 2, unit: "weeks" },
			reportsTo: { target: "Dana Whitfield", isLink: true },
		});
	});

	it("keep the properties over the text, read no label that starts a line (prose) and no follow-up (Done and Snooze write the properties)", () => {
		const reading = read("People/Kim Lee.md", { type: "person", role: "Staff Engineer" }, "Role:: Intern\nCadence: every other week\nInfluence: huge\nFollow-up Date:: 2026-11-30\nfollow-up:: 2026-11-30\n");
		expect(reading.record).toMatchObject({ role: "Staff Engineer", cadence: null, influence: null, followUp: null });
		expect(reading.problems).toEqual([]);
	});

	it("that do not read are problems of their key, saying they are in the text (the properties have no such key)", () => {
		const reading = read("People/Kim Lee.md", { type: "person", cadence: "often" }, "Last Contact:: next week\n");
		expect(reading.record).toMatchObject({ kind: "person", lastContact: null });
		const messages = new Map(reading.problems.map((p) => [p.key, p.message]));
		expect([...messages.keys()].sort()).toEqual(["cadence", "last-contact"]);
		expect(messages.get("last-contact")).toBe("last-contact: 'next week' is not a date; use YYYY-MM-DD (in the note's text, as Last Contact::)");
		// A property's own problem says nothing of the text.
		expect(messages.get("cadence")).not.toContain("in the note's text");
	});

	it("are not asked of an archived copy or a note that is no person", () => {
		expect(readNote("Archive/Kim Lee.md", { type: "person" }, DEFAULT_CORE_SETTINGS).needsText).toBeUndefined();
		expect(readNote("Notes/Ideas.md", { tags: ["idea"] }, DEFAULT_CORE_SETTINGS).needsText).toBeUndefined();
	});
});
