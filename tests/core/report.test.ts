import { describe, expect, it } from "vitest";
import { pathResolver } from "../../src/core/links";
import { readNote } from "../../src/core/read";
import { buildReport } from "../../src/core/report";
import { DEFAULT_CORE_SETTINGS, type Report, type Stakeholder } from "../../src/core/types";
import { NoteBuilder, reportOf, settingsWith } from "./builder";

const person = (name: string): NoteBuilder => NoteBuilder.person(name);

function only(report: Report): Stakeholder {
	expect(report.stakeholders).toHaveLength(1);
	const s = report.stakeholders[0];
	if (!s) throw new Error("no stakeholder");
	return s;
}

function stakeholder(report: Report, name: string): Stakeholder {
	const s = report.stakeholders.find((x) => x.person === name);
	if (!s) throw new Error(`no stakeholder ${name}`);
	return s;
}

describe("effective last contact", () => {
	const today = "2026-11-23";

	it("is the latest of last-contact and the 1:1 notes dated today or earlier; future 1:1s do not count", () => {
		const report = reportOf(
			[
				person("Jane Doe").lastContact("2026-10-20"),
				NoteBuilder.meeting("2026-11-01 Jane Doe", "[[Jane Doe]]"),
				NoteBuilder.meeting("2026-10-01 Jane Doe", "[[Jane Doe]]"),
				NoteBuilder.meeting("2026-11-30 Jane Doe", "[[Jane Doe]]"),
			],
			today,
		);
		const jane = only(report);
		expect(jane.lastContact).toBe("2026-11-01");
		expect(jane.ownLastContact).toBe("2026-10-20");
		expect(jane.daysSinceContact).toBe(22);
		expect(jane.meetings).toEqual([
			{ path: "1-1/2026-11-30 Jane Doe.md", date: "2026-11-30" },
			{ path: "1-1/2026-11-01 Jane Doe.md", date: "2026-11-01" },
			{ path: "1-1/2026-10-01 Jane Doe.md", date: "2026-10-01" },
		]);
	});

	it("leaves out a cancelled 1:1: the last contact is the one that took place", () => {
		const report = reportOf(
			[
				person("Jane Doe"),
				NoteBuilder.meeting("2026-11-01 Jane Doe", "[[Jane Doe]]"),
				NoteBuilder.meeting("2026-11-15 Jane Doe", "[[Jane Doe]]").set("status", "cancelled"),
				NoteBuilder.note("Meetings/2026-11-20 Design review.md").set("attendees", ["[[Jane Doe]]"]).set("tags", ["meeting", "canceled"]),
			],
			today,
		);
		const jane = only(report);
		expect(jane.lastContact).toBe("2026-11-01");
		expect(jane.meetings).toEqual([{ path: "1-1/2026-11-01 Jane Doe.md", date: "2026-11-01" }]);
	});

	it("counts a 1:1 dated today", () => {
		const jane = only(reportOf([person("Jane"), NoteBuilder.meeting("x", "[[Jane]]").set("date", today)], today));
		expect([jane.lastContact, jane.daysSinceContact, jane.status]).toEqual([today, 0, "ok"]);
	});

	it("keeps last-contact when it is later than every 1:1", () => {
		const jane = only(
			reportOf([person("Jane").lastContact("2026-11-20"), NoteBuilder.meeting("2026-11-01 Jane", "[[Jane]]")], today),
		);
		expect(jane.lastContact).toBe("2026-11-20");
	});

	it("uses a 1:1 when last-contact is absent or unreadable", () => {
		const jane = only(
			reportOf([person("Jane").lastContact("2026-13-45"), NoteBuilder.meeting("2026-11-10 Jane", "[[Jane]]")], today),
		);
		expect(jane.lastContact).toBe("2026-11-10");
		expect(jane.ownLastContact).toBeNull();
	});

	it("counts a 1:1 with several people for each of them, and a person listed twice once", () => {
		const report = reportOf(
			[person("Jane"), person("Ann"), NoteBuilder.meeting("2026-11-10 Staff", "[[Jane]]", "[[Ann]]", "[[People/Jane|J]]")],
			today,
		);
		expect(stakeholder(report, "Jane").meetings).toEqual([{ path: "1-1/2026-11-10 Staff.md", date: "2026-11-10" }]);
		expect(stakeholder(report, "Ann").lastContact).toBe("2026-11-10");
	});

	it("names each of thousands of attendees without a note once, whatever its case", () => {
		const names = Array.from({ length: 10_000 }, (_, i) => `Name ${i}`);
		const meeting = NoteBuilder.meeting("2026-11-10 All hands", "[[Jane]]").set("participants", [...names, ...names.map((n) => n.toUpperCase()), "Jane"]);
		const report = reportOf([person("Jane"), meeting], today);
		expect(report.withoutNote.map((u) => u.name).sort()).toEqual(names.slice().sort());
		expect(report.withoutNote.every((u) => u.meetings === 1)).toBe(true);
		expect(stakeholder(report, "Jane").meetings).toEqual([{ path: "1-1/2026-11-10 All hands.md", date: "2026-11-10" }]);
	});
});

