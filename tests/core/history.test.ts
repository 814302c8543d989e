import { describe, expect, it } from "vitest";
import { readVault, vaultReport } from "../../src/cli/vault";
import { meetingOf } from "../../src/core/read";
import { compareEntries, meetingKind, personHistory, summaryOf, type HistoryEntry } from "../../src/core/history";
import { buildHistoryModel } from "../../src/core/viewmodel/history";
import { createHistoryHost } from "../../src/obsidian/history-view";
import { App } from "../mock/obsidian";
import { cli, fixture, parseJson, repoRoot } from "../cli/helpers";
import { makeIndex, obsidianApp, vaultFiles } from "../obsidian/helpers";
import { join } from "node:path";
import type { MeetingRecord } from "../../src/core/types";
import { commitmentsByPerson } from "../../src/core/commitments";
import { pathResolver } from "../../src/core";
import { commitmentEntries } from "../../src/core/history-commitments";

/**
 * The fixture person Jane Doe (tests/fixtures/vault-history) has every kind of history: 1:1
 * notes (one dated by a date-time on the US daylight-saving end), group meetings (one naming her
 * by alias), a review about her, logged contacts in contact-history and last-contact, follow-ups
 * done on her note and on a 1:1, a follow-up sent, open follow-ups and an undated 1:1 note. The
 * history must equal what those notes say in the core, the CLI and the plugin, in each of the
 * core projects' time zones.
 */

const TODAY = "2026-11-23";
const JANE = "People/Jane Doe.md";
const VAULT = fixture("vault-history");

/** A task's text that must stay text in every summary. */
const HOSTILE = "Intro me to <img src=x onerror=alert(1)>";

const entry = (date: string | null, kind: HistoryEntry["kind"], path: string, summary: string): HistoryEntry => ({ date, kind, path, summary });

/** What the notes say, written out by hand from them. */
const EXPECTED: HistoryEntry[] = [
	entry("2026-12-01", "follow-up", "1-1s/2026-10-18 Jane Doe.md", "<img src=x onerror=alert(1)> revisit the promotion case"),
	entry("2026-11-30", "follow-up", JANE, "Send the promo packet"),
	entry("2026-11-20", "one-on-one", "1-1s/2026-11-20 Jane Doe.md", "Jane Doe"),
	entry("2026-11-20", "commitment-made", "1-1s/2026-11-20 Jane Doe.md", "I owe: Book the venue (due 2026-12-05)"),
	entry("2026-11-20", "contact", JANE, "Last contact"),
	entry("2026-11-10", "meeting", "Meetings/2026-11-10 Staff sync.md", "Staff sync"),
	entry("2026-11-05", "follow-up-done", "1-1s/2026-11-02 Jane Doe.md", "Book the offsite (due 2026-11-04)"),
	entry("2026-11-03", "follow-up-sent", "1-1s/2026-11-02 Jane Doe.md", "Jane Doe"),
	entry("2026-11-03", "commitment-kept", "1-1s/2026-11-02 Jane Doe.md", "Jane kept: Review my promo doc (late, due 2026-10-30)"),
	entry("2026-11-02", "one-on-one", "1-1s/2026-11-02 Jane Doe.md", "Jane Doe"),
	entry("2026-11-02", "commitment-made", "1-1s/2026-11-02 Jane Doe.md", "I owe: Plan the team offsite"),
	entry("2026-11-01", "one-on-one", "1-1s/2026-11-01 Jane Doe.md", "Jane Doe"),
	entry("2026-11-01", "commitment-made", "1-1s/2026-11-01 Jane Doe.md", "Jane owes: Share the org chart"),
	entry("2026-11-01", "commitment-kept", "1-1s/2026-11-01 Jane Doe.md", `Jane kept: ${HOSTILE} the VP (on time, due 2026-11-01)`),
	entry("2026-11-01", "commitment-kept", "1-1s/2026-11-01 Jane Doe.md", "Jane kept: Share the org chart"),
	entry("2026-10-28", "meeting", "Meetings/2026-10-28 Planning.md", "Planning"),
	entry("2026-10-25", "commitment-missed", "1-1s/2026-11-20 Jane Doe.md", "I missed: Send the deck (due 2026-10-25, still open, carried over 2 times)"),
	entry("2026-10-20", "follow-up-done", JANE, "Share the roadmap (due 2026-10-18)"),
	entry("2026-10-19", "commitment-kept", "1-1s/2026-10-18 Jane Doe.md", "I kept: Draft the budget (on time, due 2026-10-20)"),
	entry("2026-10-18", "one-on-one", "1-1s/2026-10-18 Jane Doe.md", "Jane Doe"),
	entry("2026-10-18", "commitment-made", "1-1s/2026-10-18 Jane Doe.md", "I owe: Draft the budget (due 2026-10-20)"),
	entry("2026-10-18", "commitment-made", "1-1s/2026-10-18 Jane Doe.md", "I owe: Send the deck (due 2026-10-25)"),
	entry("2026-10-18", "commitment-made", "1-1s/2026-10-18 Jane Doe.md", `Jane owes: ${HOSTILE} the VP (due 2026-11-01)`),
	entry("2026-10-18", "commitment-made", "1-1s/2026-10-18 Jane Doe.md", "Jane owes: Review my promo doc (due 2026-10-30)"),
	entry("2026-10-05", "contact", JANE, "Contact logged"),
	entry("2026-09-30", "interaction", "Reviews/2026-09-30 Jane review.md", "Jane review"),
	entry("2026-09-15", "contact", JANE, "Contact logged"),
	entry(null, "one-on-one", "1-1s/Jane Doe, undated.md", "Jane Doe, undated"),
	// Agreed: owed both ways; cancelled, so made and nothing more.
	entry(null, "commitment-made", "1-1s/Jane Doe, undated.md", "I owe: Move our 1:1 to Fridays"),
	entry(null, "commitment-made", "1-1s/Jane Doe, undated.md", "Jane owes: Move our 1:1 to Fridays"),
];

