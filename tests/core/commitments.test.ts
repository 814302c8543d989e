import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
	buildReport,
	checkTaskInText,
	checkedLine,
	commitmentFlags,
	commitmentsByPerson,
	headingSide,
	pathResolver,
	readNote,
	readTasks,
	reportJson,
	withTasks,
	type Commitment,
	type NoteReading,
} from "../../src/core";
import { carriedTaskLines, openItems } from "../../src/core/agenda";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { markdownPaths } from "../../src/cli/vault";
import { settingsWith } from "./builder";

const VAULT = join(import.meta.dirname, "../fixtures/commitments");
const TODAY = "2026-12-01";
const SETTINGS = settingsWith({ vault: { templateFolders: ["Templates"], ignoreFilters: [] } });

/** The fixture vault's readings, read in the core as the plugin and the CLI hand it notes: properties, then the text's tasks. */
function fixtureReadings(): { paths: string[]; readings: NoteReading[] } {
	const paths = markdownPaths(VAULT);
	const readings = paths.map((path) => {
		const text = readFileSync(join(VAULT, path), "utf8");
		const parsed = parseFrontmatter(text.replace(/\r\n/g, "\n"));
		return withTasks(readNote(path, parsed.data, SETTINGS), readTasks(text));
	});
	return { paths, readings };
}

const expected = JSON.parse(readFileSync(join(VAULT, "expected.json"), "utf8")) as { commitments: unknown[]; problems: unknown[] };

describe("the commitments fixture vault, read in the core", () => {
	const { paths, readings } = fixtureReadings();
	const report = buildReport(readings, pathResolver(paths), SETTINGS, TODAY);

	it("gives the expected answer: every open commitment both ways, in due order, and the unreadable due date as a problem", () => {
		const json = reportJson(report);
		expect(json.commitments).toEqual(expected.commitments);
		expect(json.problems).toEqual(expected.problems);
	});

	it("leaves out agenda items, templates, code blocks, done and cancelled tasks", () => {
		const texts = report.commitments.map((c) => c.text);
		for (const text of ["Talk about the reorg", "Ask about the staff engineer role", "Template task: never a commitment", "Inside a code block: not a task", "Write the hiring plan", "Intro me to the data team", "Pick a date for the cut-over"]) {
			expect(texts).not.toContain(text);
		}
	});

	it("counts a task carried over three times, and keeps its origin", () => {
		const roadmap = report.commitments.find((c) => c.text === "Draft the Q1 roadmap");
		expect(roadmap).toMatchObject({ owner: "me", carriedOver: 3, firstPath: "1-1s/2026-09-01 Jane Doe.md", firstDate: "2026-09-01", ageDays: 91, path: "1-1s/2026-10-15 Jane Doe.md", line: 6 });
		expect(commitmentFlags(roadmap as Commitment)).toEqual(["carried over 3 times since 2026-09-01"]);
	});

	it("flags their overdue promise and their undated ones", () => {
		const budget = report.commitments.find((c) => c.text === "Send the budget") as Commitment;
		expect(commitmentFlags(budget)).toEqual(["Jane Doe promised 'Send the budget' by 2026-11-20: 11 days overdue", "carried over 3 times since 2026-09-01"]);
		const alex = report.commitments.find((c) => c.person === "Alex") as Commitment;
		expect(commitmentFlags(alex)).toEqual(["no date agreed"]);
		// Mine are never flagged for a missing date.
		expect(commitmentFlags(report.commitments.find((c) => c.text === "Review the deck") as Commitment)).toEqual([]);
	});

	it("owes an I-will task of a group meeting to each of its people, and an Agreed one to both sides", () => {
		expect(report.commitments.filter((c) => c.text === "Write the deprecation timeline").map((c) => c.person)).toEqual(["Priya Patel", "Sam Lee"]);
		expect(report.commitments.filter((c) => c.text === "Book the offsite room").map((c) => c.owner)).toEqual(["me", "them"]);
		expect(report.commitments.filter((c) => c.text === "Review the migration guide").map((c) => [c.owner, c.person])).toEqual([["them", "Priya Patel"]]);
	});

	it("keeps hostile task text as text", () => {
		expect(report.commitments.some((c) => c.text === "<img src=x onerror=alert(1)>")).toBe(true);
	});

	it("gives each person's closed commitments, kept with their done date or the note's date, and dropped ones", () => {
		const jane = commitmentsByPerson(readings, pathResolver(paths), SETTINGS, TODAY).get("People/Jane Doe.md");
		expect(jane?.open.map((c) => c.text)).toEqual(report.commitments.filter((c) => c.personPath === "People/Jane Doe.md").map((c) => c.text));
		expect(jane?.closed.map(({ text, kept, closedDate, onTime }) => ({ text, kept, closedDate, onTime }))).toEqual([
			{ text: "Intro me to the data team", kept: false, closedDate: "2026-10-01", onTime: null },
			{ text: "Write the hiring plan", kept: true, closedDate: "2026-09-14", onTime: true },
		]);
		const platform = commitmentsByPerson(readings, pathResolver(paths), SETTINGS, TODAY).get("People/Sam Lee.md");
		// Agreed and checked: kept by both sides, dated by the note it was checked in.
		expect(platform?.closed.map(({ text, owner, kept, closedDate }) => ({ text, owner, kept, closedDate }))).toEqual([
			{ text: "Pick a date for the cut-over", owner: "me", kept: true, closedDate: "2026-11-18" },
			{ text: "Pick a date for the cut-over", owner: "them", kept: true, closedDate: "2026-11-18" },
		]);
	});
});

