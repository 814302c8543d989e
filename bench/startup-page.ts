/**
 * The start-up benchmark page: the plugin's own StakeholderIndex and SnapshotKeeper over a
 * vault held in memory (the metadata cache's frontmatter, each file's time and size, the text of
 * the 1:1 notes with tasks), with the snapshot in this page's real IndexedDB and the first
 * screen in its local storage. Each start runs
 * in a fresh browser process (dashboard.ts relaunches it), so nothing of the plugin is compiled
 * yet: "layout ready → first dashboard" is timed from the layout-ready callback to the end of
 * the dashboard's first drawing, as the view draws it (model, found, org, DOM, forced layout).
 */
import "../tests/browser/setup";
import type { App, CachedMetadata } from "obsidian";
import { Events, TFile } from "./obsidian-lite";
import { coreSettings, DEFAULT_SETTINGS } from "../src/settings";
import { pathResolver } from "../src/core/links";
import type { DashboardModel } from "../src/core/viewmodel";
import { dashboardInputs, dashboardModel, storedModel } from "../src/obsidian/dashboard-model";
import { drawFirstScreen } from "../src/obsidian/first-drawing";
import { DashboardControls } from "../src/obsidian/controls";
import { StakeholderIndex } from "../src/obsidian/index";
import { readNote } from "../src/core/read";
import { SnapshotKeeper } from "../src/obsidian/snapshot-keeper";
import { IndexedDbSnapshotStore, snapshotDatabaseName } from "../src/obsidian/snapshot-store";
import { Watched, frameGaps, workspaceStandIn } from "./startup-helpers";
import { renderDashboard, type DashboardHandlers } from "../src/obsidian/render";

/** A note as the page gets it: its cached frontmatter (or YAML error), its file's time and size, and its text when it has tasks. */
export interface StartupNote {
	path: string;
	frontmatter: unknown;
	error: string | null;
	mtime: number;
	size: number;
	/** The note's text (the plugin reads those of 1:1 notes with tasks for commitments, and of person notes for their Dataview fields). */
	text: string;
	/** Whether the text holds a task: the metadata cache then lists it. */
	tasks: boolean;
}

/** What one start measured, in ms. */
export interface StartupResult {
	mode: StartMode;
	/** Layout ready → the dashboard drawn (forced layout). */
	firstDashboardMs: number;
	/** Whether the first dashboard was the first screen kept with the snapshot, drawn before the report was read. */
	early: boolean;
	/** Layout ready → the index built (the snapshot's report read and parsed, or the notes read), and the redraw from it then, in ms. */
	reportMs: number;
	redrawMs: number;
	/** The longest time between two frames from the first dashboard until the index settled. */
	afterFirstFrameGapMs: number;
	/** …of which the index: the snapshot's key and its first screen (local storage) or IndexedDB read, or reading the notes, and the first report. */
	indexMs: number;
	/** …and the drawing: view models (the explanation included), DOM, forced layout. */
	modelMs: number;
	domMs: number;
	layoutMs: number;
	/** Layout ready → the index settled: snapshot readings filled in, texts read. */
	settledMs: number;
	/** The index's report after the first property change, once settled and warmed (its code not compiled yet)… */
	firstChangeMs: number;
	/** …and after each of the next twenty, the median. */
	changeReportMs: number;
	/** The save on unload: the part that runs before the write is handed to IndexedDB. */
	saveSyncMs: number;
	/** …and until IndexedDB has it. */
	saveMs: number;
	/** The longest time between two frames while the save ran: what a user could notice of it. */
	saveFrameGapMs: number;
	stakeholders: number;
	notesRead: number;
}

/** first: no snapshot (the first start ever); warm: nothing changed since; changed: a new day and 1 % of the notes edited. */
export type StartMode = "first" | "warm" | "changed";

declare global {
	interface Window {
		STARTUP_NOTES: StartupNote[];
		runStartup: (mode: StartMode) => Promise<StartupResult>;
		clearSnapshot: () => Promise<void>;
	}
}

/** The first screen in this page's local storage, as snapshotKeeperFor keeps it in the app's (main.ts). */
const QUICK_KEY = "managing-up-bench-first-screen";
const QUICK = {
	load: (): unknown => JSON.parse(window.localStorage.getItem(QUICK_KEY) ?? "null"),
	save: (record: unknown): void => {
		if (record === null) window.localStorage.removeItem(QUICK_KEY);
		else window.localStorage.setItem(QUICK_KEY, JSON.stringify(record));
	},
};

const TODAY = "2026-11-23";
const NEXT_DAY = "2026-11-24";
const noop = (): void => undefined;
const handlers = new Proxy({} as DashboardHandlers, { get: () => noop });

