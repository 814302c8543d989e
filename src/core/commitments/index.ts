import { Calendar } from "../contact";
import { PersonDirectory } from "../directory";
import { LinkedPeople } from "../linked-people";
import { resolveMeeting } from "../meetings";
import { meetingOf, personOf } from "../read";
import type { CoreSettings, IsoDate, LinkResolver, MeetingRecord, NoteReading, PersonRecord } from "../types";
import { ledgerOf, type PersonCommitments } from "./ledger";
import { meetingOccurrences, type Occurrence } from "./occurrences";

/** Commitments, both ways: read from 1:1 notes' tasks, kept per person, flagged when they slip. */

export { headingSide, type HeadingSide } from "./headings";
export { readTasks, shownText, taskProblems, withTasks } from "./read-tasks";
export { compareCommitments, ledgerOf, type ClosedCommitment, type PersonCommitments } from "./ledger";
export { counterpartKey, meetingOccurrences, type Counterpart, type Occurrence } from "./occurrences";
export { CommitmentBook } from "./book";

/**
 * commitmentsByPerson gives each person's commitments, both ways, from the readings of every
 * note: `open` (what the report lists) and `closed`, each closed one either kept (checked,
 * `[x]`, with its `✅ yyyy-MM-dd` done date when written, else the date of the note where it was
 * checked, and whether that was by its due date) or dropped (cancelled, `[-]`). For a person's
 * history (history-commitments.ts): made is open plus closed, kept is `closed` with `kept` (one
 * not `onTime` is kept "late", not missed too), missed is the open ones past due; a dropped
 * one is made only. The plugin reads one person's from the index (CommitmentBook.ledger).
 * Keyed by the person's note path, or `name:` and the folded name for a name without a note
 * (counterpartKey). Pure, the same answer as the report's `commitments` for the open ones.
 */
export function commitmentsByPerson(
	readings: Iterable<NoteReading>,
	resolve: LinkResolver,
	settings: CoreSettings,
	today: IsoDate,
): Map<string, PersonCommitments> {
	const people: PersonRecord[] = [];
	const meetings: MeetingRecord[] = [];
	const byPath = new Map<string, NoteReading>();
	for (const reading of readings) {
		const person = personOf(reading);
		const meeting = meetingOf(reading);
		if (person !== null) people.push(person);
		if (meeting !== null) meetings.push(meeting);
		if (reading.candidate !== undefined) byPath.set(reading.candidate.record.path, reading);
	}
	// The notes meetings name are people here as in the report (linked-people.ts).
	const directory = new PersonDirectory(new LinkedPeople(byPath).people(people, meetings, byPath.keys(), resolve, settings), resolve);
	const dates = new Map(meetings.map((m) => [m.path, m.date]));
	const byPerson = new Map<string, Occurrence[]>();
	for (const meeting of meetings) {
		if (meeting.tasks === undefined) continue;
		const { people: found, unlinked } = resolveMeeting(meeting, directory, settings);
		for (const o of meetingOccurrences(meeting, found, unlinked, directory, resolve)) {
			const list = byPerson.get(o.counterpart);
			if (list === undefined) byPerson.set(o.counterpart, [o]);
			else list.push(o);
		}
	}
	const calendar = new Calendar(today);
	const out = new Map<string, PersonCommitments>();
	for (const [key, occurrences] of byPerson) {
		const ledger = ledgerOf(occurrences, (path) => dates.get(path) ?? null, calendar);
		if (ledger !== null) out.set(key, ledger);
	}
	return out;
}
export { checkTaskInText, checkedLine } from "./check";
