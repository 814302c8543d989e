import type { App } from "obsidian";
import type { Explanation } from "../core/explain";
import type { CoreSettings, IsoDate, NoteReading, Report } from "../core/types";
import type { InlineField } from "../core/inline-fields";
import type { DashboardInputs } from "./dashboard-model";
import { meetingOf } from "../core/read";
import { hasTaskItems } from "./cache-reading";
import { storedFirstScreen } from "./dashboard-model";
import {
	REPORT_RECORD,
	REPORT_TEXT_RECORD,
	SNAPSHOT_FORMAT,
	chunkName,
	fileList,
	settingsHash,
	snapshotKey,
	type ReadingsRecord,
	type ReportRecord,
	type ReportText,
	type StoredNoteRow,
} from "./snapshot";

/** How many notes each readings record holds: each is copied in a task of its own, so no frame waits long. */
const NOTES_PER_CHUNK = 1000;

/** How long after a file's `modify` its reading is trusted without a `changed` (Obsidian sends none when the text did not change). */
export const MODIFY_SETTLE_MS = 5000;

/** What the keeper reads from the index when it saves. */
export interface SnapshotSource {
	/** True when every note has been read and no text read is under way. */
	settled(): boolean;
	/** Settles once the text reads under way are done. */
	tasksRead(): Promise<void>;
	reading(path: string): NoteReading | undefined;
	/** The inline fields read from a note's text, when its reading asked for them (undefined: not read). */
	fields(path: string): readonly InlineField[] | undefined;
	count(): number;
	report(today: IsoDate): Report;
	explanation(today: IsoDate): Explanation;
	onChange(listener: () => void): () => void;
}

/** What a save is gathered from besides the index: the app's files and caches, the settings, the day, and what the first screen is drawn from. */
export interface SaveDeps extends Pick<App, "vault" | "metadataCache"> {
	settings: () => CoreSettings;
	today: () => IsoDate;
	firstScreen?: (today: IsoDate) => DashboardInputs;
}

type Records = (readonly [string, unknown])[] | null;

/**
 * collectSave is the records of one save: every note's reading with its file's time and size,
 * the report when it covers every note, and the dashboard's first screen drawn from it. It
 * stops (yields) between its steps, each some milliseconds at 10k notes, so a save in idle time
 * never holds a frame for all of them. `modified` holds the files modified since their last
 * `changed`, with when.
 */
export function* collectSave(
	deps: SaveDeps,
	source: SnapshotSource,
	build: string,
	modified: ReadonlyMap<string, number>,
): Generator<void, Records, void> {
	if (!source.settled()) return null;
	const { vault, metadataCache } = deps;
	const settings = deps.settings();
	const today = deps.today();
	const files = vault.getMarkdownFiles();
	const now = Date.now();
	const rows: StoredNoteRow[] = [];
	let whole = source.count() === files.length;
	for (const file of files) {
		const reading = source.reading(file.path);
		const cache = metadataCache.getFileCache(file);
		// A note not read yet, or modified and not parsed again: nothing true to keep.
		if (reading === undefined || cache === null || now - (modified.get(file.path) ?? -Infinity) < MODIFY_SETTLE_MS) {
			whole = false;
			continue;
		}
		const record = meetingOf(reading);
		const tasks = record !== null && hasTaskItems(cache) ? (record.tasks ?? []) : null;
		rows.push([file.path, file.stat.mtime, file.stat.size, reading, tasks, source.fields(file.path) ?? null]);
	}
	yield;
	const stamp = now;
	const chunks: (readonly [string, ReadingsRecord])[] = [];
	for (let i = 0; i * NOTES_PER_CHUNK < rows.length; i++) {
		chunks.push([chunkName(i), { format: SNAPSHOT_FORMAT, build, stamp, notes: rows.slice(i * NOTES_PER_CHUNK, (i + 1) * NOTES_PER_CHUNK) }]);
	}
	// A report that misses a note is not what a fresh build gives: it is kept for no key.
	const key = whole ? snapshotKey(settings, today, files) : "";
	const list = fileList(files);
	yield;
	const report = source.report(today);
	const explanation = source.explanation(today);
	const text: ReportText = { format: SNAPSHOT_FORMAT, build, stamp, report: JSON.stringify(report) };
	const inputs = deps.firstScreen?.(today);
	const head: ReportRecord = {
		format: SNAPSHOT_FORMAT,
		build,
		stamp,
		key,
		...list,
		firstScreen: inputs === undefined || key === "" ? null : storedFirstScreen(report, explanation, inputs),
		explanation,
		chunks: chunks.length,
		settings: settingsHash(settings),
	};
	// The readings first: a reader finds the report record only once they are all there (one transaction anyway).
	return [...chunks, [REPORT_TEXT_RECORD, text], [REPORT_RECORD, head]];
}
