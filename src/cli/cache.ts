import { createHash, randomBytes } from "node:crypto";
import { join } from "node:path";
import type { CoreSettings, NoteReading, Report } from "../core";
import type { NoteFacts } from "./note-file";
import { isRecent, type NoteStat } from "./note-stats";
import { compactJson, inPieces } from "./json-stream";
import { FACTS_FILE, factsFileParts, isHeading, readFacts, type Entry, type Heading, type OldLines } from "./facts-file";
import { buildId, readJsonObject, removeOldLayout, vaultCacheFolder, writeAtomically, type VaultCachePlace } from "./cache-folder";

export { cacheFolder } from "./cache-folder";

/**
 * The cache of what each note's bytes say (NoteFacts) and of its reading with the settings,
 * between runs of the command line, keyed by the note's path, size, modification and change
 * times and inode: a note whose file changed in any way is read again; other settings (or
 * `--me`) keep the facts and read them anew; another build of the CLI starts afresh. It lives in the user's cache folder, never in the vault, one folder
 * per vault; it is safe to delete (the next run reads every note and writes it anew), a file of
 * another version or a broken one is ignored, and `--no-cache` leaves it alone. Nothing about it
 * is ever printed: a run's output is the same with it, without it, cold or warm.
 */

/** Bump when NoteFacts, the way notes are read or the cache's files change: older caches are then ignored. */
export const CACHE_VERSION = 7;

/** The last report, and what it was computed from (a hash of the day, the settings and every note's path). */
interface SavedReport {
	key: string;
	report: Report;
}

/**
 * jsonSafe says whether a value comes back from JSON exactly as it is: text, booleans, null,
 * finite numbers other than -0, lists and plain objects (no `__proto__` key, no object inside
 * itself, not too deep). An object met twice side by side is fine: JSON writes it twice, and
 * the report shares one 1:1 note's reference among its people. Anything else is read from the
 * note each time rather than cached.
 */
function jsonSafe(value: unknown, within: Set<object>, depth: number, budget = { left: 10_000_000 }): boolean {
	// Shared objects are walked once per place they stand: a budget keeps a YAML alias bomb cheap.
	if (--budget.left < 0) return false;
	if (value === null || typeof value === "string" || typeof value === "boolean") return true;
	if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
	if (typeof value !== "object" || depth > 200 || within.has(value)) return false;
	within.add(value);
	const safe = Array.isArray(value)
		? value.every((item) => jsonSafe(item, within, depth + 1, budget))
		: Object.getPrototypeOf(value) === Object.prototype &&
			!Object.prototype.hasOwnProperty.call(value, "__proto__") &&
			Object.values(value).every((item) => jsonSafe(item, within, depth + 1, budget));
	within.delete(value);
	return safe;
}

/**
 * The notes' facts and readings (`facts.jsonl`) and the last report (`report.json`) are two
 * files: a run where a note changed reads the first and makes a new report, and never parses
 * the old one (at 50k notes, 16 MB of the 40). Each facts file has a generation of its own,
 * and a report is taken only with the generation of the facts it was made from and the same
 * key, so a report is never paired with other facts, whichever of the two writes failed.
 * When a few notes changed, the facts file (facts-file.ts, a line per note) gets the lines of
 * the others back as they were read, byte for byte.
 */
export class FactsCache {
	private readonly fresh = new Map<string, Entry>();
	/** Whether an entry differs from the file's (a note read again, another reading kept). */
	private changed = false;
	/**
	 * Whether every note read so far has the reading the facts file holds for it, as JSON: from
	 * its entry, or read again (its file was touched or edited) and found the same. `asRead`
	 * counts them.
	 */
	private sameReadings = true;
	private asRead = 0;
	/** The report to write to report.json: one made this run that JSON carries; null for none. */
	private newReport: SavedReport | null = null;
	/** Whether this run wrote the facts file already: a second save writes only a newer report. */
	private factsWritten = false;
	/**
	 * The generation of the facts file that holds this run's readings, once saved (null before,
	 * or without one): what an output made from them is kept with (saved-output.ts). A note the
	 * file does not hold makes a later run's readingsGeneration null, so it is never paired with it.
	 */
	readonly facts: { generation: string | null } = { generation: null };

	private constructor(
		private readonly place: VaultCachePlace,
		private readonly heading: Heading,
		private readonly settings: string,
		private readonly nowMs: number,
		private readonly old: Map<string, Entry>,
		private generation: string | null,
		/** The lines of `old` as read; null when they no longer say what `old` holds (other settings). */
		private readonly oldLines: OldLines | null,
	) {}

	/** open loads the vault's cache of facts (empty when missing, broken or of another version); null when there is no cache folder, or it lies inside the vault. */
	static open(root: string, env: Readonly<Record<string, string | undefined>>, core: CoreSettings, nowMs: number): FactsCache | null {
		const place = vaultCacheFolder(root, env);
		if (place === null) return null;
		const heading: Heading = { version: CACHE_VERSION, build: buildId(), root: place.realRoot };
		const settings = JSON.stringify(core);
		const saved = readFacts(join(place.folder, FACTS_FILE), heading);
		if (saved === null) return new FactsCache(place, heading, settings, nowMs, new Map(), null, null);
		const sameSettings = saved.settings === settings;
		const old = new Map<string, Entry>();
		for (const [path, entry] of saved.entries) {
			if (!sameSettings) entry[5] = null;
			if (entry[4] !== null || entry[5] !== null) old.set(path, entry);
		}
		return new FactsCache(place, heading, settings, nowMs, old, saved.generation, sameSettings ? saved.lines : null);
	}

