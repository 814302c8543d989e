import { addCadence, daysBetween } from "./dates";
import { displayOfRef, foldName } from "./values";
import { PersonDirectory, compareNames, peopleOf } from "./directory";
import {
	STATUS_RANK,
	type Cadence,
	type ContactStatus,
	type CoreSettings,
	type FollowUp,
	type IsoDate,
	type Level,
	type LinkResolver,
	type MeetingRecord,
	type MeetingRef,
	type NoteReading,
	type NoteRef,
	type PersonRecord,
	type Problem,
	type Report,
	type Stakeholder,
	type UnlinkedName,
} from "./types";

export { PersonDirectory, compareNames } from "./directory";

const LEVEL_RANK: Readonly<Record<Level, number>> = { high: 0, medium: 1, low: 2 };

/** levelRank orders influence high first, then medium, low, and none last. */
export function levelRank(level: Level | null): number {
	return level === null ? 3 : LEVEL_RANK[level];
}

function compareDates(a: IsoDate | null, b: IsoDate | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? -1 : 1;
}

/** compareStakeholders is the dashboard's and the CLI's order: status, next contact, influence, name. */
export function compareStakeholders(a: Stakeholder, b: Stakeholder): number {
	return (
		STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
		compareDates(a.nextContact, b.nextContact) ||
		levelRank(a.influence) - levelRank(b.influence) ||
		compareNames(a.person, b.person) ||
		compareNames(a.path, b.path)
	);
}

/** compareFollowUps orders follow-ups by due date, then influence (high first), then name. */
export function compareFollowUps(a: FollowUp, b: FollowUp): number {
	return (
		compareDates(a.due, b.due) ||
		levelRank(a.influence) - levelRank(b.influence) ||
		compareNames(a.person, b.person) ||
		compareNames(a.path, b.path) ||
		(a.kind === b.kind ? 0 : a.kind === "contact" ? -1 : 1)
	);
}

/** defaultCadence is the settings' cadence for an influence level. */
export function defaultCadence(influence: Level | null, settings: CoreSettings): Cadence {
	return { count: settings.defaultCadenceDays[influence ?? "unset"], unit: "days" };
}

/**
 * Calendar answers the date questions of one report and remembers each answer: a vault
 * repeats the same few hundred dates, and date-fns costs microseconds a call.
 */
export class Calendar {
	private readonly since = new Map<IsoDate, number>();
	private readonly after = new Map<string, IsoDate>();

	constructor(readonly today: IsoDate) {}

	/** daysSince counts calendar days from a date to today (negative for a date after today). */
	daysSince(date: IsoDate): number {
		let days = this.since.get(date);
		if (days === undefined) {
			days = daysBetween(date, this.today);
			this.since.set(date, days);
		}
		return days;
	}

	/** next is a date moved on by a cadence. */
	next(date: IsoDate, cadence: Cadence): IsoDate {
		const key = `${date}/${cadence.count}/${cadence.unit}`;
		let next = this.after.get(key);
		if (next === undefined) {
			next = addCadence(date, cadence);
			this.after.set(key, next);
		}
		return next;
	}
}

/** contactStatus computes a stakeholder's status from their effective last contact and cadence. */
export function contactStatus(
	lastContact: IsoDate | null,
	cadence: Cadence,
	snoozeUntil: IsoDate | null,
	dueSoonDays: number,
	today: IsoDate,
	calendar: Calendar = new Calendar(today),
): { status: ContactStatus; nextContact: IsoDate | null; daysOverdue: number } {
	const nextContact = lastContact === null ? null : calendar.next(lastContact, cadence);
	if (snoozeUntil !== null && snoozeUntil > today) return { status: "snoozed", nextContact, daysOverdue: 0 };
	if (nextContact === null) return { status: "never", nextContact, daysOverdue: 0 };
	const daysUntil = -calendar.daysSince(nextContact);
	if (daysUntil < 0) return { status: "overdue", nextContact, daysOverdue: -daysUntil };
	if (daysUntil < dueSoonDays) return { status: "due-soon", nextContact, daysOverdue: 0 };
	return { status: "ok", nextContact, daysOverdue: 0 };
}

