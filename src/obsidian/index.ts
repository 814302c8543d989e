import { Component, TFile, TFolder, type CachedMetadata, type MetadataCache, type TAbstractFile, type Vault, type Workspace } from "obsidian";
import { explain, type Explanation } from "../core/explain";
import { readNote } from "../core/read";
import { IncrementalReport } from "../core/incremental";
import { buildReport } from "../core/report";
import type { CoreSettings, IsoDate, LinkResolver, NoteReading, Report } from "../core/types";
import { readTasks, withTasks } from "../core/commitments/read-tasks";
import type { PersonCommitments } from "../core/commitments/ledger";
import { Calendar } from "../core/contact";
import { meetingOf } from "../core/read";
import { hasTaskItems, readingFromCache } from "./cache-reading";
import { Notifier } from "./notifier";

export { readingFromCache } from "./cache-reading";

/** What the index needs from the app: exactly these services, passed in. */
export interface StakeholderIndexDeps {
	metadataCache: MetadataCache;
	vault: Vault;
	workspace: Workspace;
	/** The current settings; a new object whenever they change. */
	settings: () => CoreSettings;
	/** How long to wait after the last change before telling listeners, in ms. */
	notifyDelayMs?: number;
	/** Reads one note; the core's readNote unless a test counts the calls. */
	readNote?: typeof readNote;
	/** Runs once the layout is ready, before the first build (reads the vault's own config). */
	prepare?: () => Promise<void>;
}

function isMarkdown(file: TAbstractFile): file is TFile {
	return file instanceof TFile && file.extension === "md";
}

/**
 * StakeholderIndex keeps a reading of every markdown note, built once the layout is ready and
 * then updated one file at a time from metadata-cache and vault events; `report(today)` turns
 * the readings into the dashboard's report, cached per revision, day and settings, and
 * recomputed only where the notes changed since the last one.
 */
export class StakeholderIndex extends Component {
	private readonly notes = new IncrementalReport();
	/** Obsidian's link resolution; one function for the index's life, so the report can stay incremental. */
	private readonly resolve: LinkResolver;
	private rev = 0;
	private built = false;
	private resolvedOnce = false;
	/** Whether the last build met a note the metadata cache had not indexed yet. */
	private missedCaches = false;
	private active = false;
	private readonly listeners = new Set<() => void>();
	private cached: { revision: number; today: IsoDate; settings: CoreSettings; report: Report } | null = null;
	private explained: { report: Report; explanation: Explanation } | null = null;
	/** Tells listeners of changes: the first after a quiet period at once, the rest of a burst once it has settled. */
	private readonly notifier: Notifier;
	/** Counts builds, so that the texts read for an earlier build are dropped. */
	private generation = 0;
	private textsRead: Promise<void> = Promise.resolve();

	constructor(private readonly deps: StakeholderIndexDeps) {
		super();
		this.notifier = new Notifier(() => {
			for (const listener of [...this.listeners]) listener();
		}, deps.notifyDelayMs ?? 250);
		this.resolve = (linkpath, sourcePath) => deps.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null;
	}

