import { RULE_WORDS, type Explanation } from "./explain";
import { foldName } from "./values";
import { titleOf } from "./records";
import { peopleText, plural } from "./words";
import type { ConventionRules, IsoDate, PersonRule, Report, UnlinkedName } from "./types";

/**
 * The view model of "What it found" (the first thing the dashboard shows) and of "People
 * without a note": plain data and ready-made sentences, from the core's explanation and the
 * report. The settings tab takes its per-rule counts and its preview sentence from here too.
 */

/** Names without a note in one page of their list. */
export const WITHOUT_NOTE_PAGE = 25;

/** What "What it found" shows. */
export interface FoundModel {
	/** Whether it is drawn in full; else it is one line. */
	open: boolean;
	/** Whether it offers "Got it": not while no stakeholder was found (it is then always open). */
	canDismiss: boolean;
	/** The one line shown when it is closed: "73 people, 458 meetings, 24 names without a note". */
	summary: string;
	/** The sentences shown when it is open, one a line, "Nothing in your notes was changed." last. */
	lines: string[];
}

/** A name in meetings without a person note, as a row. */
export interface WithoutNoteRow {
	/** Stable key across redraws: the name, case-folded. */
	key: string;
	name: string;
	/** "12 meetings, last 5 Jan". */
	meetingsText: string;
	/** The latest meeting that names them, for "Open". */
	lastPath: string;
}