describe("headingSide", () => {
	it.each([
		["I will", { side: "me" }],
		["i will:", { side: "me" }],
		["Me", { side: "me" }],
		["My commitments", { side: "me" }],
		["**My action items**", { side: "me" }],
		["Action items (me)", { side: "me" }],
		["They will", { side: "them", name: null }],
		["Their commitments:", { side: "them", name: null }],
		["Jane will", { side: "them", name: "Jane" }],
		["[[Jane Doe]] will", { side: "them", name: "[[Jane Doe]]" }],
		["Sam's commitments", { side: "them", name: "Sam" }],
		["Agreed", { side: "both" }],
		["AGREED ACTIONS", { side: "both" }],
		["Decisions & agreements", { side: "both" }],
		["We will", { side: "both" }],
		["Action items (for Jai Menon)", { side: "them", name: "Jai Menon" }],
		["Action items (for me)", { side: "me" }],
		["Notes", null],
		["Open items from last time", null],
		["What the team will do about the long list of things", null],
	])("%j", (heading, side) => {
		expect(headingSide(heading)).toEqual(side);
	});
});

describe("readTasks", () => {
	it("reads markers, headings of any level, nesting and line numbers below the frontmatter, outside code fences", () => {
		const text = ["---", "with: x", "---", "# Notes", "- [ ] agenda item", "### I will", "- [ ] Mine", "\t* [ ] Nested mine", "```", "- [ ] fenced", "```", "## Other", "1. [ ] @me Marked mine", "- [x] [[Sam Lee|Sam]] Theirs ✅ 2026-11-02", "- [ ] @Ana: Theirs too", "- [ ] @media is not a name marker? it is: @media"].join("\n");
		expect(readTasks(text).map(({ line, status, text: t, heading, marker, done }) => ({ line, status, t, heading, marker, done }))).toEqual([
			{ line: 7, status: " ", t: "Mine", heading: "I will", marker: null, done: null },
			{ line: 8, status: " ", t: "Nested mine", heading: "I will", marker: null, done: null },
			{ line: 13, status: " ", t: "Marked mine", heading: null, marker: "me", done: null },
			{ line: 14, status: "x", t: "Theirs", heading: null, marker: { target: "Sam Lee", alias: "Sam", isLink: true }, done: "2026-11-02" },
			{ line: 15, status: " ", t: "Theirs too", heading: null, marker: { target: "Ana", alias: null, isLink: false }, done: null },
			{ line: 16, status: " ", t: "is not a name marker? it is: @media", heading: null, marker: { target: "media", alias: null, isLink: false }, done: null },
		]);
	});

	it.each([
		["- [ ] Send it 📅 2026-12-01", "2026-12-01", undefined, "Send it"],
		["- [ ] Send it [due:: 2026-12-01]", "2026-12-01", undefined, "Send it"],
		["- [ ] Send it (due:: 2026-12-01T09:00)", "2026-12-01", undefined, "Send it"],
		["- [ ] Send it 📅 2026-13-45", null, "2026-13-45", "Send it"],
		["- [ ] Send it (from [[2026-11-01 Jane]]) ⏫ 📅 2026-12-01 🔁 every week", "2026-12-01", undefined, "Send it"],
		["- [ ] Send it [priority:: high]", null, undefined, "Send it"],
	])("reads the due date of %j", (line, due, badDue, text) => {
		const [task] = readTasks(`## I will\n${line}`);
		expect(task?.due).toBe(due);
		expect(task?.badDue).toBe(badDue);
		expect(task?.text).toBe(text);
	});

	it("reads an owner after the tags a task starts with (`#atlas [[Maya]] …`), as templates file tasks under a project, and keeps the tags in the text", () => {
		const text = [
			"## Action Points 🏹",
			"- [ ] #atlas [[Maya Lindqvist]] shares the hiring plan [due:: 2026-11-30]",
			"- [ ] #secret_project[[Person A]] books the room",
			"- [ ] #a #b @me send it",
			"- [ ] #idea a plain task",
		].join("\n");
		expect(readTasks(text).map(({ text: t, marker, due }) => ({ t, marker, due }))).toEqual([
			{ t: "#atlas shares the hiring plan", marker: { target: "Maya Lindqvist", alias: null, isLink: true }, due: "2026-11-30" },
			{ t: "#secret_project books the room", marker: { target: "Person A", alias: null, isLink: true }, due: null },
			{ t: "#a #b send it", marker: "me", due: null },
		]);
	});

	it("reads a trailing owner (`… @Myself ⏫ #task`), as many vaults write it, and leaves it out of the text", () => {
		const text = [
			"## Action Items",
			"- [ ] Send Jonsi the slide deck before his meeting. @Myself ⏫ #task #proposed",
			"- [ ] Invite finance to the kickoff. @Eirikur Hrafnsson 📅 2025-10-29 ⏫ #task",
			"- [ ] Ask about the budget",
			"- [ ] Mail me at jane@example.com",
		].join("\n");
		expect(readTasks(text).map(({ text: t, marker, trailing, due }) => ({ t, marker, trailing, due }))).toEqual([
			{ t: "Send Jonsi the slide deck before his meeting.", marker: "me", trailing: true, due: null },
			{ t: "Invite finance to the kickoff.", marker: { target: "Eirikur Hrafnsson", alias: null, isLink: false }, trailing: true, due: "2025-10-29" },
		]);
	});

	it("reads a leading name label (`Jane: …`, `**Jane**: …`) as an owner outside commitment headings, and keeps it in the text without emphasis", () => {
		const text = [
			"## Action items",
			"- [ ] Jane: send the budget 📅 2026-12-04",
			"- [ ] **Sam Lee** : book the offsite",
			"- [ ] **Me:** draft the plan",
			"- [ ] Call at 10:30 about the plan",
			"- [ ] TODO:fix the link",
			"## I will",
			"- [ ] Jane: review her doc",
		].join("\n");
		expect(readTasks(text).map(({ text: t, marker, label, heading }) => ({ t, marker, label, heading }))).toEqual([
			{ t: "Jane: send the budget", marker: { target: "Jane", alias: null, isLink: false }, label: true, heading: null },
			{ t: "Sam Lee: book the offsite", marker: { target: "Sam Lee", alias: null, isLink: false }, label: true, heading: null },
			{ t: "Me: draft the plan", marker: "me", label: true, heading: null },
			{ t: "Jane: review her doc", marker: null, label: undefined, heading: "I will" },
		]);
	});

	it("reads a name before a spaced dash (`Jane - …`, `Jane – …`, `**Sam Lee** — …`) as a label too, and keeps the dash in the text", () => {
		const text = [
			"## Action Items",
			"- [ ] Jane - send the budget (by Jan 10)",
			"- [ ] Jane – book the room",
			"- [ ] **Sam Lee** — draft the plan 📅 2026-12-04",
			"- [ ] Me - write the summary",
			"- [ ] Re-plan the launch",
			"- [ ] Jane-Doe-style names stay words",
			"- [ ] 2026 - the year plan",
			"- [ ] - a dash first",
		].join("\n");
		expect(readTasks(text).map(({ text: t, marker, label }) => ({ t, marker, label }))).toEqual([
			{ t: "Jane - send the budget (by Jan 10)", marker: { target: "Jane", alias: null, isLink: false }, label: true },
			{ t: "Jane – book the room", marker: { target: "Jane", alias: null, isLink: false }, label: true },
			{ t: "Sam Lee — draft the plan", marker: { target: "Sam Lee", alias: null, isLink: false }, label: true },
			{ t: "Me - write the summary", marker: "me", label: true },
		]);
	});

	it("tells headings, fences and tasks apart by CommonMark's rules, not by a first glance", () => {
		const text = [
			"   ## I will", // three spaces: a heading
			"- [ ] Under the heading",
			"    ## They will", // four spaces: not a heading
			"\t## They will", // a tab: not a heading
			"12) [ ] Numbered with a parenthesis",
			"-[ ] No space after the marker",
			"-\t[ ] A tab after the marker",
			"- [] An empty box",
			"  ~~~",
			"- [ ] Fenced with tildes",
			"  ~~~",
			"#tag is not a heading",
			"+ [x] Plus marker, done",
		].join("\n");
		expect(readTasks(text).map(({ line, text: t, heading }) => ({ line, t, heading }))).toEqual([
			{ line: 2, t: "Under the heading", heading: "I will" },
			{ line: 5, t: "Numbered with a parenthesis", heading: "I will" },
			{ line: 7, t: "A tab after the marker", heading: "I will" },
			{ line: 13, t: "Plus marker, done", heading: "I will" },
		]);
	});

	it("reads CRLF notes with the same lines, and keeps each line as written", () => {
		const [task] = readTasks("---\r\nwith: x\r\n---\r\n## Me\r\n- [ ] Call Sam\r\n");
		expect(task).toMatchObject({ line: 5, source: "- [ ] Call Sam", text: "Call Sam" });
	});
});

