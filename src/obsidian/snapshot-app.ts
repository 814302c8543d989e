import { normalizePath, type App, type PluginManifest } from "obsidian";
import type { CoreSettings, IsoDate } from "../core/types";
import { SnapshotKeeper } from "./snapshot-keeper";
import { IndexedDbSnapshotStore, snapshotDatabaseName } from "./snapshot-store";

/** snapshotKeeperFor keeps the snapshot of this vault in the app's IndexedDB (one database per vault; nothing is opened until the layout is ready). */
export function snapshotKeeperFor(app: App, manifest: PluginManifest, settings: () => CoreSettings, today: () => IsoDate): SnapshotKeeper {
	const { vault, metadataCache, workspace } = app;
	// A new build of the plugin (a release, or a developer's rebuild of the same version) may read notes otherwise.
	const build = async (): Promise<string> => {
		const stat = manifest.dir === undefined ? null : await vault.adapter.stat(normalizePath(`${manifest.dir}/main.js`)).catch(() => null);
		return `${manifest.version}:${stat?.size ?? ""}:${stat?.mtime ?? ""}`;
	};
	const appId = "appId" in app ? app.appId : undefined;
	const store = new IndexedDbSnapshotStore(snapshotDatabaseName({ appId, vaultName: vault.getName(), configDir: vault.configDir }));
	return new SnapshotKeeper({ store, build, vault, metadataCache, workspace, settings, today });
}
