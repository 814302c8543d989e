import { daysBetween } from "../dates";
import type { HistoryKind, PersonHistory } from "../history";
import type { IsoDate } from "../types";
import { HISTORY_KIND_LABELS, daysAgo, plural } from "../words";

/** The person history view's model: one person's entries in month groups, or a state that says what to do. */

/** One entry as the view draws it. */
export interface HistoryRow {
	kind: HistoryKind;
	kindLabel: string;
	summary: string;
	/** The note it opens. */
	path: string;
	/** `Nov 20`, or "No date". */
	dayText: string;
	/** "3 days ago", "in 8 days", or "" when undated. */
	whenText: string;
	/** True for an entry after today (a follow-up not due yet). */
	upcoming: boolean;
}

/** A month of entries, newest first: "November 2026", or "No date" for undated notes. */
export interface HistoryGroup {
	heading: string;
	rows: HistoryRow[];
}

/** What the view shows when there is nothing to list, with the action that would fill it. */
export interface HistoryEmpty {
	text: string;
	/** "new-agenda": offer New 1:1 agenda for the person; null: nothing to offer. */
	action: "new-agenda" | null;
}

export interface HistoryModel {
	/** The person shown, null when no person note has been opened. */
	person: string | null;
	personPath: string | null;
	/** "16 entries · 8 notes · latest 3 days ago". */
	summary: string;
	groups: HistoryGroup[];
	empty: HistoryEmpty | null;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function monthOf(date: IsoDate): string {
	return `${MONTHS[Number(date.slice(5, 7)) - 1] ?? ""} ${date.slice(0, 4)}`;
}

function dayOf(date: IsoDate): string {
	return `${(MONTHS[Number(date.slice(5, 7)) - 1] ?? "").slice(0, 3)} ${Number(date.slice(8, 10))}`;
}

/** The model when no person note is open. */
export const NO_PERSON_MODEL: Readonly<HistoryModel> = Object.freeze({
	person: null,
	personPath: null,
	summary: "",
	groups: [],
	empty: { text: "Open a person note to see their history here: 1:1 notes, meetings, logged contacts, follow-ups and commitments.", action: null },
});

/** buildHistoryModel turns a person's history into month groups with relative days, or a teaching empty state. */
export function buildHistoryModel(history: PersonHistory | null, today: IsoDate): HistoryModel {
	if (history === null) return NO_PERSON_MODEL;
	const groups: HistoryGroup[] = [];
	for (const entry of history.entries) {
		const heading = entry.date === null ? "No date" : monthOf(entry.date);
		let group = groups[groups.length - 1];
		if (group?.heading !== heading) {
			group = { heading, rows: [] };
			groups.push(group);
		}
		const days = entry.date === null ? null : daysBetween(entry.date, today);
		group.rows.push({
			kind: entry.kind,
			kindLabel: HISTORY_KIND_LABELS[entry.kind],
			summary: entry.summary,
			path: entry.path,
			dayText: entry.date === null ? "No date" : dayOf(entry.date),
			whenText: days === null ? "" : daysAgo(days),
			upcoming: days !== null && days < 0,
		});
	}
	const meetings = history.entries.filter((e) => e.kind === "one-on-one" || e.kind === "meeting" || e.kind === "interaction").length;
	const lastContact = history.entries.find((e) => e.date !== null && e.date <= today && e.kind !== "follow-up");
	const parts = [plural(history.entries.length, "entry", "entries"), plural(meetings, "note")];
	if (lastContact?.date != null) parts.push(`latest ${daysAgo(daysBetween(lastContact.date, today))}`);
	const empty: HistoryEmpty | null =
		meetings > 0 ? null : { text: `No 1:1 notes with ${history.person} yet`, action: "new-agenda" };
	return { person: history.person, personPath: history.path, summary: history.entries.length === 0 ? "" : parts.join(" · "), groups, empty };
}
