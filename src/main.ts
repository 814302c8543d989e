import { Plugin, debounce } from "obsidian";
import { todayIso } from "./core/dates";
import type { CoreSettings, VaultConfig } from "./core/types";
import { registerAgendaCommands } from "./obsidian/agenda";
import { createDashboardHost, openDashboard } from "./obsidian/dashboard";
import { StakeholderIndex } from "./obsidian/index";
import { ManagingUpSettingTab } from "./obsidian/settings-tab";
import { NO_VAULT_CONFIG, readVaultConfig } from "./obsidian/vault-config";
import { DashboardView, VIEW_TYPE_DASHBOARD } from "./obsidian/view";
import { coreSettings, migrateSettings, type ManagingUpSettings } from "./settings";

/** Managing Up: wiring only. Each feature lives in its own module under src/obsidian/. */
export default class ManagingUpPlugin extends Plugin {
	override settings: ManagingUpSettings = migrateSettings(undefined);
	private readonly requestSave = debounce(() => void this.saveSettings(), 1000, true);
	private index: StakeholderIndex | null = null;
	private vaultConfig: VaultConfig = NO_VAULT_CONFIG;
	/** What the core reads, made once per change of the settings or the vault's config (the index caches by identity). */
	private core: CoreSettings | null = null;

	override async onload(): Promise<void> {
		this.settings = migrateSettings(await this.loadData());
		const { app } = this;
		const settings = (): ManagingUpSettings => this.settings;
		const core = (): CoreSettings => (this.core ??= coreSettings(this.settings, this.vaultConfig));
		const prepare = async (): Promise<void> => {
			this.vaultConfig = await readVaultConfig(app.vault.adapter, app.vault.configDir);
			this.core = null;
		};
		const index = this.addChild(
			new StakeholderIndex({ metadataCache: app.metadataCache, vault: app.vault, workspace: app.workspace, settings: core, prepare }),
		);
		this.index = index;
		const host = createDashboardHost({
			index,
			vault: app.vault,
			workspace: app.workspace,
			fileManager: app.fileManager,
			settings,
			today: () => todayIso(new Date()),
			newAgenda: (personPath) => agendas.newAgenda(personPath),
			newStakeholder: () => agendas.newStakeholder(),
		});
		const agendas = registerAgendaCommands(this, { app, index, settings, actions: host });
		this.registerView(VIEW_TYPE_DASHBOARD, (leaf) => new DashboardView(leaf, host));
		this.addRibbonIcon("users", "Open stakeholder dashboard", () => void this.openDashboard());
		this.addCommand({ id: "open-dashboard", name: "Open stakeholder dashboard", callback: () => void this.openDashboard() });
		this.addSettingTab(new ManagingUpSettingTab(app, this, { settings, update: (next) => this.updateSettings(next) }));
		// A pending save must still reach data.json when the plugin is disabled.
		this.register(() => this.requestSave.run());
	}

	/** onUserEnable opens the dashboard when the user turns the plugin on, so they see what it does. */
	override onUserEnable(): void {
		this.app.workspace.onLayoutReady(() => void this.openDashboard());
	}

	/** onExternalSettingsChange reloads data.json after Sync or another program changed it. */
	override async onExternalSettingsChange(): Promise<void> {
		this.updateSettings(migrateSettings(await this.loadData()), false);
	}

	/** updateSettings takes new settings: the index is rebuilt and, unless they came from data.json, they are saved. */
	private updateSettings(next: ManagingUpSettings, save = true): void {
		this.settings = next;
		this.core = null;
		this.index?.rebuild();
		if (save) this.requestSave();
	}

	/** openDashboard reveals the stakeholder dashboard, reusing an open one. */
	async openDashboard(): Promise<void> {
		await openDashboard(this.app.workspace, VIEW_TYPE_DASHBOARD, (view) => view instanceof DashboardView);
	}

	/** saveSettings writes the settings to data.json. */
	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}
}
