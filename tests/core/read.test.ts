import { describe, expect, it } from "vitest";
import { dateFromFileName, isInFolders, readNote, titleOf } from "../../src/core/read";
import { nameOfTag } from "../../src/core/names";
import { DEFAULT_CORE_SETTINGS, type MeetingRecord, type NoteReading } from "../../src/core/types";
import { NoteBuilder, settingsWith } from "./builder";

function meeting(reading: NoteReading): MeetingRecord {
	if (reading.record?.kind !== "meeting") throw new Error(`not a 1:1 note: ${JSON.stringify(reading)}`);
	return reading.record;
}

describe("stakeholder detection", () => {
	it.each([
		["a non-empty person", { person: "Jane" }, "Jane"],
		["type: person", { type: "person" }, "Jane Doe"],
		["type: Person, any case", { type: "Person" }, "Jane Doe"],
		["type as a list holding person", { type: ["work", "person"] }, "Jane Doe"],
		["type as a link to person", { type: "[[person]]" }, "Jane Doe"],
		["type as an unquoted link to person", { type: [["person"]] }, "Jane Doe"],
		["type: person with a blank person", { type: "person", person: " " }, "Jane Doe"],
		["type: person with person: false", { type: "person", person: false }, "Jane Doe"],
		["type: people", { type: "people" }, "Jane Doe"],
		["categories holding [[People]]", { categories: ["[[People]]"] }, "Jane Doe"],
		["a person tag", { tags: ["work", "person"] }, "Jane Doe"],
		["a nested person tag in a comma string", { tags: "work, type/person" }, "Jane Doe"],
		["name beside a person type", { type: "Person", Name: "Jane D." }, "Jane D."],
		["Metadata Menu's fileClass: Person", { fileClass: "Person" }, "Jane Doe"],
		["fileclass: people, any case", { fileclass: "people" }, "Jane Doe"],
		["a person fileClass beside another type", { type: "note", fileClass: "Person" }, "Jane Doe"],
	])("%s is a stakeholder", (_name, fm, name) => {
		const reading = readNote("People/Jane Doe.md", fm, DEFAULT_CORE_SETTINGS);
		expect(reading.record).toMatchObject({ kind: "person", person: name, title: "Jane Doe" });
		expect(reading.problems).toEqual([]);
	});

	it.each([
		["People/Person - Sarah Chen.md", "Sarah Chen", "Sarah Chen"],
		["wiki/entities/anisse-rbibe.md", "Anisse R'bibe", "Anisse R'bibe"],
		["people/sofia_chen.md", "Sofia Chen", "Sofia Chen"],
		["People/jose-garcia.md", "José García", "José García"],
		["People/Jane Doe.md", "Staff Engineer", "Jane Doe"],
	])("%s with title %j shows %j: the title when it is the file's name, else the file name", (path, title, shown) => {
		expect(readNote(path, { type: "person", title }, DEFAULT_CORE_SETTINGS).record).toMatchObject({ kind: "person", person: shown });
	});

	it.each([
		["1-1s/people/Priya-Patel.md", { person: true, name: "Priya Patel" }, "Priya Patel"],
		["People/Person - Sarah Chen.md", { person: true }, "Sarah Chen"],
		["People/Person - Sarah Chen.md", { person: "[[Person - Sarah Chen|Sarah]]", name: "Sarah Chen" }, "Sarah"],
		["People/Jane Doe.md", { person: "Jane D.", name: "Jane Doe" }, "Jane D."],
	])("%s with %j shows %j: person: true only marks the note, its name comes from the rest", (path, fm, shown) => {
		expect(readNote(path, fm, DEFAULT_CORE_SETTINGS).record).toMatchObject({ kind: "person", person: shown });
	});

	it.each(["last_touch", "last-interaction", "lastContacted"])("a person's %s is their last contact, as personal CRMs write it", (key) => {
		expect(readNote("People/Jane Doe.md", { type: "person", [key]: "2026-11-02" }, DEFAULT_CORE_SETTINGS).record).toMatchObject({ lastContact: "2026-11-02", lastContactKey: key });
	});

	it.each([
		["no properties", {}],
		["other properties", { role: "VP", "last-contact": "2026-13-45" }],
		["type: project", { type: "project" }],
		["type: meeting", { type: "meeting" }],
		["fileClass: Meeting", { fileClass: "Meeting" }],
		["person: false", { person: false }],
		["an empty person", { person: "" }],
		["a tag that only contains a person word", { tags: ["people-ops"] }],
	])("%s is not a stakeholder outside a people folder, and its values are not checked", (_name, fm) => {
		const { candidate: _, needsText: __, ...reading } = readNote("Notes/Jane Doe.md", fm, DEFAULT_CORE_SETTINGS);
		expect(reading).toEqual({ record: null, problems: [] });
	});

	it.each([undefined, null])("a note without frontmatter (%j) is nothing, unless a meeting names it", (fm) => {
		const { candidate, ...reading } = readNote("Notes/x.md", fm, DEFAULT_CORE_SETTINGS);
		expect(reading).toEqual({ record: null, problems: [] });
		expect(candidate).toMatchObject({ record: { kind: "person", person: "x", foundBy: "named-in-meetings" }, problems: [] });
	});

	it("a plain note reads as the person a meeting may name, with the problems of its values kept for then", () => {
		const { candidate } = readNote("Notes/Jane Doe.md", { role: "VP", "last-contact": "2026-13-45" }, DEFAULT_CORE_SETTINGS);
		expect(candidate?.record).toMatchObject({ person: "Jane Doe", role: "VP", lastContact: null });
		expect(candidate?.problems.map((p) => p.key)).toEqual(["last-contact"]);
	});

	it("shows the alias a file name holds beside an id or a role (`Q4567 - Sarah Johnson.md`), and keeps the file name otherwise", () => {
		const person = (path: string, fm: Record<string, unknown>) => readNote(path, { tags: ["contact"], ...fm }, DEFAULT_CORE_SETTINGS);
		expect(person("05 - Contacts/Q4567 - Sarah Johnson.md", { aliases: ["Sarah Johnson"] }).record).toMatchObject({ person: "Sarah Johnson", title: "Q4567 - Sarah Johnson" });
		expect(person("Contacts/Sarah Johnson - Scrum Master.md", { aliases: ["sarah johnson"] }).record).toMatchObject({ person: "sarah johnson" });
		expect(person("Contacts/Q4567 - Sarah Johnson.md", { aliases: ["Sally"] }).record).toMatchObject({ person: "Q4567 - Sarah Johnson" });
		expect(person("Contacts/Q4567 - Sarah Johnson.md", { aliases: ["Sarah Johnson"], name: "Sarah J." }).record).toMatchObject({ person: "Sarah J." });
		const broken = person("Contacts/Q4567 - Sarah Johnson.md", { aliases: { a: 1 } });
		expect(broken.record).toMatchObject({ person: "Q4567 - Sarah Johnson" });
		expect(broken.problems.map((p) => p.key)).toEqual(["aliases"]);
	});

	it("shows a folder note's `title` when it names the folder, as written (`Unknown (kodeON support)` in `People/Unknown kodeON support/README.md`)", () => {
		const person = (path: string, title: string) => readNote(path, { type: "people", title }, DEFAULT_CORE_SETTINGS).record;
		expect(person("VAST/People/Unknown kodeON support/README.md", "Unknown (kodeON support)")).toMatchObject({ person: "Unknown (kodeON support)", folder: "VAST/People/Unknown kodeON support" });
		expect(person("VAST/People/Jose Garcia/README.md", "José García")).toMatchObject({ person: "José García" });
		// Elsewhere `title` is the job title, and the folder names the person.
		expect(person("VAST/People/Jeff Denworth/README.md", "Co-founder & CMO")).toMatchObject({ person: "Jeff Denworth" });
		expect(person("VAST/People/Jeff Denworth/README.md", "<img src=x onerror=alert(1)>")).toMatchObject({ person: "Jeff Denworth" });
	});

	it.each([["Work/People/Person A.md"], ["Contacts/Contact B.md"]])("%s, a template's example person, is a person, not an index of people", (path) => {
		expect(readNote(path, { type: "person" }, DEFAULT_CORE_SETTINGS).record).toMatchObject({ kind: "person", person: titleOf(path) });
		expect(readNote("People/People.md", { type: "person" }, DEFAULT_CORE_SETTINGS).record).toBeNull();
		expect(readNote("People/People MOC.md", { type: "person" }, DEFAULT_CORE_SETTINGS).record).toBeNull();
	});

	it.each([
		["a dated note", "Notes/2026-11-20 Jane Doe.md", {}],
		["a meeting", "Notes/Jane Doe.md", { type: "meeting" }],
		["a note whose type says what it is", "Notes/Jane Doe.md", { type: "project" }],
		["a note that names people itself", "Projects/Launch.md", { people: ["[[Pat Lee]]"] }],
		["a folder's index", "People/People MOC.md", { type: "index" }],
		["a note marked as about the folder", "Notes/_Open topics.md", {}],
		["a note for the user", "Me.md", {}],
		["an archived copy", "Archive/People/Jane Doe.md", {}],
	])("%s could not be a person a meeting names", (_name, path, fm) => {
		expect(readNote(path, fm, DEFAULT_CORE_SETTINGS).candidate).toBeUndefined();
	});

	it("with the rule off, no note reads as a person a meeting may name", () => {
		const settings = { ...DEFAULT_CORE_SETTINGS, rules: { ...DEFAULT_CORE_SETTINGS.rules, linkedNotes: false } };
		expect(readNote("Notes/Jane Doe.md", {}, settings)).toEqual({ record: null, problems: [] });
	});

	it.each([
		["a list", ["a", "b"], "a list"],
		["a number", 42, "42"],
		["text", "just text", "'just text'"],
	])("frontmatter that is %s is a problem with key null", (_name, fm, shown) => {
		expect(readNote("Notes/x.md", fm, DEFAULT_CORE_SETTINGS)).toEqual({
			record: null,
			problems: [
				{
					path: "Notes/x.md",
					key: null,
					value: fm,
					message: `The properties are ${shown}, not a list of "key: value" lines; no property of this note can be read`,
				},
			],
		});
	});

	describe("templates folder", () => {
		const settings = settingsWith({ templatesFolder: "Templates" });
		it.each([
			["Templates/Stakeholder.md", { type: "person", person: "" }],
			["Templates/Manager 1-1.md", { with: "[[{{person}}]]", date: "{{date}}" }],
		])("%s is a template, neither a stakeholder nor a 1:1 note", (path, fm) => {
			expect(readNote(path, fm, settings)).toEqual({ record: null, problems: [], skipped: "template" });
		});

		it("leaves notes outside it alone; with the template rule off, only the setting's folder is skipped", () => {
			expect(readNote("Templates Archive/Jane.md", { person: "Jane" }, settings).record?.kind).toBe("person");
			const off = settingsWith({ templatesFolder: "", rules: { ...DEFAULT_CORE_SETTINGS.rules, templates: false } });
			expect(readNote("Templates/Jane.md", { person: "Jane" }, off).record?.kind).toBe("person");
		});
	});

	describe("people folders", () => {
		const settings = settingsWith({ peopleFolders: ["People", "/Team/Leads/"] });
		it.each([
			["People/Jane.md", true],
			["People/Org/Jane.md", true],
			["Team/Leads/Jane.md", true],
			["Team/Jane.md", false],
			["Jane.md", false],
			["People Archive/Jane.md", false],
			["Archive/People/Jane.md", false],
		])("%s is a stakeholder: %s", (path, expected) => {
			expect(readNote(path, { person: "Jane" }, settings).record !== null).toBe(expected);
			expect(readNote(path, { type: "person" }, settings).record !== null).toBe(expected);
		});

		it.each(["Stakeholders/Dana Lee.md", "Work/Direct Reports/Omar Haddad.md", "02 - Colleagues/Kim.md", "Team Members/Bo.md"])("%s, with no properties and no settings, is a person by its folder's name", (path) => {
			expect(readNote(path, null, DEFAULT_CORE_SETTINGS).record).toMatchObject({ kind: "person", foundBy: "people-folder" });
		});

		it("a folder's name that makes its notes people is no person word for a type or a tag", () => {
			expect(readNote("Projects/Atlas map.md", { type: "stakeholders" }, DEFAULT_CORE_SETTINGS).record).toBeNull();
			expect(readNote("Projects/Atlas map.md", { tags: ["stakeholders"] }, DEFAULT_CORE_SETTINGS).record).toBeNull();
		});

		it("blank folders mean the whole vault", () => {
			expect(isInFolders("Anywhere/Jane.md", ["", " "])).toBe(true);
			expect(isInFolders("Anywhere/Jane.md", [])).toBe(true);
		});

		it("do not limit 1:1 notes", () => {
			expect(readNote("Meetings/2026-11-01 Jane.md", { with: "[[Jane]]" }, settings).record?.kind).toBe("meeting");
		});
	});

	it("titleOf drops the folder and .md", () => {
		expect(titleOf("People/Org/Jane Doe.md")).toBe("Jane Doe");
		expect(titleOf("Jane.MD")).toBe("Jane");
		expect(titleOf("Notes/v1.2 notes.md")).toBe("v1.2 notes");
	});
});

