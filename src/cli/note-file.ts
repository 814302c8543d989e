import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { join } from "node:path";
import { inlineTags, readNote, type CoreSettings, type NoteReading, type NoteTask, type Problem } from "../core";
import { readTasks, withTasks } from "../core/commitments/read-tasks";
import { inlineFields, withInlineFields, type InlineField } from "../core/inline-fields";
import { parseFrontmatter } from "./frontmatter";
import { MAX_DEPTH } from "./yaml";

export function errorCode(error: unknown): string {
	return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

export function reason(error: unknown): string {
	return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

/** One note file read from disk: its bytes decoded (or why not), what its properties say (NoteFacts), and its reading. */

/** Decodes UTF-8 and fails on bytes that are not UTF-8 (a leading byte-order mark is dropped). */
const UTF8 = new TextDecoder("utf-8", { fatal: true });
/** Decodes UTF-8, writing U+FFFD for bytes that are not, as Obsidian shows such a file. */
export const LOSSY = new TextDecoder("utf-8");
export const DOT = 0x2e;
const DASH = 0x2d;

export function utf8OrNull(bytes: Uint8Array): string | null {
	try {
		return UTF8.decode(bytes);
	} catch {
		return null;
	}
}

/** What a note's bytes say: its text, and what is wrong with its encoding (null when nothing). */
export interface NoteText {
	/** The text, or null when it is not UTF-8 text at all (UTF-16). */
	text: string | null;
	problem: string | null;
}

/**
 * decodeNote reads a note's bytes as Obsidian does: UTF-8, a byte-order mark skipped. UTF-16
 * (a byte-order mark, or `---` with zero bytes between) is not read at all; other bytes that
 * are not UTF-8 (most often Latin-1, `José` saved by an old editor) become U+FFFD, as in
 * Obsidian, and are a problem. The common case is one decode.
 */
export function decodeNote(bytes: Uint8Array): NoteText {
	const [b0, b1, b2] = bytes;
	const utf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (b0 === DASH && b1 === 0 && b2 === DASH) || (b0 === 0 && b1 === DASH && b2 === 0);
	if (utf16) return { text: null, problem: "This note is not UTF-8 text (it looks like UTF-16); Obsidian cannot read its properties either" };
	const text = utf8OrNull(bytes);
	if (text !== null) return { text, problem: null };
	return { text: LOSSY.decode(bytes), problem: "This note has bytes that are not UTF-8 (Latin-1?); save it as UTF-8" };
}

/** The bytes of the note read last (readNoteBytes): one buffer for every note, grown for a larger one. */
let shared = Buffer.allocUnsafe(1 << 16);
/** A buffer grown past this for one large note is let go at the next read. */
const KEPT_BYTES = 1 << 22;

/**
 * readNoteBytes reads a note's file into one buffer kept for every note: the bytes are good
 * until the next call, which is all a note's facts need (they decode what they keep). Reading
 * ten thousand notes so allocates nothing per note and asks the file system nothing more than
 * to open, read and close it (readFileSync allocates a buffer per file, after asking its size).
 * A file that cannot be read throws, as readFileSync does.
 */
export function readNoteBytes(file: string): Uint8Array {
	if (shared.length > KEPT_BYTES) shared = Buffer.allocUnsafe(1 << 16);
	const fd = openSync(file, "r");
	try {
		let length = 0;
		for (;;) {
			if (length === shared.length) {
				const larger = Buffer.allocUnsafe(shared.length * 2);
				shared.copy(larger, 0, 0, length);
				shared = larger;
			}
			const read = readSync(fd, shared, length, shared.length - length, null);
			if (read === 0) return shared.subarray(0, length);
			length += read;
		}
	} finally {
		closeSync(fd);
	}
}

/** readNoteText reads and decodes a note; a file that cannot be read throws. */
export function readNoteText(root: string, path: string): NoteText {
	return decodeNote(readFileSync(join(root, path)));
}

/** failure says in a word why a file could not be read: its error code (`EACCES`), else the error's first line. */
export function failure(error: unknown): string {
	return errorCode(error) || reason(error);
}

/**
 * yamlReason shortens the yaml package's message to its first line without the column:
 * "Map keys must be unique at line 3". gray-matter hands the parser the text from the end of
 * the opening `---`, so its line numbers are the file's.
 */
export function yamlReason(message: string): string {
	const firstLine = message.split("\n")[0] ?? "";
	return firstLine.replace(/, column \d+:?\s*$/, "").replace(/[:.]\s*$/, "");
}

/**
 * What a note's bytes say, whatever the settings: its encoding problem, whether it is text at
 * all, its frontmatter (or the YAML error) and its inline tags. The settings turn them into a
 * reading (readingOfFacts); the cache keeps them between runs.
 */
export interface NoteFacts {
	/** The encoding problem's message, or null. */
	encoding: string | null;
	/** False when the note is not UTF-8 text at all (UTF-16): nothing else of it is read. */
	text: boolean;
	data: unknown;
	/** The YAML error's message (the package's first line), or null. */
	error: string | null;
	/** Top-level keys left out for nesting too deeply. */
	tooDeep: string[];
	/** Tags written in the text below the properties, without `#`. */
	tags: string[];
	/** The tasks that may be commitments (readTasks); absent when there are none. */
	tasks?: NoteTask[];
	/**
	 * Dataview's inline fields and the labels that start lines, not on a task line (inlineFields).
	 * Absent when the text was not read for them because, with the settings it was read with, the
	 * note did not ask (only a meeting whose properties name no one does): such facts hold for those
	 * settings alone, and the cache keeps them only with their reading.
	 */
	fields?: InlineField[];
	/**
	 * True when the note has tasks that were left unread because, with the settings it was read
	 * with, it is not a meeting (only a meeting's tasks count): these facts then hold for those
	 * settings alone, and the cache does not keep them.
	 */
	tasksUnread?: true;
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const HASH = 0x23;

/** factsOfText is what a decoded note says (the way every note was read before the byte-level path). */
function factsOfText(note: NoteText): NoteFacts {
	if (note.text === null) return { encoding: note.problem, text: false, data: null, error: null, tooDeep: [], tags: [] };
	const parsed = parseFrontmatter(note.text);
	if (parsed.error !== null) return { encoding: note.problem, text: true, data: null, error: parsed.error, tooDeep: [], tags: [] };
	return { encoding: note.problem, text: true, data: parsed.data, error: null, tooDeep: parsed.tooDeep ?? [], tags: inlineTags(bodyOf(note.text)) };
}

/** isClosingLine says whether bytes [from, to) are `---` with nothing after but spaces and tabs. */
function isClosingLine(bytes: Uint8Array, from: number, to: number): boolean {
	if (to - from < 3 || bytes[from] !== DASH || bytes[from + 1] !== DASH || bytes[from + 2] !== DASH) return false;
	for (let i = from + 3; i < to; i++) if (bytes[i] !== 0x20 && bytes[i] !== 0x09) return false;
	return true;
}

/**
 * mayHoldTag says whether bytes hold a `#` followed by a byte a tag can start with (an ASCII
 * letter, digit, `_`, `/`, `-`, or any byte of a non-ASCII character): without one, inlineTags
 * finds nothing and the text need not be decoded.
 */
function mayHoldTag(bytes: Uint8Array, from: number): boolean {
	for (let i = bytes.indexOf(HASH, from); i >= 0; i = bytes.indexOf(HASH, i + 1)) {
		const next = bytes[i + 1] ?? 0;
		const tagByte =
			next >= 0x80 || (next >= 0x30 && next <= 0x39) || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x5f || next === 0x2f || next === DASH;
		if (tagByte) return true;
	}
	return false;
}

/**
 * noteFacts reads a note's bytes. Most notes are UTF-8 with `---` and `\n` line endings: only
 * their properties are decoded (the text below only when it may hold a tag); anything else (a
 * byte-order mark with UTF-16, bytes that are not UTF-8, `\r`, no closing line) is decoded whole
 * and read as before, so the answer is the same either way. `wantsTasks`, asked only of a note
 * that has a task, says from its properties and inline fields whether its tasks are worth reading
 * (whether it is a meeting); without it they always are. `wantsFields` says from the properties
 * whether the text's inline fields are (NoteReading.needsText); without it they always are.
 */
export function noteFacts(bytes: Uint8Array, wantsTasks?: (facts: NoteFacts) => boolean, wantsFields?: (facts: NoteFacts) => boolean): NoteFacts {
	const properties = propertyFacts(bytes);
	if (!properties.text || properties.error !== null) return properties;
	// Only a note with a task, or one that asks for its inline fields, is decoded whole, once.
	let text: string | null = null;
	const decoded = (): string => (text ??= decodeNote(bytes).text ?? "");
	let facts = properties;
	if (wantsFields === undefined || wantsFields(properties)) facts = { ...facts, fields: inlineFields(decoded()) };
	if (!mayHoldTask(bytes)) return facts;
	if (wantsTasks !== undefined && !wantsTasks(facts)) return { ...facts, tasksUnread: true };
	// readTasks keeps the tasks that may be commitments.
	const tasks = readTasks(decoded());
	return tasks.length === 0 ? facts : { ...facts, tasks };
}

/** mayHoldTask says whether bytes hold `[?]` after a space or a tab: without one, no line is a task. */
function mayHoldTask(bytes: Uint8Array): boolean {
	for (let i = bytes.indexOf(0x5b, 1); i >= 0; i = bytes.indexOf(0x5b, i + 1)) {
		if (bytes[i + 2] === 0x5d && (bytes[i - 1] === 0x20 || bytes[i - 1] === 0x09)) return true;
	}
	return false;
}

/** propertyFacts is noteFacts without the tasks: the properties, the encoding and the tags. */
function propertyFacts(bytes: Uint8Array): NoteFacts {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const simple = isUtf8(bytes) && bytes[bom] === DASH && bytes[bom + 1] === DASH && bytes[bom + 2] === DASH && bytes[bom + 3] === NEWLINE;
	if (!simple) {
		// No properties at all and nothing like a tag: nothing to decode.
		if (isUtf8(bytes) && bytes[bom] !== DASH && bytes[bom] !== 0 && !mayHoldTag(bytes, bom) && !(bytes[0] === 0xfe || bytes[0] === 0xff)) {
			return { encoding: null, text: true, data: null, error: null, tooDeep: [], tags: [] };
		}
		return factsOfText(decodeNote(bytes));
	}
	let start = bom + 4;
	const firstReturn = bytes.indexOf(RETURN, start);
	while (start <= bytes.length) {
		let end = bytes.indexOf(NEWLINE, start);
		if (end < 0) end = bytes.length;
		if (firstReturn >= 0 && firstReturn < end) break;
		if (isClosingLine(bytes, start, end)) {
			const note: NoteText = { text: UTF8.decode(bytes.subarray(bom, end)), problem: null };
			const facts = factsOfText(note);
			if (facts.error !== null || end + 1 >= bytes.length || !mayHoldTag(bytes, end + 1)) return facts;
			return { ...facts, tags: inlineTags(bodyOf(UTF8.decode(bytes.subarray(bom)))) };
		}
		if (end >= bytes.length) break;
		start = end + 1;
	}
	return factsOfText(decodeNote(bytes));
}

/**
 * readingOfFacts turns what a note's bytes say into its reading with the settings: broken YAML
 * and bad encodings are problems; a meeting whose properties name no one is read again with its
 * inline fields (withInlineFields). `properties` is readNote's reading of these facts' properties,
 * when already made.
 */
export function readingOfFacts(path: string, facts: NoteFacts, settings: CoreSettings, properties: NoteReading | null = null): NoteReading {
	const encoding: Problem[] = facts.encoding === null ? [] : [{ path, key: null, value: null, message: facts.encoding }];
	if (!facts.text) return { record: null, problems: encoding };
	if (facts.error !== null) {
		return {
			record: null,
			problems: [
				...encoding,
				{
					path,
					key: null,
					value: null,
					message: `The properties at the top of this note are not valid YAML (${yamlReason(facts.error)}); Obsidian ignores them too`,
				},
			],
		};
	}
	const first = properties ?? readNote(path, facts.data, settings, facts.tags);
	const read = withInlineFields(first, facts.data, facts.fields ?? [], settings, (data) => readNote(path, data, settings, facts.tags));
	const reading = withTasks(read, facts.tasks ?? []);
	const tooDeep = facts.tooDeep.map((key) => ({
		path,
		key,
		value: null,
		message: `${key}: is nested too deeply to read (more than ${MAX_DEPTH} levels)`,
	}));
	if (encoding.length === 0 && tooDeep.length === 0) return reading;
	return { ...reading, problems: [...encoding, ...reading.problems, ...tooDeep] };
}

/** A note's file could not be read: its error, told apart from any other. */
export class ReadFailure extends Error {
	constructor(readonly failure: unknown) {
		super("the note could not be read");
	}
}

/** bodyOf is a note's text below its properties block (`---` … `---`), where inline tags are. */
function bodyOf(text: string): string {
	const normalised = text.replace(/\r\n?/g, "\n");
	if (!normalised.startsWith("---\n")) return normalised;
	const end = /\n---[ \t]*(\n|$)/.exec(normalised.slice(3));
	return end === null ? "" : normalised.slice(3 + end.index + end[0].length);
}

