import type { Commitment, Report } from "../types";
import { NO_DATE_AGREED, commitmentFlags, dueBucketOf, plural } from "../words";
import { dueText } from "./follow-ups";
import { BUCKET_TONES } from "./tone";
import { COMMITMENT_PAGE, type CommitmentGroup, type CommitmentRow, type CommitmentSection, type DashboardOptions } from "./types";

/** The dashboard's commitments: what I owe and what they owe, each in due order (overdue first), one page at a time. */

/** commitmentKey is a commitment's stable key across redraws: who owes it, and where it is (one task owed to several people is one row). */
export function commitmentKey(c: Commitment): string {
	return `${c.owner}:${c.path}:${c.line}`;
}

/** A task as the lists show it: the commitment, and everyone it is owed to or by (a group meeting's task is each of its people's). */
export interface CommitmentTask {
	item: Commitment;
	people: string[];
}

/**
 * commitmentTasks are the report's commitments one task each, in the report's order: the same
 * line owed the same way to several people (`@me` in a team meeting) is one task naming them all,
 * so that *Done* on it is not seen to check off the others.
 */
export function commitmentTasks(commitments: readonly Commitment[]): CommitmentTask[] {
	const tasks = new Map<string, CommitmentTask>();
	for (const c of commitments) {
		const key = commitmentKey(c);
		const task = tasks.get(key);
		if (task === undefined) tasks.set(key, { item: c, people: [c.person] });
		else if (!task.people.includes(c.person)) task.people.push(c.person);
	}
	return [...tasks.values()];
}

/** commitmentWhen says when a commitment is due ("overdue by 11 days", "due in 3 days"), or "no date agreed". */
export function commitmentWhen(c: Commitment, today: string): string {
	return c.due === null ? NO_DATE_AGREED : `${dueText(c.due, today)} (${c.due})`;
}

/** commitmentAge says how long a commitment has been open: "open 47 days", "made today"; empty when its note has no date. */
export function commitmentAge(c: Commitment): string {
	if (c.ageDays === null) return "";
	return c.ageDays <= 0 ? "made today" : `open ${plural(c.ageDays, "day")}`;
}

function commitmentRow({ item: c, people }: CommitmentTask, report: Report, bucketOf: (due: string) => keyof typeof BUCKET_TONES): CommitmentRow {
	return {
		key: commitmentKey(c),
		item: c,
		text: c.text,
		person: people.join(", "),
		dueText: commitmentWhen(c, report.today),
		tone: c.due === null ? "muted" : BUCKET_TONES[bucketOf(c.due)],
		ageText: commitmentAge(c),
		carriedText: c.carriedOver > 0 ? `carried over ${plural(c.carriedOver, "time")}` : null,
		// "no date agreed" is already the row's due text.
		flags: commitmentFlags(c).filter((flag) => flag !== NO_DATE_AGREED),
	};
}

/** buildCommitments sorts the report's commitments into "I owe" and "They owe" and builds the rows of the first pages. */
export function buildCommitments(report: Report, options: DashboardOptions): CommitmentSection {
	const limit = options.commitmentLimit ?? COMMITMENT_PAGE;
	const bucketOf = dueBucketOf(report.today, options.dueSoonDays ?? 7);
	const groups: CommitmentGroup[] = [
		{ id: "me", heading: "I owe", count: 0, rows: [] },
		{ id: "them", heading: "They owe", count: 0, rows: [] },
	];
	let built = 0;
	let overdue = 0;
	const tasks = commitmentTasks(report.commitments);
	// Mine first, then theirs; each in the report's due order, so overdue come first.
	for (const group of groups) {
		for (const task of tasks) {
			if (task.item.owner !== group.id) continue;
			group.count++;
			if (task.item.overdueDays > 0) overdue++;
			if (built >= limit) continue;
			built++;
			group.rows.push(commitmentRow(task, report, bucketOf));
		}
	}
	const total = tasks.length;
	return { groups: groups.filter((g) => g.count > 0), total, overdue, hidden: total - built, more: Math.min(total - built, COMMITMENT_PAGE) };
}

/** openCommitmentsText says how many commitments are open with one person: "3 open commitments: I owe 2, they owe 1"; null for none. */
export function openCommitmentsText(counts: { me: number; them: number } | undefined): string | null {
	if (counts === undefined || counts.me + counts.them === 0) return null;
	return `${plural(counts.me + counts.them, "open commitment")}: I owe ${counts.me}, they owe ${counts.them}`;
}

/** commitmentCounts counts each person's open commitments both ways, by their note's path. */
export function commitmentCounts(report: Report): Map<string, { me: number; them: number }> {
	const counts = new Map<string, { me: number; them: number }>();
	for (const c of report.commitments) {
		if (c.personPath === null) continue;
		let count = counts.get(c.personPath);
		if (count === undefined) counts.set(c.personPath, (count = { me: 0, them: 0 }));
		count[c.owner]++;
	}
	return counts;
}