	/**
	 * reading gives a note's reading: from the cache when its file is unchanged, else from its
	 * facts (cached, or read with `read`, which throws as reading the file would) through `toReading`.
	 */
	reading(path: string, stat: NoteStat | null, read: () => NoteFacts, toReading: (facts: NoteFacts) => NoteReading): NoteReading {
		if (stat === null) {
			this.changed = true;
			this.sameReadings = false;
			return toReading(read());
		}
		const cached = this.old.get(path);
		if (cached !== undefined && cached[0] === stat.size && cached[1] === stat.mtimeMs && cached[2] === stat.ctimeMs && cached[3] === stat.ino) {
			if (cached[5] !== null) {
				this.fresh.set(path, cached);
				this.asRead++;
				return cached[5];
			}
			// Other settings, and only the reading was kept: the note is read again.
			if (cached[4] === null) return this.miss(path, stat, read, toReading, null);
			const reading = toReading(cached[4]);
			this.changed = true;
			this.sameReadings = false;
			const kept = jsonSafe(reading, new Set(), 0) ? reading : null;
			this.fresh.set(path, [cached[0], cached[1], cached[2], cached[3], kept === null ? cached[4] : null, kept]);
			return reading;
		}
		return this.miss(path, stat, read, toReading, cached?.[5] ?? null);
	}

	/** miss reads a note whose file changed (or is new); `was` is the reading the facts file holds for it. */
	private miss(path: string, stat: NoteStat, read: () => NoteFacts, toReading: (facts: NoteFacts) => NoteReading, was: NoteReading | null): NoteReading {
		// Until the reading is found the same: reading the file may throw.
		const same = this.sameReadings;
		this.sameReadings = false;
		const facts = read();
		const reading = toReading(facts);
		this.changed = true;
		const safe = jsonSafe(reading, new Set(), 0);
		if (same && was !== null && safe && JSON.stringify(reading) === JSON.stringify(was)) {
			this.sameReadings = true;
			this.asRead++;
		}
		const kept = safe ? reading : null;
		if (isRecent(stat, this.nowMs)) {
			// Written just now, its file may change again with the same figures: its reading is kept
			// only to check a report by, under figures no file has, so the next run reads it again.
			if (kept !== null) this.fresh.set(path, [-1, -1, -1, -1, null, kept]);
		} else if (jsonSafe(facts, new Set(), 0)) {
			// A reading kept, its facts need not be: they are only read again under other settings.
			// Facts with tasks or inline fields left unread hold for these settings only, and are not kept.
			const keptFacts = kept === null && facts.tasksUnread !== true && facts.fields !== undefined ? facts : null;
			if (kept !== null || keptFacts !== null) this.fresh.set(path, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, keptFacts, kept]);
		}
		return reading;
	}

	/**
	 * readingsAsRead says whether every note of the facts file was read this run and has the
	 * reading the file holds for it: then the report made from that file is this run's report
	 * too, for the same key, though some notes' files were touched or edited (a line of prose).
	 */
	private readingsAsRead(): boolean {
		return this.sameReadings && this.asRead === this.old.size;
	}

	/** readingsGeneration is the generation of the facts file read when every note read so far has its reading there (readingsAsRead); else null. */
	readingsGeneration(): string | null {
		return this.readingsAsRead() ? this.generation : null;
	}

	/**
	 * report gives the report of the vault for `key` (the day, the settings, every note's path):
	 * the last one when it was computed for the same key and every note has the reading it was
	 * computed from (readingsAsRead), else computes it with `build`.
	 */
	report(key: string, build: () => Report): Report {
		const hash = createHash("sha256").update(key).digest("hex");
		if (this.readingsAsRead() && this.generation !== null) {
			const saved = readJsonObject(join(this.place.folder, "report.json"));
			if (saved !== null && isHeading(saved, this.heading) && saved.generation === this.generation && saved.key === hash && typeof saved.report === "object" && saved.report !== null) {
				return saved.report as Report;
			}
		}
		const report = build();
		this.newReport = jsonSafe(report, new Set(), 0) ? { key: hash, report } : null;
		return report;
	}

	/** notesChanged says whether the notes' entries are not the file's: a note read again, a reading made anew, a note gone. */
	private notesChanged(): boolean {
		return this.changed || this.fresh.size !== this.old.size;
	}

	/**
	 * save writes what changed, each file whole under another name, then renamed into place:
	 * the notes seen this run (with a new generation) when any entry changed, and the report when
	 * one was made. A failure only means no cache.
	 */
	save(): void {
		const { heading, settings } = this;
		if (this.notesChanged() && !this.factsWritten) {
			// The same readings with other files' times: the report of this generation is still theirs.
			const generation = this.readingsAsRead() && this.generation !== null ? this.generation : randomBytes(8).toString("hex");
			// Made a piece at a time within writeAtomically's care, so that the file is never one
			// string: a cache too large to write is no cache, not an error.
			writeAtomically(join(this.place.folder, FACTS_FILE), inPieces(factsFileParts(JSON.stringify({ ...heading, generation, settings }), this.fresh, this.old, this.oldLines)));
			this.generation = generation;
			this.factsWritten = true;
		}
		this.facts.generation = this.generation;
		if (this.newReport !== null) {
			// The report's lists a member at a time: { …, key, report: { stakeholders: [ … ] } }.
			const saved = { ...heading, generation: this.generation, ...this.newReport };
			writeAtomically(join(this.place.folder, "report.json"), inPieces(compactJson(saved, 3)));
		}
		this.newReport = null;
		removeOldLayout(this.place);
	}
}