/** A cache entry as Obsidian's metadata cache hands it over, built from the note. */
function cacheOf(note: StartupNote): CachedMetadata {
	const position = { start: { line: 0, col: 0, offset: 0 }, end: { line: 2, col: 3, offset: 10 } };
	const cache: CachedMetadata = { frontmatterPosition: position };
	if (note.error === null && note.frontmatter !== null) cache.frontmatter = note.frontmatter;
	if (note.tasks) cache.listItems = [{ task: " ", parent: -1, position }];
	return cache;
}

/** fakeApp is what the index and the keeper use of Obsidian's app, over the notes. */
function fakeApp(notes: readonly StartupNote[]): { app: App; ready: () => void } {
	const files = notes.map((note) => {
		const file = new TFile(note.path);
		file.stat = { ctime: note.mtime, mtime: note.mtime, size: note.size };
		return file;
	});
	const byPath = new Map(files.map((file) => [file.path, file]));
	const caches = new Map(notes.map((note, i) => [files[i], cacheOf(note)]));
	const texts = new Map(notes.map((note) => [note.path, note.text]));
	const resolve = pathResolver(files.map((file) => file.path));
	const layout: (() => void)[] = [];
	const vault = Object.assign(new Events(), {
		configDir: ".obsidian",
		getName: () => "bench",
		getMarkdownFiles: () => files,
		getFileByPath: (path: string) => byPath.get(path) ?? null,
		cachedRead: (file: TFile) => Promise.resolve(texts.get(file.path) ?? ""),
	});
	const metadataCache = Object.assign(new Events(), {
		getFileCache: (file: TFile) => caches.get(file) ?? null,
		getFirstLinkpathDest: (linkpath: string, source: string) => {
			const path = resolve(linkpath, source);
			return path === null ? null : (byPath.get(path) ?? null);
		},
	});
	const workspace = Object.assign(new Events(), {
		layoutReady: false,
		onLayoutReady: (callback: () => void) => layout.push(callback),
	});
	// The page's stand-in has only what the index and the keeper call: typed as Obsidian's app here, once.
	const app = { appId: "managing-up-bench", vault, metadataCache, workspace } as unknown as App;
	return {
		app,
		ready: () => {
			workspace.layoutReady = true;
			for (const callback of layout.splice(0)) callback();
		},
	};
}

/** A pane the size of Obsidian's right sidebar on a laptop (the theme sheet sizes it), as dashboard-page.ts draws in. */
function sidebarPane(): HTMLElement {
	const pane = document.body.createDiv({ cls: "view-content" });
	pane.setAttr("data-width", 360);
	pane.setAttr("data-height", 700);
	return pane;
}

/** Drawing times: the view model, the DOM, the forced layout. */
type DrawParts = { model: number; dom: number; layout: number };

/** paint renders a model into the pane (the first drawing as DashboardView.paint: the first screen, the rest after that frame) and forces its layout; returns the time of each. */
function paint(pane: HTMLElement, t0: number, model: DashboardModel | null, controls: DashboardControls): DrawParts {
	const t1 = performance.now();
	const state = { collapsed: controls.collapsed };
	if (model !== null && pane.childElementCount === 0) drawFirstScreen(pane, model, handlers, state, () => renderDashboard(pane, model, handlers, state));
	else if (model !== null) renderDashboard(pane, model, handlers, state);
	const t2 = performance.now();
	void pane.getBoundingClientRect().height;
	return { model: t1 - t0, dom: t2 - t1, layout: performance.now() - t2 };
}

/** draw is DashboardView.render: the view model (dashboard-model.ts), the DOM, then a forced layout. */
function draw(pane: HTMLElement, index: StakeholderIndex, today: string): DrawParts {
	const t0 = performance.now();
	const controls = new DashboardControls();
	const model = dashboardModel(index.report(today), index.explanation(today), dashboardInputs(controls, today, DEFAULT_SETTINGS));
	return paint(pane, t0, model, controls);
}

/** drawEarly is DashboardView.drawEarly: the first screen kept with the snapshot, drawn before the index has its report; null when there is none. */
function drawEarly(pane: HTMLElement, index: StakeholderIndex, today: string): DrawParts | null {
	const t0 = performance.now();
	const controls = new DashboardControls();
	const stored = index.firstScreen(today);
	const model = stored === null ? null : storedModel(stored, dashboardInputs(controls, today, DEFAULT_SETTINGS));
	return model === null ? null : paint(pane, t0, model, controls);
}

/** changedNotes edits 1 % of the notes since the last session (a new time and size), as a day of work and a sync would. */
function changedNotes(notes: readonly StartupNote[]): StartupNote[] {
	return notes.map((note, i) => (i % 100 === 7 ? { ...note, mtime: note.mtime + 86_400_000, size: note.size + 1 } : note));
}