function describeRef(ref: NoteRef): string {
	if (!ref.isLink) return ref.target;
	return ref.alias === null ? `[[${ref.target}]]` : `[[${ref.target}|${ref.alias}]]`;
}

/** What a meeting's people resolve to: its stakeholders, first one first; a problem per `with` link that finds no one; the names without a note. */
export interface ResolvedMeeting {
	people: string[];
	problems: Problem[];
	/** Names in the other meeting keys that match no person note, once each, as written. */
	unlinked: string[];
}

/**
 * resolveMeeting resolves each person a meeting names, once each, in the order written. The
 * user themself is left out; a `with` link that finds no one is a problem (the plugin wrote
 * it), a name in `attendees` and the like is someone without a note yet.
 */
export function resolveMeeting(meeting: MeetingRecord, directory: PersonDirectory, settings: CoreSettings): ResolvedMeeting {
	const withKey = settings.properties.with[0] ?? "with";
	const people: string[] = [];
	const problems: Problem[] = [];
	const unlinked: string[] = [];
	// Sets beside the lists: a meeting may name thousands of people, and each is looked up once.
	const peopleSeen = new Set<string>();
	const unlinkedSeen = new Set<string>();
	const addPerson = (path: string): void => {
		if (peopleSeen.has(path)) return;
		peopleSeen.add(path);
		people.push(path);
	};
	for (const ref of meeting.with) {
		const found = directory.find(ref, meeting.path);
		if (found === null) {
			problems.push({
				path: meeting.path,
				key: withKey,
				value: describeRef(ref),
				message: `${withKey}: '${describeRef(ref)}' does not match any person note; fix the link or add person: to that note`,
			});
		} else if (found !== "me") {
			addPerson(found.path);
		}
	}
	for (const ref of meeting.attendees) {
		const found = directory.find(ref, meeting.path);
		if (found === null) {
			const name = ref.folder === true ? titleOfFolder(ref.target) : displayOfRef(ref);
			const folded = foldName(name);
			if (!unlinkedSeen.has(folded)) {
				unlinkedSeen.add(folded);
				unlinked.push(name);
			}
		} else if (found !== "me") {
			addPerson(found.path);
		}
	}
	return { people, problems, unlinked };
}

function titleOfFolder(folder: string): string {
	return folder.slice(folder.lastIndexOf("/") + 1);
}

/** UnlinkedNames counts the names without a note over every meeting: how many meetings name each, and the latest. */
export class UnlinkedNames {
	private readonly byName = new Map<string, UnlinkedName>();

	constructor(private readonly today: IsoDate) {}

	/** add counts a meeting's names without a note, when it took place (dated today or earlier). */
	add(names: readonly string[], meeting: MeetingRecord): void {
		if (meeting.date === null || meeting.date > this.today) return;
		for (const name of names) {
			const key = foldName(name);
			const entry = this.byName.get(key);
			if (entry === undefined) {
				this.byName.set(key, { name, meetings: 1, lastDate: meeting.date, lastPath: meeting.path });
				continue;
			}
			entry.meetings++;
			// The latest meeting (then the first path) gives the date, the path and the name as
			// written there: the same answer whatever order the meetings come in.
			if (meeting.date > (entry.lastDate ?? "") || (meeting.date === entry.lastDate && meeting.path < entry.lastPath)) {
				entry.lastDate = meeting.date;
				entry.lastPath = meeting.path;
				entry.name = name;
			}
		}
	}

	/** list is every name, most meetings first, then the latest first, then by name. */
	list(): UnlinkedName[] {
		return [...this.byName.values()].sort(
			(a, b) => b.meetings - a.meetings || -compareDatesNullLast(a.lastDate, b.lastDate) || compareNames(a.name, b.name),
		);
	}
}

