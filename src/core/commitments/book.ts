import type { Calendar } from "../contact";
import type { PersonDirectory } from "../directory";
import { insertSorted, removeSorted } from "../sorted";
import type { Commitment, IsoDate, LinkResolver, MeetingRecord } from "../types";
import { compareCommitments, ledgerOf, type PersonCommitments } from "./ledger";
import { meetingOccurrences, type Occurrence } from "./occurrences";

const NONE: readonly never[] = Object.freeze([]);

/**
 * CommitmentBook keeps the open commitments of every person, one meeting at a time, for the
 * incremental report: a changed 1:1 note refiles that note's tasks, and only the people they
 * were or are owed between are worked out again (ledger.ts), then moved within the sorted list.
 */
export class CommitmentBook {
	private readonly byMeeting = new Map<string, readonly Occurrence[]>();
	private readonly meetingsOf = new Map<string, Set<string>>();
	/** For each note a carried marker resolves to, the meetings holding such markers: its date is their first date. */
	private readonly markedBy = new Map<string, Set<string>>();
	private readonly openOf = new Map<string, readonly Commitment[]>();
	private readonly dirty = new Set<string>();
	/** Every person's open commitments are to be worked out again (the first list, another day). */
	private all = true;
	private sorted: Commitment[] = [];

	clear(): void {
		this.byMeeting.clear();
		this.meetingsOf.clear();
		this.markedBy.clear();
		this.openOf.clear();
		this.dirty.clear();
		this.all = true;
		this.sorted = [];
	}

	/** redate says the day changed: every person's open commitments are worked out again at the next list (their ages and due days moved). */
	redate(): void {
		this.all = true;
	}

	/** addMeeting files a meeting's commitment tasks under the people they are owed between. */
	addMeeting(meeting: MeetingRecord, people: readonly string[], unlinked: readonly string[], directory: PersonDirectory, resolve: LinkResolver): void {
		const occurrences = meetingOccurrences(meeting, people, unlinked, directory, resolve);
		if (occurrences.length === 0) return;
		this.byMeeting.set(meeting.path, occurrences);
		for (const o of occurrences) {
			this.dirty.add(o.counterpart);
			let meetings = this.meetingsOf.get(o.counterpart);
			if (meetings === undefined) this.meetingsOf.set(o.counterpart, (meetings = new Set()));
			meetings.add(meeting.path);
			if (o.from !== null) {
				let marking = this.markedBy.get(o.from);
				if (marking === undefined) this.markedBy.set(o.from, (marking = new Set()));
				marking.add(meeting.path);
			}
		}
	}

	/** removeMeeting takes a meeting's tasks out. */
	removeMeeting(path: string): void {
		const occurrences = this.byMeeting.get(path);
		if (occurrences === undefined) return;
		this.byMeeting.delete(path);
		for (const o of occurrences) {
			this.dirty.add(o.counterpart);
			this.meetingsOf.get(o.counterpart)?.delete(path);
			if (o.from !== null) this.markedBy.get(o.from)?.delete(path);
		}
	}

	/** touched says a note changed: the people of the meetings whose carried markers name it are worked out again. */
	touched(path: string): void {
		for (const meeting of this.markedBy.get(path) ?? NONE) {
			for (const o of this.byMeeting.get(meeting) ?? NONE) this.dirty.add(o.counterpart);
		}
	}

	/** occurrencesOf is every task owed between me and one person, from the meetings filed under them. */
	private occurrencesOf(counterpart: string): Occurrence[] {
		const occurrences: Occurrence[] = [];
		for (const meeting of this.meetingsOf.get(counterpart) ?? NONE) for (const o of this.byMeeting.get(meeting) ?? NONE) if (o.counterpart === counterpart) occurrences.push(o);
		return occurrences;
	}

	/**
	 * ledger is one person's commitments, open and closed (commitmentsByPerson's answer for them),
	 * worked out from their meetings alone; null when they have none. The person history reads it.
	 */
	ledger(counterpart: string, dateOf: (path: string) => IsoDate | null, calendar: Calendar): PersonCommitments | null {
		return ledgerOf(this.occurrencesOf(counterpart), dateOf, calendar);
	}

	/** list is every open commitment in due order; `dateOf` gives a 1:1 note's date. */
	list(dateOf: (path: string) => IsoDate | null, calendar: Calendar): Commitment[] {
		if (this.all) return this.listAll(dateOf, calendar);
		for (const counterpart of this.dirty) {
			for (const c of this.openOf.get(counterpart) ?? NONE) removeSorted(this.sorted, c, compareCommitments);
			for (const c of this.workOut(counterpart, dateOf, calendar)) insertSorted(this.sorted, c, compareCommitments);
		}
		this.dirty.clear();
		return this.sorted.slice();
	}

	/** listAll works out every person's open commitments and sorts them once (each order here is total: the same list as one at a time). */
	private listAll(dateOf: (path: string) => IsoDate | null, calendar: Calendar): Commitment[] {
		this.openOf.clear();
		const sorted: Commitment[] = [];
		for (const counterpart of [...this.meetingsOf.keys()]) for (const c of this.workOut(counterpart, dateOf, calendar)) sorted.push(c);
		this.sorted = sorted.sort(compareCommitments);
		this.dirty.clear();
		this.all = false;
		return this.sorted.slice();
	}

	/** workOut files one person's open commitments anew and returns them; a person with no task left is forgotten. */
	private workOut(counterpart: string, dateOf: (path: string) => IsoDate | null, calendar: Calendar): readonly Commitment[] {
		this.openOf.delete(counterpart);
		const occurrences = this.occurrencesOf(counterpart);
		if (occurrences.length === 0) {
			this.meetingsOf.delete(counterpart);
			return NONE;
		}
		const open = ledgerOf(occurrences, dateOf, calendar)?.open ?? [];
		if (open.length > 0) this.openOf.set(counterpart, open);
		return open;
	}
}
