import { describe, expect, it } from "vitest";
import { explain, type Explanation } from "../../src/core/explain";
import {
	CONVENTION_FIELDS,
	WITHOUT_NOTE_PAGE,
	buildFoundModel,
	buildWithoutNote,
	foundLines,
	foundSummary,
	meetingsText,
	previewText,
	ruleFoundText,
	shortDate,
} from "../../src/core/viewmodel-found";
import { DEFAULT_CORE_SETTINGS, DEFAULT_RULES } from "../../src/core/types";
import { readingsOfNotes, reportOfNotes } from "./builder";

const TODAY = "2026-11-23";

/** An explanation with the counts given and nothing else. */
function explanation(overrides: Partial<Explanation> = {}): Explanation {
	return {
		people: { total: 0, byRule: [] },
		meetings: { total: 0, byKey: [] },
		withoutNote: { total: 0, top: [] },
		linkedNotPeople: { total: 0, top: [] },
		skipped: { template: 0, excluded: 0, archive: 0, cancelled: 0 },
		me: { path: null, suggestion: null },
		...overrides,
	};
}

const BIG = explanation({
	people: {
		total: 73,
		byRule: [
			{ rule: "person-type", detail: "type: people", count: 71 },
			{ rule: "person-folder", detail: "People/", count: 2 },
		],
	},
	meetings: { total: 458, byKey: [{ key: "participants", count: 300 }, { key: "person", count: 158 }] },
	withoutNote: { total: 24, top: [] },
	skipped: { template: 12, excluded: 3, archive: 2, cancelled: 0 },
});

describe("what it found, in words", () => {
	it("says each rule with its count, the meeting keys, the names without a note and what was skipped", () => {
		expect(foundLines(BIG)).toEqual([
			"73 people — a person type or category (type: people) 71, one folder per person (People/) 2",
			"458 meetings name them — participants 300, person 158",
			"24 names in meetings have no note yet",
			"Skipped 12 templates, 3 excluded files, 2 archived copies",
			"Nothing in your notes was changed.",
		]);
		expect(foundSummary(BIG)).toBe("73 people, 458 meetings, 24 names without a note");
	});

	it("uses the singular for one of each", () => {
		const one = explanation({
			people: { total: 1, byRule: [{ rule: "person-property", detail: "person", count: 1 }] },
			meetings: { total: 1, byKey: [{ key: "with", count: 1 }] },
			withoutNote: { total: 1, top: [] },
			skipped: { template: 1, excluded: 1, archive: 1, cancelled: 0 },
		});
		expect(foundLines(one)).toEqual([
			"1 person — a person property (person) 1",
			"1 meeting names them — with 1",
			"1 name in meetings has no note yet",
			"Skipped 1 template, 1 excluded file, 1 archived copy",
			"Nothing in your notes was changed.",
		]);
		expect(foundSummary(one)).toBe("1 person, 1 meeting, 1 name without a note");
	});

	it("says so when nothing was found, and leaves out what is zero", () => {
		expect(foundLines(explanation())).toEqual([
			"No people found yet: no note has a person property, type, tag or folder.",
			"No meetings found.",
			"Nothing in your notes was changed.",
		]);
		expect(foundSummary(explanation())).toBe("0 people, 0 meetings");
		const noMeetings = explanation({ people: { total: 2, byRule: [{ rule: "people-folder", detail: "People/", count: 2 }] } });
		expect(foundLines(noMeetings).slice(0, 2)).toEqual(["2 people — a people folder (People/) 2", "No meetings name them yet."]);
		const everyoneHasANote = explanation({ ...noMeetings, meetings: { total: 3, byKey: [{ key: "with", count: 3 }] } });
		expect(foundLines(everyoneHasANote)).toContain("Everyone your meetings name has a note.");
		expect(foundLines(explanation({ skipped: { template: 0, excluded: 4, archive: 0, cancelled: 0 } }))).toContain("Skipped 4 excluded files");
		expect(foundLines(explanation({ skipped: { template: 1, excluded: 0, archive: 0, cancelled: 2 } }))).toContain("Skipped 1 template, 2 cancelled meetings");
	});

	it("names the notes meetings link to as people that are no one's, three of them and how many more", () => {
		const note = (path: string, meetings: number) => ({ path, meetings, lastDate: "2026-11-20", why: null });
		const one = explanation({ meetings: { total: 2, byKey: [] }, linkedNotPeople: { total: 1, top: [note("Teams/Security Guild.md", 2)] } });
		expect(foundLines(one)).toContain("1 note your meetings link to as people is no one's: Security Guild");
		const top = ["Team/Kim Lee.md", "Projects/Atlas.md", "Teams/<img src=x onerror=alert(1)>.md", "Teams/Ops.md"].map((path) => note(path, 1));
		const many = explanation({ meetings: { total: 5, byKey: [] }, linkedNotPeople: { total: 5, top } });
		expect(foundLines(many)).toContain("5 notes your meetings link to as people are no one's: Kim Lee, Atlas, <img src=x onerror=alert(1)>, and 2 more");
	});

	it("names the user's own note when there is one", () => {
		expect(foundLines(explanation({ me: { path: "People/Me.md", suggestion: null } }))).toContain("Your own note, People/Me.md, is never a stakeholder.");
	});

	it("is open until the user says Got it, and always while no one was found", () => {
		expect(buildFoundModel(BIG, false)).toMatchObject({ open: true, canDismiss: true });
		expect(buildFoundModel(BIG, true)).toMatchObject({ open: false, canDismiss: true, summary: "73 people, 458 meetings, 24 names without a note" });
		expect(buildFoundModel(explanation(), true)).toMatchObject({ open: true, canDismiss: false });
	});
});

