import { normalizePath, requireApiVersion, type App, type PluginManifest } from "obsidian";
import type { CoreSettings, IsoDate } from "../core/types";
import { DashboardControls } from "./controls";
import { dashboardInputs, type DashboardSettings } from "./dashboard-model";
import { SnapshotKeeper } from "./snapshot-keeper";
import { IndexedDbSnapshotStore, snapshotDatabaseName, type QuickStore } from "./snapshot-store";

/** The name of the dashboard's first screen in the app's local storage (Obsidian keeps one per vault). */
const QUICK_KEY = "managing-up-first-screen";

/** quickStoreOf is the app's local storage for this vault (Obsidian 1.8.7+); undefined before, where the first screen is read from IndexedDB. */
function quickStoreOf(app: App): QuickStore | undefined {
	if (requireApiVersion("1.8.7")) {
		return {
			load: (): unknown => app.loadLocalStorage(QUICK_KEY),
			save: (record) => app.saveLocalStorage(QUICK_KEY, record),
		};
	}
	return undefined;
}

/**
 * snapshotKeeperFor keeps the snapshot of this vault in the app's IndexedDB (one database per
 * vault; nothing is opened until the layout is ready), with the dashboard's first screen as a
 * newly opened dashboard draws it (its controls as they start, the plugin's settings), which is
 * also kept in the app's local storage, read at once at start-up.
 */
export function snapshotKeeperFor(app: App, manifest: PluginManifest, settings: () => CoreSettings, today: () => IsoDate, view: () => DashboardSettings): SnapshotKeeper {
	const { vault, metadataCache, workspace } = app;
	// A new build of the plugin (a release, or a developer's rebuild of the same version) may read notes otherwise.
	const build = async (): Promise<string> => {
		const stat = manifest.dir === undefined ? null : await vault.adapter.stat(normalizePath(`${manifest.dir}/main.js`)).catch(() => null);
		return `${manifest.version}:${stat?.size ?? ""}:${stat?.mtime ?? ""}`;
	};
	const appId = "appId" in app ? app.appId : undefined;
	const store = new IndexedDbSnapshotStore(snapshotDatabaseName({ appId, vaultName: vault.getName(), configDir: vault.configDir }));
	const firstScreen = (day: IsoDate) => dashboardInputs(new DashboardControls(), day, view());
	return new SnapshotKeeper({ store, quick: quickStoreOf(app), build, vault, metadataCache, workspace, settings, today, firstScreen });
}