describe("cadence", () => {
	const today = "2026-11-23";
	it.each([
		["high", "high", { count: 14, unit: "days" }],
		["medium", "medium", { count: 30, unit: "days" }],
		["low", "low", { count: 90, unit: "days" }],
		["5", 5, { count: 14, unit: "days" }],
		["unset", undefined, { count: 30, unit: "days" }],
		["unreadable: falls back to unset", "huge", { count: 30, unit: "days" }],
	])("defaults by influence %s", (_name, influence, cadence) => {
		const jane = only(reportOf([person("Jane").influence(influence).lastContact("2026-11-01")], today));
		expect(jane.cadence).toEqual(cadence);
		expect(jane.cadenceIsDefault).toBe(true);
	});

	it("follows the settings' defaults", () => {
		const settings = settingsWith({ defaultCadenceDays: { high: 7, medium: 21, low: 60, unset: 45 } });
		const report = reportOf([person("A").influence("high"), person("B").influence(3), person("C").influence(1), person("D")], today, settings);
		expect(["A", "B", "C", "D"].map((n) => stakeholder(report, n).cadence.count)).toEqual([7, 21, 60, 45]);
	});

	it("uses the note's cadence, and the influence default when the cadence is unreadable", () => {
		const own = only(reportOf([person("Jane").influence("high").cadence("monthly").lastContact("2026-11-01")], today));
		expect([own.cadence, own.cadenceIsDefault, own.nextContact]).toEqual([{ count: 1, unit: "months" }, false, "2026-12-01"]);
		const report = reportOf([person("Jane").influence("high").cadence("often").lastContact("2026-11-01")], today);
		expect([only(report).cadence, only(report).cadenceIsDefault]).toEqual([{ count: 14, unit: "days" }, true]);
		expect(report.problems.map((p) => p.key)).toEqual(["cadence"]);
	});

	it.each([
		["2026-01-31", "1m", "2026-02-28"],
		["2026-01-31", "monthly", "2026-02-28"],
		["2026-11-30", "quarterly", "2027-02-28"],
		["2028-02-29", "1m", "2028-03-29"],
		["2028-02-29", "12m", "2029-02-28"],
		["2028-01-31", "1m", "2028-02-29"],
		["2026-10-18", "fortnightly", "2026-11-01"],
		["2026-10-25", "weekly", "2026-11-01"],
		["2026-10-31", "1d", "2026-11-01"],
	])("last contact %s + %s = next contact %s", (last, cadence, next) => {
		// Reported on the last contact's day: a last-contact after today would not count.
		expect(only(reportOf([person("Jane").lastContact(last).cadence(cadence)], last)).nextContact).toBe(next);
	});
});

