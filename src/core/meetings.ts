import type { Calendar } from "./contact";
import { compareNames, type PersonDirectory } from "./directory";
import { displayOfRef, foldName } from "./values";
import { shownName } from "./name-words";
import type { CoreSettings, FollowUp, IsoDate, MeetingRecord, NoteRef, Problem, UnlinkedName } from "./types";

/** A meeting's people: who its names find, the problems of its `with`, its follow-up, the names without a note. */

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
 * it), a name in `attendees` and the like is someone without a note yet, unless it is a link
 * to a note that is not a person's (`[[Atlas]]`, a project; `[[Platform Team]]`).
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
		const found = directory.find(ref, meeting.path, true);
		// A link to a note that is no stakeholder's (a project, a team, an old copy in an archive)
		// names no one without a note, nor do the words of a file name that find no one (`1-1 prep`);
		// a plain name is a person's, whatever note shares it.
		if (found === null && (ref.tentative === true || directory.linksToNote(ref, meeting.path))) continue;
		if (found === null) {
			const name = ref.folder === true ? titleOfFolder(ref.target) : shownName(ref);
			const folded = foldName(name);
			if (!unlinkedSeen.has(folded)) {
				unlinkedSeen.add(folded);
				unlinked.push(name);
			}
		} else if (found !== "me") {
			addPerson(found.path);
		}
	}
	// The people are kept for as long as the meeting is filed: a list grown by push holds room for 17.
	return { people: people.slice(), problems, unlinked };
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

/**
 * UnlinkedByMeeting keeps each meeting's names without a note and counts them over every
 * meeting only when one of those changed since the last count.
 */
export class UnlinkedByMeeting {
	private readonly byMeeting = new Map<string, readonly string[]>();
	private counted: { today: IsoDate; names: UnlinkedName[] } | null = null;

	clear(): void {
		this.byMeeting.clear();
		this.counted = null;
	}

	/** set files a meeting's names without a note (none: nothing to file). */
	set(path: string, names: readonly string[]): void {
		if (names.length === 0) return;
		this.byMeeting.set(path, names);
		this.counted = null;
	}

	delete(path: string): void {
		if (this.byMeeting.delete(path)) this.counted = null;
	}

	/** list counts the names over the meetings that took place by `today`, most meetings first. */
	list(today: IsoDate, meetingOf: (path: string) => MeetingRecord | null): UnlinkedName[] {
		if (this.counted === null || this.counted.today !== today) {
			const names = new UnlinkedNames(today);
			for (const [path, unlinked] of this.byMeeting) {
				const meeting = meetingOf(path);
				if (meeting !== null) names.add(unlinked, meeting);
			}
			this.counted = { today, names: names.list() };
		}
		return this.counted.names.slice();
	}
}
