import { Component, type MetadataCache, type Vault, type Workspace } from "obsidian";
import { explain, type Explanation, type NoteLinks } from "../core/explain";
import { meetingOf, type readNote } from "../core/read";
import type { IncrementalReport } from "../core/incremental";
import type { CoreSettings, IsoDate, LinkResolver, NoteReading, Report } from "../core/types";
import type { PersonCommitments } from "../core/commitments/ledger";
import { Calendar } from "../core/contact";
import { whenIdle } from "./idle";
import { Notifier } from "./notifier";
import type { SnapshotKeeper } from "./snapshot-keeper";
import { FirstScreenOffer, startFromSnapshot } from "./index-start";
import type { StoredFirstScreen, StoredNotes } from "./snapshot";
import { VaultReadings, isMarkdown, previewOf } from "./vault-readings";

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
	/** The local calendar date: the day the start-up snapshot's report is for. */
	today?: () => IsoDate;
	/** Keeps the readings and the last report between sessions (snapshot-keeper.ts); absent, every start reads every note. */
	snapshot?: SnapshotKeeper;
}

/**
 * StakeholderIndex keeps a reading of every markdown note, built once the layout is ready and
 * then updated one file at a time from metadata-cache and vault events; `report(today)` turns
 * the readings into the dashboard's report, cached per revision, day and settings, and
 * recomputed only where the notes changed since the last one. With a snapshot, a start whose
 * settings, day and files are the last session's offers the dashboard's first screen at once,
 * answers with the last session's report once it is painted, then fills in the readings.
 */
export class StakeholderIndex extends Component {
	private readonly vaultReadings: VaultReadings;
	private readonly notes: IncrementalReport;
	/** Obsidian's link resolution; one function for the index's life, so the report can stay incremental. */
	private readonly resolve: LinkResolver;
	private rev = 0;
	private built = false;
	private resolvedOnce = false;
	private active = false;
	/** Serving the snapshot's report while the readings are not filled in yet; `stale` once an event came meanwhile. */
	private adopted = false;
	private stale = false;
	private readonly listeners = new Set<() => void>();
	private cached: { revision: number; today: IsoDate; settings: CoreSettings; report: Report } | null = null;
	private explained: { report: Report; explanation: Explanation } | null = null;
	/** Tells listeners of changes: the first after a quiet period at once, the rest of a burst once it has settled. */
	private readonly notifier: Notifier;
	/** The dashboard's first screen kept with the snapshot, while its report is read. */
	private readonly first = new FirstScreenOffer(() => this.listeners);
	/** The start from the snapshot, until the readings are filled in. */
	private starting: Promise<void> = Promise.resolve();

	constructor(private readonly deps: StakeholderIndexDeps) {
		super();
		this.notifier = new Notifier(() => {
			for (const listener of [...this.listeners]) listener();
		}, deps.notifyDelayMs ?? 250);
		this.resolve = (linkpath, sourcePath) => deps.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null;
		this.vaultReadings = new VaultReadings({ ...deps, changed: () => this.bump(), active: () => this.active });
		this.notes = this.vaultReadings.notes;
	}

	override onload(): void {
		this.active = true;
		const { metadataCache, vault, workspace, snapshot } = this.deps;
		this.register(() => this.notifier.cancel());
		// getFileCache can answer null for notes not yet indexed when the layout is ready:
		// rebuild once when the cache has first resolved every file, if the build missed any.
		this.registerEvent(
			metadataCache.on("resolved", () => {
				if (this.resolvedOnce) return;
				this.resolvedOnce = true;
				if (this.built && !this.adopted && this.vaultReadings.missedCaches) this.rebuild();
			}),
		);
		this.registerEvent(
			metadataCache.on("changed", (file, data, cache) => {
				if (this.built && isMarkdown(file) && this.live() && this.vaultReadings.update(file.path, cache, false, data)) this.bump();
			}),
		);
		this.registerEvent(
			metadataCache.on("deleted", (file) => {
				if (this.built && isMarkdown(file) && this.live() && this.vaultReadings.delete(file.path)) this.bump();
			}),
		);
		// Renames do not set off the metadata cache, yet they change a note's title, its
		// folder (people folders) and what links resolve to.
		this.registerEvent(
			vault.on("rename", (file, oldPath) => {
				if (this.built && this.live() && this.vaultReadings.renamed(file, oldPath)) this.bump();
			}),
		);
		if (snapshot !== undefined) {
			snapshot.attach({
				settled: () => this.built && !this.adopted && this.vaultReadings.textsPending === 0,
				tasksRead: () => this.tasksRead,
				reading: (path) => this.notes.get(path),
				fields: (path) => this.vaultReadings.inline.get(path),
				count: () => this.notes.size,
				report: (today) => this.report(today),
				explanation: (today) => this.explanation(today),
				onChange: (listener) => this.onChange(listener),
			});
			this.addChild(snapshot);
		}
		// The vault fires `create` for every file at start-up: build once the layout is ready.
		workspace.onLayoutReady(() => {
			snapshot?.prefetch();
			const prepare = this.deps.prepare;
			if (prepare === undefined) {
				if (this.active) this.start();
				return;
			}
			void prepare()
				.catch(() => undefined)
				.then(() => {
					if (this.active) this.start();
				});
		});
	}

