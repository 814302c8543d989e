import { PersonDirectory, peopleOf, sameNames, type People } from "./directory";
import { linkKey } from "./link-holders";
import { meetingOf, personOf } from "./records";
import type { CoreSettings, LinkResolver, MeetingRecord, NoteReading, PersonRecord, Problem } from "./types";

const NONE: readonly string[] = Object.freeze([]);

/**
 * LinkedPeople are the notes that are people only because meetings name them: in many vaults a
 * person's note is a plain note (`Jane Doe.md`, no properties) that 1:1 notes link to
 * (`attendees: [[Jane Doe]]`). A note becomes a person so when a meeting holds a link or a name
 * that Obsidian resolves to it and that finds no one among the people the rules found (a name
 * that finds a person note, or the user, stays theirs). It keeps, for each such note, the
 * meetings that name it, so that a change to one meeting says whether anyone came or went.
 */
export class LinkedPeople {
	/** For each note made a person so, the meetings that name it. */
	private readonly namedBy = new Map<string, Set<string>>();
	/** For each meeting that names such notes, which ones. */
	private readonly named = new Map<string, readonly string[]>();
	/** The people the rules found alone: a meeting's name makes a note a person only when it finds none of them (null: the rule is off). */
	private byRules: People | null = null;
	/** Their directory, made when a meeting first names a candidate. */
	private directory: PersonDirectory | null = null;
	/** How many candidate notes have each basename (linkKey): a name finds a note only under its basename, so most names are not resolved at all. */
	private readonly keys = new Map<string, number>();

	/** readings are every note's, as the report holds them. */
	constructor(private readonly readings: ReadonlyMap<string, NoteReading>) {}

	/** candidateOf is what a note reads as when meetings name it (NoteReading.candidate), or null when it could not be anyone. */
	private readonly candidateOf = (path: string): PersonRecord | null => {
		const reading = this.readings.get(path);
		return reading?.record === null ? (reading.candidate?.record ?? null) : null;
	};

	clear(): void {
		this.namedBy.clear();
		this.named.clear();
		this.keys.clear();
		this.byRules = null;
		this.directory = null;
	}

	/** personAt is a note's person record: its own, or its candidate's when meetings made it a person. */
	personAt(path: string, reading: NoteReading | undefined): PersonRecord | null {
		return personOf(reading) ?? (reading?.record === null && this.namedBy.has(path) ? (reading.candidate?.record ?? null) : null);
	}

	/** problemsOf are a note's own problems: its reading's, or those of its values as a person's when meetings made it one. */
	problemsOf(path: string, reading: NoteReading): readonly Problem[] {
		return reading.record === null && reading.candidate !== undefined && this.namedBy.has(path) ? reading.candidate.problems : reading.problems;
	}

	/**
	 * people are the people of the vault: those the rules found (`records`) and the notes meetings
	 * name, with the user and person folders worked out over them all (peopleOf).
	 */
	people(records: PersonRecord[], meetings: Iterable<MeetingRecord>, candidates: Iterable<string>, resolve: LinkResolver, settings: CoreSettings): People {
		this.clear();
		const byRules = peopleOf(records, settings.me);
		if (!settings.rules.linkedNotes) return byRules;
		this.byRules = byRules;
		for (const path of candidates) this.count(path, 1);
		if (this.keys.size === 0) return byRules;
		for (const meeting of meetings) this.file(meeting.path, this.namedIn(meeting, resolve));
		if (this.namedBy.size === 0) return byRules;
		const linked: PersonRecord[] = [];
		for (const path of this.namedBy.keys()) {
			const record = this.candidateOf(path);
			if (record !== null) linked.push(record);
		}
		return peopleOf([...records, ...linked], settings.me);
	}

