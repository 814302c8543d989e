import { compareMeetings } from "./order";
import type { MeetingRef } from "./types";

const NONE: readonly never[] = Object.freeze([]);

/** MeetingFiling says which people each meeting resolved to, and each person's meetings, kept both ways. */
export class MeetingFiling {
	/** The people each meeting resolves to, first one first. */
	private readonly peopleOf = new Map<string, readonly string[]>();
	/** Each person's meetings, in no order. */
	private readonly meetingsOf = new Map<string, MeetingRef[]>();

	clear(): void {
		this.peopleOf.clear();
		this.meetingsOf.clear();
	}

	/** has says whether a path is a meeting that was filed. */
	has(path: string): boolean {
		return this.peopleOf.has(path);
	}

	/** meetingPaths are the paths of every meeting filed. */
	meetingPaths(): IterableIterator<string> {
		return this.peopleOf.keys();
	}

	/** people is who a meeting was filed under, first one first. */
	people(path: string): readonly string[] {
		return this.peopleOf.get(path) ?? NONE;
	}

	/** file puts a meeting under its people. */
	file(meeting: MeetingRef, people: readonly string[]): void {
		this.peopleOf.set(meeting.path, people);
		for (const person of people) {
			const own = this.meetingsOf.get(person);
			if (own === undefined) this.meetingsOf.set(person, [meeting]);
			else own.push(meeting);
		}
	}

	/** unfile takes a meeting out; returns the people it was filed under. */
	unfile(path: string): readonly string[] {
		const people = this.peopleOf.get(path) ?? NONE;
		this.peopleOf.delete(path);
		for (const person of people) {
			const own = this.meetingsOf.get(person);
			const at = own?.findIndex((ref) => ref.path === path) ?? -1;
			if (at >= 0) own?.splice(at, 1);
		}
		return people;
	}

	/** of is a person's meetings, unsorted (a live list: do not keep it). */
	of(person: string): readonly MeetingRef[] {
		return this.meetingsOf.get(person) ?? NONE;
	}

	/** sortedOf is a copy of a person's meetings, newest first: the stakeholder keeps it while the filing changes. */
	sortedOf(person: string): MeetingRef[] {
		return this.of(person).slice().sort(compareMeetings);
	}
}
