import { readFileSync } from "node:fs";
import type { NoteReading } from "../core";
import type { NoteFacts } from "./note-file";

/**
 * The facts file of the CLI's cache (cache.ts): a line of JSON for its heading, then one line
 * for each note, `[path, size, mtime, ctime, inode, facts, reading]` (JSON text never holds a raw
 * line feed), so that the lines of the notes that did not change can be written back as read.
 */

/** The notes' facts and readings: a line of JSON for the heading, then one for each note. */
export const FACTS_FILE = "facts.jsonl";

/**
 * One note in the cache: size, mtime, ctime, inode, what it says, and its reading with the
 * cache's settings (null: not kept). Figures of -1 (a note written just before the run) match
 * no file: such a note is always read again, its reading only compared with the one kept.
 */
export type Entry = [number, number, number, number, NoteFacts | null, NoteReading | null];

/** What both files say they are for: a reader takes a file only when all of it is this run's. */
export interface Heading {
	version: number;
	build: string;
	root: string;
}

/** Where each note's line lies in the facts file read: from the line feed before it to the one after. */
export interface OldLines {
	bytes: Buffer;
	at: Map<string, { start: number; end: number }>;
}

/**
 * factsFileParts is the facts file's text, heading first: a note whose entry is the one read is
 * its line as read (a run of such lines is one slice of the old file's bytes), any other is
 * made anew.
 */
export function* factsFileParts(head: string, fresh: ReadonlyMap<string, Entry>, old: ReadonlyMap<string, Entry>, oldLines: OldLines | null): Generator<string | Uint8Array> {
	yield head;
	let run: { start: number; end: number } | null = null;
	for (const [path, entry] of fresh) {
		const line = oldLines !== null && old.get(path) === entry ? oldLines.at.get(path) : undefined;
		if (line !== undefined && run !== null && run.end === line.start) {
			run.end = line.end;
			continue;
		}
		if (run !== null && oldLines !== null) yield oldLines.bytes.subarray(run.start, run.end);
		run = line === undefined ? null : { ...line };
		if (line === undefined) yield `\n${JSON.stringify([path, ...entry])}`;
	}
	if (run !== null && oldLines !== null) yield oldLines.bytes.subarray(run.start, run.end);
	yield "\n";
}

/** The facts file as read: its generation and settings, each note's entry, and where its lines lie. */
interface SavedFacts {
	generation: string;
	settings: string;
	entries: [string, Entry][];
	lines: OldLines;
}

/**
 * readFacts reads the facts file of this build and vault; null when it is missing, of another
 * build or version, or any line of it is not what this build writes (then none of it is used).
 */
export function readFacts(file: string, heading: Heading): SavedFacts | null {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch {
		return null;
	}
	try {
		let end = bytes.indexOf(NEWLINE);
		if (end < 0) return null;
		const head: unknown = JSON.parse(bytes.toString("utf8", 0, end));
		if (typeof head !== "object" || head === null || Array.isArray(head)) return null;
		const saved = head as Record<string, unknown>;
		if (!isHeading(saved, heading) || typeof saved.generation !== "string" || typeof saved.settings !== "string") return null;
		const entries: [string, Entry][] = [];
		const at = new Map<string, { start: number; end: number }>();
		for (let start = end; start + 1 < bytes.length; start = end) {
			end = bytes.indexOf(NEWLINE, start + 1);
			if (end < 0) return null;
			const row: unknown = JSON.parse(bytes.toString("utf8", start + 1, end));
			if (!isRow(row) || at.has(row[0])) return null;
			const path = row[0];
			entries.push([path, row.slice(1) as Entry]);
			at.set(path, { start, end });
		}
		return { generation: saved.generation, settings: saved.settings, entries, lines: { bytes, at } };
	} catch {
		return null;
	}
}

const NEWLINE = 0x0a;

/** isRow says whether a line of the facts file has the shape this build writes: a path, four figures, facts and a reading (objects or null). */
function isRow(row: unknown): row is [string, ...Entry] {
	if (!Array.isArray(row) || row.length !== 7 || typeof row[0] !== "string") return false;
	for (let i = 1; i <= 4; i++) if (typeof row[i] !== "number") return false;
	return (row[5] === null || typeof row[5] === "object") && (row[6] === null || typeof row[6] === "object");
}

/** isHeading says whether a cache file is this build's, for this vault, in this version. */
export function isHeading(saved: Record<string, unknown>, heading: Heading): boolean {
	return saved.version === heading.version && saved.build === heading.build && saved.root === heading.root;
}