describe("a contact plugin's person note (type: contact, name as a map, last_chat)", () => {
	it("shows the name's parts in order and reads last_chat as the last contact", () => {
		const reading = NoteBuilder.note("Contacts/carl johnson.md")
			.set("type", "contact")
			.set("name", { last: "Johnson", first: "Carl" })
			.set("last_chat", "2026-11-06")
			.read();
		expect(reading.problems).toEqual([]);
		expect(reading.record).toMatchObject({ kind: "person", person: "Carl Johnson", lastContact: "2026-11-06" });
	});

	it.each([
		[{ first: "Sue" }, "Sue"],
		[{ given: "Ana", middle: "Maria", family: "Lima" }, "Ana Maria Lima"],
		[{ first: " ", last: "Ng" }, "Ng"],
	])("name %j reads %j", (name, shown) => {
		expect(NoteBuilder.note("Contacts/x.md").set("type", "contact").set("name", name).read().record).toMatchObject({ person: shown });
	});

	it("a map without a name part is still a problem, and the file name is shown", () => {
		const reading = NoteBuilder.note("Contacts/Bo Chen.md").set("type", "contact").set("name", { nick: "Bo" }).read();
		expect(reading.record).toMatchObject({ person: "Bo Chen" });
		expect(reading.problems.map((p) => p.message)).toEqual(["name: is a group of properties; use text"]);
	});
});

