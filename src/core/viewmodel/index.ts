import type { Report } from "../types";
import { buildCommitments } from "./commitments";
import { buildFollowUps } from "./follow-ups";
import { buildMap } from "./map";
import { buildPeople } from "./people";
import { PROBLEM_PAGE, type DashboardModel, type DashboardOptions, type FollowUpBucket } from "./types";

/**
 * The dashboard's view model: everything the sidebar shows, as plain data and ready-made text,
 * computed from a report by pure code. The DOM code only lays it out, so what a person reads
 * (order, counts, "last contact 23 days ago") is decided and tested here.
 */

export * from "./types";
export { statusChip } from "./tone";
export { dueText } from "./follow-ups";
export { commitmentAge, commitmentKey, commitmentWhen, openCommitmentsText } from "./commitments";
export { filterWords, matchesFilter } from "./people";
export { placeOf, quadrantName } from "./map";
export * from "./org";
export { lastContactText } from "../words";

/**
 * buildDashboardModel turns a report into what the dashboard shows: follow-ups in overdue, due
 * soon and later buckets; open commitments, "I owe" and "They owe"; the filtered, sorted and grouped people; the influence × interest map;
 * the problems; and whether to show the empty state.
 */
export function buildDashboardModel(report: Report, options: DashboardOptions): DashboardModel {
	const followUps = buildFollowUps(report, options);
	const map = buildMap(report);
	const problemLimit = options.problemLimit ?? PROBLEM_PAGE;
	const problemsHidden = Math.max(0, report.problems.length - problemLimit);
	const count = (id: FollowUpBucket["id"]): number => followUps.buckets.find((b) => b.id === id)?.count ?? 0;
	return {
		today: report.today,
		options: { filter: options.filter, sort: options.sort, group: options.group, place: options.place ?? null },
		empty: report.stakeholders.length === 0,
		peopleFolders: (options.peopleFolders ?? []).filter((f) => f.trim() !== ""),
		summary: {
			overdue: count("overdue"),
			dueSoon: count("due-soon"),
			people: report.stakeholders.length,
			problems: report.problems.length,
		},
		followUps,
		commitments: buildCommitments(report, options),
		people: buildPeople(report, options, map),
		map,
		problems: report.problems.slice(0, problemLimit).map((p) => ({ path: p.path, key: p.key, message: p.message })),
		problemsHidden,
		problemsMore: Math.min(problemsHidden, PROBLEM_PAGE),
	};
}
