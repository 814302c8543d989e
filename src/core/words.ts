import { addDaysIso } from "./dates";
import type { Commitment, ContactStatus, IsoDate, Level } from "./types";
import type { HistoryKind } from "./history";

/**
 * The words a user reads in more than one place (the dashboard, the CLI, the pickers, the
 * agenda): counts and plurals, relative days, due-soon buckets, contact status labels and the
 * broken-YAML message. One home, so that a status or a day reads the same everywhere.
 */

/** plural counts things: "1 day", "3 days", "2 archived copies" (with `many` for an irregular plural). */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** peopleText counts persons: "1 person", "73 people". */
export function peopleText(n: number): string {
	return plural(n, "person", "people");
}

/**
 * daysAgo says how long ago a day was: "today", "yesterday", "23 days ago"; a day ahead is
 * "tomorrow" or "in 3 days" (with `tomorrow` false, "in 1 day": the agenda brief's wording).
 */
export function daysAgo(days: number, tomorrow = true): string {
	if (days === 0) return "today";
	if (days === 1) return "yesterday";
	if (days < 0) return days === -1 && tomorrow ? "tomorrow" : `in ${plural(-days, "day")}`;
	return `${plural(days, "day")} ago`;
}

/** daysAhead says when a day comes: "today", "tomorrow", "in 3 days", "8 days overdue". */
export function daysAhead(days: number): string {
	if (days === 0) return "today";
	if (days === 1) return "tomorrow";
	if (days < 0) return `${plural(-days, "day")} overdue`;
	return `in ${plural(days, "day")}`;
}

/** overdueBy says how late something is: "overdue by 8 days". */
export function overdueBy(days: number): string {
	return `overdue by ${plural(days, "day")}`;
}

/** dueInText says when something is due, `days` from today: "overdue by 8 days", "due today", "due in 3 days". */
export function dueInText(days: number): string {
	return days < 0 ? overdueBy(-days) : `due ${daysAhead(days)}`;
}

/** lastContactText says when the last contact was, relative to today: "last contact 23 days ago", "never contacted". */
export function lastContactText(daysSince: number | null): string {
	return daysSince === null ? "never contacted" : `last contact ${daysAgo(daysSince)}`;
}

/** The label of each contact status, in the order the CLI groups them: the dashboard's chips, the CLI's groups and the pickers all read these. */
export const STATUS_LABELS: Readonly<Record<ContactStatus, string>> = {
	overdue: "Overdue",
	never: "No contact yet",
	"due-soon": "Due soon",
	ok: "On track",
	snoozed: "Snoozed",
};

/** statusLabel is how a contact status reads: "Overdue", "No contact yet", "Due soon", "On track", "Snoozed". */
export function statusLabel(status: ContactStatus): string {
	return STATUS_LABELS[status];
}

/** Where a follow-up falls: past due, due within the due-soon days (today included), or later. */
export type DueBucket = "overdue" | "due-soon" | "later";

/** The heading of each follow-up bucket, in order. */
export const DUE_BUCKET_HEADINGS: Readonly<Record<DueBucket, string>> = {
	overdue: "Overdue",
	"due-soon": "Due soon",
	later: "Later",
};

/**
 * dueBucketOf sorts due dates into buckets for one day: overdue before today, due soon within
 * `dueSoonDays` days (today included), later after that. Comparing `yyyy-MM-dd` text is
 * comparing days, so the date arithmetic happens once, not per follow-up of a large vault.
 */
export function dueBucketOf(today: IsoDate, dueSoonDays: number): (due: IsoDate) => DueBucket {
	const soonEnd = addDaysIso(today, dueSoonDays);
	return (due) => (due < today ? "overdue" : due < soonEnd ? "due-soon" : "later");
}

/** What a note's problem says when the properties at its top cannot be parsed (Obsidian shows none of them). */
export const BROKEN_YAML_MESSAGE = "The properties at the top of this note are not valid YAML; fix them in source mode";

/** How an influence or interest level reads: "High", "Medium", "Low". */
export const LEVEL_LABELS: Readonly<Record<Level, string>> = { high: "High", medium: "Medium", low: "Low" };

/** HISTORY_KIND_LABELS name each kind of history entry, in the person history view and `managing-up history`. */
export const HISTORY_KIND_LABELS: Readonly<Record<HistoryKind, string>> = {
	"one-on-one": "1:1",
	meeting: "Meeting",
	interaction: "Note",
	"follow-up-sent": "Follow-up sent",
	"follow-up-done": "Follow-up done",
	"commitment-made": "Commitment made",
	"commitment-kept": "Commitment kept",
	"commitment-missed": "Commitment missed",
	"follow-up": "Follow-up due",
	contact: "Contact",
};
/** How many times a commitment must be carried over before it is flagged: the advice's "nothing ever happens". */
export const CARRIED_FLAG_TIMES = 3;

/** The words of a commitment without a due date. */
export const NO_DATE_AGREED = "no date agreed";

/**
 * commitmentFlags are the sentences a commitment is flagged with: one of theirs overdue ("Jane
 * promised 'Send the budget' by 2026-11-20: 11 days overdue"), one of theirs with no date ("no
 * date agreed"), one carried over three times or more ("carried over 3 times since 2026-09-01").
 */
export function commitmentFlags(c: Commitment): string[] {
	const flags: string[] = [];
	if (c.owner === "them" && c.due !== null && c.overdueDays > 0) flags.push(`${c.person} promised '${c.text}' by ${c.due}: ${plural(c.overdueDays, "day")} overdue`);
	if (c.owner === "them" && c.due === null) flags.push(NO_DATE_AGREED);
	if (c.carriedOver >= CARRIED_FLAG_TIMES) flags.push(`carried over ${plural(c.carriedOver, "time")} since ${c.firstDate ?? c.firstPath}`);
	return flags;
}

/** movedOrDeleted is what an action says when its note is no longer there. */
export function movedOrDeleted(path: string): string {
	return `Could not find ${path}; was it moved or deleted?`;
}
