import { TFile, TFolder, type CachedMetadata, type MetadataCache, type TAbstractFile, type Vault } from "obsidian";
import { readNote } from "../core/read";
import { IncrementalReport } from "../core/incremental";
import { explain, type Explanation } from "../core/explain";
import { buildReport } from "../core/report";
import type { CoreSettings, IsoDate, LinkResolver, NoteReading, Report } from "../core/types";
import { readTasks, withTasks } from "../core/commitments/read-tasks";
import { meetingOf } from "../core/read";
import { hasTaskItems, readingFromCache, withTextFields } from "./cache-reading";
import { inlineFields, type InlineField } from "../core/inline-fields";
import { settingsHash, type StoredNotes } from "./snapshot";

/** What the readings need from the app, and how to tell the index that they changed. */
export interface VaultReadingsDeps {
	metadataCache: MetadataCache;
	vault: Vault;
	settings: () => CoreSettings;
	/** Reads one note; the core's readNote unless a test counts the calls. */
	readNote?: typeof readNote;
	/** Called after text reads changed readings (the index bumps its revision). */
	changed: () => void;
	/** False once the index is unloaded. */
	active: () => boolean;
}

export function isMarkdown(file: TAbstractFile): file is TFile {
	return file instanceof TFile && file.extension === "md";
}

/** saysTheSame: a reading made once its text was read holds what the one before it held, the ask for the text aside. */
function saysTheSame(read: NoteReading, before: NoteReading): boolean {
	const { needsText: _read, ...after } = read;
	const { needsText: _before, ...then } = before;
	const keys = Object.keys(after) as (keyof typeof after)[];
	return keys.length === Object.keys(then).length && keys.every((key) => after[key] === then[key]);
}

/**
 * VaultReadings holds the reading of every markdown note (in an IncrementalReport) and reads
 * them: all at once, one file, or a renamed folder. A 1:1 note with tasks has its text read
 * after the reading of its properties (the cache holds no text), unless the last session's
 * snapshot kept its tasks for the same file.
 */
export class VaultReadings {
	readonly notes = new IncrementalReport();
	/** Whether the last readAll met a note the metadata cache had not indexed yet. */
	missedCaches = false;
	/** The last session's readings (snapshot.ts), used for every note whose file has not changed since. */
	kept: StoredNotes | null = null;
	/** Counts readAll calls, so that the texts read for an earlier one are dropped. */
	private generation = 0;
	private textsRead: Promise<void> = Promise.resolve();
	/** How many text reads are under way: until none is, some 1:1 notes lack their tasks. */
	textsPending = 0;
	/** The inline fields of the notes that asked for them (meetings whose properties name no one, people), as their text was last read: the settings preview and the snapshot read them too. */
	readonly inline = new Map<string, readonly InlineField[]>();

	constructor(private readonly deps: VaultReadingsDeps) {}

	private get read(): typeof readNote {
		return this.deps.readNote ?? readNote;
	}

	/** readAll reads every markdown note from scratch (the kept readings of unchanged files as they are); returns how many were read anew. */
	readAll(): number {
		const settings = this.deps.settings();
		const kept = this.kept;
		const sameSettings = kept !== null && kept.settings === settingsHash(settings);
		this.notes.clear();
		this.missedCaches = false;
		this.generation++;
		const withTaskList: TFile[] = [];
		let fresh = 0;
		for (const file of this.deps.vault.getMarkdownFiles()) {
			const stored = kept?.notes.get(file.path);
			const unchanged = stored !== undefined && stored.mtime === file.stat.mtime && stored.size === file.stat.size;
			if (unchanged && sameSettings) {
				this.notes.set(file.path, stored.reading);
				// Kept before its text was read (the app closed first): it is read now.
				if (stored.reading.needsText === true) withTaskList.push(file);
				continue;
			}
			fresh++;
			const cache = this.deps.metadataCache.getFileCache(file);
			if (cache === null) this.missedCaches = true;
			let reading = readingFromCache(file.path, cache, settings, this.read);
			// Other settings, the same file: its inline fields are what its text said last time.
			if (reading.needsText === true && unchanged && stored.fields !== null) {
				this.inline.set(file.path, stored.fields);
				reading = withTextFields(file.path, reading, cache, settings, this.read, stored.fields);
			}
			if (reading.needsText === true) withTaskList.push(file);
			else if (reading.record?.kind === "meeting" && hasTaskItems(cache)) {
				// Other settings, the same file: its tasks are what its text said last time.
				if (unchanged && stored.tasks !== null) reading = withTasks(reading, stored.tasks);
				else withTaskList.push(file);
			}
			this.notes.set(file.path, reading);
		}
		this.readTexts(withTaskList);
		return fresh;
	}

	/**
	 * readTexts reads the text of 1:1 notes with tasks after the first paint, puts their
	 * commitment tasks into their readings, and tells the index once; a meeting whose properties
	 * name no one is read again with its text's inline fields first. A note changed meanwhile
	 * keeps its newer reading (the `changed` event brought its text).
	 */
	private readTexts(files: readonly TFile[]): void {
		if (files.length === 0) return;
		const generation = this.generation;
		this.textsPending++;
		const reading = (async () => {
			let changed = false;
			for (const file of files) {
				const before = this.notes.get(file.path);
				let text: string;
				try {
					text = await this.deps.vault.cachedRead(file);
				} catch {
					continue;
				}
				if (!this.deps.active() || generation !== this.generation) return;
				const now = this.notes.get(file.path);
				if (now === undefined || now !== before) continue;
				const read = this.withText(file, now, text);
				// A text that gives nothing more (a person note without Dataview fields) changes no answer.
				if (saysTheSame(read, now)) {
					this.notes.settle(file.path, read);
					continue;
				}
				this.notes.set(file.path, read);
				changed = true;
			}
			if (changed) this.deps.changed();
		})().finally(() => this.textsPending--);
		this.textsRead = Promise.all([this.textsRead, reading]).then(() => undefined);
	}

