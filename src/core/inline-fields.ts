import type { CoreSettings, NoteReading, PropertyKey } from "./types";
import { BY_CONVERSATIONS, conversationPeople } from "./conversations";
import { headingKey, isKeyChar } from "./field-keys";

/**
 * Dataview's inline fields, read from a note's text for the meetings whose properties name no one:
 * templates such as dex0501/Obsidian-Template write a meeting's people and date in its text,
 * `- [participants:: [[Person A]], [[Person B]] ]` and `- [date:: 2023-03-05 21:34]`, under
 * `type: meeting`. A field on its own line (`Attendees:: Jane, Bo`, `**Date**:: 2025-01-15`, in a
 * list or a quote too) or in brackets anywhere on a line (`[key:: value]`, `(key:: value)`) counts;
 * so does a label that starts a line the way meeting templates write them (`**Attendees:** [[Jane
 * Doe]], Bo`, `Date: 2026-11-02`), and so does a heading over a list (`## Attendees` above `- Jane
 * Doe`), after every field of the same key. Fields on a task line are the
 * task's (its `[due:: …]`), and those in a code block or the properties are none. The first of a
 * key wins; every line is read once, whatever it holds.
 */

/**
 * An inline field: its key as written, and its value trimmed (never empty), or the items of the
 * list below a label with none; `label` when it is a label that starts a line (`Date: …`), not a
 * Dataview field (`Date:: …`).
 */
export type InlineField = [key: string, value: string | string[], label?: true];

/** A line longer than this is not looked at: no field is that long, and a hostile line costs nothing. */
const LINE_LIMIT = 10_000;

/**
 * lineLabel reads a key that starts a line's text at `from`, bold or not, and its colons: `Key::`,
 * `**Key**::`, `**Key::**`, `Key:`, `**Key:**`, `__Key__:`; null when the text starts otherwise.
 */
function lineLabel(line: string, from: number): { key: string; value: string; field: boolean } | null {
	const emphasis = line.startsWith("**", from) ? "**" : line.startsWith("__", from) ? "__" : "";
	let i = from + emphasis.length;
	const keyStart = i;
	while (i < line.length && isKeyChar(line.charCodeAt(i))) i++;
	let key = line.slice(keyStart, i);
	let closed = emphasis === "";
	// `_` is a letter of a key: `__Room__` ends with its emphasis.
	if (!closed && (line.startsWith(emphasis, i) || key.endsWith(emphasis))) {
		if (key.endsWith(emphasis)) key = key.slice(0, -emphasis.length);
		else i += emphasis.length;
		closed = true;
	}
	if (key.trim() === "") return null;
	if (line[i] !== ":") return null;
	const field = line[i + 1] === ":";
	i += field ? 2 : 1;
	if (!closed) {
		if (!line.startsWith(emphasis, i)) return null;
		i += emphasis.length;
	}
	// `https://…` is an address, not a label.
	if (!field && line.startsWith("//", i)) return null;
	return { key, value: line.slice(i), field };
}

/** keyEnd is where `key::` ends from `from` (the index after `::`), or -1 when no key and `::` start there. */
function keyEnd(line: string, from: number): number {
	let i = from;
	while (i < line.length && isKeyChar(line.charCodeAt(i))) i++;
	if (i === from || line.slice(from, i).trim() === "") return -1;
	return line.startsWith("::", i) ? i + 2 : -1;
}

/** closerOf is the index of the bracket that closes the one at `open`, counting the same brackets inside (`[[links]]`), or -1. */
function closerOf(line: string, open: number): number {
	const opener = line[open];
	const closer = opener === "[" ? "]" : ")";
	let depth = 0;
	for (let i = open; i < line.length; i++) {
		if (line[i] === opener) depth++;
		else if (line[i] === closer && --depth === 0) return i;
	}
	return -1;
}

/** A task's checkbox after the list marker: `- [ ] `, `* [x] `, `1. [-] `. */
const TASK_LINE = /^\s*(?:[-*+]|\d+[.)])\s+\[.\]/;
/** What may come before a field that stands on its own line: spaces, a quote's `>`, a list marker (and the mark some vaults style bullets with, `- ; attendees::`). */
const LINE_START = /^(?:\s*>)*\s*(?:(?:[-*+]|\d+[.)])\s+(?:[;~&^%!?]\s+)?)?/;
/** A list item, and its text. */
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])(?:\s(.*))?$/;

/** add puts a field into a map, unless its key (any case) is there already or its value is empty. */
function add(into: Map<string, InlineField>, key: string, value: string | string[]): void {
	const name = key.trim();
	const text = typeof value === "string" ? value.trim() : value;
	const folded = name.toLowerCase();
	if (name !== "" && text.length > 0 && !into.has(folded)) into.set(folded, [name, text]);
}