describe("a trailing owner in a real vault's shape", () => {
	const person = (path: string, fm: Record<string, unknown>): NoteReading => readNote(path, fm, SETTINGS);
	const meeting = (path: string, fm: Record<string, unknown>, body: string): NoteReading =>
		withTasks(readNote(path, fm, SETTINGS), readTasks(body));
	const readings = [
		person("People/Eirikur Hrafnsson.md", { type: "person" }),
		person("People/Leo Park.md", { type: "person" }),
		meeting(
			"Meetings/2026-11-20 Sync.md",
			{ date: "2026-11-20", attendees: ["[[Eirikur Hrafnsson]]", "[[Leo Park]]"] },
			[
				"## Action Items",
				"- [ ] Invite finance to the kickoff @Eirikur Hrafnsson 📅 2026-11-25 ⏫ #task",
				"- [ ] Review the configuration @Leo ⏫",
				"- [ ] Confirm the GA timing @TBD 📅 2026-11-28",
				"- [ ] Send the deck to both @Myself #task",
				"- [x] Book the room @Leo ✅ 2026-11-21",
			].join("\n"),
		),
	];
	const report = buildReport(readings, pathResolver(readings.map((r) => r.record?.path ?? "")), SETTINGS, TODAY);
	const shown = report.commitments.map(({ owner, person: who, text, due }) => ({ owner, who, text, due }));

	it("gives each task to the one it names: a full name, a first name of the meeting, or me", () => {
		expect(shown).toEqual([
			{ owner: "them", who: "Eirikur Hrafnsson", text: "Invite finance to the kickoff", due: "2026-11-25" },
			{ owner: "me", who: "Eirikur Hrafnsson", text: "Send the deck to both", due: null },
			{ owner: "me", who: "Leo Park", text: "Send the deck to both", due: null },
			{ owner: "them", who: "Leo Park", text: "Review the configuration", due: null },
		]);
	});

	it("takes an `@` that names no one for part of the sentence, not an owner", () => {
		expect(shown.some((c) => c.text.includes("GA timing"))).toBe(false);
	});
});