function compareDatesNullLast(a: IsoDate | null, b: IsoDate | null): number {
	if (a === b) return 0;
	if (a === null) return -1;
	if (b === null) return 1;
	return a < b ? -1 : 1;
}

/**
 * personProblems are a person's problems that depend on the day: a `last-contact` after today
 * (it does not count, as a 1:1 note dated after today does not).
 */
export function personProblems(record: PersonRecord, today: IsoDate): Problem[] {
	if (record.lastContact === null || record.lastContact <= today) return [];
	const key = record.lastContactKey ?? "last-contact";
	return [
		{
			path: record.path,
			key,
			value: record.lastContact,
			message: `${key}: '${record.lastContact}' is after today; write the date of your last real conversation (a planned one is a follow-up)`,
		},
	];
}

/** meetingFollowUp is a 1:1 note's own follow-up, attributed to the first person it resolves to. */
export function meetingFollowUp(
	meeting: MeetingRecord,
	people: readonly string[],
	directory: PersonDirectory,
	calendar: Calendar,
): FollowUp | null {
	if (meeting.followUp === null) return null;
	const first = people[0];
	const person = first === undefined ? undefined : directory.get(first);
	const firstRef = meeting.with[0] ?? meeting.attendees[0];
	return {
		kind: "follow-up",
		path: meeting.path,
		person: person?.person ?? (firstRef ? (firstRef.folder === true ? titleOfFolder(firstRef.target) : displayOfRef(firstRef)) : meeting.title),
		personPath: person?.path ?? null,
		due: meeting.followUp,
		text: meeting.followUpNote ?? "Follow up",
		overdueDays: Math.max(0, calendar.daysSince(meeting.followUp)),
		influence: person?.influence ?? null,
	};
}

/** compareMeetings orders a stakeholder's 1:1 notes newest first (undated last), then by path. */
export function compareMeetings(a: MeetingRef, b: MeetingRef): number {
	return -compareDates(a.date, b.date) || compareNames(a.path, b.path);
}

/**
 * stakeholderOf computes one stakeholder from their note and their 1:1 notes (sorted by
 * compareMeetings): effective last contact, cadence, next contact and status.
 */
export function stakeholderOf(
	record: PersonRecord,
	meetings: MeetingRef[],
	directory: PersonDirectory,
	settings: CoreSettings,
	calendar: Calendar,
): Stakeholder {
	const today = calendar.today;
	// A date after today is a problem (personProblems) and counts as absent, as a future 1:1 note does.
	let lastContact = record.lastContact !== null && record.lastContact <= today ? record.lastContact : null;
	for (const meeting of meetings) {
		if (meeting.date !== null && meeting.date <= today && (lastContact === null || meeting.date > lastContact)) {
			lastContact = meeting.date;
		}
	}
	const cadence = record.cadence ?? defaultCadence(record.influence, settings);
	const status = contactStatus(lastContact, cadence, record.snoozeUntil, settings.dueSoonDays, today, calendar);
	// Every field written out: a spread of the record (`{ ...record, … }`) made V8 build
	// each stakeholder on its slow path, about half of buildReport's time on a large vault.
	// The keys keep the order the spread gave them.
	return {
		kind: record.kind,
		path: record.path,
		title: record.title,
		person: record.person,
		role: record.role,
		relationship: record.relationship,
		influence: record.influence,
		interest: record.interest,
		lastContact,
		cadence,
		followUp: record.followUp,
		followUpNote: record.followUpNote,
		snoozeUntil: record.snoozeUntil,
		lastContactKey: record.lastContactKey,
		reportsTo: record.reportsTo,
		caresAbout: record.caresAbout,
		aliases: record.aliases,
		foundBy: record.foundBy,
		foundDetail: record.foundDetail,
		folder: record.folder,
		subfolder: record.subfolder,
		ownLastContact: record.lastContact,
		cadenceIsDefault: record.cadence === null,
		status: status.status,
		nextContact: status.nextContact,
		daysOverdue: status.daysOverdue,
		daysSinceContact: lastContact === null ? null : calendar.daysSince(lastContact),
		reportsToPath: record.reportsTo === null ? null : directory.findPath(record.reportsTo, record.path),
		meetings,
	};
}

