import {
	DUE_BUCKET_HEADINGS,
	daysAhead,
	daysBetween,
	dueBucketOf,
	lastContactText,
	plural,
	statusLabel,
	utcDay,
	type ContactStatus,
	type DueBucket,
	type FollowUp,
	type IsoDate,
	type Problem,
	type Report,
	type Stakeholder,
} from "../core";
import { orgSection } from "./text-org";
import { INDENT, group, heading, layout, painter, printable, width, wrap, type Cell, type Paint, type Style } from "./terminal";
import { commitmentSection } from "./text-commitments";

/**
 * The human text of `managing-up report` and `check`: grouped sections with aligned columns
 * that fit an 80-column terminal, relative days ("last contact 23 days ago"), and ANSI colours
 * only when the caller says the output is a terminal.
 */

/** How the text is laid out. */
export interface TextOptions {
	/** Use ANSI colours (a terminal, and NO_COLOR not set). */
	color: boolean;
	/** The name shown in the title line, usually the vault folder's name. */
	vaultName: string;
	/** Days ahead (today included) that count as due soon, from the settings. */
	dueSoonDays: number;
	/** Line width to fit; 80 unless told. */
	width?: number;
	/**
	 * Fit the rows to `width`, as on a terminal: a long name is cut, keeping at least 20
	 * characters, or its row wraps. Off (a pipe, a file), no name is cut and each row is one line.
	 */
	fit?: boolean;
	/** Days after which the Org section says your skip-level was not met; 60 unless told. */
	skipLevelDays?: number;
}

const DEFAULT_WIDTH = 80;

/** The label and colour of each contact status, in the order the report groups them. */
const STATUS_GROUPS: readonly { status: ContactStatus; title: string; style?: Style }[] = (
	[
		{ status: "overdue", style: "red" },
		{ status: "never", style: "yellow" },
		{ status: "due-soon", style: "yellow" },
		{ status: "ok", style: "green" },
		{ status: "snoozed", style: "dim" },
	] as const
).map((g) => ({ ...g, title: statusLabel(g.status) }));

/** lastContactCell is core's last-contact text, but a last contact ahead of today shows its date: "last contact on 2026-12-01". */
function lastContactCell(s: Stakeholder): string {
	if (s.lastContact !== null && s.daysSinceContact !== null && s.daysSinceContact < 0) return `last contact on ${s.lastContact}`;
	return lastContactText(s.lastContact === null ? null : s.daysSinceContact);
}

function nextContactCell(s: Stakeholder, today: IsoDate): Cell {
	switch (s.status) {
		case "overdue":
			return { text: `${plural(s.daysOverdue, "day")} overdue`, style: "red" };
		case "never":
			return { text: "get in touch", style: "yellow" };
		case "due-soon":
			return { text: `due ${daysAhead(daysBetween(today, s.nextContact ?? today))}`, style: "yellow" };
		case "ok":
			return { text: `next ${daysAhead(daysBetween(today, s.nextContact ?? today))}`, style: "dim" };
		case "snoozed":
			// The group says "Snoozed"; the row says when the reminder comes back.
			return { text: s.snoozeUntil === null ? "snoozed" : `back ${daysAhead(daysBetween(today, s.snoozeUntil))}`, style: "dim" };
	}
}

function stakeholderRow(s: Stakeholder, today: IsoDate): Cell[] {
	return [
		{ text: s.person, style: "bold" },
		{ text: s.relationship ?? "" },
		{ text: s.influence ?? "" },
		{ text: lastContactCell(s) },
		nextContactCell(s, today),
	];
}

function followUpRow(f: FollowUp, today: IsoDate): Cell[] {
	const days = daysBetween(today, f.due);
	const style: Style | undefined = days < 0 ? "red" : days === 0 ? "yellow" : undefined;
	return [{ text: f.due, style: "dim" }, { text: daysAhead(days), style }, { text: f.person, style: "bold" }, { text: f.text }];
}