describe("a name label in a real vault's shape (meeting tools write `**Name**: task`)", () => {
	const readings = [
		readNote("People/Anika Roy.md", { type: "person" }, SETTINGS),
		readNote("People/Boris Adler.md", { type: "person", aliases: ["Bo"] }, SETTINGS),
		withTasks(
			readNote("Calls/2026-11-24 Weekly.md", { type: "call", date: "2026-11-24", participants: ["[[Anika Roy]]", "[[Boris Adler]]", "mira@example.com"] }, SETTINGS),
			readTasks(
				[
					"**Actions**",
					"- [ ] **Anika** : share the weekly report flow with Boris",
					"- [ ] **Bo**: unblock the data for the launch (due 2026-11-26) 📅 2026-11-26",
					"- [ ] **Mariam** : build the events app",
					"- [ ] Me: send the notes to both",
					"- [ ] Budget: check the token spend",
					"- [x] Boris Adler: approve the hire",
				].join("\n"),
			),
		),
	];
	const report = buildReport(readings, pathResolver(readings.map((r) => r.record?.path ?? "")), SETTINGS, TODAY);
	const shown = report.commitments.map(({ owner, person: who, text, due }) => ({ owner, who, text, due }));

	it("gives each labelled task to the one it names: a first name of the call, an alias, me", () => {
		expect(shown).toEqual([
			{ owner: "them", who: "Boris Adler", text: "Bo: unblock the data for the launch (due 2026-11-26)", due: "2026-11-26" },
			{ owner: "me", who: "Anika Roy", text: "Me: send the notes to both", due: null },
			{ owner: "me", who: "Boris Adler", text: "Me: send the notes to both", due: null },
			{ owner: "me", who: "mira@example.com", text: "Me: send the notes to both", due: null },
			{ owner: "them", who: "Anika Roy", text: "Anika: share the weekly report flow with Boris", due: null },
		]);
	});

	it("takes a label that names no one of the call and no note (`Mariam`, `Budget`) for words of the task, not an owner", () => {
		expect(shown.some((c) => c.text.includes("events app") || c.text.includes("token spend"))).toBe(false);
	});
});

