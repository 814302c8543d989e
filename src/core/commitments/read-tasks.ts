import { validIsoDate } from "../dates";
import { parseWikilink } from "../values";
import type { IsoDate, NoteReading, NoteTask, Problem, TaskOwnerMarker } from "../types";
import { Fences, codeAt } from "../markdown-lines";
import { headingSide } from "./headings";
import { carried, dataviewDue, headingText, withoutCarried, withoutDataviewFields, withoutTrailingTags } from "../text-scan";

/**
 * The tasks of a 1:1 note that can be commitments, read from its text: every task (`- [ ]`,
 * `*`, `+`, `1.` markers, nested too) outside the frontmatter and code fences that sits under a
 * commitment heading (headings.ts) or has an owner marker: leading (`@me`, `[[Person]]`,
 * `@Name`), trailing (`… @Myself`, `… @Jane Doe`, before its Tasks fields and tags) or, outside
 * commitment headings, a leading name label (`Jane: …`, `**Jane**: …`, `Me: …`, `Jane - …`). The other tasks
 * are agenda items and are not kept. Pure: the text comes from the caller (the plugin's
 * cachedRead or `changed` data, the CLI's file).
 */

// After the box, one space or tab then the text (trimmed below): `[ \t]+(.*)` tried every split of a run of spaces.
const TASK = /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+\[(.)\](?:[ \t](.*))?$/;
const TASKS_FIELD = /\s(?:📅|⏳|🛫|➕|✅|❌|🔁|⏫|🔼|🔽|⏬|🔺|🆔|⛔|🏁)/u;
const DUE_EMOJI = /📅\uFE0F?\s*(\S*)/u;
const DONE_EMOJI = /✅\uFE0F?\s*(\d{4}-\d{2}-\d{2})/u;
const ME_MARKER = /^@me(?![\p{L}\p{N}_])[\s:,-]*/iu;
const LINK_MARKER = /^(\[\[[^\]]+\]\])[\s:,-]*/;
const NAME_MARKER = /^@([\p{L}\p{N}_][\p{L}\p{N}_.'-]*?)[.'-]?(?![\p{L}\p{N}_])[\s:,-]*/u;
/** `… @Myself`, `… @Jane Doe` at the end of a task's description (before its Tasks fields and tags): up to four words. */
const TRAILING_MARKER = /(?:^|\s)@(\p{L}[\p{L}\p{N}_.'’-]*(?: \p{L}[\p{L}\p{N}_.'’-]*){0,3}?)[.!]?\s*$/u;
/**
 * A name label before a colon or a spaced dash at the start of a task (`Jane: send…`, `**Jane
 * Doe**: send…`, `**Jane:** send…`, `Jane : send…`, `Jane - send…`, `Jane – send…`), as meeting
 * tools and many people write who does what: up to four words, then the text.
 */
const LABEL_MARKER = /^(?:\*\*|__)?(\p{L}[\p{L}\p{N}_.'’-]*(?: \p{L}[\p{L}\p{N}_.'’-]*){0,3}?)(?:\*\*|__)?(?:[ \t]*:(?:\*\*|__)?|[ \t]+([-–—]))[ \t]+\S/u;
/** Whether a line may hold a dash label (LABEL_MARKER): a dash with a space on each side. */
const SPACED_DASH = /[ \t][-–—][ \t]/;
/** The words a trailing marker or a label uses for the user: `@me`, `@myself`, `@I`, `Me:`. */
const ME_WORDS = /^(?:me|myself|i)$/i;

/** dueOf reads the due date of a task's text: a date, null when absent, or the text when it is no date. */
function dueOf(text: string): { due: IsoDate | null; bad: string | null } {
	const written = DUE_EMOJI.exec(text)?.[1] ?? dataviewDue(text);
	if (written === undefined) return { due: null, bad: null };
	const date = validIsoDate(written.slice(0, 10)) !== null && /^\d{4}-\d{2}-\d{2}(?:$|T)/.test(written) ? written.slice(0, 10) : null;
	return date === null ? { due: null, bad: written } : { due: date, bad: null };
}