/** A key that starts a line with no value after it: the list below it may be its value (`**Attendees:**` above `- [[Jane Doe]]`). */
interface ListKey {
	key: string;
	into: Map<string, InlineField>;
	items: string[];
	/** How far in its items must start: below a key that is itself a list item, only the items nested in it are its. */
	indent: number;
}

/** indentOf is how many spaces and tabs a line starts with. */
function indentOf(line: string): number {
	let i = 0;
	while (line[i] === " " || line[i] === "\t") i++;
	return i;
}

/**
 * fieldsOfLine adds the fields of one line (not a task's, not in code) to `into`, and a label that
 * starts it to `labels`, the first of each key kept; returns the key that starts the line when
 * nothing follows it, for the list below.
 */
function fieldsOfLine(line: string, into: Map<string, InlineField>, labels: Map<string, InlineField>): ListKey | null {
	const start = LINE_START.exec(line)?.[0].length ?? 0;
	const label = line[start] === "[" || line[start] === "(" ? null : lineLabel(line, start);
	const target = label?.field === true ? into : labels;
	if (label !== null && label.value.trim() === "") {
		const indent = indentOf(line);
		return { key: label.key, into: target, items: [], indent: start === indent ? 0 : indent + 1 };
	}
	if (label?.field === true) {
		add(into, label.key, label.value);
		return null;
	}
	if (label !== null) add(labels, label.key, label.value);
	for (let i = 0; i < line.length; i++) {
		if (line[i] !== "[" && line[i] !== "(") continue;
		// A link's brackets (`[[Note::x]]`) hold no field.
		if (line[i] === "[" && line[i + 1] === "[") {
			i++;
			continue;
		}
		const end = keyEnd(line, i + 1);
		if (end < 0) continue;
		const close = closerOf(line, i);
		// Unclosed: no later bracket of the line closes either, as far as this one reaches.
		if (close < 0) return null;
		add(into, line.slice(i + 1, end - 2), line.slice(end, close));
		i = close;
	}
	return null;
}

/** A heading, and its text: `## Attendees`, `### 👥 Participants:`. */
const HEADING = /^ {0,3}#{1,6}[ \t](.*)$/;

/** inlineFields are the Dataview fields of a note's text (its properties block, if the text starts with one, left out), in the order written. */
export function inlineFields(text: string): InlineField[] {
	if (!text.includes(":") && !text.includes("#")) return [];
	const lines = text.split("\n");
	const found = new Map<string, InlineField>();
	const labels = new Map<string, InlineField>();
	let i = 0;
	if (lines[0]?.trimEnd() === "---") {
		i = lines.findIndex((line, at) => at > 0 && line.trimEnd() === "---") + 1;
		if (i === 0) return [];
	}
	let fence: string | null = null;
	let list: ListKey | null = null;
	for (; i < lines.length; i++) {
		const line = (lines[i] ?? "").replace(/\r$/, "");
		if (list !== null) {
			// The items below a key with no value are its value, up to the first line that is no item (a blank line first is fine).
			const item = line.length > LINE_LIMIT ? null : LIST_ITEM.exec(line);
			// An item that holds a field of its own (`- ; attendees:: …` below `- ~ Metadata:`) is that field.
			if (item !== null && !TASK_LINE.test(line) && indentOf(line) >= list.indent && !line.includes("::")) {
				const text = (item[1] ?? "").trim();
				if (text !== "") list.items.push(text);
				continue;
			}
			if (line.trim() === "" && list.items.length === 0) continue;
			add(list.into, list.key, list.items);
			list = null;
		}
		const trimmed = line.trimStart();
		if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
			const mark = trimmed.slice(0, 3);
			if (fence === null) fence = mark;
			else if (mark === fence) fence = null;
			continue;
		}
		if (fence !== null || line.length > LINE_LIMIT) continue;
		// A heading is a label when the list below it is its value: a meeting's `## Attendees`.
		const heading = line.includes("#") ? HEADING.exec(line) : null;
		const key = heading === null ? null : headingKey(heading[1] ?? "");
		if (key !== null) {
			list = { key, into: labels, items: [], indent: 0 };
			continue;
		}
		if (!line.includes(":") || TASK_LINE.test(line)) continue;
		list = fieldsOfLine(line, found, labels);
	}
	if (list !== null) add(list.into, list.key, list.items);
	for (const [key, [name, value]] of labels) if (!found.has(key)) found.set(key, [name, value, true]);
	return [...found.values()];
}