describe("Jane Doe's history equals what her notes say", () => {
	it("in the core", () => {
		const vault = readVault(VAULT, repoRoot);
		const report = vaultReport(vault, TODAY);
		const jane = report.stakeholders.find((s) => s.path === JANE);
		if (jane === undefined) throw new Error("no Jane");
		const meetings = new Map(vault.readings.map((r) => [r.record?.path, meetingOf(r)]));
		const ledger = commitmentsByPerson(vault.readings, pathResolver(vault.paths), vault.core, TODAY).get(JANE) ?? null;
		const history = personHistory(jane, (path) => meetings.get(path) ?? null, commitmentEntries(ledger, TODAY));
		expect(history.person).toBe("Jane Doe");
		expect(history.entries).toEqual(EXPECTED);
		// Malformed items are problems with a sentence, and the notes keep them.
		const messages = report.problems.filter((p) => p.path === JANE).map((p) => p.message);
		expect(messages).toEqual([
			"contact-history: 'next week' is not a date; use YYYY-MM-DD; the list keeps it as written",
			"follow-ups-done: 'sometime in October' does not start with the day it was done; write YYYY-MM-DD: what it was; the list keeps it as written",
		]);
	});

	it("in the CLI, by name, alias or path", async () => {
		for (const person of ["Jane Doe", "jd", "People/Jane Doe.md"]) {
			const { code, stdout } = await cli(["history", person, VAULT, "--today", TODAY, "--json"]);
			expect(code).toBe(0);
			expect(parseJson(stdout)).toEqual({ person: "Jane Doe", path: JANE, entries: EXPECTED });
		}
	});

	it("in the plugin, through the mock", async () => {
		const app = await App.withFiles(vaultFiles(join(repoRoot, VAULT)));
		app.workspace.triggerLayoutReady();
		const { index } = makeIndex(app);
		const real = obsidianApp(app);
		const host = createHistoryHost({ index, vault: real.vault, workspace: real.workspace, today: () => TODAY });
		// The 1:1 notes' tasks are read after the first paint.
		await index.tasksRead;
		expect(host.history(JANE, TODAY)?.entries).toEqual(EXPECTED);
		expect(host.history("Meetings/2026-11-10 Staff sync.md", TODAY)).toBeNull();
	});

	it("in the plugin, after a commitment is checked: missed becomes kept late, in that note", async () => {
		const app = await App.withFiles(vaultFiles(join(repoRoot, VAULT)));
		app.workspace.triggerLayoutReady();
		const { index } = makeIndex(app);
		const real = obsidianApp(app);
		const host = createHistoryHost({ index, vault: real.vault, workspace: real.workspace, today: () => TODAY });
		await index.tasksRead;
		const note = app.vault.getFileByPath("1-1s/2026-11-20 Jane Doe.md");
		if (note === null) throw new Error("no 1:1 note");
		const text = app.vault.readSync(note);
		await app.vault.modify(note, text.replace("- [ ] Send the deck 📅 2026-10-25", "- [x] Send the deck 📅 2026-10-25 ✅ 2026-11-21"));
		const commitments = host.history(JANE, TODAY)?.entries.filter((e) => e.summary.includes("Send the deck"));
		expect(commitments).toEqual([
			entry("2026-11-21", "commitment-kept", "1-1s/2026-11-20 Jane Doe.md", "I kept: Send the deck (late, due 2026-10-25)"),
			entry("2026-10-18", "commitment-made", "1-1s/2026-10-18 Jane Doe.md", "I owe: Send the deck (due 2026-10-25)"),
		]);
	});
});

