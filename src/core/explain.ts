import { compareNames } from "./directory";
import type { IsoDate, LinkResolver, MeetingRecord, NoteReading, NoteRef, PersonRule, Report, SkipReason, UnlinkedName } from "./types";
import { foldName } from "./values";
import { shownName } from "./name-words";
import { inArchiveFolder } from "./conventions";
import { BY_NAME } from "./title-names";

/**
 * What the plugin found in a vault, and why: how many people each rule found, how many
 * meetings each key named, the names without a note, and what was skipped. Shown on the
 * dashboard's first screen, in the settings beside each rule, and by `managing-up explain`.
 */
export interface Explanation {
	/** Stakeholders, by the rule and the value or folder that found them, most first. */
	people: { total: number; byRule: { rule: PersonRule; detail: string; count: number }[] };
	/** Meetings and other interactions, by the key or rule that named their people, most first. */
	meetings: { total: number; byKey: { key: string; count: number }[] };
	/** Names in meetings without a person note. */
	withoutNote: { total: number; top: UnlinkedName[] };
	/** The notes meetings link to among their people that no rule makes a person (a project, a team, a note whose type says something else), most linked first. */
	linkedNotPeople: { total: number; top: LinkedNote[] };
	/** Notes left out, by reason. */
	skipped: Record<SkipReason, number>;
	/** The user: their person note (when set or found by the alias `Me`), else the name most meetings hold, as a suggestion. */
	me: { path: string | null; suggestion: string | null };
}

/** A note that meetings link to among their people, and that is no one's. */
export interface LinkedNote {
	path: string;
	/** How many meetings dated today or earlier link to it. */
	meetings: number;
	/** The latest of them. */
	lastDate: IsoDate;
	/** Why it is no one's, when its reading says: "an archived copy", "a template", "a meeting". */
	why: string | null;
}

/** How the notes' links are followed: Obsidian's resolution, and the reading of the note a link finds. */
export interface NoteLinks {
	resolve: LinkResolver;
	readingAt: (path: string) => NoteReading | undefined;
}

/** What a note skipped whole is, in a person's words. */
const SKIPPED_WORDS: Readonly<Record<SkipReason, string>> = { archive: "an archived copy", template: "a template", excluded: "an excluded file", cancelled: "a cancelled meeting" };

/**
 * linkedNotPeople are the notes the meetings' attendee links find (as Obsidian resolves them)
 * that are neither a stakeholder, nor you, nor any person: since such a link names no one
 * without a note either, this is where a note the rules do not count (`type: colleague`) shows.
 */
function linkedNotPeople(meetings: readonly MeetingRecord[], report: Report, { resolve, readingAt }: NoteLinks): LinkedNote[] {
	const people = new Set(report.stakeholders.map((s) => s.path));
	const found = new Map<string, LinkedNote>();
	for (const meeting of meetings) {
		const seen = new Set<string>();
		for (const ref of meeting.attendees) {
			if (!ref.isLink || ref.folder === true) continue;
			const path = resolve(ref.target, meeting.path);
			if (path === null || seen.has(path) || people.has(path) || path === report.me || path === meeting.path) continue;
			seen.add(path);
			const reading = readingAt(path);
			if (reading === undefined || reading.record?.kind === "person") continue;
			const entry = found.get(path);
			const date = meeting.date ?? report.today;
			if (entry !== undefined) {
				entry.meetings++;
				if (date > entry.lastDate) entry.lastDate = date;
				continue;
			}
			const why = reading.skipped !== undefined ? SKIPPED_WORDS[reading.skipped] : reading.record?.kind === "meeting" ? "a meeting" : inArchiveFolder(path) ? "in an archive folder" : null;
			found.set(path, { path, meetings: 1, lastDate: date, why });
		}
	}
	return [...found.values()].sort((a, b) => b.meetings - a.meetings || compareNames(a.path, b.path));
}

/** RULE_WORDS say each rule in a person's words, for the lists of what was found. */
export const RULE_WORDS: Readonly<Record<PersonRule, string>> = {
	"person-property": "a person property",
	"person-type": "a person type or category",
	"person-tag": "a person tag",
	"people-folder": "a people folder",
	"person-folder": "one folder per person",
	"named-in-meetings": "a note your meetings name",
};

function counted<T extends string>(counts: Map<T, number>): { key: T; count: number }[] {
	return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || compareNames(a.key, b.key));
}

/** foldedName is how a meeting's reference is listed among the names without a note (shownName), folded. */
function foldedName(ref: NoteRef): string {
	return foldName(shownName(ref).trim());
}