describe("a dash label in a real vault's shape (`Name - task (by Jan 10)` under `## Action Items`)", () => {
	const readings = [
		readNote("Jane Smith.md", { type: "Person", title: "Jane Smith" }, SETTINGS),
		readNote("Alex Johnson.md", { type: "Person", title: "Alex Johnson" }, SETTINGS),
		withTasks(
			readNote("+Meetings/Meeting - 2026-11-20 Architecture Review.md", { type: "Meeting", date: "2026-11-20", attendees: ["[[Jane Smith]]", "[[Alex Johnson]]"] }, SETTINGS),
			readTasks(
				[
					"## Action Items",
					"- [ ] Jane - prepare the board presentation (by Nov 28)",
					"- [ ] Alex - document the findings",
					"- [ ] Platform Team - evaluate the alternatives",
					"- [ ] All attendees - review the ADR",
				].join("\n"),
			),
		),
	];
	const report = buildReport(readings, pathResolver(readings.map((r) => r.record?.path ?? "")), SETTINGS, TODAY);
	const shown = report.commitments.map(({ owner, person: who, text }) => ({ owner, who, text }));

	it("gives each task to the first name of the meeting it starts with; a team or `All attendees` is no one", () => {
		expect(shown).toEqual([
			{ owner: "them", who: "Alex Johnson", text: "Alex - document the findings" },
			{ owner: "them", who: "Jane Smith", text: "Jane - prepare the board presentation (by Nov 28)" },
		]);
	});
});