describe("the order of a history", () => {
	it("puts the notes of a day before what was done about them, then follow-ups, then contacts; then by path", () => {
		const day = "2026-11-02";
		const shuffled = [
			entry(day, "contact", "b.md", "Last contact"),
			entry(day, "follow-up", "a.md", "x"),
			entry(day, "follow-up-done", "a.md", "y"),
			entry(day, "one-on-one", "b.md", "B"),
			entry(null, "one-on-one", "z.md", "Z"),
			entry(day, "one-on-one", "a.md", "A"),
			entry("2026-11-03", "contact", "a.md", "Contact logged"),
			entry(null, "meeting", "a.md", "M"),
		];
		expect([...shuffled].sort(compareEntries).map((e) => `${e.date ?? "-"} ${e.kind} ${e.path}`)).toEqual([
			"2026-11-03 contact a.md",
			"2026-11-02 one-on-one a.md",
			"2026-11-02 one-on-one b.md",
			"2026-11-02 follow-up-done a.md",
			"2026-11-02 follow-up a.md",
			"2026-11-02 contact b.md",
			"- one-on-one z.md",
			"- meeting a.md",
		]);
	});

	it.each([
		["2026-11-02 Jane Doe", "Jane Doe"],
		["2026-11-02 - Weekly", "Weekly"],
		["2026-11-02", "2026-11-02"],
		["Weekly 2026-11-02", "Weekly 2026-11-02"],
	])("a meeting titled %j is summed up as %j", (title, summary) => {
		expect(summaryOf(title)).toBe(summary);
	});

	it("tells a 1:1 from a meeting of several and a note about the person", () => {
		const ref = (target: string) => ({ target, alias: null, isLink: true });
		const meeting = (foundBy: string, people: string[]): MeetingRecord => ({
			kind: "meeting",
			path: "m.md",
			title: "m",
			with: [],
			attendees: people.map(ref),
			foundBy,
			date: null,
			followUp: null,
			followUpNote: null,
			followUpsDone: [],
			followUpSent: null,
		});
		expect(meetingKind(meeting("with", ["Jane"]))).toBe("one-on-one");
		expect(meetingKind(meeting("attendees", ["Jane", "jane", "Jane.md"]))).toBe("one-on-one");
		expect(meetingKind(meeting("attendees", ["Jane", "Sam"]))).toBe("meeting");
		expect(meetingKind(meeting("person", ["Jane"]))).toBe("interaction");
	});
});

describe("the history view's model", () => {
	it("groups by month, says how long ago, and marks what is still ahead", () => {
		const model = buildHistoryModel({ person: "Jane Doe", path: JANE, entries: EXPECTED }, TODAY);
		expect(model.groups.map((g) => [g.heading, g.rows.length])).toEqual([
			["December 2026", 1],
			["November 2026", 14],
			["October 2026", 10],
			["September 2026", 2],
			["No date", 3],
		]);
		const first = model.groups[0]?.rows[0];
		expect(first).toMatchObject({ dayText: "Dec 1", whenText: "in 8 days", upcoming: true, kindLabel: "Follow-up due" });
		expect(model.groups[1]?.rows[1]).toMatchObject({ dayText: "Nov 20", whenText: "3 days ago", upcoming: false, kindLabel: "1:1" });
		const missed = model.groups[2]?.rows[1];
		expect(missed).toMatchObject({ dayText: "Oct 25", whenText: "29 days ago", upcoming: false, kindLabel: "Commitment missed" });
		expect(model.summary).toBe("30 entries · 8 notes · latest 3 days ago");
		expect(model.empty).toBeNull();
	});

	it("teaches what to do when there are no 1:1 notes yet", () => {
		const model = buildHistoryModel({ person: "Ann", path: "People/Ann.md", entries: [] }, TODAY);
		expect(model.empty).toEqual({ text: "No 1:1 notes with Ann yet", action: "new-agenda" });
		expect(buildHistoryModel(null, TODAY).empty?.text).toMatch(/^Open a person note/);
	});
});