	override onload(): void {
		this.active = true;
		const { metadataCache, vault, workspace } = this.deps;
		this.register(() => this.notifier.cancel());
		// getFileCache can answer null for notes not yet indexed when the layout is ready:
		// rebuild once when the cache has first resolved every file, if the build missed any.
		this.registerEvent(
			metadataCache.on("resolved", () => {
				if (this.resolvedOnce) return;
				this.resolvedOnce = true;
				if (this.built && this.missedCaches) this.rebuild();
			}),
		);
		this.registerEvent(
			metadataCache.on("changed", (file, data, cache) => {
				if (this.built && isMarkdown(file)) this.update(file.path, cache, false, data);
			}),
		);
		this.registerEvent(
			metadataCache.on("deleted", (file) => {
				if (this.built && isMarkdown(file) && this.notes.delete(file.path)) this.bump();
			}),
		);
		// Renames do not set off the metadata cache, yet they change a note's title, its
		// folder (people folders) and what links resolve to.
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (this.built) this.renamed(file, oldPath);
			}),
		);
		// The vault fires `create` for every file at start-up: build once the layout is ready.
		workspace.onLayoutReady(() => {
			const prepare = this.deps.prepare;
			if (prepare === undefined) {
				if (this.active) this.rebuild();
				return;
			}
			void prepare()
				.catch(() => undefined)
				.then(() => {
					if (this.active) this.rebuild();
				});
		});
	}

	override onunload(): void {
		this.active = false;
		this.built = false;
		this.notes.clear();
		this.cached = null;
		this.explained = null;
		this.listeners.clear();
	}

	/** rebuild reads every markdown note from scratch: at start-up and when the settings change. */
	rebuild(): void {
		const settings = this.deps.settings();
		const read = this.deps.readNote ?? readNote;
		this.notes.clear();
		this.missedCaches = false;
		const withTaskList: TFile[] = [];
		for (const file of this.deps.vault.getMarkdownFiles()) {
			const cache = this.deps.metadataCache.getFileCache(file);
			if (cache === null) this.missedCaches = true;
			const reading = readingFromCache(file.path, cache, settings, read);
			this.notes.set(file.path, reading);
			if (reading.record?.kind === "meeting" && hasTaskItems(cache)) withTaskList.push(file);
		}
		this.built = true;
		this.bump();
		this.generation++;
		this.readTexts(withTaskList);
	}

	/**
	 * readTexts reads the text of 1:1 notes with tasks after the first paint (the cache holds no
	 * text), puts their commitment tasks into their readings, and notifies once. A note changed
	 * meanwhile keeps its newer reading (the `changed` event brought its text).
	 */
	private readTexts(files: readonly TFile[]): void {
		if (files.length === 0) return;
		const generation = this.generation;
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
				if (!this.active || generation !== this.generation) return;
				const now = this.notes.get(file.path);
				if (now === undefined || now !== before) continue;
				this.notes.set(file.path, withTasks(now, readTasks(text)));
				changed = true;
			}
			if (changed) this.bump();
		})();
		this.textsRead = Promise.all([this.textsRead, reading]).then(() => undefined);
	}

	/** tasksRead settles once every text asked for so far (the build's 1:1 notes with tasks, renamed ones) has been read. */
	get tasksRead(): Promise<void> {
		return this.textsRead;
	}

	/** The revision: changes whenever a reading or the set of notes changes. */
	get revision(): number {
		return this.rev;
	}

	/** Whether the first build has happened. */
	get isBuilt(): boolean {
		return this.built;
	}

	/** The reading of one note, if it is a markdown note in the index. */
	reading(path: string): NoteReading | undefined {
		return this.notes.get(path);
	}

	/** readings gives every note's reading, in no order: what `explain` counts. */
	*readings(): IterableIterator<NoteReading> {
		for (const path of this.notes.paths()) {
			const reading = this.notes.get(path);
			if (reading !== undefined) yield reading;
		}
	}

	/** explanation says what the index found for a day, and why; computed once per report. */
	explanation(today: IsoDate): Explanation {
		const report = this.report(today);
		if (this.explained?.report !== report) this.explained = { report, explanation: explain(this.readings(), report, this.deps.settings().me) };
		return this.explained.explanation;
	}

	/**
	 * preview reads every note's cache again with trial settings and says what they would find,
	 * without touching the index: the settings tab shows it before a rule change is applied.
	 */
	preview(settings: CoreSettings, today: IsoDate): { report: Report; explanation: Explanation } {
		const read = this.deps.readNote ?? readNote;
		const readings = this.deps.vault
			.getMarkdownFiles()
			.map((file) => readingFromCache(file.path, this.deps.metadataCache.getFileCache(file), settings, read));
		const report = buildReport(readings, this.resolve, settings, today);
		return { report, explanation: explain(readings, report, settings.me) };
	}

	/** onChange calls the listener (debounced) after the index changed; returns the unsubscribe function. */
	onChange(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	/** report computes the report for a day, once per revision, day and settings. */
	report(today: IsoDate): Report {
		const settings = this.deps.settings();
		const cached = this.cached;
		if (cached && cached.revision === this.rev && cached.today === today && cached.settings === settings) {
			return cached.report;
		}
		// Equal to buildReport over every reading, whatever order the events arrived in.
		const report = this.notes.report(this.resolve, settings, today);
		this.cached = { revision: this.rev, today, settings, report };
		return report;
	}

	/** commitmentsOf is one person's commitments, open and closed, for a day: from the tasks filed under them alone. */
	commitmentsOf(personPath: string, today: IsoDate): PersonCommitments | null {
		this.report(today);
		return this.notes.commitments.ledger(personPath, (path) => meetingOf(this.notes.get(path))?.date ?? null, new Calendar(today));
	}

	/** update reads a note again from its cache and, when the event brought it, its text (for its tasks). */
	private update(path: string, cache: CachedMetadata | null, force: boolean, text?: string): void {
		let reading = readingFromCache(path, cache, this.deps.settings(), this.deps.readNote ?? readNote);
		const tasks = meetingOf(reading) !== null && hasTaskItems(cache);
		if (tasks && text !== undefined) reading = withTasks(reading, readTasks(text));
		const previous = this.notes.get(path);
		// A save that changes nothing the plugin reads keeps the revision: no re-render.
		if (!force && previous !== undefined && JSON.stringify(previous) === JSON.stringify(reading)) return;
		this.notes.set(path, reading);
		this.bump();
		// A rename brings no text: the note's tasks are read again after it.
		const file = tasks && text === undefined ? this.deps.vault.getFileByPath(path) : null;
		if (file !== null) this.readTexts([file]);
	}

	private renamed(file: TAbstractFile, oldPath: string): void {
		if (file instanceof TFile) {
			const had = this.notes.delete(oldPath);
			if (isMarkdown(file)) this.update(file.path, this.deps.metadataCache.getFileCache(file), true);
			else if (had) this.bump();
			return;
		}
		if (!(file instanceof TFolder)) return;
		// A folder rename moves every note inside it.
		let changed = false;
		for (const path of [...this.notes.paths()]) {
			if (path.startsWith(`${oldPath}/`)) changed = this.notes.delete(path) || changed;
		}
		const settings = this.deps.settings();
		const read = this.deps.readNote ?? readNote;
		const visit = (folder: TFolder): void => {
			for (const child of folder.children) {
				if (child instanceof TFolder) visit(child);
				else if (isMarkdown(child)) {
					const cache = this.deps.metadataCache.getFileCache(child);
					const reading = readingFromCache(child.path, cache, settings, read);
					this.notes.set(child.path, reading);
					if (meetingOf(reading) !== null && hasTaskItems(cache)) withTaskList.push(child);
					changed = true;
				}
			}
		};
		const withTaskList: TFile[] = [];
		visit(file);
		if (changed) this.bump();
		this.readTexts(withTaskList);
	}

	private bump(): void {
		this.rev++;
		this.notifier.notify();
	}
}