describe("checking a task off", () => {
	it.each([
		["- [ ] Call Sam", "- [x] Call Sam"],
		["  * [ ] Call Sam 📅 2026-12-01", "  * [x] Call Sam 📅 2026-12-01 ✅ 2026-12-02"],
		["1. [ ] Call Sam [due:: 2026-12-01]", "1. [x] Call Sam [due:: 2026-12-01]"],
		["- [x] Done already", null],
	])("%j", (line, checked) => {
		expect(checkedLine(line, "2026-12-02")).toBe(checked);
	});

	it("changes that line only, byte for byte elsewhere, CRLF too; and nothing when the line changed", () => {
		const crlf = "---\r\nwith: x\r\n---\r\n## Me\r\n- [ ] Call Sam\r\n- [ ] Call Sam\r\n";
		expect(checkTaskInText(crlf, 6, "- [ ] Call Sam", "2026-12-02")).toBe("---\r\nwith: x\r\n---\r\n## Me\r\n- [ ] Call Sam\r\n- [x] Call Sam\r\n");
		expect(checkTaskInText("a\n- [ ] b", 2, "- [ ] b", "2026-12-02")).toBe("a\n- [x] b");
		expect(checkTaskInText("a\n- [ ] b, edited", 2, "- [ ] b", "2026-12-02")).toBeNull();
		expect(checkTaskInText("a", 5, "- [ ] b", "2026-12-02")).toBeNull();
	});
});

describe("carrying a commitment into the next agenda", () => {
	const previous = ["## I will", "- [ ] Draft the plan", "## Jane will", "- [ ] Send the budget 📅 2026-11-20", "## They will", "- [ ] Intro me", "## Jane Doe will", "- [ ] Share the deck", "## Agreed", "- [ ] @me Book the room", "- [ ] Pick a date", "## Notes", "- [ ] Talk about the reorg"].join("\n");

	it("keeps whose it was with an owner marker when only its heading said so", () => {
		expect(carriedTaskLines(openItems(previous), "[[2026-11-02 Jane Doe]]", "", "[[Jane Doe]]")).toEqual([
			"- [ ] @me Draft the plan (from [[2026-11-02 Jane Doe]])",
			"- [ ] @Jane Send the budget (from [[2026-11-02 Jane Doe]]) 📅 2026-11-20",
			"- [ ] [[Jane Doe]] Intro me (from [[2026-11-02 Jane Doe]])",
			"- [ ] [[Jane Doe]] Share the deck (from [[2026-11-02 Jane Doe]])",
			"- [ ] @me Book the room (from [[2026-11-02 Jane Doe]])",
			"- [ ] Pick a date (from [[2026-11-02 Jane Doe]])",
			"- [ ] Talk about the reorg (from [[2026-11-02 Jane Doe]])",
		]);
	});

	it("so that under the agenda's own heading they are the same commitments, one note later", () => {
		const agenda = ["### Open items from last time", ...carriedTaskLines(openItems(previous), "[[2026-11-02 Jane Doe]]", "", "[[Jane Doe]]")].join("\n");
		const owners = readTasks(agenda).map((task) => [task.marker === "me" ? "me" : task.marker?.target, task.text, task.from]);
		expect(owners).toEqual([
			["me", "Draft the plan", "2026-11-02 Jane Doe"],
			["Jane", "Send the budget", "2026-11-02 Jane Doe"],
			["Jane Doe", "Intro me", "2026-11-02 Jane Doe"],
			["Jane Doe", "Share the deck", "2026-11-02 Jane Doe"],
			["me", "Book the room", "2026-11-02 Jane Doe"],
		]);
	});
});
