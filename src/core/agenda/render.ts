import { daysBetween, toLocalDate } from "../dates";
import { inArchiveFolder } from "../conventions";
import type { FollowUp, IsoDate, MeetingRef, Report, Stakeholder } from "../types";
import { daysAgo, overdueBy, plural } from "../words";
import { carriedTaskLines, itemKey, openItems, type OpenItem } from "./tasks";
import { agendaCommitments, commitmentLine, commitmentsBrief, type AgendaCommitment } from "./commitments";
import { wikilink } from "./links";

/**
 * Agenda rendering: a template's placeholders filled in for one person on one day, under a
 * short prep brief. Pure: the caller hands over the stakeholder, the report, the previous 1:1
 * note's text and today.
 */

/** A follow-up as an agenda shows it. */
export interface AgendaFollowUp {
	text: string;
	due: IsoDate;
	overdueDays: number;
	/** The 1:1 note that holds it, as a wikilink; null when it is on the person note. */
	link: string | null;
}

/**
 * Writes a date with moment tokens (`YYYY-MM-DD`, `dddd`): in the plugin, Obsidian's own moment
 * (the user's locale, as in core Templates); in the CLI, `formatMoment`.
 */
export type DateFormatter = (date: Date, pattern: string) => string;

/** Everything a template's placeholders can say about one person on one day. */
export interface AgendaContext {
	/** How `{{date:FORMAT}}` writes a date. */
	formatDate: DateFormatter;
	person: string;
	role: string | null;
	relationship: string | null;
	today: IsoDate;
	/** The local time of day for time tokens (`{{date:HH:mm}}`); null means midnight. */
	time: { hours: number; minutes: number; seconds: number } | null;
	lastContact: IsoDate | null;
	daysSinceContact: number | null;
	/** Days past the next contact, 0 unless overdue. */
	daysOverdue: number;
	caresAbout: string[];
	/** The previous 1:1 note's open tasks, still to be marked with where they came from. */
	openItems: OpenItem[];
	followUps: AgendaFollowUp[];
	/** Open commitments both ways with this person, mine first; absent, none. */
	commitments?: AgendaCommitment[];
	/** The person's note as a wikilink: the owner marker of a carried `They will` item. */
	personLink?: string;
	/** The previous 1:1 note with this person, as a wikilink; null when there is none. */
	previous: string | null;
}

/** What a caller knows when it wants an agenda. */
export interface AgendaInput {
	stakeholder: Stakeholder;
	/** The report of the same day: its follow-ups about this person are listed. */
	report: Report;
	/** The previous 1:1 note with this person (see `previousMeeting`) and its text; null when there is none. */
	previous: { path: string; text: string } | null;
	today: IsoDate;
	/** The clock reading, for time tokens only; the date always comes from `today`. */
	now?: Date | null;
	/** How to link to a note (the text inside `[[…]]`); by default its title. */
	linkText?: (path: string) => string;
	/** How `{{date:FORMAT}}` writes a date. */
	formatDate: DateFormatter;
}

/**
 * previousMeeting picks the 1:1 note whose open items the next agenda carries over: the newest
 * note dated before today that is filed under this person alone among `people` (the report's
 * stakeholders: a meeting of several of them is a group meeting, whose open items are the
 * group's), else the newest of any; of that day's notes, one outside an archive folder (an old
 * copy kept there has that day's items as they were). Notes dated today are left out, so that a
 * second agenda on the same day carries the same items instead of finding them already carried.
 */
export function previousMeeting(stakeholder: Stakeholder, today: IsoDate, excludePath: string | null = null, people: readonly Stakeholder[] = [stakeholder]): MeetingRef | null {
	const filed = new Map<string, number>();
	for (const person of people) for (const meeting of person.meetings) filed.set(meeting.path, (filed.get(meeting.path) ?? 0) + 1);
	// A contact logged in a daily note has no open items of theirs.
	const before = stakeholder.meetings.filter((m) => m.date !== null && m.date < today && m.path !== excludePath && m.logged !== true);
	const oneOnOnes = before.filter((m) => (filed.get(m.path) ?? 0) <= 1);
	// Newest first: the first note has the day, and that day's notes follow it.
	const candidates = oneOnOnes.length > 0 ? oneOnOnes : before;
	const newest = candidates[0];
	if (newest === undefined) return null;
	return candidates.find((m) => m.date === newest.date && !inArchiveFolder(m.path)) ?? newest;
}