describe("1:1 notes", () => {
	it("reads a single link", () => {
		const record = meeting(NoteBuilder.meeting("Sync", "[[Jane Doe]]").set("date", "2026-11-01").read());
		expect(record).toMatchObject({
			kind: "meeting",
			path: "1-1/Sync.md",
			title: "Sync",
			with: [{ target: "Jane Doe", alias: null, isLink: true }],
			date: "2026-11-01",
			followUp: null,
			followUpNote: null,
		});
	});

	it.each([
		["quoted links", ["[[Jane Doe]]", "[[People/Ann|Ann L.]]"]],
		["unquoted links (nested lists)", [[["Jane Doe"]], [["People/Ann|Ann L."]]]],
		["a list with blanks", ["[[Jane Doe]]", "", null, "[[People/Ann|Ann L.]]"]],
	])("reads a list of %s", (_name, value) => {
		const record = meeting(NoteBuilder.note("1-1/Sync.md").set("with", value).set("date", "2026-11-01").read());
		expect(record.with).toEqual([
			{ target: "Jane Doe", alias: null, isLink: true },
			{ target: "People/Ann", alias: "Ann L.", isLink: true },
		]);
	});

	it("reads an unquoted single link", () => {
		const record = meeting(NoteBuilder.note("1-1/Sync.md").set("with", [["Jane Doe"]]).set("date", "2026-11-01").read());
		expect(record.with).toEqual([{ target: "Jane Doe", alias: null, isLink: true }]);
	});

	it("takes the date from the start of the file name when date is missing", () => {
		const reading = NoteBuilder.note("1-1/2026-11-01 Jane Doe.md").set("with", "[[Jane Doe]]").read();
		expect(reading.problems).toEqual([]);
		expect(meeting(reading).date).toBe("2026-11-01");
	});

	it("prefers date over the file name", () => {
		const reading = NoteBuilder.note("1-1/2026-11-01 Jane Doe.md").set("with", "[[Jane Doe]]").set("date", "2026-10-30T16:00-07:00").read();
		expect(meeting(reading).date).toBe("2026-10-30");
	});

	it("is a problem without any date", () => {
		const reading = NoteBuilder.note("1-1/Jane Doe sync.md").set("with", "[[Jane Doe]]").read();
		expect(meeting(reading).date).toBeNull();
		expect(reading.problems).toEqual([
			{
				path: "1-1/Jane Doe sync.md",
				key: "date",
				value: null,
				message: "date: this 1:1 note has no date; add date: YYYY-MM-DD or start the file name with YYYY-MM-DD",
			},
		]);
	});

	it("reports an unreadable date once, and falls back to the file name", () => {
		const withName = NoteBuilder.note("1-1/2026-11-01 Jane.md").set("with", "[[Jane]]").set("date", "2026-02-30").read();
		expect(meeting(withName).date).toBe("2026-11-01");
		expect(withName.problems.map((p) => p.message)).toEqual(["date: '2026-02-30' is not a date: February 2026 has no day 30; use a day that exists"]);
		const without = NoteBuilder.note("1-1/Jane.md").set("with", "[[Jane]]").set("date", "soon").read();
		expect(meeting(without).date).toBeNull();
		expect(without.problems.map((p) => p.message)).toEqual(["date: 'soon' is not a date; use YYYY-MM-DD"]);
	});

	it.each([
		["2026-11-01 Jane", "2026-11-01"],
		["2026-11-01", "2026-11-01"],
		["2026-11-01T0930 Jane", "2026-11-01"],
		["2026-02-30 Jane", null],
		["2026-11-012 Jane", null],
		["Jane 2026-11-01", "2026-11-01"],
		["2026-11-02_09-30 standup", "2026-11-02"],
		["2025-11-4 - Sync", "2025-11-04"],
		["MoM 20261102", "2026-11-02"],
		["Diary-20261102", "2026-11-02"],
		["Invoice 123456789", null],
		["Q3 2026 plan", null],
	])("dateFromFileName(%j) = %j", (title, expected) => {
		expect(dateFromFileName(title)).toBe(expected);
	});

	it("carries its own follow-up", () => {
		const record = meeting(NoteBuilder.meeting("2026-11-01 Jane", "[[Jane]]").followUp("2026-11-08", "Send the doc").read());
		expect([record.followUp, record.followUpNote]).toEqual(["2026-11-08", "Send the doc"]);
	});

	it("with person is a 1:1 note, never a stakeholder", () => {
		const reading = NoteBuilder.meeting("2026-11-01 Jane", "[[Jane]]").set("person", "Jane").set("type", "person").read();
		expect(reading.record?.kind).toBe("meeting");
	});

	it.each([
		["true", true, "with: is true; use a link like [[Name]] or a list of links"],
		["a map", { name: "Jane" }, "with: is a group of properties; use a link like [[Name]] or a list of links"],
		["a list with a map", ["[[Jane]]", { name: "Ann" }], "with: has an item that is a group of properties; use links like [[Name]]"],
	])("with that is %s is a problem, and the note is still a 1:1 note", (_name, value, message) => {
		const reading = NoteBuilder.note("1-1/2026-11-01.md").set("with", value).read();
		expect(meeting(reading).with).toEqual([]);
		expect(reading.problems).toEqual([{ path: "1-1/2026-11-01.md", key: "with", value, message }]);
	});

	it.each([[[]], [[""]], [[[]]], [""]])("with: %j is no with at all", (value) => {
		expect(NoteBuilder.note("1-1/x.md").set("with", value).read().record).toBeNull();
		expect(NoteBuilder.note("People/Jane.md").set("with", value).set("person", "Jane").read().record?.kind).toBe("person");
	});
});

