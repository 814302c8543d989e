import { Plugin } from "obsidian";
import { todayIso } from "./core/dates";
import { actionDeps } from "./obsidian/actions";
import { registerAgendaCommands } from "./obsidian/agenda";
import { registerBases } from "./obsidian/base-command";
import { registerCalendarExport } from "./obsidian/calendar-export";
import { registerCliHandlers } from "./obsidian/cli-handlers";
import { CommandContext } from "./obsidian/command-context";
import { createDashboardHost } from "./obsidian/dashboard-host";
import { DashboardView, VIEW_TYPE_DASHBOARD, openDashboard } from "./obsidian/dashboard-view";
import { registerFollowUpCommand } from "./obsidian/follow-up";
import { StakeholderIndex } from "./obsidian/index";
import { snapshotKeeperFor } from "./obsidian/snapshot-app";
import { createHistoryHost, registerPersonHistory } from "./obsidian/history-view";
import { registerPersonNoteCommands } from "./obsidian/person-notes";
import { ManagingUpSettingTab } from "./obsidian/settings-tab";
import { SettingsStore, type Rebuild } from "./obsidian/settings-store";
import { readVaultConfig } from "./obsidian/vault-config";
import { migrateSettings, type ManagingUpSettings } from "./settings";
import type { Stakeholder } from "./core/types";

/** Managing Up: wiring only. Each feature lives in its own module under src/obsidian/. */
export default class ManagingUpPlugin extends Plugin {
	override settings: ManagingUpSettings = migrateSettings(undefined);
	private index: StakeholderIndex | null = null;
	private readonly store = new SettingsStore({ save: (settings) => this.saveData(settings), rebuild: () => this.index?.rebuild() });

	override async onload(): Promise<void> {
		this.updateSettings(migrateSettings(await this.loadData()), false, "none");
		const { app, store } = this;
		const settings = (): ManagingUpSettings => this.settings;
		const today = () => todayIso(new Date());
		const prepare = async (): Promise<void> => store.setVaultConfig(await readVaultConfig(app.vault.adapter, app.vault.configDir));
		// The readings and the last report are kept in the app's IndexedDB between sessions (snapshot-keeper.ts).
		const snapshot = snapshotKeeperFor(app, this.manifest, () => store.core(), today, settings);
		const index = this.addChild(
			new StakeholderIndex({ metadataCache: app.metadataCache, vault: app.vault, workspace: app.workspace, settings: () => store.core(), prepare, today, snapshot }),
		);
		this.index = index;
		const { vault, workspace } = app;
		const actions = actionDeps({ index, vault, fileManager: app.fileManager, settings, today });
		const commands = new CommandContext({ app, index, settings });
		const agendas = registerAgendaCommands(this, commands);
		const personNotes = registerPersonNoteCommands(this, commands, actions);
		registerFollowUpCommand(this, { app, index, settings });
		registerCalendarExport(this, { app, index, settings });
		const updateSettings = (next: ManagingUpSettings, rebuild: boolean): void => this.updateSettings(next, true, rebuild ? "now" : "none");
		const chooseStakeholder = (list: readonly Stakeholder[]): Promise<Stakeholder | null> => commands.ui.chooseStakeholder(list);
		const host = createDashboardHost({ index, vault, workspace, actions, settings, today, agendas, personNotes, updateSettings, chooseStakeholder });
		this.registerView(VIEW_TYPE_DASHBOARD, (leaf) => new DashboardView(leaf, host));
		registerPersonHistory(this, createHistoryHost({ index, vault, workspace, today, agendas }));
		this.addRibbonIcon("users", "Open stakeholder dashboard", () => void this.openDashboard());
		this.addCommand({ id: "open-dashboard", name: "Open stakeholder dashboard", callback: () => void this.openDashboard() });
		this.addSettingTab(
			new ManagingUpSettingTab(app, this, {
				settings,
				update: (next, rebuild = "later") => this.updateSettings(next, true, rebuild),
				found: () => (index.isBuilt ? index.explanation(today()) : null),
				preview: (next) => index.preview(store.trial(next), today()).explanation,
			}),
		);
		registerBases(this, { host, settings: () => store.core(), vault, workspace });
		registerCliHandlers(this, { index, dueSoonDays: () => this.settings.dueSoonDays, skipLevelDays: () => this.settings.skipLevelDays, vaultName: () => app.vault.getName() });
		// A pending save must still reach data.json when the plugin is disabled.
		this.register(() => store.flush());
	}

	/** onUserEnable opens the dashboard when the user turns the plugin on, so they see what it does. */
	override onUserEnable(): void {
		this.app.workspace.onLayoutReady(() => void this.openDashboard());
	}

	/** onExternalSettingsChange reloads data.json after Sync or another program changed it. */
	override async onExternalSettingsChange(): Promise<void> {
		this.updateSettings(migrateSettings(await this.loadData()), false, "now");
	}

	/** updateSettings takes new settings: saved unless they came from data.json, the notes read again as asked. */
	private updateSettings(next: ManagingUpSettings, save: boolean, rebuild: Rebuild): void {
		this.settings = next;
		this.store.update(next, { save, rebuild });
	}

	/** openDashboard reveals the stakeholder dashboard, reusing an open one. */
	async openDashboard(): Promise<void> {
		await openDashboard(this.app.workspace);
	}

	/** saveSettings writes the settings to data.json. */
	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}
}