describe("status", () => {
	const today = "2026-11-23";
	// Cadence 14 days: next contact = last contact + 14.
	it.each([
		["2026-11-08", "overdue", "2026-11-22", 1],
		["2026-10-24", "overdue", "2026-11-07", 16],
		["2026-11-09", "due-soon", "2026-11-23", 0],
		["2026-11-15", "due-soon", "2026-11-29", 0],
		["2026-11-16", "ok", "2026-11-30", 0],
		["2026-11-23", "ok", "2026-12-07", 0],
	])("last contact %s is %s (next %s, %i days overdue)", (last, status, next, daysOverdue) => {
		const jane = only(reportOf([person("Jane").cadence(14).lastContact(last)], today));
		expect([jane.status, jane.nextContact, jane.daysOverdue]).toEqual([status, next, daysOverdue]);
	});

	it("is never without any last contact, with no next contact", () => {
		const jane = only(reportOf([person("Jane").cadence(14)], today));
		expect([jane.status, jane.nextContact, jane.daysOverdue, jane.daysSinceContact, jane.lastContact]).toEqual([
			"never",
			null,
			0,
			null,
			null,
		]);
	});

	it.each([
		["the day after today", "2026-11-24", "snoozed"],
		["far ahead, even for someone never contacted", "2027-01-01", "snoozed"],
		["today", "2026-11-23", "overdue"],
		["in the past", "2026-11-01", "overdue"],
	])("snooze-until %s (%s) gives %s", (_name, snooze, status) => {
		const jane = only(reportOf([person("Jane").cadence(14).lastContact("2026-11-01").set("snooze-until", snooze)], today));
		expect(jane.status).toBe(status);
	});

	it("snoozes someone never contacted", () => {
		expect(only(reportOf([person("Jane").set("snooze-until", "2026-11-24")], today)).status).toBe("snoozed");
	});

	it.each([
		[1, "2026-11-09", "due-soon"],
		[1, "2026-11-10", "ok"],
		[10, "2026-11-18", "due-soon"],
		[10, "2026-11-19", "ok"],
	])("dueSoonDays %i: last contact %s is %s", (dueSoonDays, last, status) => {
		const report = reportOf([person("Jane").cadence(14).lastContact(last)], today, settingsWith({ dueSoonDays }));
		expect(only(report).status).toBe(status);
	});

	it("counts calendar days across the US daylight-saving end", () => {
		const jane = only(reportOf([person("Jane").cadence("1w").lastContact("2026-10-28")], "2026-11-05"));
		expect([jane.nextContact, jane.status, jane.daysOverdue, jane.daysSinceContact]).toEqual(["2026-11-04", "overdue", 1, 8]);
		const kiri = only(reportOf([person("Jane").cadence(7).lastContact("1994-12-30")], "1995-01-08"));
		expect([kiri.nextContact, kiri.daysOverdue, kiri.daysSinceContact]).toEqual(["1995-01-06", 2, 9]);
	});
});

describe("follow-up list", () => {
	const today = "2026-11-23";

	it("has a contact item for overdue, never and due-soon stakeholders, none for ok or snoozed", () => {
		const report = reportOf(
			[
				person("Over").cadence(14).lastContact("2026-11-01"),
				person("Never"),
				person("Soon").cadence(14).lastContact("2026-11-12"),
				person("Fine").cadence(14).lastContact("2026-11-20"),
				person("Sleepy").cadence(14).lastContact("2026-11-01").set("snooze-until", "2026-12-01"),
			],
			today,
		);
		expect(report.followUps).toEqual([
			{ kind: "contact", path: "People/Over.md", person: "Over", personPath: "People/Over.md", due: "2026-11-15", text: "Get in touch", overdueDays: 8, influence: null },
			{ kind: "contact", path: "People/Never.md", person: "Never", personPath: "People/Never.md", due: today, text: "Get in touch", overdueDays: 0, influence: null },
			{ kind: "contact", path: "People/Soon.md", person: "Soon", personPath: "People/Soon.md", due: "2026-11-26", text: "Get in touch", overdueDays: 0, influence: null },
		]);
	});

	it("has a follow-up item for every person note with a valid follow-up, snoozed or not", () => {
		const report = reportOf(
			[
				person("Jane").lastContact(today).influence("high").followUp("2026-11-20", "Send the promotion packet"),
				person("Sleepy").lastContact(today).set("snooze-until", "2026-12-01").followUp("2027-01-05"),
				person("Broken").lastContact(today).followUp("next week"),
			],
			today,
		);
		expect(report.followUps).toEqual([
			{ kind: "follow-up", path: "People/Jane.md", person: "Jane", personPath: "People/Jane.md", due: "2026-11-20", text: "Send the promotion packet", overdueDays: 3, influence: "high" },
			{ kind: "follow-up", path: "People/Sleepy.md", person: "Sleepy", personPath: "People/Sleepy.md", due: "2027-01-05", text: "Follow up", overdueDays: 0, influence: null },
		]);
		expect(report.problems.map((p) => p.message)).toEqual(["follow-up: 'next week' is not a date; use YYYY-MM-DD"]);
	});

	it("attributes a 1:1 note's follow-up to the first person it is with", () => {
		const report = reportOf(
			[
				person("Jane Doe").lastContact(today).influence("medium"),
				person("Ann").lastContact(today),
				NoteBuilder.meeting("2026-11-20 Staff", "[[Jane Doe|Jane]]", "[[Ann]]").followUp("2026-11-27", "Share the doc"),
			],
			today,
		);
		expect(report.followUps).toEqual([
			{ kind: "follow-up", path: "1-1/2026-11-20 Staff.md", person: "Jane Doe", personPath: "People/Jane Doe.md", due: "2026-11-27", text: "Share the doc", overdueDays: 0, influence: "medium" },
		]);
	});

	it("keeps a 1:1 follow-up whose person cannot be found, without a person note", () => {
		const report = reportOf([NoteBuilder.meeting("2026-11-20 Sam", "[[People/Sam Roe|Sam]]").followUp("2026-11-21")], today);
		expect(report.followUps).toEqual([
			{ kind: "follow-up", path: "1-1/2026-11-20 Sam.md", person: "Sam", personPath: null, due: "2026-11-21", text: "Follow up", overdueDays: 2, influence: null },
		]);
	});
});

