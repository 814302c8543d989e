import { debounce } from "obsidian";
import type { CoreSettings, VaultConfig } from "../core/types";
import { coreSettings, migrateSettings, type ManagingUpSettings } from "../settings";
import { NO_VAULT_CONFIG } from "./vault-config";

/** How long the notes wait after the last keystroke in a settings field before they are read again. */
export const REBUILD_DELAY_MS = 500;

/** How long a change waits before it is written to data.json. */
export const SAVE_DELAY_MS = 1000;

/** When the notes are read again after a change: at once, once typing pauses, or not at all. */
export type Rebuild = "now" | "later" | "none";

/** What the store needs: how to save, and how to read every note again. */
export interface SettingsStoreDeps {
	save: (settings: ManagingUpSettings) => Promise<void>;
	rebuild: () => void;
}

/**
 * SettingsStore holds the plugin's settings and what the core reads from them. A change is
 * kept at once (the settings tab shows it) and saved a moment later; the notes are read again
 * at once for a click (a rule applied, "That's me"), and for typing only once the user pauses,
 * since each reading of a large vault takes a while. Until then the core keeps the settings it
 * read the notes with, so the report never mixes two.
 */
export class SettingsStore {
	settings: ManagingUpSettings = migrateSettings(undefined);
	private vault: VaultConfig = NO_VAULT_CONFIG;
	/** Made once per reading of the notes (the index caches by identity). */
	private coreCache: CoreSettings | null = null;
	private readonly requestSave = debounce(() => void this.deps.save(this.settings), SAVE_DELAY_MS, true);
	private readonly requestRebuild = debounce(() => this.rebuildNow(), REBUILD_DELAY_MS, true);

	constructor(private readonly deps: SettingsStoreDeps) {}

	/** core is what the core reads: the settings the notes were last read with, and the vault's own config. */
	core(): CoreSettings {
		return (this.coreCache ??= coreSettings(this.settings, this.vault));
	}

	/** trial is what the core would read with other settings, for a preview. */
	trial(next: ManagingUpSettings): CoreSettings {
		return coreSettings(next, this.vault);
	}

	/** setVaultConfig takes what the vault's config folder says, before the first reading. */
	setVaultConfig(vault: VaultConfig): void {
		this.vault = vault;
		this.coreCache = null;
	}

	/** update takes new settings, saves them (unless they came from data.json) and reads the notes again as asked. */
	update(next: ManagingUpSettings, options: { save?: boolean; rebuild?: Rebuild } = {}): void {
		this.settings = next;
		if (options.save ?? true) this.requestSave();
		const rebuild = options.rebuild ?? "now";
		if (rebuild === "now") this.rebuildNow();
		else if (rebuild === "later") this.requestRebuild();
	}

	private rebuildNow(): void {
		this.requestRebuild.cancel();
		this.coreCache = null;
		this.deps.rebuild();
	}

	/** flush writes a pending save at once and drops a pending reading: the plugin is being disabled. */
	flush(): void {
		this.requestRebuild.cancel();
		this.requestSave.run();
	}
}
