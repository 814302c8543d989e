import { personHistory, type HistoryEntry, type PersonHistory } from "../../src/core/history";
import { meetingOf } from "../../src/core/read";
import { buildHistoryModel, type HistoryModel } from "../../src/core/viewmodel/history";
import { readingsOfNotes, reportOfNotes } from "../core/builder";

/** A person with every kind of history, as frontmatter (the browser reads no files): tests/fixtures/vault-history in short. */
export const HISTORY_NOTES: Record<string, Record<string, unknown>> = {
	"People/Jane Doe.md": {
		person: "Jane Doe",
		relationship: "manager",
		influence: "high",
		"last-contact": "2026-11-20",
		"contact-history": ["2026-09-15", "2026-10-05"],
		"follow-up": "2026-11-30",
		"follow-up-note": "Send the promo packet",
		"follow-ups-done": ["2026-10-20: Share the roadmap (due 2026-10-18)"],
	},
	"People/Sam Lee.md": { person: "Sam Lee" },
	"People/Ann Park.md": { person: "Ann Park" },
	"1-1s/2026-11-20 Jane Doe.md": { with: "[[Jane Doe]]", date: "2026-11-20" },
	"1-1s/2026-11-02 Jane Doe.md": {
		with: "[[Jane Doe]]",
		date: "2026-11-02",
		"follow-up-sent": "2026-11-03",
		"follow-ups-done": ["2026-11-05: Book the offsite (due 2026-11-04)"],
	},
	"1-1s/2026-10-18 Jane Doe.md": {
		with: "[[Jane Doe]]",
		date: "2026-10-18",
		"follow-up": "2026-12-01",
		"follow-up-note": "<img src=x onerror=alert(1)> revisit the promotion case with a very long sentence that wraps",
	},
	"Meetings/2026-11-10 Staff sync with platform, data and infrastructure leads.md": { attendees: ["[[Jane Doe]]", "[[Sam Lee]]"] },
	"Reviews/2026-09-30 Jane review.md": { person: "[[Jane Doe]]", date: "2026-09-30" },
	"1-1s/Jane Doe, undated.md": { with: "[[Jane Doe]]" },
};

/** Jane's commitments as history-commitments.ts words them (the browser reads no task text): hostile, long, each kind. */
export const HISTORY_COMMITMENTS: HistoryEntry[] = [
	{ date: "2026-11-20", kind: "commitment-made", path: "1-1s/2026-11-20 Jane Doe.md", summary: "I owe: Book the venue for the platform, data and infrastructure offsite (due 2026-12-05)" },
	{ date: "2026-11-03", kind: "commitment-kept", path: "1-1s/2026-11-02 Jane Doe.md", summary: "Jane kept: Review my promo doc (late, due 2026-10-30)" },
	{ date: "2026-10-25", kind: "commitment-missed", path: "1-1s/2026-11-20 Jane Doe.md", summary: "I missed: Send the deck (due 2026-10-25, still open, carried over 2 times)" },
	{ date: "2026-10-18", kind: "commitment-made", path: "1-1s/2026-10-18 Jane Doe.md", summary: "Jane owes: Intro me to <img src=x onerror=alert(1)> the VP (due 2026-11-01)" },
];

/** historyModelOf is the history view's model of one person of HISTORY_NOTES, as the plugin builds it. */
export function historyModelOf(path: string, today: string): { history: PersonHistory; model: HistoryModel } {
	const report = reportOfNotes(HISTORY_NOTES, today);
	const meetings = new Map(readingsOfNotes(HISTORY_NOTES).map((r) => [r.record?.path, meetingOf(r)]));
	const person = report.stakeholders.find((s) => s.path === path);
	if (person === undefined) throw new Error(`no person ${path}`);
	const history = personHistory(person, (p) => meetings.get(p) ?? null, path === "People/Jane Doe.md" ? HISTORY_COMMITMENTS : []);
	return { history, model: buildHistoryModel(history, today) };
}
