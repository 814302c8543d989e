import { itemKey } from "../agenda/tasks";
import type { PersonDirectory } from "../directory";
import { titleOf } from "../read";
import type { CommitmentOwner, IsoDate, LinkResolver, MeetingRecord, NoteRef, NoteTask } from "../types";
import { displayOfRef, foldName, parseWikilink } from "../values";
import { headingSide } from "./headings";

/**
 * Who owes each task of one 1:1 note to whom: the note's tasks resolved against its people.
 *
 * A marker decides first (`@me` mine; `[[Person]]` / `@Name` theirs, that person's; a trailing
 * `… @Myself` / `… @Jane Doe` and a `Jane:` label too, when they find me or someone),
 * then the heading (`I will` mine, `<Name> will` that person's, `They will` theirs, `Agreed`
 * both sides', one entry each). The other side is the meeting's only person; in a meeting with
 * several people, a task of mine (or a `They will` task) is owed to each of them, one entry per
 * person, and a `[[Person]]` marker or a `<Name> will` heading names the one. Names are matched
 * as attendees are (links, titles, aliases), and a first name (`Jane will`, `@Sam`) finds the
 * one person of the meeting who has it. A name that finds no one is still that name, with no
 * note (personPath null), whether or not the meeting names it.
 */

/** The other side of a commitment. */
export interface Counterpart {
	person: string;
	personPath: string | null;
}

/** One task of one note, owed one way between me and one person. */
export interface Occurrence {
	/** The other side's key: their note's path, else `name:` and their folded name. */
	counterpart: string;
	person: string;
	personPath: string | null;
	owner: CommitmentOwner;
	/** What makes it the same commitment across notes (agenda's itemKey of its text). */
	key: string;
	path: string;
	date: IsoDate | null;
	task: NoteTask;
	/** The note its `(from [[…]])` marker resolves to; null when it has none or it finds nothing. */
	from: string | null;
}

/** counterpartKey is how a person is told apart: by their note, else by their name. */
export function counterpartKey(person: Counterpart): string {
	return person.personPath ?? `name:${foldName(person.person.trim())}`;
}

/** refOfName reads a name from a heading as a reference: a link when it is one. */
function refOfName(name: string): NoteRef {
	return parseWikilink(name) ?? { target: name, alias: null, isLink: false };
}

/**
 * meetingOccurrences lists who owes each commitment task of a meeting to whom. `people` are the
 * stakeholders it resolves to, `unlinked` the names it gives that have no note.
 */
export function meetingOccurrences(
	meeting: MeetingRecord,
	people: readonly string[],
	unlinked: readonly string[],
	directory: PersonDirectory,
	resolve: LinkResolver,
): Occurrence[] {
	const tasks = meeting.tasks;
	if (tasks === undefined || tasks.length === 0) return [];
	const everyone: Counterpart[] = [
		...people.map((path) => ({ person: directory.get(path)?.person ?? titleOf(path), personPath: path })),
		...unlinked.map((name) => ({ person: name, personPath: null })),
	];
	/** named finds the person a marker or heading names: "me", or a counterpart (with no note when it finds none). */
	const named = (ref: NoteRef): Counterpart | "me" => {
		const found = directory.find(ref, meeting.path);
		if (found === "me") return "me";
		if (found !== null) return { person: directory.get(found.path)?.person ?? titleOf(found.path), personPath: found.path };
		// `Jane will` in a 1:1 with Jane Doe: a first name finds one of the meeting's own people, when only one has it.
		if (!ref.isLink) {
			const first = foldName(ref.target.trim());
			const matches = everyone.filter((c) => foldName(c.person.trim().split(/\s+/)[0] ?? "") === first);
			if (matches.length === 1 && matches[0] !== undefined) return matches[0];
		}
		return { person: displayOfRef(ref), personPath: null };
	};
	const out: Occurrence[] = [];
	for (const task of tasks) {
		const sides: [CommitmentOwner, readonly Counterpart[]][] = [];
		const marked = task.marker === null || task.marker === "me" ? task.marker : named(task.marker);
		// A trailing `@Name` or a `Name:` label that finds no one is part of the sentence, not an owner.
		const unknown = marked !== null && marked !== "me" && marked.personPath === null && !everyone.some((c) => c.person === marked.person);
		const owner = (task.trailing === true || task.label === true) && unknown ? null : marked;
		if (owner === "me") sides.push(["me", everyone]);
		else if (owner !== null) sides.push(["them", [owner]]);
		else {
			const side = task.heading === null ? null : headingSide(task.heading);
			if (side === null) continue;
			if (side.side === "me") sides.push(["me", everyone]);
			else if (side.side === "both") sides.push(["me", everyone], ["them", everyone]);
			else if (side.name === null) sides.push(["them", everyone]);
			else {
				const who = named(refOfName(side.name));
				sides.push(who === "me" ? ["me", everyone] : ["them", [who]]);
			}
		}
		const from = task.from === null ? null : resolve(task.from, meeting.path);
		const key = itemKey(task.text);
		for (const [owner, counterparts] of sides) {
			for (const c of counterparts) {
				out.push({ counterpart: counterpartKey(c), person: c.person, personPath: c.personPath, owner, key, path: meeting.path, date: meeting.date, task, from });
			}
		}
	}
	return out;
}

/**
 * taskLinks are the references a meeting's tasks depend on: their `[[Person]]` and `@Name`
 * markers, `<Name> will` headings and `(from [[…]])` notes. A plain name is looked up as a link
 * first (as attendees are), so its answer too can change when a note of that name comes or goes.
 */
export function taskLinks(meeting: MeetingRecord): NoteRef[] {
	const refs: NoteRef[] = [];
	for (const task of meeting.tasks ?? []) {
		if (task.marker !== null && task.marker !== "me") refs.push(task.marker);
		if (task.from !== null) refs.push({ target: task.from, alias: null, isLink: true });
		if (task.heading !== null) {
			const side = headingSide(task.heading);
			if (side?.side === "them" && side.name !== null) refs.push(refOfName(side.name));
		}
	}
	return refs;
}