describe("a meeting whose date does not read", () => {
	it.each([
		["attendees", NoteBuilder.note("Meetings/Sync with Jane.md").set("attendees", ["[[Jane Doe]]"]).set("date", "2026-11-31")],
		["a person link (a review)", NoteBuilder.note("Reviews/Jane H2.md").set("person", "[[Jane Doe]]").set("date", "next tuesday")],
		["its person folder", NoteBuilder.note("People/Jane Doe/Catch-up.md").set("date", "2026-02-30")],
		["a person type beside its attendees", NoteBuilder.note("Notes/Jane sync.md").set("type", "people").set("attendees", "Jane Doe").set("date", "soon")],
	])("named by %s is a problem on its date, not a silently missing meeting", (_by, note) => {
		const reading = note.read();
		expect(reading.record).toBeNull();
		expect(reading.problems.map((p) => p.key)).toEqual(["date"]);
		expect(reading.problems[0]?.message).toMatch(/^date: '.+' is not a date/);
	});

	it("takes the file name's date when there is one, and still names the bad property", () => {
		const reading = NoteBuilder.note("Meetings/2026-11-20 Sync.md").set("attendees", ["[[Jane Doe]]"]).set("date", "2026-11-31").read();
		expect(reading.record).toMatchObject({ kind: "meeting", date: "2026-11-20" });
		expect(reading.problems.map((p) => p.key)).toEqual(["date"]);
	});

	it("a cancelled one is skipped, with no problem", () => {
		const reading = NoteBuilder.note("Meetings/Sync.md").set("attendees", ["[[Jane Doe]]"]).set("date", "TBD").set("status", "cancelled").read();
		expect(reading).toEqual({ record: null, problems: [], skipped: "cancelled" });
	});
});

