import { compareNames } from "./directory";
import { STATUS_RANK, type FollowUp, type IsoDate, type Level, type MeetingRef, type Problem, type Stakeholder } from "./types";

/** The orders of the design: stakeholders, follow-ups, a person's meetings, problems. */

const LEVEL_RANK: Readonly<Record<Level, number>> = { high: 0, medium: 1, low: 2 };

/** levelRank orders influence high first, then medium, low, and none last. */
export function levelRank(level: Level | null): number {
	return level === null ? 3 : LEVEL_RANK[level];
}

/** compareDatesNullLast orders calendar dates earliest first, and no date last. */
export function compareDatesNullLast(a: IsoDate | null, b: IsoDate | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

/** compareStakeholders is the dashboard's and the CLI's order: status, next contact, influence, name. */
export function compareStakeholders(a: Stakeholder, b: Stakeholder): number {
	return (
		STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
		compareDatesNullLast(a.nextContact, b.nextContact) ||
		levelRank(a.influence) - levelRank(b.influence) ||
		compareNames(a.person, b.person) ||
		compareNames(a.path, b.path)
	);
}

/** compareFollowUps orders follow-ups by due date, then influence (high first), then name. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
	return (
		compareDatesNullLast(a.due, b.due) ||
		levelRank(a.influence) - levelRank(b.influence) ||
		compareNames(a.person, b.person) ||
		compareNames(a.path, b.path) ||
		(a.kind === b.kind ? 0 : a.kind === "contact" ? -1 : 1)
	);
}

/** compareMeetings orders a stakeholder's 1:1 notes newest first (undated last), then by path. */
export function compareMeetings(a: MeetingRef, b: MeetingRef): number {
	return -compareDatesNullLast(a.date, b.date) || compareNames(a.path, b.path);
}

/**
 * compareProblemPaths orders problems by their note's path; a stable sort keeps each note's
 * own problems first, then those of its `with`, each in the order written.
 */
export function compareProblemPaths(a: Problem, b: Problem): number {
	return compareNames(a.path, b.path);
}
