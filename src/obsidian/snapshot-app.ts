import { normalizePath, type App, type PluginManifest } from "obsidian";
import type { CoreSettings, IsoDate } from "../core/types";
import { DashboardControls } from "./controls";
import { dashboardInputs, type DashboardSettings } from "./dashboard-model";
import { SnapshotKeeper } from "./snapshot-keeper";
import { IndexedDbSnapshotStore, snapshotDatabaseName } from "./snapshot-store";

/**
 * snapshotKeeperFor keeps the snapshot of this vault in the app's IndexedDB (one database per
 * vault; nothing is opened until the layout is ready), with the dashboard's first screen as a
 * newly opened dashboard draws it (its controls as they start, the plugin's settings).
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
	return new SnapshotKeeper({ store, build, vault, metadataCache, workspace, settings, today, firstScreen });
}