describe("people without a note", () => {
	it.each([
		["2026-01-05", "5 Jan"],
		["2026-12-31", "31 Dec"],
		["2025-07-14", "14 Jul 2025"],
	])("shortDate(%s) is %s", (date, text) => {
		expect(shortDate(date, TODAY)).toBe(text);
	});

	it.each([
		[12, "2026-01-05", "12 meetings, last 5 Jan"],
		[1, "2026-11-23", "1 meeting, last 23 Nov"],
		[3, null, "3 meetings"],
	])("%d meetings, last %s: %s", (meetings, lastDate, text) => {
		expect(meetingsText({ meetings, lastDate }, TODAY)).toBe(text);
	});

	it("does not ask whether the person all your 1:1 notes name is you: a 1:1 note names the other person", () => {
		const notes: Record<string, Record<string, unknown>> = {};
		for (let i = 1; i <= 6; i++) notes[`1-1/2026-10-0${i} Manager.md`] = { attendees: ["Morgan Lee"] };
		notes["Meetings/2026-10-07 Staff.md"] = { attendees: ["Morgan Lee", "Sam Ortiz", "Ana Lima"] };
		notes["Meetings/2026-10-08 Planning.md"] = { attendees: ["Sam Ortiz", "Bo Chen"] };
		notes["Meetings/2026-10-09 Review.md"] = { attendees: ["Sam Ortiz", "Ana Lima"] };
		const report = reportOfNotes(notes, TODAY);
		expect(report.withoutNote[0]?.name).toBe("Morgan Lee");
		expect(explain(readingsOfNotes(notes), report).me.suggestion).toBeNull();
		// The one the meetings of several people hold is asked about once they are the most named.
		for (let i = 1; i <= 6; i++) notes[`Meetings/2026-09-1${i} Sync.md`] = { attendees: ["Sam Ortiz", `Guest ${i}`] };
		const more = reportOfNotes(notes, TODAY);
		expect(explain(readingsOfNotes(notes), more).me.suggestion).toBe("Sam Ortiz");
	});

	it("asks whether you are the name in a third of the meetings and most of the group ones, as a vault whose 1:1 notes name only the other person holds you", () => {
		const notes: Record<string, Record<string, unknown>> = {};
		// Six 1:1 notes about six people (`person:`-style notes name only the other one)…
		for (let i = 1; i <= 6; i++) notes[`1-1/2026-10-0${i} Guest ${i}.md`] = { attendees: [`Guest ${i}`] };
		// …and four meetings of several, each holding the owner: 4 of 10, and 4 of 4 group meetings.
		for (let i = 1; i <= 4; i++) notes[`Meetings/2026-09-1${i} Sync.md`] = { attendees: ["Sam Ortiz", `Team ${i}`, `Other ${i}`] };
		expect(explain(readingsOfNotes(notes), reportOfNotes(notes, TODAY)).me.suggestion).toBe("Sam Ortiz");
		// In 3 of 12 (a quarter) they are not asked about.
		for (let i = 7; i <= 8; i++) notes[`1-1/2026-10-0${i} Guest ${i}.md`] = { attendees: [`Guest ${i}`] };
		delete notes["Meetings/2026-09-14 Sync.md"];
		notes["1-1/2026-10-09 Guest 9.md"] = { attendees: ["Guest 9"] };
		notes["1-1/2026-10-10 Guest 10.md"] = { attendees: ["Guest 10"] };
		expect(explain(readingsOfNotes(notes), reportOfNotes(notes, TODAY)).me.suggestion).toBeNull();
	});

	it("asks whether the user is the plain note every meeting links to, a person only because meetings name it", () => {
		const notes: Record<string, Record<string, unknown>> = { "Avery Stone.md": {} };
		for (let i = 1; i <= 6; i++) notes[`Meetings/2026-10-0${i} Sync.md`] = { attendees: ["[[Avery Stone]]", `Guest ${i}`] };
		const report = reportOfNotes(notes, TODAY);
		expect(report.stakeholders.map((s) => [s.person, s.foundBy])).toEqual([["Avery Stone", "named-in-meetings"]]);
		expect(explain(readingsOfNotes(notes), report).me.suggestion).toBe("Avery Stone");
		// The user named, it is no stakeholder any more.
		const settings = { ...DEFAULT_CORE_SETTINGS, me: "Avery Stone" };
		expect(reportOfNotes(notes, TODAY, settings).stakeholders).toEqual([]);
	});

	it("lists the names most meetings hold first, a page at a time, and asks whether the top one is the user", () => {
		const notes: Record<string, Record<string, unknown>> = { "People/Jane Doe.md": { person: "Jane Doe" } };
		for (let i = 1; i <= 30; i++) {
			const day = String(i).padStart(2, "0");
			notes[`Meetings/2026-10-${day} Standup.md`] = { attendees: ["Avery Stone", `Guest ${day}`, "[[Jane Doe]]"] };
		}
		const readings = readingsOfNotes(notes);
		const report = reportOfNotes(notes, TODAY);
		const found = explain(readings, report);
		const section = buildWithoutNote(report, found);
		expect(section.total).toBe(31);
		expect(section.rows).toHaveLength(WITHOUT_NOTE_PAGE);
		expect(section.rows[0]).toEqual({ key: "avery stone", name: "Avery Stone", meetingsText: "30 meetings, last 30 Oct", lastPath: "Meetings/2026-10-30 Standup.md" });
		expect(section.hidden).toBe(6);
		expect(section.more).toBe(6);
		expect(section.suggestion).toBe("Avery Stone");
		expect(buildWithoutNote(report, found, 50)).toMatchObject({ hidden: 0, more: 0 });
		// Once the user said who they are, the section does not ask again.
		expect(buildWithoutNote(report, found, 50, true).suggestion).toBeNull();
	});

	it("a me that names no note is the user: the name is no one without a note", () => {
		const notes = {
			"People/Jane Doe.md": { person: "Jane Doe" },
			"Meetings/2026-11-02 Sync.md": { attendees: ["avery stone", "Noor Haddad", "[[Jane Doe]]"] },
		};
		const settings = { ...DEFAULT_CORE_SETTINGS, me: "Avery Stone" };
		const report = reportOfNotes(notes, TODAY, settings);
		expect(report.withoutNote.map((n) => n.name)).toEqual(["Noor Haddad"]);
		expect(report.stakeholders.map((s) => s.person)).toEqual(["Jane Doe"]);
		expect(report.me).toBeNull();
	});
});

