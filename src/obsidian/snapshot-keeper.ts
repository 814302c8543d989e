import { Component, type App, type TFile } from "obsidian";
import type { CoreSettings, IsoDate, Report } from "../core/types";
import type { DashboardInputs } from "./dashboard-model";
import { idle, whenIdle } from "./idle";
import { MODIFY_SETTLE_MS, collectSave, type SnapshotSource } from "./snapshot-collect";

export type { SnapshotSource } from "./snapshot-collect";
import {
	REPORT_RECORD,
	REPORT_TEXT_RECORD,
	addRows,
	chunkName,
	matchesFiles,
	quickRecordOf,
	reportOf,
	reportRecordOf,
	settingsHash,
	snapshotKey,
	storedQuickRecord,
	type ReportRecord,
	type StoredFirstScreen,
	type StoredNote,
	type StoredNotes,
} from "./snapshot";
import type { QuickStore, SnapshotStore } from "./snapshot-store";

/** How long the index must be quiet before the snapshot is saved, in ms. */
export const SNAPSHOT_SAVE_DELAY_MS = 2000;

/** What the keeper needs of the app (its vault, metadata cache and workspace) and of the plugin. */
export interface SnapshotKeeperDeps extends Pick<App, "vault" | "metadataCache" | "workspace"> {
	store: SnapshotStore;
	/** Where the dashboard's first screen is kept to be read at once (the app's local storage); absent, it is read from the store. */
	quick?: QuickStore;
	/** The plugin's build (its version, main.js's size and time): the readings of another build are not used. */
	build: string | (() => Promise<string>);
	settings: () => CoreSettings;
	today: () => IsoDate;
	/** What the dashboard's first screen is drawn from (the view's first controls and the settings); absent, no first screen is kept. */
	firstScreen?: (today: IsoDate) => DashboardInputs;
	saveDelayMs?: number;
}

/** What a start finds in the snapshot: the last report record, whether it was made from exactly this start's settings, day and files, and its report. */
export interface OpenedSnapshot {
	record: ReportRecord | null;
	matches: boolean;
	/** Reads and parses the record's report (null when it cannot); call it once the first screen is drawn. */
	report(): Promise<Report | null>;
}

/**
 * SnapshotKeeper reads the last session's snapshot at start-up and saves the index's readings
 * and report once it has been quiet a while (in idle time) and when the plugin unloads. A save
 * that fails (a full disk, no IndexedDB) is not retried this session, and nobody is told: the
 * next start reads the notes, as it would without a snapshot.
 */
export class SnapshotKeeper extends Component {
	private source: SnapshotSource | null = null;
	private dirty = false;
	/** Counts the index's changes, so that a save gathered in idle slices knows it is out of date. */
	private changes = 0;
	private unloaded = false;
	private collecting = false;
	private failed = false;
	private saving = false;
	private timer: number | null = null;
	/** Before the cache's first `resolved` it may still hold an older parse of a file changed while Obsidian was closed. */
	private resolved: boolean;
	/** Files modified since their last `changed`, with when. */
	private readonly modified = new Map<string, number>();
	private fetched: [Promise<unknown>, Promise<unknown>] | null = null;
	/** The build, once known: a save before it is (the plugin unloaded at once) is not made. */
	private build: string | null = null;

	constructor(private readonly deps: SnapshotKeeperDeps) {
		super();
		this.resolved = deps.workspace.layoutReady;
	}

	/** attach names the index to save from; call before load. */
	attach(source: SnapshotSource): void {
		this.source = source;
	}

	override onload(): void {
		const { vault, metadataCache } = this.deps;
		if (this.source !== null) this.register(this.source.onChange(() => this.changed()));
		this.registerEvent(
			vault.on("modify", (file) => {
				this.modified.set(file.path, Date.now());
				this.changed();
			}),
		);
		this.registerEvent(metadataCache.on("changed", (file) => this.modified.delete(file.path)));
		this.registerEvent(vault.on("delete", (file) => this.modified.delete(file.path)));
		this.registerEvent(
			metadataCache.on("resolved", () => {
				if (this.resolved) return;
				this.resolved = true;
				if (this.dirty) this.schedule();
			}),
		);
		this.register(() => this.cancel());
	}

	override onunload(): void {
		this.flush();
		this.deps.store.close();
	}

	/** flush saves what the index holds now, if it changed: the plugin is unloading (nothing waits for the write). */
	flush(): void {
		this.unloaded = true;
		if (this.dirty && !this.saving && !this.failed) this.writeNow();
	}

	/** prefetch starts reading the last report record and its report (the database opened meanwhile), before the vault's config is read. */
	prefetch(): void {
		this.fetched ??= [this.deps.store.get(REPORT_RECORD), this.deps.store.get(REPORT_TEXT_RECORD)];
	}