/** The colour of each follow-up group's title. */
const BUCKET_STYLES: Readonly<Record<DueBucket, Style | undefined>> = { overdue: "red", "due-soon": "yellow", later: undefined };

/** The follow-up groups: overdue, due soon (within dueSoonDays, today included), later. */
function followUpGroups(report: Report, dueSoonDays: number): { title: string; style?: Style; items: FollowUp[] }[] {
	const groups = new Map<DueBucket, FollowUp[]>([
		["overdue", []],
		["due-soon", []],
		["later", []],
	]);
	const bucketOf = dueBucketOf(report.today, dueSoonDays);
	for (const f of report.followUps) groups.get(bucketOf(f.due))?.push(f);
	return [...groups].map(([id, items]) => ({ title: DUE_BUCKET_HEADINGS[id], style: BUCKET_STYLES[id], items }));
}

function followUpSection(report: Report, options: TextOptions, paint: Paint, lineWidth: number): string[] {
	const lines = heading("Follow-ups", paint);
	if (report.followUps.length === 0) return [...lines, paint("Nothing to follow up.", "dim")];
	const groups = followUpGroups(report, options.dueSoonDays).filter((g) => g.items.length > 0);
	const rows = new Map(groups.map((g) => [g, g.items.map((f) => followUpRow(f, report.today))]));
	const laidOut = layout([...rows.values()].flat(), paint, lineWidth, 2, 30, options.fit === true);
	groups.forEach((g, i) => {
		if (i > 0) lines.push("");
		lines.push(group(g.title, g.items.length, g.style, paint));
		for (const row of rows.get(g) ?? []) for (const line of laidOut.get(row) ?? []) lines.push(line);
	});
	return lines;
}

function stakeholderSection(report: Report, paint: Paint, lineWidth: number, fit: boolean): string[] {
	const lines = heading("Stakeholders", paint);
	if (report.stakeholders.length === 0) {
		return [...lines, paint("No stakeholders yet: add person: to a note's properties.", "dim")];
	}
	const groups = STATUS_GROUPS.map((g) => ({ ...g, items: report.stakeholders.filter((s) => s.status === g.status) })).filter(
		(g) => g.items.length > 0,
	);
	const rows = new Map(groups.map((g) => [g, g.items.map((s) => stakeholderRow(s, report.today))]));
	const laidOut = layout([...rows.values()].flat(), paint, lineWidth, 0, 16, fit);
	groups.forEach((g, i) => {
		if (i > 0) lines.push("");
		lines.push(group(g.title, g.items.length, g.style, paint));
		for (const row of rows.get(g) ?? []) for (const line of laidOut.get(row) ?? []) lines.push(line);
	});
	return lines;
}

/** problemLines lists problems under the note that holds them, each message wrapped to the line width. */
export function problemLines(problems: readonly Problem[], paint: Paint, lineWidth: number): string[] {
	const lines: string[] = [];
	let path: string | null = null;
	for (const problem of problems) {
		if (problem.path !== path) {
			path = problem.path;
			lines.push(paint(printable(path), "cyan"));
		}
		for (const line of wrap(problem.message, lineWidth - width(INDENT) * 2).map((l, i) => (i === 0 ? l : INDENT + l))) {
			lines.push(INDENT + line);
		}
	}
	return lines;
}

function problemSection(problems: readonly Problem[], paint: Paint, lineWidth: number): string[] {
	const lines = heading(`Problems (${problems.length})`, paint);
	if (problems.length === 0) return [...lines, paint("Every property could be read.", "dim")];
	return [...lines, ...problemLines(problems, paint, lineWidth)];
}

/** How many names without a note the text report lists; `explain` lists more. */
const WITHOUT_NOTE_SHOWN = 5;

