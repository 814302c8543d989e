import type { TFile } from "obsidian";
import type { Explanation } from "../core/explain";
import type { CoreSettings, IsoDate, NoteReading, NoteTask, Report } from "../core/types";
import type { InlineField } from "../core/inline-fields";

/**
 * The start-up snapshot's records, as kept in a SnapshotStore (snapshot-store.ts): the last
 * report with the key of everything it was computed from, and each note's reading with the
 * size and time of the file it was read from. Plain data only (structured clone: no
 * functions, no class instances).
 */

/** SNAPSHOT_FORMAT changes whenever these records change shape; a record of another format is ignored and overwritten. */
export const SNAPSHOT_FORMAT = 5;

/**
 * The report record: what the last report was computed from, and the dashboard's first
 * screen drawn from it (the view model for a dashboard as it opens). The report itself is a
 * record of its own (ReportText), some MB at 10k notes, read and parsed once the first screen
 * is drawn.
 */
export interface ReportRecord {
	format: number;
	/** The plugin's build (its version): another build may read notes differently. */
	build: string;
	/** Which save it belongs to, so that records of two saves are never mixed. */
	stamp: number;
	/** snapshotKey of the settings, the day and every markdown file when the report was made; "" when the report is not one to start from. */
	key: string;
	/** Every markdown file's path, in the order the vault listed them, one a line: checked first, as it is cheaper than the key. */
	paths: string;
	/** Their times and sizes, two numbers a file in the same order. */
	stats: Float64Array;
	/** The dashboard's view model for the report (first-screen.ts), drawn before the report is read; null when there was none to keep. */
	firstScreen: StoredFirstScreen | null;
	explanation: Explanation;
	/** How many readings records the save wrote. */
	chunks: number;
	/** settingsHash of the settings the readings were made with. */
	settings: string;
}

/** The dashboard's first screen as kept: the view model's inputs (dashboard-model.ts) and the view model, each as JSON. */
export interface StoredFirstScreen {
	inputs: string;
	model: string;
}

/**
 * The report of a save, as JSON text: the browser reads a string back at once, and JSON.parse
 * makes the report's thousands of objects two to three times faster than a structured clone
 * does; and it is parsed only when it is the one to start from.
 */
export interface ReportText {
	format: number;
	build: string;
	stamp: number;
	report: string;
}

/**
 * The first screen as kept in the app's local storage for this vault, beside the snapshot: read
 * at once at start-up, with no database to open, and drawn when its key is this start's (the
 * settings, the day, every note's path, time and size). A start whose key differs ignores it.
 */
export interface QuickRecord {
	format: number;
	build: string;
	key: string;
	firstScreen: StoredFirstScreen;
}

/** quickRecordOf is the record of the head of a save, when it has a first screen to start from; null otherwise. */
export function quickRecordOf(head: ReportRecord): QuickRecord | null {
	if (head.key === "" || head.firstScreen === null) return null;
	return { format: head.format, build: head.build, key: head.key, firstScreen: head.firstScreen };
}

/** storedQuickRecord is what local storage held, when it is a record of this format and build; else null. */
export function storedQuickRecord(value: unknown, build: string): QuickRecord | null {
	if (!isObject(value) || value.format !== SNAPSHOT_FORMAT || value.build !== build || typeof value.key !== "string") return null;
	const first = value.firstScreen;
	if (!isStoredFirstScreen(first)) return null;
	return { format: SNAPSHOT_FORMAT, build, key: value.key, firstScreen: { inputs: first.inputs, model: first.model } };
}

/**
 * One note as stored: path, the file's mtime and size when read, its reading, its tasks (null:
 * its text was not read), and the inline fields of its text when its reading asked for them (null: not read).
 */
export type StoredNoteRow = [path: string, mtime: number, size: number, reading: NoteReading, tasks: NoteTask[] | null, fields: readonly InlineField[] | null];

/** A readings record: a slice of the notes of one save. */
export interface ReadingsRecord {
	format: number;
	build: string;
	stamp: number;
	notes: StoredNoteRow[];
}

/** One note as the last session read it. */
export interface StoredNote {
	mtime: number;
	size: number;
	reading: NoteReading;
	tasks: readonly NoteTask[] | null;
	fields: readonly InlineField[] | null;
}

/** The readings of the last session, and the settingsHash of the settings they were made with. */
export interface StoredNotes {
	notes: ReadonlyMap<string, StoredNote>;
	settings: string;
}

export const REPORT_RECORD = "report";
export const REPORT_TEXT_RECORD = "report-text";

/** chunkName is the name of the i-th readings record. */
export function chunkName(i: number): string {
	return `readings-${i}`;
}

/** hashLanes is a 64-bit string hash (two 32-bit lanes, after cyrb53): not cryptographic, only a key. */
function hashLanes(text: string): [number, number] {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return [h1 >>> 0, h2 >>> 0];
}

/** settingsHash stands for everything the core reads from the settings (the vault's own config included). */
export function settingsHash(settings: CoreSettings): string {
	const [a, b] = hashLanes(JSON.stringify(settings));
	return `${a.toString(36)}.${b.toString(36)}`;
}

/**
 * snapshotKey stands for everything a report is computed from: the settings, the day, and every
 * markdown note's path, time and size (which is what Obsidian's own cache checks). The files
 * are summed, not chained, so the order the vault lists them in does not matter. One loop with
 * no allocation per file: it runs before the first paint, when nothing is compiled yet.
 */