describe("ordering", () => {
	const today = "2026-11-23";

	it("orders stakeholders by status, next contact, influence and name", () => {
		const report = reportOf(
			[
				person("ok-late").cadence(14).lastContact("2026-11-22"),
				person("ok-early").cadence(14).lastContact("2026-11-20"),
				person("snoozed").set("snooze-until", "2026-12-01"),
				person("soon").cadence(14).lastContact("2026-11-12"),
				person("never-none"),
				// An unreadable influence sorts with no influence.
				person("never-huge").influence("huge"),
				person("never-low").influence("low"),
				person("Never-high-b").influence("high"),
				person("never-high-A").influence(5),
				person("over-later").cadence(14).lastContact("2026-11-05"),
				person("over-earlier-low").cadence(14).lastContact("2026-11-01").influence("low"),
				person("over-earlier-high").cadence(14).lastContact("2026-11-01").influence("high"),
			],
			today,
		);
		expect(report.stakeholders.map((s) => s.person)).toEqual([
			"over-earlier-high",
			"over-earlier-low",
			"over-later",
			"never-high-A",
			"Never-high-b",
			"never-low",
			"never-huge",
			"never-none",
			"soon",
			"ok-early",
			"ok-late",
			"snoozed",
		]);
	});

	it("orders names case-insensitively", () => {
		const report = reportOf([person("bob"), person("Alice"), person("carol"), person("Bea")], today);
		expect(report.stakeholders.map((s) => s.person)).toEqual(["Alice", "Bea", "bob", "carol"]);
	});

	it("orders follow-ups by due date, then influence (high first, none last), then name", () => {
		const report = reportOf(
			[
				person("zed").lastContact(today).influence("high").followUp("2026-11-20"),
				person("amy").lastContact(today).followUp("2026-11-20"),
				person("Bo").lastContact(today).influence("low").followUp("2026-11-20"),
				person("al").lastContact(today).influence("low").followUp("2026-11-20"),
				person("early").lastContact(today).followUp("2026-11-01"),
				person("never-medium").influence("medium"),
				person("Never-medium-b").influence("medium"),
			],
			today,
		);
		expect(report.followUps.map((f) => `${f.due} ${f.person}`)).toEqual([
			"2026-11-01 early",
			"2026-11-20 zed",
			"2026-11-20 al",
			"2026-11-20 Bo",
			"2026-11-20 amy",
			"2026-11-23 never-medium",
			"2026-11-23 Never-medium-b",
		]);
	});

	it("does not depend on the order the notes come in", () => {
		const notes = [
			person("A").cadence(14).lastContact("2026-11-01").followUp("2026-11-30"),
			person("B"),
			person("C").influence("high").followUp("2026-11-30"),
			NoteBuilder.meeting("2026-11-10 A", "[[A]]").followUp("2026-11-30"),
			NoteBuilder.meeting("2026-11-11 Z", "[[Zed]]"),
			person("D").lastContact("2026-13-45"),
		];
		const forward = reportOf(notes, today);
		const backward = reportOf([...notes].reverse(), today);
		expect(backward).toEqual(forward);
	});
});