	/** withText completes a note's reading with its text: its inline fields when it asked for them, then a meeting's tasks. */
	private withText(file: TFile, reading: NoteReading, text: string): NoteReading {
		const cache = this.deps.metadataCache.getFileCache(file);
		const read = reading.needsText === true ? withTextFields(file.path, reading, cache, this.deps.settings(), this.read, this.fieldsOf(file.path, text)) : reading;
		return meetingOf(read) !== null && hasTaskItems(cache) ? withTasks(read, readTasks(text)) : read;
	}

	/** fieldsOf reads the inline fields of a text and keeps them for the note. */
	private fieldsOf(path: string, text: string): readonly InlineField[] {
		const fields = inlineFields(text);
		this.inline.set(path, fields);
		return fields;
	}

	/** tasksRead settles once every text asked for so far has been read. */
	get tasksRead(): Promise<void> {
		return this.textsRead;
	}

	/** update reads a note again from its cache and, when the event brought it, its text; returns whether its reading changed. */
	update(path: string, cache: CachedMetadata | null, force: boolean, text?: string): boolean {
		// With the text, a meeting whose properties name no one is read with its inline fields already.
		let reading: NoteReading = readingFromCache(path, cache, this.deps.settings(), this.read);
		// Fields kept from an earlier text would be kept with the snapshot as this text's.
		if (reading.needsText !== true) this.inline.delete(path);
		else if (text !== undefined) reading = withTextFields(path, reading, cache, this.deps.settings(), this.read, this.fieldsOf(path, text));
		const tasks = meetingOf(reading) !== null && hasTaskItems(cache);
		if (tasks && text !== undefined) reading = withTasks(reading, readTasks(text));
		const previous = this.notes.get(path);
		// A save that changes nothing the plugin reads keeps the revision: no re-render.
		if (!force && previous !== undefined && JSON.stringify(previous) === JSON.stringify(reading)) return false;
		this.notes.set(path, reading);
		// A rename brings no text: the note's tasks (or inline fields) are read again after it.
		const file = text === undefined && (tasks || reading.needsText === true) ? this.deps.vault.getFileByPath(path) : null;
		if (file !== null) this.readTexts([file]);
		return true;
	}

	/** delete forgets a note, and the fields of its text; returns whether it was held. */
	delete(path: string): boolean {
		this.inline.delete(path);
		return this.notes.delete(path);
	}

	/** renamed moves a note, or every note of a folder; returns whether any reading changed. */
	renamed(file: TAbstractFile, oldPath: string): boolean {
		if (file instanceof TFile) {
			const had = this.delete(oldPath);
			if (isMarkdown(file)) return this.update(file.path, this.deps.metadataCache.getFileCache(file), true);
			return had;
		}
		if (!(file instanceof TFolder)) return false;
		// A folder rename moves every note inside it.
		let changed = false;
		for (const path of [...this.notes.paths()]) {
			if (path.startsWith(`${oldPath}/`)) changed = this.delete(path) || changed;
		}
		const settings = this.deps.settings();
		const withTaskList: TFile[] = [];
		const visit = (folder: TFolder): void => {
			for (const child of folder.children) {
				if (child instanceof TFolder) visit(child);
				else if (isMarkdown(child)) {
					const cache = this.deps.metadataCache.getFileCache(child);
					const reading = readingFromCache(child.path, cache, settings, this.read);
					this.notes.set(child.path, reading);
					if (reading.needsText === true || (meetingOf(reading) !== null && hasTaskItems(cache))) withTaskList.push(child);
					changed = true;
				}
			}
		};
		visit(file);
		this.readTexts(withTaskList);
		return changed;
	}

	/** clear forgets every reading and every text read under way. */
	clear(): void {
		this.generation++;
		this.notes.clear();
		this.inline.clear();
		this.kept = null;
	}
}

/** previewOf reads every note's cache again with trial settings (and the inline fields the index read from texts) and says what they would find, touching no index. */
export function previewOf(
	deps: Pick<VaultReadingsDeps, "vault" | "metadataCache" | "readNote">,
	resolve: LinkResolver,
	settings: CoreSettings,
	today: IsoDate,
	inline: ReadonlyMap<string, readonly InlineField[]> = new Map(),
): { report: Report; explanation: Explanation } {
	const read = deps.readNote ?? readNote;
	const byPath = new Map<string, NoteReading>();
	for (const file of deps.vault.getMarkdownFiles()) {
		const cache = deps.metadataCache.getFileCache(file);
		const reading = readingFromCache(file.path, cache, settings, read);
		const fields = inline.get(file.path);
		byPath.set(file.path, fields === undefined ? reading : withTextFields(file.path, reading, cache, settings, read, fields));
	}
	const report = buildReport(byPath.values(), resolve, settings, today);
	return { report, explanation: explain(byPath.values(), report, settings.me, { resolve, readingAt: (path) => byPath.get(path) }) };
}