describe("a note marked as a meeting, without a date", () => {
	it("takes the day it started (`start`, as calendar and timeline tools write events) before the day it was created", () => {
		const reading = NoteBuilder.note("Meetings/Customer Sync.md")
			.set("fileClass", "Meeting")
			.set("attendees", ["[[John Smith]]"])
			.set("start", "2026-02-10T14:30:00")
			.set("end", "2026-02-10T15:30:00")
			.set("created", "2026-02-01")
			.read();
		expect(reading).toEqual({ record: expect.objectContaining({ kind: "meeting", date: "2026-02-10" }) as unknown, problems: [] });
	});

	it("takes `created` when it has no `start`", () => {
		const reading = NoteBuilder.note("Meetings/Weekly Sync.md").set("tags", ["meeting"]).set("attendees", ["JohnSmith"]).set("created", "2026-02-03").read();
		expect(meeting(reading).date).toBe("2026-02-03");
	});

	it.each([
		["noteType: meeting", { noteType: "meeting" }],
		["class: Meetings", { class: "Meetings" }],
		['type: ["121"]', { type: ["121"] }],
	])("is marked by %s too: with people and no date, a problem, not a note left out", (_name, fm) => {
		const reading = readNote("Meetings/Sync.md", { ...fm, attendees: ["[[Pat Lee]]"] }, DEFAULT_CORE_SETTINGS);
		expect(reading.problems.map((p) => p.key)).toEqual(["date"]);
		expect(readNote("Meetings/Sync.md", fm, DEFAULT_CORE_SETTINGS).needsText).toBe(true);
	});

	it.each([
		["type: 1-1 meeting", { type: "1-1 meeting" }],
		["tags: 1-1-meeting, 2026-11", { tags: "1-1-meeting, 2026-11," }],
		["tags: [team_meeting]", { tags: ["team_meeting"] }],
		["type: meeting-notes", { type: "meeting-notes" }],
	])("is marked by a word of several that ends in meeting (%s), as Templater templates write them", (_name, fm) => {
		expect(readNote("Meetings/Sync.md", fm, DEFAULT_CORE_SETTINGS).needsText).toBe(true);
	});

	it.each([["tags: [meeting-prep]", { tags: ["meeting-prep"] }], ["type: meetingroom", { type: "meetingroom" }]])("is not marked by %s", (_name, fm) => {
		expect(readNote("Meetings/Sync.md", fm, DEFAULT_CORE_SETTINGS).needsText).toBeUndefined();
	});

	it("is marked by any of its type names: `type: customer-call` beside `fileClass: Meeting`", () => {
		const reading = NoteBuilder.note("Meetings/Acme call.md").set("type", "customer-call").set("fileClass", "Meeting").set("attendees", ["[[John Smith]]"]).set("start", "2026-02-10").read();
		expect(meeting(reading).date).toBe("2026-02-10");
	});

	it("is a problem with no date at all, not a meeting left out without a word", () => {
		const reading = NoteBuilder.note("Meetings/Kickoff.md").set("type", "meeting").set("attendees", ["[[Pat Lee]]"]).read();
		expect(reading).toEqual({
			record: null,
			problems: [{ path: "Meetings/Kickoff.md", key: "date", value: null, message: "date: this meeting has no date; add date: YYYY-MM-DD or start the file name with YYYY-MM-DD" }],
			// Its text may hold the date (`[date:: 2026-02-10]`): the reader of the text reads it again.
			needsText: true,
		});
	});

	it("an unmarked note with people and no date (a project) is neither a meeting nor a problem, and its `start` is not read", () => {
		expect(NoteBuilder.note("Projects/Launch.md").set("people", ["[[Pat Lee]]"]).read()).toEqual({ record: null, problems: [] });
		expect(NoteBuilder.note("Projects/Launch.md").set("people", ["[[Pat Lee]]"]).set("start", "2026-02-10").read()).toEqual({ record: null, problems: [] });
	});

	it("a meeting with a date ignores `start` and `created`", () => {
		const reading = NoteBuilder.note("Meetings/Sync.md").set("type", "meeting").set("attendees", ["Pat"]).set("date", "2026-02-12").set("start", "2026-02-10").read();
		expect(meeting(reading).date).toBe("2026-02-12");
	});
});

