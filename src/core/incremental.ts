import { Calendar, personProblems, stakeholderFollowUps, stakeholderOf } from "./contact";
import { PersonDirectory } from "./directory";
import { LinkedPeople } from "./linked-people";
import { UnlinkedByMeeting, meetingFollowUp, resolveMeeting } from "./meetings";
import { compareFollowUps, compareStakeholders } from "./order";
import { LinkHolders, linkKey, linksOf } from "./link-holders";
import { MeetingFiling } from "./meeting-filing";
import { ProblemList, mergeProblems } from "./problem-list";
import { OrgBuilder, sameManagers, type OrgReading } from "./org";
import { CommitmentBook } from "./commitments/book";
import { meetingOf } from "./read";
import { insertSorted, removeSorted } from "./sorted";
import { NoteChanges } from "./note-changes";
import { BY_CONVERSATIONS } from "./conversations";
import type { CoreSettings, FollowUp, IsoDate, LinkResolver, MeetingRecord, MeetingRef, PersonRecord, Problem, Report, Stakeholder } from "./types";

const NONE: readonly never[] = Object.freeze([]);
/** What the derived data was computed for. */
interface Basis {
	resolve: LinkResolver;
	settings: CoreSettings;
	today: IsoDate;
	calendar: Calendar;
	directory: PersonDirectory;
}

/**
 * IncrementalReport holds the reading of every note and keeps buildReport's result up to date one
 * note at a time: a change recomputes only the stakeholders, follow-ups and commitments
 * (commitments/book.ts) that note can touch, within the sorted lists, and equals buildReport always.
 *
 * It recomputes everything when the set of people or a display name changes (any link may then
 * find someone else), when the resolver or the settings change, and after many changes at once;
 * on another day, only what depends on the day (redate). It assumes that the resolver's answer
 * for a link changes only when a note with the link's basename is set for the first time or
 * deleted, as Obsidian's getFirstLinkpathDest does over markdown notes; a resolver that changes
 * otherwise must be a new function.
 */
export class IncrementalReport extends NoteChanges {
	private basis: Basis | null = null;
	private last: Report | null = null;

	private readonly filing = new MeetingFiling();
	/** Which 1:1 and person notes hold a link under each key: built when a note first comes or goes after a full pass (which is faster without it), then kept up to date. */
	private links: LinkHolders | null = null;
	private readonly stakeholders = new Map<string, Stakeholder>();
	private readonly meetingFollowUps = new Map<string, FollowUp>();
	private readonly personFollowUps = new Map<string, FollowUp[]>();
	private readonly problemList = new ProblemList();
	/** The notes that are people because meetings name them (linked-people.ts). */
	private readonly linked = new LinkedPeople(this.readings);
	/** A note's own problems, from its reading (none for a note no longer held). */
	private readonly ownProblems = (path: string): readonly Problem[] => {
		const reading = this.readings.get(path);
		return reading === undefined ? NONE : this.linked.problemsOf(path, reading);
	};
	private readonly unlinked = new UnlinkedByMeeting();
	/** Every person's commitments (commitments/book.ts), current as of the last report: the history reads one person's. */
	readonly commitments = new CommitmentBook();
	private sortedStakeholders: Stakeholder[] = [];
	private sortedFollowUps: FollowUp[] = [];
	/** Your org and the problems of everyone's `reports-to`; null when a change may have moved it (the builder redoes only what it touched). */
	private org: OrgReading | null = null;
	private readonly orgBuilder = new OrgBuilder();

	protected tracking(): boolean {
		return this.basis !== null;
	}

	/** clear removes every note and everything computed from them. */
	override clear(): void {
		super.clear();
		this.basis = null;
		this.last = null;
	}

	/** report is buildReport over the notes held, recomputing only what changed since the last call. */
	report(resolve: LinkResolver, settings: CoreSettings, today: IsoDate): Report {
		const basis = this.basis;
		const sameInputs = basis !== null && basis.resolve === resolve && basis.settings === settings;
		if (sameInputs && basis.today === today && this.changed.size === 0 && this.last !== null) return this.last;
		// Past a few hundred changes (a folder renamed, a sync), one full pass is cheaper.
		const many = this.changed.size > 100 + this.readings.size / 100;
		if (!sameInputs || many || !this.applyChanges(basis)) this.recomputeAll(resolve, settings, today);
		else if (basis.today !== today) this.redate(basis, today);
		this.changed.clear();
		if (this.org === null && this.basis !== null) this.org = this.orgBuilder.build(this.basis.directory);
		const report: Report = {
			today,
			stakeholders: this.sortedStakeholders.slice(),
			followUps: this.sortedFollowUps.slice(),
			problems: mergeProblems(this.problemList.list(), this.org?.problems ?? NONE),
			withoutNote: this.unlinked.list(today, (path) => meetingOf(this.readings.get(path))),
			me: this.basis?.directory.mePath ?? null,
			commitments: this.commitments.list((path) => meetingOf(this.readings.get(path))?.date ?? null, this.basis?.calendar ?? new Calendar(today)),
		};
		if (this.org !== null) report.org = this.org.org;
		this.last = report;
		return report;
	}