	/**
	 * open reads the last report record and says whether it was made from exactly these
	 * settings, day and files; its report (some MB at 10k notes) is parsed only when asked for,
	 * so the dashboard's first screen, which the record holds, is drawn before.
	 */
	async open(settings: CoreSettings, today: IsoDate, files: readonly TFile[]): Promise<OpenedSnapshot> {
		this.prefetch();
		const [head, text] = this.fetched ?? [undefined, undefined];
		this.fetched = null;
		const build = await this.buildId();
		const record = reportRecordOf(await head, build);
		const matches = record !== null && record.key.startsWith(`${today}|${settingsHash(settings)}|`) && matchesFiles(record, files, () => snapshotKey(settings, today, files));
		return { record, matches, report: async () => (matches ? reportOf(await text, record) : null) };
	}

	/**
	 * quickScreen is the dashboard's first screen kept in the quick store, when it was kept for
	 * exactly these settings, day and files; null otherwise. No database is opened for it: a start
	 * where nothing changed draws it while the store is still being opened.
	 */
	async quickScreen(settings: CoreSettings, today: IsoDate, files: readonly TFile[]): Promise<StoredFirstScreen | null> {
		const quick = this.deps.quick;
		if (quick === undefined) return null;
		const build = await this.buildId();
		let stored: unknown;
		try {
			stored = quick.load();
		} catch {
			return null;
		}
		const record = storedQuickRecord(stored, build);
		if (record === null || !record.key.startsWith(`${today}|${settingsHash(settings)}|`)) return null;
		return record.key === snapshotKey(settings, today, files) ? record.firstScreen : null;
	}

	private async buildId(): Promise<string> {
		const build = this.deps.build;
		// Unknown, nothing is trusted or saved this session: an old build's readings may be wrong for this one.
		this.build ??= typeof build === "string" ? build : await build().catch(() => {
			this.failed = true;
			return `unknown ${Date.now()}`;
		});
		return this.build;
	}

	/** notes reads the readings of the record's save, one record at a time; null when any is missing or broken. */
	async notes(record: ReportRecord): Promise<StoredNotes | null> {
		const notes = new Map<string, StoredNote>();
		for (let i = 0; i < record.chunks; i++) {
			if (!addRows(await this.deps.store.get(chunkName(i)), record, notes)) return null;
		}
		return { notes, settings: record.settings };
	}

	/** saved says the index holds what the store holds (it started from the snapshot). */
	saved(): void {
		this.dirty = false;
		this.cancel();
	}

	private changed(): void {
		this.dirty = true;
		this.changes++;
		this.schedule();
	}

	private schedule(): void {
		this.cancel();
		this.timer = window.setTimeout(() => {
			this.timer = null;
			whenIdle(() => this.save());
		}, this.deps.saveDelayMs ?? SNAPSHOT_SAVE_DELAY_MS);
	}

	private cancel(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}

	private save(): void {
		if (!this.dirty || this.failed || this.saving) return;
		const now = Date.now();
		for (const [path, at] of this.modified) if (now - at >= MODIFY_SETTLE_MS) this.modified.delete(path);
		const source = this.source;
		// The first `resolved` schedules the save again; so do a file's `changed` and the index's next change.
		if (!this.resolved || source === null) return;
		if (this.modified.size > 0) this.schedule();
		else if (source.settled()) void this.writeInIdle();
		else
			void source.tasksRead().then(() => {
				if (source.settled()) this.schedule();
			});
	}

	/** writeNow saves at once (the plugin is unloading). */
	private writeNow(): void {
		const steps = this.collect();
		let step = steps.next();
		while (step.done !== true) step = steps.next();
		this.write(step.value);
	}

	/** writeInIdle gathers a save in idle slices, one step each, and gives up when the index changes meanwhile (that change schedules the next save). */
	private async writeInIdle(): Promise<void> {
		if (this.collecting) return;
		this.collecting = true;
		try {
			const changes = this.changes;
			const steps = this.collect();
			for (let step = steps.next(); ; step = steps.next()) {
				if (step.done === true) {
					this.write(step.value);
					return;
				}
				await idle();
				if (this.changes !== changes || this.unloaded) return;
			}
		} finally {
			this.collecting = false;
		}
	}

	private write(records: (readonly [string, unknown])[] | null): void {
		if (records === null || this.saving || !this.dirty) return;
		this.dirty = false;
		this.saving = true;
		this.keepQuick(records);
		this.deps.store
			.replace(records)
			.catch(() => {
				this.failed = true;
			})
			.finally(() => {
				this.saving = false;
			});
	}

	/** keepQuick puts the save's first screen in the quick store (or takes the last one away), before the store's write, which an unload may cut short. */
	private keepQuick(records: readonly (readonly [string, unknown])[]): void {
		const quick = this.deps.quick;
		if (quick === undefined || this.build === null) return;
		const head = reportRecordOf(records.find(([name]) => name === REPORT_RECORD)?.[1], this.build);
		try {
			quick.save(head === null ? null : quickRecordOf(head));
		} catch {
			// A full or missing local storage: the next start reads the first screen from the store.
		}
	}

	/** collect is the records of one save (snapshot-collect.ts), step by step. */
	private *collect(): Generator<void, (readonly [string, unknown])[] | null, void> {
		const source = this.source;
		const build = this.build;
		if (source === null || build === null) return null;
		return yield* collectSave(this.deps, source, build, this.modified);
	}
}