/** withoutNoteSection lists the names in meetings that have no person note, most meetings first; none, nothing. */
function withoutNoteSection(report: Report, paint: Paint, lineWidth: number): string[] {
	const names = report.withoutNote;
	if (names.length === 0) return [];
	const lines = ["", ...heading(`Without a note (${names.length})`, paint)];
	for (const name of names.slice(0, WITHOUT_NOTE_SHOWN)) {
		const when = name.lastDate === null ? "" : `, last ${name.lastDate}`;
		const text = `${printable(name.name)} (${plural(name.meetings, "meeting")}${when})`;
		lines.push(...wrap(text, lineWidth - width(INDENT)).map((line) => INDENT + line));
	}
	const more = names.length - WITHOUT_NOTE_SHOWN;
	const hint = more > 0 ? `…and ${plural(more, "more name")}; ` : "";
	lines.push(paint(`${INDENT}${hint}names in meetings that match no person note (managing-up explain lists them)`, "dim"));
	return lines;
}

/** summaryLines counts what needs attention: stakeholders by status, then follow-ups and problems. */
function summaryLines(report: Report, dueSoonDays: number): string[] {
	const byStatus = STATUS_GROUPS.map((g) => ({ g, n: report.stakeholders.filter((s) => s.status === g.status).length }))
		.filter(({ n }) => n > 0)
		.map(({ g, n }) => `${n} ${g.title.toLowerCase()}`);
	const people = plural(report.stakeholders.length, "stakeholder") + (byStatus.length > 0 ? `: ${byStatus.join(", ")}` : "");
	const byDue = followUpGroups(report, dueSoonDays)
		.filter((g) => g.items.length > 0)
		.map((g) => `${g.items.length} ${g.title.toLowerCase()}`);
	const followUps = plural(report.followUps.length, "follow-up") + (byDue.length > 0 ? `: ${byDue.join(", ")}` : "");
	return [people, `${followUps} · ${plural(report.problems.length, "problem")}`];
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * dateInWords writes a day as "Monday 23 November 2026" from the calendar date itself, not local
 * midnight (the next day where a zone skipped one). Plain tables rather than date-fns' format,
 * whose token parser and locale would add about 17 KB to main.js, where Obsidian's CLI handlers
 * use this formatter too.
 */
export function dateInWords(today: IsoDate): string {
	const day = utcDay(today);
	return `${WEEKDAYS[day.getUTCDay()] ?? ""} ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()] ?? ""} ${String(day.getUTCFullYear()).padStart(4, "0")}`;
}

/** formatReport writes the report for a person: title, follow-ups, commitments, stakeholders by status, problems. */
export function formatReport(report: Report, options: TextOptions): string {
	const paint = painter(options.color);
	const lineWidth = options.width ?? DEFAULT_WIDTH;
	const date = dateInWords(report.today);
	const lines = [
		...wrap(`Managing Up · ${options.vaultName} · ${date}`, lineWidth).map((line) => paint(line, "bold")),
		...summaryLines(report, options.dueSoonDays).flatMap((line) => wrap(line, lineWidth)),
		"",
		...followUpSection(report, options, paint, lineWidth),
		...commitmentSection(report, paint, lineWidth),
		"",
		...stakeholderSection(report, paint, lineWidth, options.fit === true),
		...withoutNoteSection(report, paint, lineWidth),
		...orgSection(report, paint, lineWidth, options.skipLevelDays),
		"",
		...problemSection(report.problems, paint, lineWidth),
	];
	return `${lines.join("\n")}\n`;
}

/** formatCheck writes what `check` found: the problems by note, and a closing count. */
export function formatCheck(problems: readonly Problem[], noteCount: number, options: Pick<TextOptions, "color" | "width">): string {
	const paint = painter(options.color);
	const lineWidth = options.width ?? DEFAULT_WIDTH;
	const notes = plural(noteCount, "note");
	if (problems.length === 0) return `${paint("No problems", "green")}: every property in ${notes} could be read.\n`;
	const inNotes = new Set(problems.map((p) => p.path)).size;
	const lines = [
		...problemLines(problems, paint, lineWidth),
		"",
		paint(`${plural(problems.length, "problem")} in ${plural(inNotes, "note")}`, "red") + ` (${notes} read).`,
	];
	return `${lines.join("\n")}\n`;
}