describe("tags that name a person (people/john-appleseed)", () => {
	it.each([
		["people/john-appleseed", "John Appleseed"],
		["person/Jane_Doe", "Jane Doe"],
		["contact/JohnSmith", "JohnSmith"],
		["people/work/ana-lima", "Ana Lima"],
		["people", null],
		["type/person", null],
		["people/person", null],
		["work/jane-doe", null],
		["people/", null],
	])("nameOfTag(%j) = %j", (tag, name) => {
		expect(nameOfTag(tag, new Set(["people", "person", "contact"]))).toBe(name);
	});

	it("on a meeting, name the people who took part, and do not make the meeting a person", () => {
		const reading = NoteBuilder.note("meetings/2024-11-13 John Appleseed.md").set("date", "2024-11-13").set("tags", ["meeting/one-on-one", "people/john-appleseed", null]).read();
		expect(reading.record).toMatchObject({ kind: "meeting", date: "2024-11-13", foundBy: "tags", attendees: [{ target: "John Appleseed", isLink: false }] });
		expect(reading.problems).toEqual([]);
	});

	it("in a meeting's text, name someone too, once beside a list that names them already", () => {
		const reading = readNote("meetings/2024-11-20 All Hands.md", { date: "2024-11-20", tags: ["meeting"], attendees: ["John Appleseed", "Ann"] }, DEFAULT_CORE_SETTINGS, ["people/john-appleseed", "people/bo-chen", "kudos"]);
		expect(meeting(reading).attendees.map((a) => a.target)).toEqual(["John Appleseed", "Ann", "Bo Chen"]);
		expect(meeting(reading).foundBy).toBe("attendees");
	});

	it("in the text of a note that is no meeting, are a mention: the note is no person", () => {
		const reading = readNote("projects/Pipeline refactor.md", { tags: ["projects/pipeline"] }, DEFAULT_CORE_SETTINGS, ["people/john-appleseed"]);
		expect(reading).toMatchObject({ record: null, problems: [] });
	});

	it("in the properties of a note that is no meeting, still mark a person (people/colleague), and a plain person tag does so on a meeting too", () => {
		expect(NoteBuilder.note("Notes/Cy Ames.md").set("tags", ["people/colleague"]).read().record?.kind).toBe("person");
		expect(readNote("Notes/Cy Ames.md", {}, DEFAULT_CORE_SETTINGS, ["person"]).record?.kind).toBe("person");
		expect(NoteBuilder.note("Notes/Cy Ames.md").set("tags", ["meeting", "person"]).read().record?.kind).toBe("person");
	});
});