	/** recomputeAll computes everything from the readings, as buildReport does. */
	private recomputeAll(resolve: LinkResolver, settings: CoreSettings, today: IsoDate): void {
		const people: PersonRecord[] = [];
		const meetings: MeetingRecord[] = [];
		const candidates: string[] = [];
		for (const [path, reading] of this.readings) {
			if (reading.record?.kind === "person") people.push(reading.record);
			else if (reading.record?.kind === "meeting") meetings.push(reading.record);
			else if (reading.candidate !== undefined) candidates.push(path);
		}
		const calendar = this.basis?.today === today ? this.basis.calendar : new Calendar(today);
		const found = this.linked.people(people, meetings, candidates, resolve, settings);
		const basis: Basis = { resolve, settings, today, calendar, directory: new PersonDirectory(found, resolve) };
		this.basis = basis;
		this.links = null;
		this.org = null;
		for (const part of [this.filing, this.orgBuilder, this.stakeholders, this.meetingFollowUps, this.personFollowUps, this.problemList, this.unlinked, this.commitments]) part.clear();

		const followUps: FollowUp[] = [];
		for (const meeting of meetings) {
			this.addMeeting(meeting, basis);
			const followUp = this.meetingFollowUps.get(meeting.path);
			if (followUp !== undefined) followUps.push(followUp);
		}
		const stakeholders: Stakeholder[] = [];
		for (const person of found.stakeholders) {
			const s = this.addStakeholder(person, basis);
			stakeholders.push(s);
			for (const followUp of this.personFollowUps.get(person.path) ?? NONE) followUps.push(followUp);
		}
		this.sortedStakeholders = stakeholders.sort(compareStakeholders);
		this.sortedFollowUps = followUps.sort(compareFollowUps);

		this.problemList.fileAll(this.readings.keys(), this.ownProblems);
	}

	/**
	 * redate moves the derived data to another day (midnight, a laptop woken the next morning): the
	 * meetings stay filed and resolved; follow-ups, stakeholders, dated problems and commitments are computed again.
	 */
	private redate(basis: Basis, today: IsoDate): void {
		const next: Basis = { ...basis, today, calendar: new Calendar(today) };
		this.basis = next;
		this.commitments.redate();
		const followUps: FollowUp[] = [];
		for (const path of this.filing.meetingPaths()) {
			const meeting = meetingOf(this.readings.get(path));
			// Whether a meeting has a follow-up does not depend on the day: each one is replaced.
			const followUp = meeting === null ? null : meetingFollowUp(meeting, this.filing.people(path), next.directory, next.calendar);
			if (followUp === null) continue;
			this.meetingFollowUps.set(path, followUp);
			followUps.push(followUp);
		}
		this.personFollowUps.clear();
		const stakeholders: Stakeholder[] = [];
		const dated: string[] = [];
		for (const [path, before] of this.stakeholders) {
			const person = this.linked.personAt(path, this.readings.get(path));
			if (person === null) continue;
			const had = this.problemList.derived.delete(path);
			// Their meetings are filed as they were: the stakeholder's sorted copy still holds.
			const s = this.stakeholderParts(person, before.meetings, next);
			if (had || this.problemList.derived.has(path)) dated.push(path);
			stakeholders.push(s);
			for (const followUp of this.personFollowUps.get(path) ?? NONE) followUps.push(followUp);
		}
		this.sortedStakeholders = stakeholders.sort(compareStakeholders);
		this.sortedFollowUps = followUps.sort(compareFollowUps);
		if (dated.length > 0) this.problemList.update(dated, this.ownProblems);
	}