/**
 * inMostGroupMeetings says whether a name is in at least two of the dated meetings that name
 * two people or more, and in half of them. A 1:1 note names the other person, not its writer:
 * the name most 1:1 notes hold is your manager's, or the one person a vault of tags names,
 * while you are in the meetings of several.
 */
function inMostGroupMeetings(name: string, meetings: readonly MeetingRecord[]): boolean {
	const wanted = foldName(name.trim());
	let groups = 0;
	let holding = 0;
	for (const record of meetings) {
		const names = new Set([...record.with, ...record.attendees].map(foldedName));
		if (names.size < 2) continue;
		groups++;
		if (names.has(wanted)) holding++;
	}
	return holding >= 2 && holding * 2 >= groups;
}

/**
 * mostNamed is the name most meetings dated by today hold, of those without a note and of the
 * notes that are people only because meetings name them (the user's own plain note, linked in
 * every meeting, is one): the first named more often, the one without a note on a tie.
 */
function mostNamed(report: Report): { name: string; meetings: number } | null {
	const unlinked = report.withoutNote[0];
	let best: { name: string; meetings: number } | null = unlinked === undefined ? null : { name: unlinked.name, meetings: unlinked.meetings };
	for (const s of report.stakeholders) {
		if (s.foundBy !== "named-in-meetings") continue;
		const meetings = s.meetings.filter((m) => m.date !== null && m.date <= report.today).length;
		if (best === null || meetings > best.meetings) best = { name: s.person, meetings };
	}
	return best;
}

/**
 * explain counts what the rules found in every note's reading and in the report built from
 * them. The name most meetings hold is suggested as the user's own when it is in at least a
 * third of the dated meetings (and three or more) and in most of those that name several people
 * (inMostGroupMeetings): in most vaults that is the owner (jvallery/Notes: in 318 of 646, as its
 * 1:1 notes name only the other person). With `links`, the notes meetings link
 * to that are no one's are listed too (linkedNotPeople).
 */
export function explain(readings: Iterable<NoteReading>, report: Report, me = "", links: NoteLinks | null = null): Explanation {
	const mePath = report.me;
	const byRule = new Map<string, { rule: PersonRule; detail: string; count: number }>();
	for (const s of report.stakeholders) {
		const key = `${s.foundBy}\u0000${s.foundDetail}`;
		const entry = byRule.get(key);
		if (entry) entry.count++;
		else byRule.set(key, { rule: s.foundBy, detail: s.foundDetail, count: 1 });
	}
	const byKey = new Map<string, number>();
	const skipped: Record<SkipReason, number> = { template: 0, excluded: 0, archive: 0, cancelled: 0 };
	let meetings = 0;
	// The meetings dated today or earlier (readings may be an iterator: it is walked once).
	const dated: MeetingRecord[] = [];
	// A file name's words that found no one (`2026-11-19 1-1 prep`) made no meeting of it.
	let filed: ReadonlySet<string> | null = null;
	for (const reading of readings) {
		if (reading.skipped !== undefined) skipped[reading.skipped]++;
		if (reading.record?.kind !== "meeting") continue;
		if (reading.record.foundBy === BY_NAME) {
			filed ??= new Set(report.stakeholders.flatMap((s) => s.meetings.map((m) => m.path)));
			if (!filed.has(reading.record.path)) continue;
		}
		meetings++;
		if (reading.record.date !== null && reading.record.date <= report.today) dated.push(reading.record);
		byKey.set(reading.record.foundBy, (byKey.get(reading.record.foundBy) ?? 0) + 1);
	}
	const linked = links === null ? [] : linkedNotPeople(dated, report, links);
	const top = mostNamed(report);
	// Once the user has said who they are (a note, or a name without one), nothing is suggested.
	const frequent = mePath === null && me.trim() === "" && top !== null && top.meetings >= 3 && top.meetings * 3 >= dated.length;
	const suggestion = frequent && inMostGroupMeetings(top.name, dated) ? top.name : null;
	return {
		people: {
			total: report.stakeholders.length,
			byRule: [...byRule.values()].sort((a, b) => b.count - a.count || compareNames(a.detail, b.detail)),
		},
		meetings: { total: meetings, byKey: counted(byKey).map(({ key, count }) => ({ key, count })) },
		withoutNote: { total: report.withoutNote.length, top: report.withoutNote.slice(0, 10) },
		linkedNotPeople: { total: linked.length, top: linked.slice(0, 10) },
		skipped,
		me: { path: mePath, suggestion },
	};
}