describe("a meeting whose people do not all read", () => {
	it("keeps the names that read and lists the item that does not: the meeting still counts for the rest", () => {
		const reading = NoteBuilder.note("Meetings/2026-11-21 Sync.md").set("attendees", [{ name: "Jane" }, "[[Bob Stone]]", [["Ann Lee"]]]).read();
		expect(reading.record).toMatchObject({ kind: "meeting", date: "2026-11-21", attendees: [{ target: "Bob Stone", isLink: true }, { target: "Ann Lee", isLink: true }] });
		expect(reading.problems.map((p) => p.message)).toEqual(["attendees: has an item that is a group of properties; use names or links like [[Name]]"]);
	});

	it("says so when none of them reads, rather than leaving the meeting out without a word", () => {
		const reading = NoteBuilder.note("Meetings/2026-11-22 Retro.md").set("participants", { Jane: "lead" }).read();
		expect(reading).toEqual({ record: null, problems: [expect.objectContaining({ key: "participants", message: "participants: is a group of properties; use names or links like [[Name]]" })] });
	});

	it("an undated note whose people do not read is no meeting, and no problem", () => {
		expect(NoteBuilder.note("Projects/Launch.md").set("people", { lead: "Jane" }).read()).toEqual({ record: null, problems: [] });
	});

	it("a 1:1 note keeps the attendees that read beside its with", () => {
		const reading = NoteBuilder.meeting("2026-11-20 Jane", "[[Jane Doe]]").set("attendees", ["Sam", { x: 1 }]).read();
		expect(reading.record).toMatchObject({ kind: "meeting", attendees: [{ target: "Sam", isLink: false }] });
		expect(reading.problems.map((p) => p.key)).toEqual(["attendees"]);
	});
});