describe("link resolution", () => {
	describe("pathResolver", () => {
		const resolve = pathResolver([
			"People/Jane Doe.md",
			"Archive/Old/People/Jane Doe.md",
			"Ann.md",
			"People/Ann.md",
			"B/x.md",
			"A/x.md",
			"Pictures/Jane Doe.png",
			"People/Zoe\u0308 Ma\u0301rquez.md",
		]);
		it.each([
			["Jane Doe", "People/Jane Doe.md"],
			["jane doe", "People/Jane Doe.md"],
			["JANE DOE.md", "People/Jane Doe.md"],
			["Ann", "Ann.md"],
			["People/Ann", "People/Ann.md"],
			["people/ann", "People/Ann.md"],
			["/People/Ann", "People/Ann.md"],
			["Old/People/Jane Doe", "Archive/Old/People/Jane Doe.md"],
			["Archive/Old/People/Jane Doe", "Archive/Old/People/Jane Doe.md"],
			["x", "A/x.md"],
			["ople/Ann", null],
			["Nobody", null],
			["", null],
			["Jane Doe.png", null],
			// macOS file names are decomposed; links typed in a note are composed.
			["Zo\u00eb M\u00e1rquez", "People/Zoe\u0308 Ma\u0301rquez.md"],
			["people/ZO\u00cb m\u00e1rquez", "People/Zoe\u0308 Ma\u0301rquez.md"],
		])("%j resolves to %j", (link, expected) => {
			expect(resolve(link, "1-1/note.md")).toBe(expected);
		});
	});

	const today = "2026-11-23";

	it("matches a display name whatever the Unicode form it was written in", () => {
		const report = reportOf([person("Zoe\u0308 Ma\u0301rquez"), NoteBuilder.meeting("2026-11-20 Zoe", "Zo\u00eb M\u00e1rquez")], today, DEFAULT_CORE_SETTINGS);
		expect(report.problems).toEqual([]);
		expect(report.stakeholders[0]?.lastContact).toBe("2026-11-20");
	});

	it("finds a name written as one word, as meeting tools write attendees (JohnSmith, john.smith, john_smith, @MaryJane-Watson)", () => {
		const attendees = (date: string, names: string[]): NoteBuilder => NoteBuilder.note(`Meetings/${date} Sync.md`).set("attendees", names);
		const report = reportOf(
			[
				person("John Smith"),
				person("Mary-Jane Watson"),
				person("Jane Doe"),
				attendees("2026-11-02", ["JohnSmith"]),
				attendees("2026-11-03", ["john.smith"]),
				attendees("2026-11-04", ["john_smith", "MaryJaneWatson", "Mary Jane Watson"]),
			],
			today,
		);
		expect(stakeholder(report, "John Smith").meetings.map((m) => m.date)).toEqual(["2026-11-04", "2026-11-03", "2026-11-02"]);
		expect(stakeholder(report, "Mary-Jane Watson").lastContact).toBe("2026-11-04");
		expect(report.withoutNote).toEqual([]);
	});

	it("finds attendees written as calendars export them: an e-mail address, a name with its address", () => {
		const attendees = (date: string, names: string[]): NoteBuilder => NoteBuilder.note(`Meetings/${date} Sync.md`).set("attendees", names);
		const report = reportOf(
			[
				person("Jane Doe"),
				person("Bo Chen"),
				attendees("2026-11-02", ["jane.doe@acme.com"]),
				attendees("2026-11-03", ["Bo Chen <bo@acme.com>", '"Ana Lima" <ana.lima@acme.com>', "<sam@acme.com>"]),
				attendees("2026-11-04", ["jdoe@acme.com"]),
			],
			today,
		);
		expect(stakeholder(report, "Jane Doe").lastContact).toBe("2026-11-02");
		expect(stakeholder(report, "Bo Chen").lastContact).toBe("2026-11-03");
		expect(report.withoutNote.map((u) => u.name).sort()).toEqual(["Ana Lima", "jdoe@acme.com", "sam@acme.com"]);
	});

	it("reads `Doe, Jane; Chen, Bo` (semicolons between names, each last name first) as two people, and finds them", () => {
		const report = reportOf(
			[
				person("Jane Doe"),
				NoteBuilder.note("Meetings/2026-11-05 Sync.md").set("attendees", "Doe, Jane; Chen, Bo"),
				NoteBuilder.note("Meetings/2026-11-06 Sync.md").set("participants", "Lior, Bilal"),
				NoteBuilder.note("Meetings/2026-11-07 Sync.md").set("participants", "[[Jane Doe]]; Sam, Ann"),
			],
			today,
		);
		expect(stakeholder(report, "Jane Doe").meetings.map((m) => m.date)).toEqual(["2026-11-07", "2026-11-05"]);
		expect(report.withoutNote.map((u) => u.name).sort()).toEqual(["Bilal", "Chen, Bo", "Lior", "Sam, Ann"]);
	});

	it("finds a person written with a word about them, as minutes list people, and lists one without a note by their name alone", () => {
		const report = reportOf(
			[
				person("Jane Doe"),
				person("Bo Li"),
				person("Sam Ortiz"),
				person("Q4567 - Sarah Johnson"),
				NoteBuilder.note("Meetings/2026-11-05 Review.md").set("attendees", "Jane Doe (PM), Bo Li - Backend, Jordan Blake (Fabrikam, security)"),
				NoteBuilder.note("Meetings/2026-11-06 Sync.md").set("attendees", ["Chair: Sam Ortiz", "[[Bo Li]] (Contoso)", "Scribe: Kai Wu - Ops", "Q4567 - Sarah Johnson", "Q1234 - Ana", "Jane Doe's team (all)"]),
			],
			today,
		);
		expect(stakeholder(report, "Jane Doe").lastContact).toBe("2026-11-05");
		expect(stakeholder(report, "Bo Li").lastContact).toBe("2026-11-06");
		expect(stakeholder(report, "Sam Ortiz").lastContact).toBe("2026-11-06");
		// A file name with a dash (`Q4567 - Sarah Johnson`) is a name as written, found so or listed so.
		expect(stakeholder(report, "Q4567 - Sarah Johnson").lastContact).toBe("2026-11-06");
		expect(report.withoutNote.map((u) => u.name).sort()).toEqual(["Jane Doe's team", "Jordan Blake", "Kai Wu", "Q1234 - Ana"]);
	});

	it("takes a link to no note among a meeting's people for the person its name says, but leaves a `with` link to no note a problem", () => {
		const report = reportOf(
			[
				person("Sarah Johnson"),
				person("Jane Doe"),
				NoteBuilder.note("Daily/2026-11-05 Log.md").set("attendees", ["[[Sarah Johnson - Tech Lead]]"]),
				NoteBuilder.meeting("2026-11-06 Jane Doe", "[[Jane Doe (former)]]"),
			],
			today,
		);
		expect(stakeholder(report, "Sarah Johnson").lastContact).toBe("2026-11-05");
		expect(stakeholder(report, "Jane Doe").lastContact).toBeNull();
		expect(report.problems.map((p) => p.message)).toEqual([expect.stringContaining("'[[Jane Doe (former)]]' does not match any person note")]);
	});

	it("reads `and` and `&` between two names as two people, and keeps a name with them otherwise", () => {
		const report = reportOf(
			[person("Jane Doe"), person("Bo Chen"), NoteBuilder.note("Meetings/2026-11-05 Sync.md").set("attendees", "Jane Doe and Bo Chen, Kai & Ana, Brandon & Priscilla Dodsworth, R & D")],
			today,
		);
		expect(stakeholder(report, "Jane Doe").lastContact).toBe("2026-11-05");
		expect(stakeholder(report, "Bo Chen").lastContact).toBe("2026-11-05");
		// A first name beside a full one may share its last name (a couple): as written.
		expect(report.withoutNote.map((u) => u.name).sort()).toEqual(["Ana", "Brandon & Priscilla Dodsworth", "Kai", "R & D"]);
	});

	it("reads the labels minutes put before people: a role's name is theirs, an absence's people took no part", () => {
		const report = reportOf(
			[
				person("Jane Doe"),
				person("Bo Li"),
				NoteBuilder.note("Meetings/2026-11-05 Review.md").set("attendees", ["**Organizer:** Jane Doe", "Required: Kai Wu, Ana Lima", "**Absent:** Bo Li, Sam Ortiz", "Apologies: Tom Berg"]),
			],
			today,
		);
		expect(stakeholder(report, "Jane Doe").lastContact).toBe("2026-11-05");
		expect(stakeholder(report, "Bo Li").lastContact).toBeNull();
		expect(report.withoutNote.map((u) => u.name).sort()).toEqual(["Ana Lima", "Kai Wu"]);
	});

	it("takes `You` for you and reads a name without its emphasis, as a template lists the attendees (`- _You!_`, `- **Bo Li**`)", () => {
		const report = reportOf([person("Bo Li"), NoteBuilder.note("Meetings/2026-11-05 Sync.md").set("attendees", ["_You!_", "**Bo Li**", "__Kai Wu__"])], today);
		expect(stakeholder(report, "Bo Li").lastContact).toBe("2026-11-05");
		expect(report.withoutNote.map((u) => u.name)).toEqual(["Kai Wu"]);
	});

	it("a first name alone, or a link Obsidian left unresolved, is not found by a name written as one word", () => {
		const report = reportOf(
			[person("Jane Doe"), NoteBuilder.note("Meetings/2026-11-02 Sync.md").set("attendees", ["Jane", "[[JaneDoe]]", "JaneDo"])],
			today,
		);
		expect(stakeholder(report, "Jane Doe").lastContact).toBeNull();
		expect(report.withoutNote.map((u) => u.name).sort()).toEqual(["Jane", "JaneDo", "JaneDoe"]);
	});

	it("a link to a note that is no one's (a project, a team, an archived copy) names no one without a note; a plain name does", () => {
		const report = reportOf(
			[
				person("Jane Doe"),
				NoteBuilder.note("Projects/Atlas.md").set("type", "project"),
				NoteBuilder.note("Teams/Platform Team.md").set("type", "team"),
				NoteBuilder.note("Archive/Mark Old.md").set("type", "person"),
				NoteBuilder.note("Meetings/2026-11-02 Sync.md").set("attendees", ["[[Jane Doe]]", "[[Atlas]]", "[[Platform Team|the platform team]]", "[[Mark Old]]", "Atlas", "[[Bob Stone]]"]),
			],
			today,
		);
		expect(stakeholder(report, "Jane Doe").lastContact).toBe("2026-11-02");
		expect(report.stakeholders.map((s) => s.person)).toEqual(["Jane Doe"]);
		// `[[Bob Stone]]` finds no note: he is someone without one yet, as is the plain `Atlas`.
		expect(report.withoutNote.map((u) => u.name).sort()).toEqual(["Atlas", "Bob Stone"]);
	});

	it("resolves with and reports-to links by path, case-insensitively", () => {
		const report = reportOf(
			[
				person("Jane Doe").set("reports-to", "[[people/ann lee|Ann]]"),
				person("Ann Lee"),
				NoteBuilder.meeting("2026-11-20 Jane", "[[jane doe]]"),
			],
			today,
		);
		expect(stakeholder(report, "Jane Doe")).toMatchObject({ lastContact: "2026-11-20", reportsToPath: "People/Ann Lee.md" });
		expect(report.problems).toEqual([]);
	});

	it("resolves a folder-qualified link to that folder's note", () => {
		const report = reportOf(
			[person("Jane Doe"), NoteBuilder.person("Jane Doe", "Team").set("person", "Jane D."), NoteBuilder.meeting("2026-11-20 x", "[[Team/Jane Doe]]")],
			today,
		);
		expect(stakeholder(report, "Jane D.").lastContact).toBe("2026-11-20");
		expect(stakeholder(report, "Jane Doe").lastContact).toBeNull();
	});

	it("falls back to a stakeholder whose person equals the link text", () => {
		const report = reportOf(
			[
				NoteBuilder.note("People/jdoe.md").set("person", "Jane Doe").set("manager", "Ann Lee"),
				NoteBuilder.note("People/alee.md").set("person", "Ann Lee"),
				NoteBuilder.meeting("2026-11-20 Jane", "[[Jane Doe]]"),
			],
			today,
		);
		expect(stakeholder(report, "Jane Doe")).toMatchObject({ lastContact: "2026-11-20", reportsToPath: "People/alee.md" });
	});

	it("falls back by name when the link finds a note that is not a stakeholder", () => {
		const report = reportOf(
			[NoteBuilder.note("People/jdoe.md").set("person", "Jane Doe"), NoteBuilder.meeting("2026-11-20 Jane", "[[Jane Doe]]")],
			today,
			DEFAULT_CORE_SETTINGS,
			["Projects/Jane Doe.md"],
		);
		expect(only(report).lastContact).toBe("2026-11-20");
	});

	it("makes an unresolved with a problem, and still counts the people it finds", () => {
		const report = reportOf([person("Jane"), NoteBuilder.meeting("2026-11-20 Staff", "[[Jane]]", "[[Nobody|Nobody at all]]", "Sam")], today);
		expect(only(report).lastContact).toBe("2026-11-20");
		expect(report.problems).toEqual([
			{
				path: "1-1/2026-11-20 Staff.md",
				key: "with",
				value: "[[Nobody|Nobody at all]]",
				message: "with: '[[Nobody|Nobody at all]]' does not match any person note; fix the link or add person: to that note",
			},
			{
				path: "1-1/2026-11-20 Staff.md",
				key: "with",
				value: "Sam",
				message: "with: 'Sam' does not match any person note; fix the link or add person: to that note",
			},
		]);
	});

	// Issue 13: a manager who finds no one breaks the org chart there, so it is said (it was silent before).
	it("leaves reports-to unresolved, with a problem, when it names someone who has no note", () => {
		const report = reportOf([person("Jane").set("reports-to", "The CEO")], today);
		expect(only(report).reportsToPath).toBeNull();
		expect(report.problems.map((p) => p.message)).toEqual(["reports-to: 'The CEO' matches no person note's name or alias; create their note to see them in your org"]);
	});
});