	/**
	 * moves files a meeting's new reading (null: it is gone) and says whether that makes someone a
	 * person or no longer one: then nothing is filed, and the caller computes everything again.
	 */
	moves(path: string, meeting: MeetingRecord | null, resolve: LinkResolver): boolean {
		if (this.byRules === null) return false;
		const now = meeting === null ? NONE : this.namedIn(meeting, resolve);
		const before = this.named.get(path) ?? NONE;
		if (now.some((person) => !this.namedBy.has(person))) return true;
		if (before.some((person) => !now.includes(person) && this.namedBy.get(person)?.size === 1)) return true;
		this.unfile(path);
		this.file(path, now);
		return false;
	}

	/**
	 * changesPeople says whether notes changed (each with its reading before) change who the people
	 * are or the names that find them, which only a full pass can follow: a person came or went, a
	 * person's names or folders changed, the user's own note changed, a person named by meetings
	 * gained a rule of their own or lost it, or a note that could be a person only now is one a
	 * meeting names (`holders` are the notes holding a link under a note's key).
	 */
	changesPeople(changed: ReadonlyMap<string, NoteReading | undefined>, mePath: string | null, holders: (path: string) => Iterable<string>, resolve: LinkResolver): boolean {
		for (const [path, before] of changed) {
			const now = this.readings.get(path);
			if ((before?.candidate === undefined) !== (now?.candidate === undefined)) this.count(path, now?.candidate === undefined ? -1 : 1);
			const was = this.personAt(path, before);
			const is = this.personAt(path, now);
			if ((was === null) !== (is === null) || (was !== null && is !== null && !sameNames(was, is))) return true;
			if (was !== null && (path === mePath || (before?.record === null) !== (now?.record === null))) return true;
			if (is === null && now?.candidate !== undefined && before?.candidate === undefined && this.namedBySome(path, holders(path), resolve)) return true;
		}
		return false;
	}

	/** namedBySome says whether one of these notes is a meeting that names a note (one that just became a candidate): it is then a person. */
	private namedBySome(path: string, notes: Iterable<string>, resolve: LinkResolver): boolean {
		if (this.byRules === null) return false;
		for (const note of notes) {
			const meeting = meetingOf(this.readings.get(note));
			if (meeting !== null && this.namedIn(meeting, resolve).includes(path)) return true;
		}
		return false;
	}

	/** count adds a candidate note under its basename, or takes it away. */
	private count(path: string, by: 1 | -1): void {
		const key = linkKey(path);
		const n = (this.keys.get(key) ?? 0) + by;
		if (n > 0) this.keys.set(key, n);
		else this.keys.delete(key);
	}

	/** namedIn are the candidate notes a meeting's links and names resolve to when they find no one the rules found. */
	private namedIn(meeting: MeetingRecord, resolve: LinkResolver): readonly string[] {
		if (this.byRules === null || this.keys.size === 0) return NONE;
		let found: string[] | null = null;
		for (const refs of [meeting.with, meeting.attendees]) {
			for (const ref of refs) {
				// A file name's words (`2026-11-20 1-1 Roadmap`) make no note a person.
				if (ref.folder === true || ref.tentative === true || !this.keys.has(linkKey(ref.target))) continue;
				const path = resolve(ref.target, meeting.path);
				if (path === null || (found !== null && found.includes(path)) || this.candidateOf(path) === null) continue;
				this.directory ??= new PersonDirectory(this.byRules, resolve);
				if (this.directory.find(ref, meeting.path) === null) {
					found ??= [];
					found.push(path);
				}
			}
		}
		return found ?? NONE;
	}

	private file(meeting: string, people: readonly string[]): void {
		if (people.length === 0) return;
		this.named.set(meeting, people);
		for (const person of people) {
			let meetings = this.namedBy.get(person);
			if (meetings === undefined) {
				meetings = new Set();
				this.namedBy.set(person, meetings);
			}
			meetings.add(meeting);
		}
	}

	private unfile(meeting: string): void {
		for (const person of this.named.get(meeting) ?? NONE) {
			const meetings = this.namedBy.get(person);
			meetings?.delete(meeting);
			if (meetings?.size === 0) this.namedBy.delete(person);
		}
		this.named.delete(meeting);
	}
}