describe("cancelled meetings", () => {
	it.each([
		["status: cancelled", { status: "cancelled" }],
		["Status: Canceled (American spelling, a capital key)", { Status: "Canceled" }],
		["a status link", { status: "[[Cancelled]]" }],
		["a status list", { status: ["meeting", "cancelled"] }],
		["a cancelled tag", { tags: ["meeting", "cancelled"] }],
		["a nested tag", { tags: "meeting/canceled" }],
	])("a meeting with %s did not take place: it is skipped, no contact and no problem", (_name, marks) => {
		const attendees = NoteBuilder.note("Meetings/2026-11-10 Sync.md").set("attendees", ["[[Jane Doe]]"]).set("date", "2026-13-45");
		for (const [key, value] of Object.entries(marks)) attendees.set(key, value);
		expect(attendees.read()).toEqual({ record: null, problems: [], skipped: "cancelled" });
		const oneToOne = NoteBuilder.meeting("2026-11-10 Jane", "[[Jane Doe]]");
		for (const [key, value] of Object.entries(marks)) oneToOne.set(key, value);
		expect(oneToOne.read().skipped).toBe("cancelled");
	});

	it.each([["done"], ["completed"], ["cancelled-by-me is not the word"], ["rescheduled"]])("status: %s still counts", (status) => {
		const reading = NoteBuilder.note("Meetings/2026-11-10 Sync.md").set("attendees", ["[[Jane Doe]]"]).set("status", status).read();
		expect(reading.record).toMatchObject({ kind: "meeting", date: "2026-11-10" });
	});

	it("a person whose status says cancelled is still a person (the word is about meetings)", () => {
		expect(NoteBuilder.note("People/Jane Doe.md").set("type", "person").set("status", "cancelled").read().record).toMatchObject({ kind: "person", person: "Jane Doe" });
	});
});

describe("values that cannot be walked (issue 10, item 1)", () => {
	/** What the yaml package makes of `role: &r [*r]`: a list that holds itself. */
	function selfList(): unknown[] {
		const list: unknown[] = [];
		list.push(list);
		return list;
	}

	it.each(["person", "role", "influence", "last-contact", "reports-to", "cares-about"])("%s holding itself is a problem, never a stack overflow", (key) => {
		const reading = readNote("People/A.md", { type: "person", [key]: selfList() }, DEFAULT_CORE_SETTINGS);
		expect(reading.record?.kind).toBe("person");
		expect(reading.problems).toEqual([
			{ path: "People/A.md", key, value: "(a value that contains itself)", message: `${key}: is a YAML alias that contains itself (&name … *name); write the value out` },
		]);
	});

	it("a with that holds itself is a problem, though the note is then no meeting", () => {
		const map: Record<string, unknown> = {};
		map.x = map;
		const reading = readNote("1-1/2026-11-01 A.md", { with: selfList(), date: "2026-11-01", "cares-about": map }, DEFAULT_CORE_SETTINGS);
		expect(reading.record).toBeNull();
		expect(reading.problems.map((p) => p.key)).toEqual(["with"]);
	});

	it("a value nested more than 100 levels is a problem with the CLI's words", () => {
		let deep: unknown = "x";
		for (let i = 0; i < 150; i++) deep = [deep];
		const reading = readNote("People/A.md", { type: "person", role: deep }, DEFAULT_CORE_SETTINGS);
		expect(reading.problems.map((p) => p.message)).toEqual(["role: is nested too deeply to read (more than 100 levels)"]);
	});
});
