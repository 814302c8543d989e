/**
 * Sessions of the plugin's index over one mock app, for the start-up snapshot tests: an index
 * with a SnapshotKeeper on a store that outlives it (as IndexedDB outlives Obsidian), and a
 * fresh index without one to compare with.
 */
import { expect, vi } from "vitest";
import { readNote } from "../../src/core/read";
import type { CoreSettings, IsoDate, Report } from "../../src/core/types";
import { StakeholderIndex } from "../../src/obsidian/index";
import { SnapshotKeeper } from "../../src/obsidian/snapshot-keeper";
import type { QuickStore, SnapshotStore } from "../../src/obsidian/snapshot-store";
import type { App as ObsidianApp } from "obsidian";
import type { Explanation } from "../../src/core/explain";
import type { DashboardModel } from "../../src/core/viewmodel";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { DashboardControls } from "../../src/obsidian/controls";
import { dashboardInputs, dashboardModel, type DashboardInputs } from "../../src/obsidian/dashboard-model";
import type { StoredFirstScreen } from "../../src/obsidian/snapshot";
import type { App } from "../mock/obsidian";

/** obsidianApp types the mock app as Obsidian's (as helpers.ts does; this file runs in the browser tests too, where helpers.ts cannot). */
function obsidianApp(app: App): ObsidianApp {
	return app as unknown as ObsidianApp;
}

/** One session: its index, its keeper, and the readNote and cachedRead calls it made. */
export interface Session {
	index: StakeholderIndex;
	keeper: SnapshotKeeper;
	read: ReturnType<typeof vi.fn<typeof readNote>>;
	/** How many note texts the session has read so far (cachedRead). */
	textReads: () => number;
	/** Stops counting. */
	restore: () => void;
	/** The dashboard's first screen the index offered before it was built (null: none). */
	offered: () => StoredFirstScreen | null;
}

/** The inputs of a dashboard as it opens, with the default settings: what every session keeps its first screen for. */
export function firstInputs(today: IsoDate): DashboardInputs {
	return dashboardInputs(new DashboardControls(), today, DEFAULT_SETTINGS);
}

/** openSession loads an index with a snapshot over the app (its layout ready) and waits until it is built. */
/** What else a session may have: a quick store for the first screen, and a call when the first screen is offered. */
export interface SessionOptions {
	quick?: QuickStore;
	onOffer?: () => void;
}

export async function openSession(app: App, store: SnapshotStore, settings: CoreSettings, today: IsoDate, build = "test", options: SessionOptions = {}): Promise<Session> {
	const real = obsidianApp(app);
	const read = vi.fn(readNote);
	const cachedRead = vi.spyOn(app.vault, "cachedRead");
	const keeper = new SnapshotKeeper({
		store,
		...(options.quick === undefined ? {} : { quick: options.quick }),
		build,
		vault: real.vault,
		metadataCache: real.metadataCache,
		workspace: real.workspace,
		settings: () => settings,
		today: () => today,
		firstScreen: firstInputs,
		saveDelayMs: 0,
	});
	const index = new StakeholderIndex({
		metadataCache: real.metadataCache,
		vault: real.vault,
		workspace: real.workspace,
		settings: () => settings,
		today: () => today,
		notifyDelayMs: 0,
		readNote: read,
		snapshot: keeper,
	});
	let offered: StoredFirstScreen | null = null;
	index.onChange(() => {
		if (index.isBuilt || offered !== null) return;
		offered = index.firstScreen(today);
		if (offered !== null) options.onOffer?.();
	});
	index.load();
	await vi.waitFor(() => expect(index.isBuilt).toBe(true));
	return { index, keeper, read, textReads: () => cachedRead.mock.calls.length, restore: () => cachedRead.mockRestore(), offered: () => offered };
}

/** closeSession unloads the index (which saves the snapshot) and waits for the write. */
export async function closeSession(session: Session, store: { readonly lastWrite: Promise<void> }): Promise<void> {
	await session.index.tasksRead;
	// Obsidian is closed a while after the last edit: the cache has parsed every modified note by then
	// (the mock parses before its \`modify\` listeners run, so the keeper cannot see that it has).
	vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 10_000 });
	session.index.unload();
	vi.useRealTimers();
	session.restore();
	await store.lastWrite;
}

/** freshReport is what an index without a snapshot reports once every note and text is read. */
export async function freshReport(app: App, settings: CoreSettings, today: IsoDate): Promise<Report> {
	return (await fresh(app, settings, today)).report;
}

/** freshModel is the dashboard's view model, for these inputs, that an index without a snapshot gives once every note and text is read. */
export async function freshModel(app: App, settings: CoreSettings, today: IsoDate, inputs: DashboardInputs): Promise<DashboardModel> {
	const { report, explanation } = await fresh(app, settings, today);
	return dashboardModel(report, explanation, inputs);
}

async function fresh(app: App, settings: CoreSettings, today: IsoDate): Promise<{ report: Report; explanation: Explanation }> {
	const real = obsidianApp(app);
	const index = new StakeholderIndex({ metadataCache: real.metadataCache, vault: real.vault, workspace: real.workspace, settings: () => settings, notifyDelayMs: 0 });
	index.load();
	await index.tasksRead;
	const found = { report: index.report(today), explanation: index.explanation(today) };
	index.unload();
	return found;
}