	override onunload(): void {
		// Saved before the readings go, whichever order Obsidian unloads a component's children in.
		this.deps.snapshot?.flush();
		this.active = false;
		this.built = false;
		this.adopted = false;
		this.vaultReadings.clear();
		this.cached = null;
		this.explained = null;
		this.listeners.clear();
	}

	/** start builds the index when the layout is ready: from the snapshot when there is one. */
	private start(): void {
		const { snapshot, today } = this.deps;
		if (snapshot === undefined || today === undefined) this.rebuild();
		else
			this.starting = startFromSnapshot(snapshot, today(), this.deps.vault.getMarkdownFiles(), {
				starting: () => this.active && !this.built,
				settings: () => this.deps.settings(),
				show: (first) => this.first.show(first),
				adopt: (report, explanation, day, settings) => this.adopt(report, explanation, day, settings),
				fill: (kept) => this.fill(kept),
				rebuild: (kept) => {
					this.vaultReadings.kept = kept;
					this.rebuild();
				},
			}).catch(() => {
				if (this.active && !this.built) this.rebuild();
			});
	}

	/** adopt answers with the snapshot's report: the inputs it was computed from are today's. */
	private adopt(report: Report, explanation: Explanation, today: IsoDate, settings: CoreSettings): void {
		this.built = true;
		this.adopted = true;
		this.rev++;
		this.cached = { revision: this.rev, today, settings, report };
		this.explained = { report, explanation };
		this.notifier.notify();
	}

	/** fill reads the readings in after an adopted start: the stored ones, any other from the cache. */
	private fill(kept: StoredNotes | null): void {
		if (!this.adopted || !this.active) return;
		this.adopted = false;
		if (kept !== null) this.vaultReadings.kept = kept;
		const fresh = this.vaultReadings.readAll();
		if (fresh > 0 || this.stale) this.bump();
		else whenIdle(() => this.warm());
		this.stale = false;
	}

	/** warm computes the incremental report once (in idle time), so the first change after an adopted start costs one note. */
	private warm(): void {
		const today = this.deps.today?.();
		if (this.built && !this.adopted && today !== undefined) this.notes.report(this.resolve, this.deps.settings(), today);
	}

	/** live: whether events apply now; while the snapshot's report is served they wait for the fill, which reads every file as it is. */
	private live(): boolean {
		if (this.adopted) this.stale = true;
		return !this.adopted;
	}

	/** settle fills the readings in now, from whatever has been read of the snapshot: something needs them before the fill. */
	private settle(): void {
		if (this.adopted) this.fill(null);
	}

	/** rebuild reads every markdown note from scratch: at start-up and when the settings change. */
	rebuild(): void {
		this.adopted = false;
		this.stale = false;
		this.vaultReadings.readAll();
		this.built = true;
		this.bump();
	}

	/** tasksRead settles once the start is done (the snapshot's readings filled in) and every text asked for so far has been read. */
	get tasksRead(): Promise<void> {
		return this.starting.then(() => this.vaultReadings.tasksRead);
	}

	/** The revision: changes whenever a reading or the set of notes changes. */
	get revision(): number {
		return this.rev;
	}

	/** Whether the first build has happened. */
	get isBuilt(): boolean {
		return this.built;
	}

	/** firstScreen is the dashboard's first screen kept with the snapshot for this day, while the index is not built yet; else null. */
	firstScreen(today: IsoDate): StoredFirstScreen | null {
		return this.built ? null : this.first.for(today);
	}

	/** The reading of one note, if it is a markdown note in the index. */
	reading(path: string): NoteReading | undefined {
		this.settle();
		return this.notes.get(path);
	}

	/** readings gives every note's reading, in no order: what `explain` counts. */
	*readings(): IterableIterator<NoteReading> {
		this.settle();
		yield* this.notes.values();
	}

	/** The meetings' links followed to the notes' readings, for the explanation. */
	private readonly noteLinks: NoteLinks = { resolve: (linkpath, source) => this.resolve(linkpath, source), readingAt: (path) => this.notes.get(path) };

	/** explanation says what the index found for a day, and why; computed once per report. */
	explanation(today: IsoDate): Explanation {
		const report = this.report(today);
		if (this.explained?.report !== report) this.explained = { report, explanation: explain(this.readings(), report, this.deps.settings().me, this.noteLinks) };
		return this.explained.explanation;
	}

	/**
	 * preview reads every note's cache again with trial settings and says what they would find,
	 * without touching the index: the settings tab shows it before a rule change is applied.
	 */
	preview(settings: CoreSettings, today: IsoDate): { report: Report; explanation: Explanation } {
		return previewOf(this.deps, this.resolve, settings, today, this.vaultReadings.inline);
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
		this.settle();
		// Equal to buildReport over every reading, whatever order the events arrived in.
		const report = this.notes.report(this.resolve, settings, today);
		this.cached = { revision: this.rev, today, settings, report };
		return report;
	}

	/** commitmentsOf is one person's commitments, open and closed, for a day: from the tasks filed under them alone. */
	commitmentsOf(personPath: string, today: IsoDate): PersonCommitments | null {
		this.report(today);
		this.settle();
		// After a start from the snapshot the incremental report may not have run yet.
		this.notes.report(this.resolve, this.deps.settings(), today);
		return this.notes.commitments.ledger(personPath, (path) => meetingOf(this.notes.get(path))?.date ?? null, new Calendar(today));
	}

	private bump(): void {
		this.rev++;
		this.notifier.notify();
	}
}