window.runStartup = async (mode: StartMode): Promise<StartupResult> => {
	const notes = mode === "changed" ? changedNotes(window.STARTUP_NOTES) : window.STARTUP_NOTES;
	const today = mode === "changed" ? NEXT_DAY : TODAY;
	const { app, ready } = fakeApp(notes);
	const settings = coreSettings(DEFAULT_SETTINGS, { templateFolders: [], ignoreFilters: [] });
	// As snapshotKeeperFor (main.ts) makes it, with a store that says when its write is done.
	const store = new Watched(new IndexedDbSnapshotStore(snapshotDatabaseName({ appId: "managing-up-bench", vaultName: "bench", configDir: ".obsidian" })));
	const { vault, metadataCache, workspace } = app;
	// The first screen kept as snapshotKeeperFor keeps it: a dashboard's controls as it opens, the plugin's settings.
	const firstScreen = (day: string) => dashboardInputs(new DashboardControls(), day, DEFAULT_SETTINGS);
	const keeper = new SnapshotKeeper({ store, quick: QUICK, build: "bench", vault, metadataCache, workspace, settings: () => settings, today: () => today, firstScreen });
	let notesRead = 0;
	let readAtPaint = 0;
	const index = new StakeholderIndex({
		metadataCache: app.metadataCache,
		vault: app.vault,
		workspace: app.workspace,
		settings: () => settings,
		today: () => today,
		snapshot: keeper,
		readNote: (...args) => {
			notesRead++;
			return readNote(...args);
		},
	});
	index.load();
	let indexMs = 0;
	let parts = { model: 0, dom: 0, layout: 0 };
	let early = false;
	let reportMs = 0;
	let redraw = { model: 0, dom: 0, layout: 0 };
	const pane = sidebarPane();
	const drawn = new Promise<number>((resolve) => {
		// The view draws when the index tells it: the first screen kept with the snapshot, or, once built, from the report.
		const stop = index.onChange(() => {
			if (!index.isBuilt) {
				const first = early ? null : drawEarly(pane, index, today);
				if (first === null) return;
				early = true;
				indexMs = performance.now() - start - first.model - first.dom - first.layout;
				readAtPaint = notesRead;
				parts = first;
				resolve(performance.now());
				return;
			}
			stop();
			if (!early) {
				index.report(today);
				indexMs = performance.now() - start;
				readAtPaint = notesRead;
			}
			reportMs = performance.now() - start;
			const drawing = draw(pane, index, today);
			if (early) redraw = drawing;
			else parts = drawing;
			resolve(performance.now());
		});
	});
	workspaceStandIn();
	const start = performance.now();
	ready();
	const firstDashboardMs = (await drawn) - start;
	// What the user could notice after the first dashboard: the rest laid out, the report read and parsed, drawn again.
	const afterFirst = frameGaps();
	await index.tasksRead;
	const redrawMs = redraw.model + redraw.dom + redraw.layout;
	// The readings filled in, the report warmed in idle time: then one property change.
	await new Promise((resolve) => window.setTimeout(resolve, 300));
	const settledMs = performance.now() - start;
	const afterFirstFrameGapMs = await afterFirst.stop();
	// One property change at a time (a person's last-contact, through the cache's `changed`), each undone after.
	const changes: number[] = [];
	for (const s of index.report(today).stakeholders.slice(0, 21)) {
		const file = app.vault.getFileByPath(s.path);
		const cache = file === null ? null : app.metadataCache.getFileCache(file);
		if (file === null || cache === null) continue;
		const t = performance.now();
		app.metadataCache.trigger("changed", file, "", { ...cache, frontmatter: { ...cache.frontmatter, "last-contact": "2026-11-20" } });
		index.report(today);
		changes.push(performance.now() - t);
		// Back as the file says (its time and size did not change here), before the snapshot is saved.
		app.metadataCache.trigger("changed", file, "", cache);
	}
	const firstChangeMs = changes[0] ?? 0;
	const later = changes.slice(1).sort((a, b) => a - b);
	const changeReportMs = later[later.length >> 1] ?? 0;
	const stakeholders = index.report(today).stakeholders.length;
	// Obsidian closes: the unload saves what the session read (a start from the snapshot that changed nothing saves nothing).
	const frames = frameGaps();
	const saveStart = performance.now();
	index.unload();
	const saveSyncMs = performance.now() - saveStart;
	await store.lastWrite;
	const saveMs = performance.now() - saveStart;
	const saveFrameGapMs = await frames.stop();
	return { mode, firstDashboardMs, early, reportMs, redrawMs, afterFirstFrameGapMs, firstChangeMs, modelMs: parts.model, domMs: parts.dom, layoutMs: parts.layout, indexMs, settledMs, changeReportMs, saveSyncMs, saveMs, saveFrameGapMs, stakeholders, notesRead: readAtPaint };
};

/** clearSnapshot deletes the page's snapshot database: the first start ever. */
window.clearSnapshot = (): Promise<void> =>
	new Promise((resolve) => {
		QUICK.save(null);
		const request = indexedDB.deleteDatabase(snapshotDatabaseName({ appId: "managing-up-bench", vaultName: "bench", configDir: ".obsidian" }));
		request.onsuccess = () => resolve();
		request.onerror = () => resolve();
		request.onblocked = () => resolve();
	});