/** agendaContext gathers what the placeholders of an agenda for this stakeholder say today. */
export function agendaContext(input: AgendaInput): AgendaContext {
	const { stakeholder: s, report, today } = input;
	const followUps = report.followUps
		.filter((f: FollowUp) => f.kind === "follow-up" && f.personPath === s.path)
		.map((f) => ({
			text: f.text,
			due: f.due,
			overdueDays: f.overdueDays,
			link: f.path === s.path ? null : wikilink(f.path, input.linkText),
		}));
	const now = input.now ?? null;
	return {
		formatDate: input.formatDate,
		person: s.person,
		role: s.role,
		relationship: s.relationship,
		today,
		time: now === null ? null : { hours: now.getHours(), minutes: now.getMinutes(), seconds: now.getSeconds() },
		lastContact: s.lastContact,
		daysSinceContact: s.lastContact === null ? null : daysBetween(s.lastContact, today),
		daysOverdue: s.daysOverdue,
		caresAbout: [...s.caresAbout],
		openItems: input.previous === null ? [] : openItems(input.previous.text),
		followUps,
		commitments: agendaCommitments(report, s.path),
		personLink: wikilink(s.path, input.linkText),
		previous: input.previous === null ? null : wikilink(input.previous.path, input.linkText),
	};
}

/**
 * escapeBraces puts a backslash before every brace of a value, so that text from a note
 * (`cares-about: "{{person}}"`) can never become a placeholder when the agenda is rendered
 * again. Markdown shows `\{` as `{`. Braces already escaped stay as they are.
 */
export function escapeBraces(text: string): string {
	return text.replace(/\\?[{}]/g, (match) => (match.length === 2 ? match : `\\${match}`));
}

/** ago says how long ago a day was: today, yesterday, 5 days ago (or in 3 days, for a date ahead). */
export function ago(days: number): string {
	return daysAgo(days, false);
}

function followUpLine(f: AgendaFollowUp): string {
	const late = f.overdueDays > 0 ? `, ${plural(f.overdueDays, "day")} overdue` : "";
	const where = f.link === null ? "" : ` (${f.link})`;
	return `${escapeBraces(f.text)}: due ${f.due}${late}${where}`;
}

function dateOf(context: AgendaContext): Date {
	const date = toLocalDate(context.today);
	if (context.time !== null) date.setHours(context.time.hours, context.time.minutes, context.time.seconds, 0);
	return date;
}

type ListName = "cares-about" | "open-items" | "follow-ups" | "commitments";

function listLines(name: ListName, context: AgendaContext, indent: string): string[] {
	switch (name) {
		case "cares-about":
			return context.caresAbout.map((item) => `${indent}- ${escapeBraces(item)}`);
		case "open-items":
			return carriedTaskLines(
				context.openItems.map((item) => ({ ...item, text: escapeBraces(item.text) })),
				context.previous ?? "",
				indent,
				context.personLink ?? null,
			);
		case "follow-ups":
			return context.followUps.map((f) => `${indent}- ${followUpLine(f)}`);
		case "commitments":
			return (context.commitments ?? []).map((c) => `${indent}- ${commitmentLine(c, context.person, escapeBraces)}`);
	}
}

function listInline(name: ListName, context: AgendaContext): string {
	const items =
		name === "cares-about"
			? context.caresAbout.map(escapeBraces)
			: name === "open-items"
				? context.openItems.map((item) => escapeBraces(item.text))
				: name === "commitments"
					? (context.commitments ?? []).map((c) => commitmentLine(c, context.person, escapeBraces))
					: context.followUps.map(followUpLine);
	return items.length === 0 ? "none" : items.join("; ");
}

function isListName(name: string): name is ListName {
	return name === "cares-about" || name === "open-items" || name === "follow-ups" || name === "commitments";
}