describe("problems", () => {
	it("collects every note's problems, ordered by path", () => {
		const settings = DEFAULT_CORE_SETTINGS;
		const readings = [
			readNote("People/b.md", { person: "B", influence: "huge" }, settings),
			readNote("Broken.md", ["not", "a", "map"], settings),
			readNote("People/a.md", { person: "A", "last-contact": "2026-13-45", cadence: "often" }, settings),
		];
		const report = buildReport(readings, pathResolver([]), settings, "2026-11-23");
		expect(report.problems.map((p) => [p.path, p.key])).toEqual([
			["Broken.md", null],
			["People/a.md", "last-contact"],
			["People/a.md", "cadence"],
			["People/b.md", "influence"],
		]);
		expect(report.stakeholders.map((s) => s.person)).toEqual(["A", "B"]);
	});
});

describe("dates after today (issue 10, item 11)", () => {
	it("a last-contact after today is a problem and does not count, as a 1:1 note dated after today does not", () => {
		const report = reportOf(
			[person("Jane Doe").lastContact("2026-12-25"), person("Sam Lee"), NoteBuilder.meeting("2026-12-01 Sam", "[[Sam Lee]]")],
			"2026-11-23",
		);
		expect(stakeholder(report, "Jane Doe")).toMatchObject({ lastContact: null, ownLastContact: "2026-12-25", status: "never" });
		expect(stakeholder(report, "Sam Lee")).toMatchObject({ lastContact: null, status: "never" });
		expect(report.problems).toEqual([
			{
				path: "People/Jane Doe.md",
				key: "last-contact",
				value: "2026-12-25",
				message: "last-contact: '2026-12-25' is after today; write the date of your last real conversation (a planned one is a follow-up)",
			},
		]);
		// On the day itself it counts, and the problem is gone.
		const later = reportOf([person("Jane Doe").lastContact("2026-12-25")], "2026-12-25");
		expect([stakeholder(later, "Jane Doe").lastContact, later.problems]).toEqual(["2026-12-25", []]);
	});
});
