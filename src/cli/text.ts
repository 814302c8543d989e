import { daysBetween, utcDay, type ContactStatus, type FollowUp, type IsoDate, type Problem, type Report, type Stakeholder } from "../core";

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
}

const DEFAULT_WIDTH = 80;
const INDENT = "  ";
const GAP = "  ";

type Style = "bold" | "dim" | "red" | "yellow" | "green" | "cyan";

const ANSI: Readonly<Record<Style, [string, string]>> = {
	bold: ["\u001b[1m", "\u001b[22m"],
	dim: ["\u001b[2m", "\u001b[22m"],
	red: ["\u001b[31m", "\u001b[39m"],
	yellow: ["\u001b[33m", "\u001b[39m"],
	green: ["\u001b[32m", "\u001b[39m"],
	cyan: ["\u001b[36m", "\u001b[39m"],
};

/** A piece of text with an optional style; widths are counted on the plain text. */
interface Cell {
	text: string;
	style?: Style;
}

/** Paints text, or leaves it plain when colours are off. */
type Paint = (text: string, style: Style | undefined) => string;

function painter(color: boolean): Paint {
	return (text, style) => {
		if (!color || style === undefined || text === "") return text;
		const [open, close] = ANSI[style];
		return `${open}${text}${close}`;
	};
}

/**
 * printable replaces control characters with U+FFFD: a name or a property value holding ESC
 * could otherwise move the cursor or repaint the terminal of whoever reads the report, a
 * newline or a line separator would start a line of its own, and a bidirectional override
 * (U+202E) would show the rest of the line reversed.
 */
export function printable(text: string): string {
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, "\uFFFD");
}

/** How much of one piece of user text (a name, a path, an argument) a message on stderr shows. */
export const SHOWN_LENGTH = 200;

/**
 * shown is user text as a stderr message quotes it: on one line, terminal-safe (see printable)
 * and cut to `max` characters with "…", so that a 10,000-character name is not a screenful.
 */
export function shown(text: string, max = SHOWN_LENGTH): string {
	return truncate(text, max);
}

/** The longest line written to stderr; a longer one (a message quoting a long path) is cut with "…". */
export const MAX_STDERR_LINE = 600;

/**
 * stderrText makes text safe for stderr, the last guard before the terminal: every line
 * terminal-safe and at most MAX_STDERR_LINE characters. User text is quoted with `shown`
 * before that, so that it never starts a line of its own.
 */
export function stderrText(text: string): string {
	const end = text.endsWith("\n") ? "\n" : "";
	return (
		(end === "" ? text : text.slice(0, -1))
			.split("\n")
			.map((line) => truncate(line, MAX_STDERR_LINE))
			.join("\n") + end
	);
}

/** width counts what a terminal shows: code points, not UTF-16 units (a low surrogate ends a code point already counted). */
function width(text: string): number {
	let count = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0xdc00 || unit > 0xdfff) count++;
	}
	return count;
}

function truncate(text: string, max: number): string {
	const safe = printable(text);
	const chars = Array.from(safe);
	if (chars.length <= max) return safe;
	return `${chars.slice(0, Math.max(0, max - 1)).join("")}…`;
}