/** The properties a meeting's text may give when its properties do not: who took part, and when. */
const MEETING_TEXT_PROPERTIES: readonly PropertyKey[] = ["with", "attendees", "date"];

/**
 * The properties a person note's Dataview fields may give (`- **Role**:: Scrum Master`,
 * `Last Contact:: 2026-11-02`, as contact and CRM templates write them): what the dashboard shows
 * and counts. Not a follow-up or a snooze: *Done* and *Snooze* write the note's properties, and a
 * field in the text would outlive them.
 */
const PERSON_TEXT_PROPERTIES: readonly PropertyKey[] = ["role", "relationship", "influence", "interest", "lastContact", "cadence", "reportsTo", "caresAbout"];

/** keyWords is a key as Dataview compares it: without case, spaces, dashes or underscores (`Last Contact`, `last_contact`). */
function keyWords(key: string): string {
	return key.toLowerCase().replace(/[\s_-]+/g, "");
}

/**
 * withInlineFields reads a note again with the inline fields of its text as properties, when its
 * first reading asked for them (`needsText`: a meeting whose properties name no one, or give no
 * date; a person) and it has any of a meeting's people or date, or of a person's properties
 * (PERSON_TEXT_PROPERTIES), under any of their names; each counts only where the properties have
 * no such key. `read` is readNote over the properties given.
 */
export function withInlineFields(
	first: NoteReading,
	frontmatter: unknown,
	fields: readonly InlineField[],
	settings: CoreSettings,
	read: (frontmatter: Record<string, unknown>) => NoteReading,
): NoteReading {
	if (first.needsText !== true) return first;
	const { needsText: _asked, conversations, ...reading } = first;
	if (fields.length === 0) return reading;
	const properties = typeof frontmatter === "object" && frontmatter !== null && !Array.isArray(frontmatter) ? (frontmatter as Record<string, unknown>) : {};
	if (conversations === true) return withConversations(reading, properties, fields, settings, read);
	// A person's fields are Dataview's alone: a label in a person's notes (`Cadence: every other week`) is prose.
	const person = reading.record?.kind === "person";
	const wanted = person ? PERSON_TEXT_PROPERTIES : MEETING_TEXT_PROPERTIES;
	const written = new Set(Object.keys(properties).map((key) => keyWords(key)));
	const extra: Record<string, unknown> = {};
	/** Where each value taken from the text was written there: `Last Contact::`, `Date:`. */
	const whereWritten = new Map<string, string>();
	for (const property of wanted) {
		const names = settings.properties[property];
		const words = names.map((name) => keyWords(name));
		if (words.some((word) => written.has(word))) continue;
		const field = fields.find(([key, , label]) => words.includes(keyWords(key)) && !(person && label === true));
		if (field === undefined) continue;
		// Under the name it matches (`Last Contact` is `last-contact`), as the properties would hold it.
		const name = names[words.indexOf(keyWords(field[0]))] ?? field[0];
		extra[name] = field[1];
		whereWritten.set(name, `${field[0]}${field[2] === true ? ":" : "::"}`);
	}
	if (Object.keys(extra).length === 0) return reading;
	const { needsText: _again, ...second } = read({ ...extra, ...properties });
	// A value of the text that does not read is said to be there: the properties have no such key.
	const problems = second.problems.map((problem) => {
		const where = problem.key === null ? undefined : whereWritten.get(problem.key);
		return where === undefined ? problem : { ...problem, message: `${problem.message} (in the note's text, as ${where})` };
	});
	return problems.some((problem, i) => problem !== second.problems[i]) ? { ...second, problems } : second;
}

/** withConversations reads a dated note again with the people of the conversations its text logs (conversations.ts), if it logs any. */
function withConversations(
	reading: NoteReading,
	properties: Record<string, unknown>,
	fields: readonly InlineField[],
	settings: CoreSettings,
	read: (frontmatter: Record<string, unknown>) => NoteReading,
): NoteReading {
	const { links, names } = conversationPeople(fields);
	if (links.length === 0 && names.length === 0) return reading;
	const { needsText: _asked, conversations: _logs, ...second } = read({ ...properties, [settings.properties.attendees[0] ?? "attendees"]: [...links, ...names] });
	if (second.record?.kind !== "meeting") return second;
	// A plain name is the words before a colon: it counts only when it finds a person.
	const attendees = second.record.attendees.map((ref) => (ref.isLink ? ref : { ...ref, tentative: true }));
	return { ...second, record: { ...second.record, attendees, foundBy: BY_CONVERSATIONS } };
}
