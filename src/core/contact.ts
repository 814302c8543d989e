import { addCadence, daysBetween } from "./dates";
import type { PersonDirectory } from "./directory";
import type { Cadence, ContactStatus, CoreSettings, FollowUp, IsoDate, Level, MeetingRef, PersonRecord, Problem, Stakeholder } from "./types";

/** A stakeholder's contact: cadence, next contact, status, and the follow-ups and problems that come of them. */

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
		contactHistory: record.contactHistory,
		followUpsDone: record.followUpsDone,
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