/** placeholderValue is what one placeholder says, or null for a placeholder the plugin does not know. */
function placeholderValue(inner: string, context: AgendaContext): string | null {
	const colon = inner.indexOf(":");
	const name = (colon < 0 ? inner : inner.slice(0, colon)).trim().toLowerCase();
	if (colon >= 0) {
		return name === "date" ? escapeBraces(context.formatDate(dateOf(context), inner.slice(colon + 1))) : null;
	}
	switch (name) {
		case "person":
			return escapeBraces(context.person);
		case "role":
			return escapeBraces(context.role ?? "");
		case "relationship":
			return escapeBraces(context.relationship ?? "");
		case "date":
			return context.today;
		case "last-contact":
			return context.lastContact ?? "never";
		case "days-since-contact":
			return context.daysSinceContact === null ? "never" : String(context.daysSinceContact);
		case "previous":
			return context.previous ?? "none";
	}
	return isListName(name) ? listInline(name, context) : null;
}

const PLACEHOLDER = /\{\{([^{}]+)\}\}/g;
const LIST_LINE = /^([ \t]*(?:>[ \t]*)*)\{\{[ \t]*(cares-about|open-items|follow-ups|commitments)[ \t]*\}\}[ \t]*$/i;

/**
 * renderPlaceholders fills in the placeholders of a text: `{{person}}`, `{{role}}`,
 * `{{relationship}}`, `{{date}}`, `{{date:FORMAT}}` (moment tokens), `{{last-contact}}`,
 * `{{days-since-contact}}`, `{{cares-about}}`, `{{open-items}}`, `{{follow-ups}}`,
 * `{{commitments}}` (the open commitments both ways with this person: "I owe: … (due …)") and
 * `{{previous}}`; names are case-insensitive and unknown placeholders stay as written. A list
 * placeholder alone on its line becomes one line per item (none when empty), elsewhere the items
 * joined by `; `. Values are escaped, so rendering the result again changes nothing.
 */
export function renderPlaceholders(text: string, context: AgendaContext): string {
	const out: string[] = [];
	for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
		const list = LIST_LINE.exec(line);
		if (list) {
			const name = (list[2] ?? "").toLowerCase();
			if (isListName(name)) {
				out.push(...listLines(name, context, list[1] ?? ""));
				continue;
			}
		}
		out.push(line.replace(PLACEHOLDER, (match: string, inner: string) => placeholderValue(inner, context) ?? match));
	}
	return out.join("\n");
}

/** prepBrief is the short callout every agenda starts with: last contact, open items, follow-ups, commitments both ways, what they care about. */
export function prepBrief(context: AgendaContext): string {
	const lines = ["> [!info] Prep brief"];
	if (context.lastContact === null || context.daysSinceContact === null) {
		lines.push("> - Last contact: none yet");
	} else {
		const overdue = context.daysOverdue > 0 ? `; ${overdueBy(context.daysOverdue)}` : "";
		lines.push(`> - Last contact: ${context.lastContact}, ${ago(context.daysSinceContact)}${overdue}`);
	}
	const items = context.openItems.length;
	if (context.previous === null) lines.push("> - Open items: no earlier 1:1 note");
	else lines.push(`> - Open items: ${items === 0 ? "none" : items} from ${context.previous}`);
	if (context.followUps.length === 0) {
		lines.push("> - Open follow-ups: none");
	} else {
		lines.push(`> - Open follow-ups: ${context.followUps.length}`);
		for (const f of context.followUps) lines.push(`>   - ${followUpLine(f)}`);
	}
	if (context.commitments !== undefined) lines.push(...commitmentsBrief(context.commitments, context.person, escapeBraces));
	lines.push(`> - Cares about: ${context.caresAbout.length === 0 ? "not noted yet" : context.caresAbout.map(escapeBraces).join("; ")}`);
	return lines.join("\n");
}

/**
 * renderAgenda is the agenda a template makes for the context: the prep brief, a blank line,
 * the filled-in template. Open items that the template itself already asks as tasks (the career
 * conversation's "Ask: what exactly must I show…") are not carried, so they are never listed twice.
 */
export function renderAgenda(template: string, context: AgendaContext): string {
	const own = new Set(openItems(template).map((item) => itemKey(item.text)));
	const ctx = own.size === 0 ? context : { ...context, openItems: context.openItems.filter((item) => !own.has(itemKey(item.text))) };
	const body = renderPlaceholders(template, ctx).replace(/^\n+/, "");
	return `${prepBrief(ctx)}\n\n${body.endsWith("\n") ? body : `${body}\n`}`;
}