/** wrap breaks text into lines of at most `max` characters at spaces (a longer word gets its own line). */
export function wrap(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = "";
	for (const word of text.split(/\s+/).filter((w) => w !== "").map(printable)) {
		if (line === "") line = word;
		else if (width(line) + 1 + width(word) <= max) line = `${line} ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line !== "" || lines.length === 0) lines.push(line);
	return lines;
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** daysAgo says how long ago a day was: "today", "yesterday", "23 days ago". */
export function daysAgo(days: number): string {
	if (days === 0) return "today";
	if (days === 1) return "yesterday";
	if (days < 0) return days === -1 ? "tomorrow" : `in ${plural(-days, "day")}`;
	return `${plural(days, "day")} ago`;
}

/** daysAhead says when a day comes: "today", "tomorrow", "in 3 days", "8 days overdue". */
export function daysAhead(days: number): string {
	if (days === 0) return "today";
	if (days === 1) return "tomorrow";
	if (days < 0) return `${plural(-days, "day")} overdue`;
	return `in ${plural(days, "day")}`;
}

/** A cut name keeps at least this many characters before its "…"; where it cannot, its row wraps. */
const MIN_KEPT = 20;

/**
 * layout writes rows of cells as aligned columns. Every column but the last is padded to its
 * widest cell, and the last wraps under itself. With `fit`, when a row would pass the line
 * width with `lastRoom` characters for the last column, column `shrink` (the name) gives up
 * width: a longer name is cut with "…" when the column still holds MIN_KEPT characters, and
 * otherwise its row wraps (the name whole on a line of its own, the other cells on the next).
 */
function layout(rows: Cell[][], paint: Paint, lineWidth: number, shrink: number, lastRoom: number, fit: boolean): Map<Cell[], string[]> {
	// Loops, not Math.max(...rows): spreading 65,000 rows into arguments overflows the stack.
	let columns = 0;
	for (const row of rows) columns = Math.max(columns, row.length);
	const widths: number[] = new Array<number>(Math.max(0, columns - 1)).fill(0);
	let lastWidth = 0;
	for (const row of rows) {
		for (let c = 0; c < columns - 1; c++) widths[c] = Math.max(widths[c] ?? 0, width(row[c]?.text ?? ""));
		lastWidth = Math.max(lastWidth, width(row[columns - 1]?.text ?? ""));
	}
	const used = (): number => width(INDENT) + widths.reduce((sum, w) => sum + w + width(GAP), 0);
	const excess = used() + Math.min(lastWidth, lastRoom) - lineWidth;
	const natural = widths[shrink];
	let cut = false;
	if (fit && excess > 0 && natural !== undefined) {
		const limit = Math.max(0, natural - excess);
		if (limit > MIN_KEPT) {
			widths[shrink] = limit;
			cut = true;
		} else {
			// Too narrow to keep MIN_KEPT characters: the column holds the names that fit whole,
			// and the rows of longer names wrap.
			let fitting = 0;
			for (const row of rows) {
				const w = width(row[shrink]?.text ?? "");
				if (w <= limit) fitting = Math.max(fitting, w);
			}
			widths[shrink] = fitting;
		}
	}
	const room = Math.max(lastRoom, lineWidth - used());

	const cellText = (cell: Cell, c: number): string => paint(cell.text, cell.style) + " ".repeat((widths[c] ?? 0) - width(cell.text)) + GAP;
	const out = new Map<Cell[], string[]>();
	for (const row of rows) {
		const lines: string[] = [];
		let head = INDENT;
		const name = row[shrink];
		const wraps = !cut && name !== undefined && shrink < columns - 1 && width(name.text) > (widths[shrink] ?? 0);
		for (let c = 0; c < columns - 1; c++) {
			const cell = row[c] ?? { text: "" };
			if (wraps && c === shrink) {
				// The name whole on its own line (cut only where it is longer than the line itself).
				const whole = truncate(cell.text, Math.max(MIN_KEPT + 1, lineWidth - width(head)));
				lines.push((head + paint(whole, cell.style)).trimEnd());
				head = " ".repeat(width(head)) + cellText({ text: "" }, c);
				continue;
			}
			head += cellText({ ...cell, text: truncate(cell.text, widths[c] ?? 0) }, c);
		}
		const last = row[columns - 1] ?? { text: "" };
		const continuation = " ".repeat(width(head));
		wrap(last.text, room).forEach((line, i) => lines.push(((i === 0 ? head : continuation) + paint(line, last.style)).trimEnd()));
		out.set(row, lines);
	}
	return out;
}

function heading(title: string, paint: Paint): string[] {
	return [paint(title, "bold"), paint("─".repeat(width(title)), "dim")];
}

function group(title: string, count: number, style: Style | undefined, paint: Paint): string {
	return paint(paint(`${title} (${count})`, style), "bold");
}

/** The label and colour of each contact status, in the order the report groups them. */
const STATUS_GROUPS: readonly { status: ContactStatus; title: string; style?: Style }[] = [
	{ status: "overdue", title: "Overdue", style: "red" },
	{ status: "never", title: "Never contacted", style: "yellow" },
	{ status: "due-soon", title: "Due soon", style: "yellow" },
	{ status: "ok", title: "On track", style: "green" },
	{ status: "snoozed", title: "Snoozed", style: "dim" },
];

function lastContactText(s: Stakeholder): string {
	if (s.lastContact === null || s.daysSinceContact === null) return "never contacted";
	if (s.daysSinceContact < 0) return `last contact on ${s.lastContact}`;
	return `last contact ${daysAgo(s.daysSinceContact)}`;
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
		{ text: lastContactText(s) },
		nextContactCell(s, today),
	];
}

function followUpRow(f: FollowUp, today: IsoDate): Cell[] {
	const days = daysBetween(today, f.due);
	const style: Style | undefined = days < 0 ? "red" : days === 0 ? "yellow" : undefined;
	return [{ text: f.due, style: "dim" }, { text: daysAhead(days), style }, { text: f.person, style: "bold" }, { text: f.text }];
}

/** The follow-up groups: overdue, due soon (within dueSoonDays, today included), later. */
function followUpGroups(report: Report, dueSoonDays: number): { title: string; style?: Style; items: FollowUp[] }[] {
	const overdue: FollowUp[] = [];
	const soon: FollowUp[] = [];
	const later: FollowUp[] = [];
	for (const f of report.followUps) {
		const days = daysBetween(report.today, f.due);
		if (days < 0) overdue.push(f);
		else if (days < dueSoonDays) soon.push(f);
		else later.push(f);
	}
	return [
		{ title: "Overdue", style: "red", items: overdue },
		{ title: "Due soon", style: "yellow", items: soon },
		{ title: "Later", items: later },
	];
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

/** formatReport writes the report for a person: title, follow-ups, stakeholders by status, problems. */
export function formatReport(report: Report, options: TextOptions): string {
	const paint = painter(options.color);
	const lineWidth = options.width ?? DEFAULT_WIDTH;
	const date = dateInWords(report.today);
	const lines = [
		...wrap(`Managing Up · ${options.vaultName} · ${date}`, lineWidth).map((line) => paint(line, "bold")),
		...summaryLines(report, options.dueSoonDays).flatMap((line) => wrap(line, lineWidth)),
		"",
		...followUpSection(report, options, paint, lineWidth),
		"",
		...stakeholderSection(report, paint, lineWidth, options.fit === true),
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