/** stakeholderFollowUps are a stakeholder's contact reminder (when due) and their note's own follow-up. */
export function stakeholderFollowUps(s: Stakeholder, calendar: Calendar): FollowUp[] {
	const out: FollowUp[] = [];
	if (s.status === "overdue" || s.status === "never" || s.status === "due-soon") {
		const due = s.nextContact ?? calendar.today;
		out.push({
			kind: "contact",
			path: s.path,
			person: s.person,
			personPath: s.path,
			due,
			text: "Get in touch",
			overdueDays: Math.max(0, calendar.daysSince(due)),
			influence: s.influence,
		});
	}
	if (s.followUp !== null) {
		out.push({
			kind: "follow-up",
			path: s.path,
			person: s.person,
			personPath: s.path,
			due: s.followUp,
			text: s.followUpNote ?? "Follow up",
			overdueDays: Math.max(0, calendar.daysSince(s.followUp)),
			influence: s.influence,
		});
	}
	return out;
}

/**
 * compareProblemPaths orders problems by their note's path; a stable sort keeps each note's
 * own problems first, then those of its `with`, each in the order written.
 */
export function compareProblemPaths(a: Problem, b: Problem): number {
	return compareNames(a.path, b.path);
}

/**
 * buildReport computes everything shown for one day from the readings of every note: each
 * stakeholder's effective last contact, cadence and status, the follow-up list and the
 * problems, each in the design's order. The order of the readings does not matter.
 */
export function buildReport(
	readings: Iterable<NoteReading>,
	resolve: LinkResolver,
	settings: CoreSettings,
	today: IsoDate,
): Report {
	const people: PersonRecord[] = [];
	const meetings: MeetingRecord[] = [];
	const problems: Problem[] = [];
	for (const reading of readings) {
		problems.push(...reading.problems);
		if (reading.record?.kind === "person") people.push(reading.record);
		else if (reading.record?.kind === "meeting") meetings.push(reading.record);
	}
	const found = peopleOf(people, settings.me);
	const directory = new PersonDirectory(found, resolve);
	const calendar = new Calendar(today);

	const meetingsByPerson = new Map<string, MeetingRef[]>();
	const followUps: FollowUp[] = [];
	const unlinked = new UnlinkedNames(today);
	for (const meeting of meetings) {
		const resolved = resolveMeeting(meeting, directory, settings);
		problems.push(...resolved.problems);
		unlinked.add(resolved.unlinked, meeting);
		for (const path of resolved.people) {
			const list = meetingsByPerson.get(path) ?? [];
			list.push({ path: meeting.path, date: meeting.date });
			meetingsByPerson.set(path, list);
		}
		const followUp = meetingFollowUp(meeting, resolved.people, directory, calendar);
		if (followUp !== null) followUps.push(followUp);
	}

	const stakeholders = found.stakeholders.map((record) => {
		problems.push(...personProblems(record, today));
		return stakeholderOf(record, (meetingsByPerson.get(record.path) ?? []).sort(compareMeetings), directory, settings, calendar);
	});
	stakeholders.sort(compareStakeholders);
	for (const s of stakeholders) followUps.push(...stakeholderFollowUps(s, calendar));
	followUps.sort(compareFollowUps);
	problems.sort(compareProblemPaths);

	return { today, stakeholders, followUps, problems, withoutNote: unlinked.list(), me: found.me?.path ?? null };
}