	/**
	 * applyChanges brings the derived data up to date with the changed notes; returns false when
	 * the people changed and everything must be redone (the full pass then redoes whatever it had changed).
	 */
	private applyChanges(basis: Basis | null): boolean {
		if (basis === null) return false;
		if (this.linked.changesPeople(this.changed, basis.directory.mePath, (path) => this.linkHolders().holders(linkKey(path)), basis.resolve)) return false;

		const dirtyMeetings = new Set<string>();
		const dirtyPeople = new Set<string>();
		const dirtyProblems = new Set<string>();
		for (const [path, before] of this.changed) {
			const now = this.readings.get(path);
			if ((before === undefined) !== (now === undefined)) {
				// A note came or went: links with its basename may now find another note, your org's too.
				this.org = null;
				this.orgBuilder.clear();
				for (const holder of this.linkHolders().holders(linkKey(path))) {
					if (this.filing.has(holder)) dirtyMeetings.add(holder);
					else dirtyPeople.add(holder);
				}
			}
			const person = this.linked.personAt(path, now);
			// A note of a person folder that is not its person is no stakeholder: nothing to replace.
			if (person !== null && basis.directory.get(path) !== undefined) {
				if (!sameManagers(basis.directory.get(path), person)) {
					this.org = null;
					this.orgBuilder.forget(path);
				}
				basis.directory.replace(person);
				dirtyPeople.add(path);
				// Their 1:1 notes' follow-ups carry their name and influence.
				for (const meeting of this.filing.of(path)) dirtyMeetings.add(meeting.path);
			}
			if (meetingOf(before) !== null || meetingOf(now) !== null) dirtyMeetings.add(path);
			this.commitments.touched(path);
			dirtyProblems.add(path);
		}

		for (const path of dirtyMeetings) {
			const meeting = meetingOf(this.readings.get(path));
			// A meeting that names a note no one named, or no longer names the last, changes who the people are.
			if (this.linked.moves(path, meeting, basis.resolve)) return false;
			for (const person of this.removeMeeting(path)) dirtyPeople.add(person);
			if (meeting !== null) {
				for (const person of this.addMeeting(meeting, basis)) dirtyPeople.add(person);
				const followUp = this.meetingFollowUps.get(path);
				if (followUp !== undefined) insertSorted(this.sortedFollowUps, followUp, compareFollowUps);
			}
			dirtyProblems.add(path);
		}

		for (const path of dirtyPeople) {
			this.removeStakeholder(path);
			const person = this.linked.personAt(path, this.readings.get(path));
			if (person === null || basis.directory.get(path) === undefined) continue;
			insertSorted(this.sortedStakeholders, this.addStakeholder(person, basis), compareStakeholders);
			for (const followUp of this.personFollowUps.get(path) ?? NONE) insertSorted(this.sortedFollowUps, followUp, compareFollowUps);
		}

		if (dirtyProblems.size > 0) this.problemList.update(dirtyProblems, this.ownProblems);
		return true;
	}

	/** linkHolders is the index of links by key, built on first use from the readings as they are now (a note whose links changed is recomputed anyway). */
	private linkHolders(): LinkHolders {
		this.links ??= LinkHolders.of([...this.filing.meetingPaths(), ...this.stakeholders.keys()], (path) => this.readings.get(path)?.record);
		return this.links;
	}

	/** addMeeting resolves a 1:1 note and files it under its people; returns them. */
	private addMeeting(meeting: MeetingRecord, basis: Basis): string[] {
		const { people, problems, unlinked } = resolveMeeting(meeting, basis.directory, basis.settings);
		// A contact logged in a daily note is no 1:1: its tasks are the day's, not commitments.
		const logged = meeting.foundBy === BY_CONVERSATIONS;
		this.filing.file(logged ? { path: meeting.path, date: meeting.date, logged } : { path: meeting.path, date: meeting.date }, people);
		this.links?.add(meeting.path, linksOf(meeting));
		this.unlinked.set(meeting.path, unlinked);
		if (!logged) this.commitments.addMeeting(meeting, people, unlinked, basis.directory, basis.resolve);
		if (problems.length > 0) this.problemList.derived.set(meeting.path, problems);
		const followUp = meetingFollowUp(meeting, people, basis.directory, basis.calendar);
		if (followUp !== null) this.meetingFollowUps.set(meeting.path, followUp);
		return people;
	}

	/** removeMeeting takes out everything computed from a 1:1 note; returns the people it was filed under. */
	private removeMeeting(path: string): readonly string[] {
		const people = this.filing.unfile(path);
		this.links?.remove(path);
		this.problemList.derived.delete(path);
		this.unlinked.delete(path);
		this.commitments.removeMeeting(path);
		const followUp = this.meetingFollowUps.get(path);
		if (followUp !== undefined) removeSorted(this.sortedFollowUps, followUp, compareFollowUps);
		this.meetingFollowUps.delete(path);
		return people;
	}

	/** addStakeholder computes one stakeholder and their follow-ups (not yet in the sorted lists). */
	private addStakeholder(person: PersonRecord, basis: Basis): Stakeholder {
		this.links?.add(person.path, linksOf(person));
		return this.stakeholderParts(person, this.filing.sortedOf(person.path), basis);
	}

	/** stakeholderParts computes a stakeholder from their meetings, newest first, with their dated problems and follow-ups. */
	private stakeholderParts(person: PersonRecord, meetings: MeetingRef[], basis: Basis): Stakeholder {
		const s = stakeholderOf(person, meetings, basis.directory, basis.settings, basis.calendar);
		this.stakeholders.set(person.path, s);
		const dated = personProblems(person, basis.today);
		if (dated.length > 0) this.problemList.derived.set(person.path, dated);
		const followUps = stakeholderFollowUps(s, basis.calendar);
		if (followUps.length > 0) this.personFollowUps.set(person.path, followUps);
		return s;
	}

	/** removeStakeholder takes a stakeholder and their follow-ups out of the sorted lists. */
	private removeStakeholder(path: string): void {
		const s = this.stakeholders.get(path);
		if (s !== undefined) removeSorted(this.sortedStakeholders, s, compareStakeholders);
		this.stakeholders.delete(path);
		for (const followUp of this.personFollowUps.get(path) ?? NONE) removeSorted(this.sortedFollowUps, followUp, compareFollowUps);
		this.personFollowUps.delete(path);
		if (!this.filing.has(path)) this.problemList.derived.delete(path);
		this.links?.remove(path);
	}
}
