import { daysBetween } from "../dates";
import type { IsoDate, Report } from "../types";
import { DUE_BUCKET_HEADINGS, dueBucketOf, dueInText, type DueBucket } from "../words";
import { BUCKET_TONES } from "./tone";
import { FOLLOW_UP_PAGE, type DashboardOptions, type FollowUpBucket, type FollowUpSection } from "./types";

/** The dashboard's follow-ups: overdue, due soon and later, in due order, one page at a time. */

/** dueText says when something is due, relative to today: "overdue by 8 days", "due in 3 days". */
export function dueText(due: IsoDate, today: IsoDate): string {
	return dueInText(daysBetween(today, due));
}

const BUCKETS: readonly DueBucket[] = ["overdue", "due-soon", "later"];

/** buildFollowUps sorts the report's follow-ups into buckets and builds the rows of the first pages. */
export function buildFollowUps(report: Report, options: DashboardOptions): FollowUpSection {
	const limit = options.followUpLimit ?? FOLLOW_UP_PAGE;
	const today = report.today;
	const buckets = new Map<DueBucket, FollowUpBucket>(BUCKETS.map((id) => [id, { id, heading: DUE_BUCKET_HEADINGS[id], count: 0, rows: [] }]));
	// Date arithmetic is kept to the rows actually built, not every follow-up of a large vault.
	const bucketOf = dueBucketOf(today, options.dueSoonDays ?? 7);
	let built = 0;
	for (const item of report.followUps) {
		const id = bucketOf(item.due);
		const bucket = buckets.get(id);
		if (!bucket) continue;
		bucket.count++;
		if (built >= limit) continue;
		built++;
		bucket.rows.push({
			key: `${item.kind}:${item.path}`,
			item,
			person: item.person,
			text: item.text,
			dueText: dueText(item.due, today),
			tone: BUCKET_TONES[id],
			fromMeeting: item.kind === "follow-up" && item.personPath !== item.path,
		});
	}
	// Buckets are filled in due order, so overdue come first, then due soon, then later.
	const hidden = report.followUps.length - built;
	return { buckets: [...buckets.values()].filter((b) => b.count > 0), total: report.followUps.length, hidden, more: Math.min(hidden, FOLLOW_UP_PAGE) };
}
