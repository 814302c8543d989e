/**
 * Terminal text: control characters made safe, lines cut or wrapped to a width (counted in
 * code points), ANSI colours only when asked, and rows of cells laid out as aligned columns.
 */

export const INDENT = "  ";
const GAP = "  ";

export type Style = "bold" | "dim" | "red" | "yellow" | "green" | "cyan";

const ANSI: Readonly<Record<Style, [string, string]>> = {
	bold: ["\u001b[1m", "\u001b[22m"],
	dim: ["\u001b[2m", "\u001b[22m"],
	red: ["\u001b[31m", "\u001b[39m"],
	yellow: ["\u001b[33m", "\u001b[39m"],
	green: ["\u001b[32m", "\u001b[39m"],
	cyan: ["\u001b[36m", "\u001b[39m"],
};

/** A piece of text with an optional style; widths are counted on the plain text. */
export interface Cell {
	text: string;
	style?: Style;
}

/** Paints text, or leaves it plain when colours are off. */
export type Paint = (text: string, style: Style | undefined) => string;

/** painter paints text in a style, or leaves it plain when colours are off. */
export function painter(color: boolean): Paint {
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

/** How much of each name or path a list in a message shows (the people a PERSON could have been). */
export const LISTED_LENGTH = 60;

/** How many names or paths a list in a message shows before "…". */
const LISTED = 12;

/** shownList is names or paths as a message lists them: the first twelve, each cut (see shown), then "…" when there are more. */
export function shownList(texts: readonly string[]): string {
	const listed = texts.slice(0, LISTED).map((text) => shown(text, LISTED_LENGTH));
	return `${listed.join(", ")}${texts.length > LISTED ? ", …" : ""}`;
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
export function width(text: string): number {
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

/** A cut name keeps at least this many characters before its "…"; where it cannot, its row wraps. */
const MIN_KEPT = 20;

/**
 * layout writes rows of cells as aligned columns. Every column but the last is padded to its
 * widest cell, and the last wraps under itself. With `fit`, when a row would pass the line
 * width with `lastRoom` characters for the last column, column `shrink` (the name) gives up
 * width: a longer name is cut with "…" when the column still holds MIN_KEPT characters, and
 * otherwise its row wraps (the name whole on a line of its own, the other cells on the next).
 */
export function layout(rows: Cell[][], paint: Paint, lineWidth: number, shrink: number, lastRoom: number, fit: boolean): Map<Cell[], string[]> {
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

/** heading is a section title, underlined. */
export function heading(title: string, paint: Paint): string[] {
	return [paint(title, "bold"), paint("─".repeat(width(title)), "dim")];
}

/** group is the bold title of a group in a section, with its count: "Overdue (3)". */
export function group(title: string, count: number, style: Style | undefined, paint: Paint): string {
	return paint(paint(`${title} (${count})`, style), "bold");
}