export function snapshotKey(settings: CoreSettings, today: IsoDate, files: readonly TFile[]): string {
	let a = 0;
	let b = 0;
	for (const file of files) {
		const { mtime, size } = file.stat;
		let h1 = 0xdeadbeef ^ size;
		let h2 = 0x41c6ce57 ^ (mtime % 0x100000000);
		const path = file.path;
		for (let i = 0; i < path.length; i++) {
			const ch = path.charCodeAt(i);
			h1 = Math.imul(h1 ^ ch, 2654435761);
			h2 = Math.imul(h2 ^ ch, 1597334677);
		}
		h1 = Math.imul(h1 ^ Math.floor(mtime / 0x100000000), 2654435761);
		h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
		h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
		a = (a + (h1 >>> 0)) >>> 0;
		b = (b + (h2 >>> 0)) >>> 0;
	}
	return `${today}|${settingsHash(settings)}|${files.length}|${a.toString(36)}.${b.toString(36)}`;
}

/** fileList is what `paths` and `stats` hold for these files. */
export function fileList(files: readonly TFile[]): { paths: string; stats: Float64Array } {
	const stats = new Float64Array(files.length * 2);
	for (let i = 0; i < files.length; i++) {
		const stat = files[i]?.stat;
		stats[2 * i] = stat?.mtime ?? Number.NaN;
		stats[2 * i + 1] = stat?.size ?? Number.NaN;
	}
	return { paths: files.map((file) => file.path).join("\n"), stats };
}

/**
 * matchesFiles says whether the record was made from exactly these files, as cheaply as it can
 * be said before the first paint, when nothing is compiled yet: the times and sizes in order,
 * then the paths as one string (a comparison the browser makes natively). Listed in another
 * order, the same files are found by the key, which hashes every path (some 10 ms at 10k notes).
 */
export function matchesFiles(record: Pick<ReportRecord, "key" | "paths" | "stats">, files: readonly TFile[], key: () => string): boolean {
	if (record.key === "" || record.stats.length !== files.length * 2) return false;
	let inOrder = true;
	for (let i = 0; i < files.length && inOrder; i++) {
		const stat = files[i]?.stat;
		inOrder = stat !== undefined && record.stats[2 * i] === stat.mtime && record.stats[2 * i + 1] === stat.size;
	}
	if (inOrder && files.map((file) => file.path).join("\n") === record.paths) return true;
	return record.key === key();
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null;
}

function isStoredFirstScreen(value: unknown): value is StoredFirstScreen {
	return isObject(value) && typeof value.inputs === "string" && typeof value.model === "string";
}

function isReport(value: unknown): value is Report {
	if (!isObject(value) || typeof value.today !== "string") return false;
	return [value.stakeholders, value.followUps, value.problems, value.withoutNote, value.commitments].every(Array.isArray);
}

/** reportRecordOf is the stored report record when it is of this format and build and whole; else null. */
export function reportRecordOf(value: unknown, build: string): ReportRecord | null {
	if (!isObject(value) || value.format !== SNAPSHOT_FORMAT || value.build !== build) return null;
	if (typeof value.key !== "string" || typeof value.stamp !== "number" || typeof value.settings !== "string") return null;
	if (typeof value.chunks !== "number" || !isObject(value.explanation)) return null;
	if (value.firstScreen !== null && !isStoredFirstScreen(value.firstScreen)) return null;
	if (typeof value.paths !== "string" || !(value.stats instanceof Float64Array)) return null;
	return value as unknown as ReportRecord;
}

/** reportOf parses the report of the record's save; null when the text is not of that save or not a report. */
export function reportOf(value: unknown, record: ReportRecord): Report | null {
	if (!isObject(value) || value.format !== SNAPSHOT_FORMAT || value.build !== record.build || value.stamp !== record.stamp) return null;
	if (typeof value.report !== "string") return null;
	try {
		const report: unknown = JSON.parse(value.report);
		return isReport(report) ? report : null;
	} catch {
		return null;
	}
}

function isReading(value: unknown): value is NoteReading {
	return isObject(value) && Array.isArray(value.problems) && (value.record === null || (isObject(value.record) && typeof value.record.kind === "string"));
}

function isFieldList(value: unknown): value is InlineField[] {
	return Array.isArray(value) && value.every((field) => Array.isArray(field) && typeof field[0] === "string" && (typeof field[1] === "string" || Array.isArray(field[1])));
}

/** addRows puts a readings record's rows into the map; returns false when the record is not of that save or not whole. */
export function addRows(value: unknown, record: ReportRecord, into: Map<string, StoredNote>): boolean {
	if (!isObject(value) || value.format !== SNAPSHOT_FORMAT || value.build !== record.build || value.stamp !== record.stamp) return false;
	if (!Array.isArray(value.notes)) return false;
	for (const row of value.notes as unknown[]) {
		if (!Array.isArray(row) || row.length !== 6) return false;
		const [path, mtime, size, reading, tasks, fields] = row as unknown[];
		if (typeof path !== "string" || typeof mtime !== "number" || typeof size !== "number" || !isReading(reading)) return false;
		if (tasks !== null && !Array.isArray(tasks)) return false;
		if (fields !== null && !isFieldList(fields)) return false;
		into.set(path, { mtime, size, reading, tasks: tasks as NoteTask[] | null, fields });
	}
	return true;
}