/** What "People without a note" shows. */
export interface WithoutNoteSection {
	/** Every name without a note. */
	total: number;
	rows: WithoutNoteRow[];
	/** Names not built because of the page size. */
	hidden: number;
	/** How many of the hidden names the next page adds. */
	more: number;
	/** The name that is probably the user (most meetings hold it), for "Is this you?"; null when none. */
	suggestion: string | null;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** shortDate writes a calendar date as "5 Jan", with the year when it is not today's: "5 Jan 2025". */
export function shortDate(date: IsoDate, today: IsoDate): string {
	const [year, month, day] = date.split("-");
	const text = `${Number(day)} ${MONTHS[Number(month) - 1] ?? month ?? ""}`;
	return year === today.slice(0, 4) ? text : `${text} ${year ?? ""}`;
}

/** meetingsText says how many meetings name someone and when the latest was: "12 meetings, last 5 Jan". */
export function meetingsText(name: Pick<UnlinkedName, "meetings" | "lastDate">, today: IsoDate): string {
	const meetings = plural(name.meetings, "meeting");
	return name.lastDate === null ? meetings : `${meetings}, last ${shortDate(name.lastDate, today)}`;
}

function ruleText(rule: PersonRule, detail: string, n: number): string {
	return detail === "" ? `${RULE_WORDS[rule]} ${n}` : `${RULE_WORDS[rule]} (${detail}) ${n}`;
}

/** foundLines say what was found in a sentence each (see design.md, "What it found, and why"). */
export function foundLines(found: Explanation): string[] {
	const { people, meetings, withoutNote, skipped } = found;
	const lines: string[] = [];
	lines.push(
		people.total === 0
			? "No people found yet: no note has a person property, type, tag or folder."
			: `${peopleText(people.total)} — ${people.byRule.map((r) => ruleText(r.rule, r.detail, r.count)).join(", ")}`,
	);
	if (meetings.total === 0) lines.push(people.total === 0 ? "No meetings found." : "No meetings name them yet.");
	else {
		const verb = meetings.total === 1 ? "names" : "name";
		const keys = meetings.byKey.map((k) => `${k.key} ${k.count}`).join(", ");
		lines.push(`${plural(meetings.total, "meeting")} ${verb} them — ${keys}`);
	}
	if (withoutNote.total > 0) {
		lines.push(`${plural(withoutNote.total, "name")} in meetings ${withoutNote.total === 1 ? "has" : "have"} no note yet`);
	} else if (meetings.total > 0) {
		lines.push("Everyone your meetings name has a note.");
	}
	const linked = found.linkedNotPeople;
	if (linked.total > 0) {
		const titles = linked.top.slice(0, 3).map((note) => titleOf(note.path));
		const more = linked.total > titles.length ? `, and ${linked.total - titles.length} more` : "";
		lines.push(`${plural(linked.total, "note")} your meetings link to as people ${linked.total === 1 ? "is" : "are"} no one's: ${titles.join(", ")}${more}`);
	}
	const skips = [
		skipped.template > 0 ? plural(skipped.template, "template") : null,
		skipped.excluded > 0 ? plural(skipped.excluded, "excluded file") : null,
		skipped.archive > 0 ? plural(skipped.archive, "archived copy", "archived copies") : null,
		skipped.cancelled > 0 ? plural(skipped.cancelled, "cancelled meeting") : null,
	].filter((s): s is string => s !== null);
	if (skips.length > 0) lines.push(`Skipped ${skips.join(", ")}`);
	if (found.me.path !== null) lines.push(`Your own note, ${found.me.path}, is never a stakeholder.`);
	lines.push("Nothing in your notes was changed.");
	return lines;
}

/** foundSummary is "What it found" in one line: "73 people, 458 meetings, 24 names without a note". */
export function foundSummary(found: Explanation): string {
	const parts = [peopleText(found.people.total), plural(found.meetings.total, "meeting")];
	if (found.withoutNote.total > 0) parts.push(`${plural(found.withoutNote.total, "name")} without a note`);
	return parts.join(", ");
}

/** buildFoundModel is "What it found": open until the user said "Got it", and always while no one was found. */
export function buildFoundModel(found: Explanation, dismissed: boolean): FoundModel {
	const canDismiss = found.people.total > 0;
	return { open: !dismissed || !canDismiss, canDismiss, summary: foundSummary(found), lines: foundLines(found) };
}

/**
 * buildWithoutNote is the first `limit` names without a note, most meetings first, and the
 * likely user unless the user already said who they are (`meSet`).
 */
export function buildWithoutNote(report: Report, found: Explanation, limit = WITHOUT_NOTE_PAGE, meSet = false): WithoutNoteSection {
	const rows = report.withoutNote.slice(0, limit).map((name) => ({
		key: foldName(name.name),
		name: name.name,
		meetingsText: meetingsText(name, report.today),
		lastPath: name.lastPath,
	}));
	const hidden = report.withoutNote.length - rows.length;
	return { total: report.withoutNote.length, rows, hidden, more: Math.min(hidden, WITHOUT_NOTE_PAGE), suggestion: meSet ? null : found.me.suggestion };
}

/** One convention of real vaults, as the settings tab lists it. */
export interface ConventionField {
	key: keyof ConventionRules;
	name: string;
	desc: string;
}

/** CONVENTION_FIELDS are the rules of `ConventionRules` in the order the settings show them, each with a line on what it does. */
export const CONVENTION_FIELDS: readonly ConventionField[] = [
	{ key: "personProperty", name: "Person property", desc: "A note with person: Jane Doe (or a link to itself) is a person." },
	{ key: "personType", name: "Person type or category", desc: "A type, category or categories such as people or [[People]] makes a note a person." },
	{ key: "personTags", name: "Person tags", desc: "A tag such as person, contact or people/colleague makes a note a person; on a meeting, people/jane-doe names who took part." },
	{ key: "peopleFolders", name: "People and contacts folders", desc: "Every note in a folder named like People or Contacts is a person." },
	{ key: "personFolders", name: "One folder per person", desc: "A folder such as People/Niko Dukic with its own note is one person; its other notes are about them." },
	{ key: "meetingKeys", name: "Meeting attendees", desc: "Meetings name people in people, attendees or participants: links, names, lists or one comma-separated line." },
	{ key: "aboutNotes", name: "Notes about a person", desc: "A dated note with person: [[Someone else]], such as a review, is a contact with them." },
	{
		key: "linkedNotes",
		name: "Notes your meetings name",
		desc: "A note that a meeting links to in with, attendees or participants is a person, even with no property of its own.",
	},
	{ key: "templates", name: "Skip templates", desc: "Notes in template folders, or full of unfilled template syntax, are left out." },
	{ key: "excluded", name: "Skip excluded files", desc: "Files excluded in Obsidian's files and links options are left out." },
	{ key: "archives", name: "Skip archived copies", desc: "Person notes in archive folders are old copies, not people." },
];

const PEOPLE_RULES: Partial<Record<keyof ConventionRules, PersonRule>> = {
	personProperty: "person-property",
	personType: "person-type",
	personTags: "person-tag",
	peopleFolders: "people-folder",
	personFolders: "person-folder",
	linkedNotes: "named-in-meetings",
};

/** The keys under which meetings are found by rules other than the meeting-keys rule. */
const NOT_MEETING_KEYS = new Set(["with", "person", "person folder"]);

/** ruleFoundText says what a rule finds in the vault now: "found 71 people", "skipped 12 templates". */
export function ruleFoundText(found: Explanation, rule: keyof ConventionRules): string {
	const person = PEOPLE_RULES[rule];
	if (person !== undefined) {
		const n = found.people.byRule.filter((r) => r.rule === person).reduce((sum, r) => sum + r.count, 0);
		return `found ${peopleText(n)}`;
	}
	const meetings = (keep: (key: string) => boolean): string =>
		`found ${plural(
			found.meetings.byKey.filter((k) => keep(k.key)).reduce((sum, k) => sum + k.count, 0),
			"meeting",
		)}`;
	switch (rule) {
		case "meetingKeys":
			return meetings((key) => !NOT_MEETING_KEYS.has(key));
		case "aboutNotes":
			return meetings((key) => key === "person");
		case "templates":
			return `skipped ${plural(found.skipped.template, "template")}`;
		case "excluded":
			return `skipped ${plural(found.skipped.excluded, "excluded file")}`;
		default:
			return `skipped ${plural(found.skipped.archive, "archived copy", "archived copies")}`;
	}
}

/** previewText compares a trial with what is found now: "Would find 75 people (now 73), 460 meetings (now 458)." */
export function previewText(now: Explanation, trial: Explanation): string {
	const people = `${peopleText(trial.people.total)} (now ${now.people.total})`;
	const meetings = `${plural(trial.meetings.total, "meeting")} (now ${now.meetings.total})`;
	const names = trial.withoutNote.total === now.withoutNote.total ? "" : `, ${plural(trial.withoutNote.total, "name")} without a note (now ${now.withoutNote.total})`;
	return `Would find ${people}, ${meetings}${names}.`;
}