/**
 * leadingTags is the length of the tags a task starts with, and the spaces after them
 * (`#atlas [[Jane Doe]] shares…`, `#secret_project[[Jane Doe]] …`, as templates file a task under
 * a project): 0 when it starts with none.
 */
function leadingTags(text: string): number {
	let i = 0;
	while (text[i] === "#" && i + 1 < text.length && !/[\s#[\]]/.test(text[i + 1] ?? " ")) {
		i++;
		while (i < text.length && !/[\s#[\]]/.test(text[i] ?? " ")) i++;
		while (text[i] === " " || text[i] === "\t") i++;
	}
	return i;
}

/** markerOf splits a task's leading owner marker (after any leading tags, which the rest keeps) from the rest of its text. */
function markerOf(text: string): { marker: TaskOwnerMarker | null; rest: string; trailing?: true } {
	const tags = leadingTags(text);
	if (tags > 0 && tags < text.length) {
		const after = leadingMarkerOf(text.slice(tags));
		const lead = text.slice(0, tags).trimEnd();
		if (after !== null) return { marker: after.marker, rest: after.rest === "" ? lead : `${lead} ${after.rest}` };
	}
	return leadingMarkerOf(text) ?? trailingMarkerOf(text);
}

/** leadingMarkerOf splits an owner marker at the very start of a task's text (`@me`, `[[Jane Doe]]`, `@Jane`) from the rest; null without one. */
function leadingMarkerOf(text: string): { marker: TaskOwnerMarker; rest: string } | null {
	const me = ME_MARKER.exec(text);
	if (me !== null) return { marker: "me", rest: text.slice(me[0].length) };
	const link = LINK_MARKER.exec(text);
	const ref = link === null ? null : parseWikilink(link[1] ?? "");
	if (link !== null && ref !== null) return { marker: ref, rest: text.slice(link[0].length) };
	const name = NAME_MARKER.exec(text);
	if (name !== null) return { marker: { target: name[1] ?? "", alias: null, isLink: false }, rest: text.slice(name[0].length) };
	return null;
}

/**
 * trailingMarkerOf finds an owner marker at the end of a task's description, the way many
 * vaults write owners (`Send the deck @Myself ⏫ #task`); the rest keeps the fields after it.
 */
function trailingMarkerOf(text: string): { marker: TaskOwnerMarker | null; rest: string; trailing?: true } {
	const field = TASKS_FIELD.exec(` ${text}`);
	const fieldsAt = field === null ? text.length : Math.max(0, field.index);
	const description = withoutTrailingTags(text.slice(0, fieldsAt));
	const match = TRAILING_MARKER.exec(description);
	if (match === null) return { marker: null, rest: text };
	const name = (match[1] ?? "").trim();
	const fields = text.slice(fieldsAt).trim();
	const rest = `${description.slice(0, match.index).trimEnd()}${fields === "" ? "" : ` ${fields}`}`;
	if (ME_WORDS.test(name)) return { marker: "me", rest, trailing: true };
	return { marker: { target: name, alias: null, isLink: false }, rest, trailing: true };
}

/**
 * labelOf reads a leading name label (`Jane: send the deck`, `Jane - send the deck`) as an owner
 * marker. The text keeps the label, without its emphasis (`**Jane** : send` reads `Jane: send`,
 * `**Jane** - send` reads `Jane - send`): when it finds no one
 * (`Budget: review`, `Re: the offsite`) the words are the task's, and a carried task keeps the
 * same text either way.
 */
function labelOf(text: string): { marker: TaskOwnerMarker; text: string } | null {
	const match = LABEL_MARKER.exec(text);
	if (match === null) return null;
	const name = (match[1] ?? "").trim();
	const separator = match[2] === undefined ? ":" : ` ${match[2]}`;
	const shown = `${name}${separator} ${text.slice(match[0].length - 1)}`;
	return { marker: ME_WORDS.test(name) ? "me" : { target: name, alias: null, isLink: false }, text: shown };
}

/** shownText is a task's text without the carried marker, Dataview fields and Tasks fields. */
export function shownText(text: string): string {
	let shown = withoutDataviewFields(withoutCarried(text));
	const field = TASKS_FIELD.exec(` ${shown}`);
	if (field !== null) shown = shown.slice(0, Math.max(0, field.index));
	return shown.replace(/\s+/g, " ").trim();
}

/** Whether each heading text seen is a commitment heading (headingSide), kept because most notes repeat the same few headings. */
const sideHeadings = new Map<string, boolean>();

function isSideHeading(text: string): boolean {
	let side = sideHeadings.get(text);
	if (side === undefined) {
		side = headingSide(text) !== null;
		if (sideHeadings.size >= 4096) sideHeadings.clear();
		sideHeadings.set(text, side);
	}
	return side;
}

const SPACE = 0x20;
const TAB = 0x09;
const HASH = 0x23;

/** A heading of the note above the current line: its level, its line, and (once a task asks) the commitment heading it puts tasks under. */
interface OpenHeading {
	level: number;
	line: string;
	/** The text of the innermost commitment heading at or above it, null for none; undefined until a task below asks. */
	under: string | null | undefined;
}

/**
 * headingLevel is a line's heading level (1 to 6) when HEADING matches it, else 0: `#` to
 * `######` from `first`, then a space or a tab, and no character that `.` does not match (a
 * lone `\r`, a line or paragraph separator). The text is read only when a task needs it.
 */
function headingLevel(line: string, first: number): number {
	let end = first;
	while (codeAt(line, end) === HASH) end++;
	const level = end - first;
	const next = codeAt(line, end);
	if (level > 6 || (next !== SPACE && next !== TAB)) return 0;
	return /[\r\u2028\u2029]/.test(line) ? 0 : level;
}

/** underOf is the text of the innermost commitment heading at or above headings[index], null for none; worked out once per heading. */
function underOf(headings: OpenHeading[], index: number): string | null {
	const heading = headings[index];
	if (heading === undefined) return null;
	if (heading.under === undefined) {
		const text = headingText(heading.line)?.text ?? "";
		heading.under = isSideHeading(text) ? text : underOf(headings, index - 1);
	}
	return heading.under;
}

/** mayHoldMarker says whether a task's text can hold an owner marker (markerOf): an `@`, or a link first (after its leading tags). */
function mayHoldMarker(written: string): boolean {
	return written.includes("@") || written.startsWith("[[") || (written.startsWith("#") && written.includes("[["));
}

/**
 * mayBeTask says whether a line's text from `first` (its first character after spaces and tabs)
 * starts as a task does: a list marker (`-`, `*`, `+`, `1.`, `1)`), spaces or tabs, then `[`, any
 * character and `]`. TASK decides; this only turns away the many list items that are prose.
 */
function mayBeTask(line: string, first: number): boolean {
	let i = first;
	const code = codeAt(line, i);
	if (code === 0x2d || code === 0x2a || code === 0x2b) i++;
	else {
		while (codeAt(line, i) >= 0x30 && codeAt(line, i) <= 0x39) i++;
		if (i === first || (codeAt(line, i) !== 0x2e && codeAt(line, i) !== 0x29)) return false;
		i++;
	}
	const spaces = i;
	while (codeAt(line, i) === SPACE || codeAt(line, i) === TAB) i++;
	return i > spaces && codeAt(line, i) === 0x5b && codeAt(line, i + 2) === 0x5d;
}

/** frontmatterEnd is the index of the first line below a note's properties block, 0 when it has none. */
function frontmatterEnd(lines: readonly string[]): number {
	if ((lines[0] ?? "").replace(/\r$/, "").replace(/^\uFEFF/, "") !== "---") return 0;
	const end = lines.findIndex((line, i) => i > 0 && line.replace(/\r$/, "") === "---");
	return end > 0 ? end + 1 : 0;
}

/**
 * readTasks lists the tasks of a note's text that may be commitments, in note order. It walks
 * the lines outside code fences (Fences) and looks closer only at a line whose first character
 * can start a heading or a list item: most lines are prose.
 */
export function readTasks(noteText: string): NoteTask[] {
	const lines = noteText.split("\n");
	const tasks: NoteTask[] = [];
	/** The open headings, innermost last. */
	const headings: OpenHeading[] = [];
	const fences = new Fences();
	for (let i = frontmatterEnd(lines); i < lines.length; i++) {
		const raw = lines[i] ?? "";
		if (fences.code(raw)) continue;
		let first = 0;
		while (first < raw.length && (raw.charCodeAt(first) === SPACE || raw.charCodeAt(first) === TAB)) first++;
		const code = codeAt(raw, first);
		const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
		// A heading has up to three spaces (no tab) before its `#`.
		const level = code === HASH && first <= 3 && !raw.slice(0, first).includes("\t") ? headingLevel(line, first) : 0;
		if (level > 0) {
			while (headings.length > 0 && (headings[headings.length - 1]?.level ?? 0) >= level) headings.pop();
			headings.push({ level, line, under: undefined });
			continue;
		}
		if (!mayBeTask(line, first)) continue;
		const under = underOf(headings, headings.length - 1);
		// A task outside commitment headings counts only with an owner marker, which needs an `@`, a link or a label's colon or dash.
		if (under === null && !line.includes("@") && !line.includes("[[") && !line.includes(":") && !SPACED_DASH.test(line)) continue;
		const match = TASK.exec(line);
		if (match === null) continue;
		const written = (match[3] ?? "").trim();
		const marked = under === null && !mayHoldMarker(written) ? { marker: null, rest: written, trailing: undefined } : markerOf(written);
		let { marker } = marked;
		const { rest, trailing } = marked;
		// Under a commitment heading the heading decides; outside one, a label may name the owner.
		const label = marker === null && under === null ? labelOf(written) : null;
		if (label !== null) marker = label.marker;
		if (marker === null && under === null) continue;
		const text = shownText(label === null ? rest : label.text);
		if (text === "") continue;
		const { due, bad } = dueOf(rest);
		const task: NoteTask = {
			line: i + 1,
			status: match[2] ?? " ",
			source: line,
			text,
			heading: under,
			marker,
			due,
			done: DONE_EMOJI.exec(rest)?.[1] ?? null,
			from: carried(rest)?.link.split("|")[0] ?? null,
		};
		if (bad !== null) task.badDue = bad;
		if (trailing === true) task.trailing = true;
		if (label !== null) task.label = true;
		tasks.push(task);
	}
	return tasks;
}

/** taskProblems is a Problem for each open task whose due date is not a date; the commitment keeps no due date. */
export function taskProblems(path: string, tasks: readonly NoteTask[]): Problem[] {
	return tasks
		.filter((task) => task.badDue !== undefined && task.status === " ")
		.map((task) => ({
			path,
			key: "due",
			value: task.badDue,
			message: `due: '${task.badDue ?? ""}' is not a date; use YYYY-MM-DD (the task on line ${task.line}: "${task.text}")`,
		}));
}

/**
 * withTasks puts a 1:1 note's commitment tasks (readTasks of its text) into its reading, with a
 * problem for each unreadable due date; any other reading is kept as it is.
 */
export function withTasks(reading: NoteReading, tasks: readonly NoteTask[]): NoteReading {
	const record = reading.record;
	if (record?.kind !== "meeting" || tasks.length === 0) return reading;
	const problems = taskProblems(record.path, tasks);
	return { ...reading, record: { ...record, tasks: [...tasks] }, problems: problems.length === 0 ? reading.problems : [...reading.problems, ...problems] };
}