describe("the conventions in the settings", () => {
	it("lists every rule once", () => {
		expect(CONVENTION_FIELDS.map((f) => f.key).sort()).toEqual(Object.keys(DEFAULT_RULES).sort());
	});

	it("says what each rule finds now", () => {
		const found = explanation({
			...BIG,
			meetings: { total: 10, byKey: [{ key: "participants", count: 5 }, { key: "attendees", count: 2 }, { key: "person", count: 2 }, { key: "with", count: 1 }] },
		});
		expect(ruleFoundText(found, "personType")).toBe("found 71 people");
		expect(ruleFoundText(found, "personFolders")).toBe("found 2 people");
		expect(ruleFoundText(found, "personTags")).toBe("found 0 people");
		expect(ruleFoundText(found, "meetingKeys")).toBe("found 7 meetings");
		expect(ruleFoundText(found, "aboutNotes")).toBe("found 2 meetings");
		expect(ruleFoundText(found, "templates")).toBe("skipped 12 templates");
		expect(ruleFoundText(found, "excluded")).toBe("skipped 3 excluded files");
		expect(ruleFoundText(found, "archives")).toBe("skipped 2 archived copies");
		expect(ruleFoundText(explanation({ people: { total: 1, byRule: [{ rule: "person-tag", detail: "tags", count: 1 }] } }), "personTags")).toBe("found 1 person");
	});

	it("previews a change against what is found now", () => {
		const trial = explanation({ ...BIG, people: { ...BIG.people, total: 75 }, meetings: { ...BIG.meetings, total: 460 } });
		expect(previewText(BIG, trial)).toBe("Would find 75 people (now 73), 460 meetings (now 458).");
		const fewer = explanation({ people: { total: 1, byRule: [] }, meetings: { total: 1, byKey: [] }, withoutNote: { total: 30, top: [] } });
		expect(previewText(BIG, fewer)).toBe("Would find 1 person (now 73), 1 meeting (now 458), 30 names without a note (now 24).");
	});
});
