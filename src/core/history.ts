import type { IsoDate, MeetingRecord, NoteRef, Stakeholder } from "./types";
import { foldName } from "./values";

/**
 * A person's history: every dated thing the notes say happened with them, newest first. It is
 * read from what the notes hold and nothing else: the meetings that name them (1:1 notes, group
 * meetings, notes about them), the contacts logged on their note (`contact-history` and
 * `last-contact`), the follow-ups set (open, by their due date), marked done (`follow-ups-done`)
 * and sent (`follow-up-sent` on a 1:1 note). Commitments made, kept and missed come from the
 * commitments reader and are passed in as extra entries of their own kinds (history-commitments.ts:
 * made on the date of the note it was first written in, kept on the day it was done, with "late"
 * when after its due date, missed on the due date of an open one past it; a cancelled one is made only).
 */

/** What an entry of a person's history is. */
export type HistoryKind =
	| "one-on-one"
	| "meeting"
	| "interaction"
	| "follow-up-sent"
	| "follow-up-done"
	| "commitment-made"
	| "commitment-kept"
	| "commitment-missed"
	| "follow-up"
	| "contact";

/**
 * HISTORY_KINDS in the order entries of one day are listed: the notes of that day first, then
 * what was done about them (sent, done, commitments), then open follow-ups, then logged contacts.
 */
export const HISTORY_KINDS: readonly HistoryKind[] = [
	"one-on-one",
	"meeting",
	"interaction",
	"follow-up-sent",
	"follow-up-done",
	"commitment-made",
	"commitment-kept",
	"commitment-missed",
	"follow-up",
	"contact",
];

/** One entry of a person's history. */
export interface HistoryEntry {
	/** The day it happened (an open follow-up: the day it is due); null for a meeting note without a date. */
	date: IsoDate | null;
	kind: HistoryKind;
	/** The note that says so (vault-relative, with `/`). */
	path: string;
	/** One line: the meeting note's title (without a leading date), or what the follow-up was about. */
	summary: string;
}

/** A person's history, as the CLI's `history --json` prints it. */
export interface PersonHistory {
	/** Display name. */
	person: string;
	/** The person note. */
	path: string;
	/** Newest first; undated entries last. */
	entries: HistoryEntry[];
}

const RANK: ReadonlyMap<HistoryKind, number> = new Map(HISTORY_KINDS.map((kind, i) => [kind, i]));

/**
 * compareEntries orders a history: newest date first, undated last; on the same day by kind
 * (HISTORY_KINDS), then by path, then by summary (code-unit order: the same on every machine).
 */
export function compareEntries(a: HistoryEntry, b: HistoryEntry): number {
	if (a.date !== b.date) {
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		return a.date > b.date ? -1 : 1;
	}
	const rank = (RANK.get(a.kind) ?? 0) - (RANK.get(b.kind) ?? 0);
	if (rank !== 0) return rank;
	if (a.path !== b.path) return a.path < b.path ? -1 : 1;
	return a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0;
}

/** namedPeople counts the different people a meeting names (`with` and the other meeting keys). */
function namedPeople(meeting: MeetingRecord): number {
	const seen = new Set<string>();
	const add = (ref: NoteRef): void => void seen.add(foldName(ref.target.replace(/\.md$/i, "")));
	meeting.with.forEach(add);
	meeting.attendees.forEach(add);
	return seen.size;
}

/** meetingKind says what a meeting was to one of its people: a 1:1, a meeting of several, or a note about them. */
export function meetingKind(meeting: MeetingRecord): HistoryKind {
	if (namedPeople(meeting) > 1) return "meeting";
	return meeting.foundBy === "person" || meeting.foundBy === "person folder" ? "interaction" : "one-on-one";
}

/** A date at the start of a title, with what separates it from the rest: `2026-11-02 `, `2026-11-02 - `. */
const LEADING_DATE = /^\d{4}-\d{1,2}-\d{1,2}[\s_,.:\u2013\u2014-]*/;

/** summaryOf is the one line a meeting note gets: its title, without the date it starts with (the entry shows the date). */
export function summaryOf(title: string): string {
	const rest = title.replace(LEADING_DATE, "").trim();
	return rest === "" ? title : rest;
}

/** The summary of a follow-up without its own words. */
export const FOLLOW_UP_SUMMARY = "Follow up";

/**
 * personHistory is one person's history from their stakeholder record and the records of the
 * meetings that name them (`meetingAt`, by path), with `extra` entries (commitments) merged in.
 */
export function personHistory(
	person: Stakeholder,
	meetingAt: (path: string) => MeetingRecord | null,
	extra: readonly HistoryEntry[] = [],
): PersonHistory {
	const entries: HistoryEntry[] = [];
	const own = person.path;
	for (const ref of person.meetings) {
		const meeting = meetingAt(ref.path);
		if (meeting === null) continue;
		const title = summaryOf(meeting.title);
		entries.push({ date: meeting.date, kind: meetingKind(meeting), path: meeting.path, summary: title });
		if (meeting.followUpSent !== null) entries.push({ date: meeting.followUpSent, kind: "follow-up-sent", path: meeting.path, summary: title });
		for (const done of meeting.followUpsDone) entries.push({ date: done.date, kind: "follow-up-done", path: meeting.path, summary: done.text || title });
		if (meeting.followUp !== null) entries.push({ date: meeting.followUp, kind: "follow-up", path: meeting.path, summary: meeting.followUpNote ?? FOLLOW_UP_SUMMARY });
	}
	// A contact logged twice (in the list and as last-contact) is one contact.
	const contacts = new Set(person.contactHistory);
	if (person.ownLastContact !== null) contacts.add(person.ownLastContact);
	for (const date of contacts) {
		entries.push({ date, kind: "contact", path: own, summary: date === person.ownLastContact ? "Last contact" : "Contact logged" });
	}
	for (const done of person.followUpsDone) entries.push({ date: done.date, kind: "follow-up-done", path: own, summary: done.text || FOLLOW_UP_SUMMARY });
	if (person.followUp !== null) entries.push({ date: person.followUp, kind: "follow-up", path: own, summary: person.followUpNote ?? FOLLOW_UP_SUMMARY });
	entries.push(...extra);
	return { person: person.person, path: own, entries: entries.sort(compareEntries) };
}

/** historyJson is the history as `history --json` prints it: `{ person, path, entries: [{ date, kind, path, summary }] }`. */
export function historyJson(history: PersonHistory): PersonHistory {
	return {
		person: history.person,
		path: history.path,
		entries: history.entries.map(({ date, kind, path, summary }) => ({ date, kind, path, summary })),
	};
}
