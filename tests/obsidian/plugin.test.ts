import { afterEach, describe, expect, it, vi } from "vitest";
import manifest from "../../manifest.json";
import { App, TextAreaComponent, TextComponent, settingsIn, type Setting } from "../mock/obsidian";
import ManagingUpPlugin from "../../src/main";
import { DashboardView, VIEW_TYPE_DASHBOARD } from "../../src/obsidian/dashboard-view";
import { VIEW_TYPE_HISTORY } from "../../src/obsidian/history-view";
import { StakeholderIndex } from "../../src/obsidian/index";
import { ManagingUpSettingTab, parseFolderList, parseWholeNumber } from "../../src/obsidian/settings-tab";
import { REBUILD_DELAY_MS } from "../../src/obsidian/settings-store";
import { DEFAULT_SETTINGS, migrateSettings } from "../../src/settings";
import { makeApp, obsidianApp } from "./helpers";
import { WAIT_TIMEOUT } from "../slow";

afterEach(() => {
	vi.useRealTimers();
});

async function loadPlugin(app: App, saved: unknown = null): Promise<ManagingUpPlugin> {
	const plugin = new ManagingUpPlugin(obsidianApp(app), manifest);
	const mock = plugin as unknown as { savedData: unknown; loading: Promise<void> };
	mock.savedData = saved;
	plugin.load();
	await mock.loading;
	return plugin;
}

/** The mock's view of the plugin: what it registered. */
function registered(plugin: ManagingUpPlugin) {
	return plugin as unknown as {
		viewTypes: string[];
		ribbonIcons: { icon: string; title: string }[];
		settingTabs: unknown[];
		savedData: unknown;
	};
}

describe("the plugin's lifecycle", () => {
	it("registers the dashboard view, the ribbon icon, the command and the settings tab on load", async () => {
		const app = await makeApp();
		const plugin = await loadPlugin(app);
		expect(registered(plugin).viewTypes).toEqual([VIEW_TYPE_DASHBOARD, VIEW_TYPE_HISTORY]);
		expect(registered(plugin).ribbonIcons.map((r) => r.title)).toEqual(["Open stakeholder dashboard"]);
		expect(Object.values(app.commands.commands).map((c) => [c.id, c.name])).toContainEqual([
			"managing-up:open-dashboard",
			"Open stakeholder dashboard",
		]);
		expect(registered(plugin).settingTabs).toHaveLength(1);
		expect(registered(plugin).settingTabs[0]).toBeInstanceOf(ManagingUpSettingTab);
	});

	it("migrates what data.json holds", async () => {
		const app = await makeApp();
		const plugin = await loadPlugin(app, { peopleFolder: "Team", dueSoonDays: 3 });
		expect(plugin.settings).toEqual(migrateSettings({ peopleFolder: "Team", dueSoonDays: 3 }));
	});

	it("opens the dashboard in the right sidebar and reuses it the second time", async () => {
		const app = await makeApp();
		await loadPlugin(app);
		await app.commands.commands["managing-up:open-dashboard"]?.callback?.();
		const leaves = app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD);
		expect(leaves).toHaveLength(1);
		expect(leaves[0]?.side).toBe("right");
		expect(leaves[0]?.view).toBeInstanceOf(DashboardView);
		await app.commands.commands["managing-up:open-dashboard"]?.callback?.();
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)).toHaveLength(1);
		expect(app.workspace.allLeaves()).toHaveLength(1);
	});

	it("leaves nothing behind when unloaded", async () => {
		const app = await makeApp();
		const plugin = await loadPlugin(app);
		plugin.unload();
		expect(app.commands.commands).toEqual({});
		expect(app.workspace.viewCreator(VIEW_TYPE_DASHBOARD)).toBeUndefined();
		expect(app.metadataCache.listenerCount("changed")).toBe(0);
		expect(app.vault.listenerCount("rename")).toBe(0);
	});
});

function findSetting(tab: ManagingUpSettingTab, name: string): Setting {
	const setting = settingsIn(tab.containerEl).find((s) => s.name === name);
	if (!setting) throw new Error(`no setting ${name}`);
	return setting;
}

function textOf(setting: Setting): TextComponent {
	const component = setting.components[0];
	if (!(component instanceof TextComponent)) throw new Error(`${setting.name} has no text field`);
	return component;
}

describe("the settings tab", () => {
	async function openTab() {
		vi.useFakeTimers();
		const app = await makeApp();
		const plugin = await loadPlugin(app);
		const tab = registered(plugin).settingTabs[0];
		if (!(tab instanceof ManagingUpSettingTab)) throw new Error("no settings tab");
		// What Obsidian before 1.13 does when the tab is opened (display() is deprecated in the 1.13 typings).
		const opened: { display(): void } = tab;
		opened.display();
		return { app, plugin, tab };
	}

	it("uses sentence case, section headings from Setting, and no settings heading", async () => {
		const { tab } = await openTab();
		const settings = settingsIn(tab.containerEl);
		expect(settings.filter((s) => s.isHeading).map((s) => s.name)).toEqual(["Conventions", "Keeping in touch", "Property names"]);
		for (const s of settings) {
			expect(s.name).toMatch(/^[A-Z0-9][^A-Z]*$/);
			expect(s.name.toLowerCase()).not.toContain("settings");
		}
	});

	it("applies a valid whole number, rebuilds the index and saves once, debounced", async () => {
		const { plugin, tab } = await openTab();
		const high = textOf(findSetting(tab, "High influence"));
		high.simulateChange("2");
		high.simulateChange("21");
		expect(plugin.settings.defaultCadenceDays.high).toBe(21);
		expect(registered(plugin).savedData).toBeNull();
		vi.runAllTimers();
		expect(registered(plugin).savedData).toEqual({ ...DEFAULT_SETTINGS, defaultCadenceDays: { ...DEFAULT_SETTINGS.defaultCadenceDays, high: 21 } });
	});

	it("refuses what is not a whole number and says why", async () => {
		const { plugin, tab } = await openTab();
		const setting = findSetting(tab, "Due soon");
		for (const typed of ["", "1.5", "-3", "seven"]) {
			textOf(setting).simulateChange(typed);
			expect(plugin.settings.dueSoonDays).toBe(DEFAULT_SETTINGS.dueSoonDays);
			expect(setting.desc).toBe("Enter a whole number, 0 or more.");
		}
		textOf(setting).simulateChange("0");
		expect(plugin.settings.dueSoonDays).toBe(0);
		expect(setting.desc).not.toMatch(/whole number/);
	});

	it("re-reads the notes once the user pauses typing, not on every keystroke", async () => {
		const { plugin, tab } = await openTab();
		const rebuild = vi.spyOn(StakeholderIndex.prototype, "rebuild");
		try {
			const folders = findSetting(tab, "People folders").components[0];
			if (!(folders instanceof TextAreaComponent)) throw new Error("no text area");
			for (const typed of ["T", "Te", "Team", "Team, Elsewhere\n"]) {
				folders.simulateChange(typed);
				vi.advanceTimersByTime(REBUILD_DELAY_MS - 100);
			}
			// Each keystroke is kept at once; the notes wait for the pause.
			expect(plugin.settings.peopleFolders).toEqual(["Team", "Elsewhere"]);
			expect(rebuild).not.toHaveBeenCalled();
			vi.advanceTimersByTime(100);
			expect(rebuild).toHaveBeenCalledTimes(1);
			textOf(findSetting(tab, "Person")).simulateChange("name");
			expect(plugin.settings.properties.person).toEqual(["name"]);
			textOf(findSetting(tab, "Person")).simulateChange("person, who");
			expect(plugin.settings.properties.person).toEqual(["person", "who"]);
			textOf(findSetting(tab, "Person")).simulateChange("  ");
			expect(plugin.settings.properties.person).toEqual(["person"]);
			expect(rebuild).toHaveBeenCalledTimes(1);
			vi.advanceTimersByTime(REBUILD_DELAY_MS);
			expect(rebuild).toHaveBeenCalledTimes(2);
			vi.runAllTimers();
			expect(rebuild).toHaveBeenCalledTimes(2);
		} finally {
			rebuild.mockRestore();
		}
	});

	it("reads the notes with the old settings until the pause: the report never mixes two", async () => {
		const { plugin, tab } = await openTab();
		const index = (plugin as unknown as { index: StakeholderIndex }).index;
		await vi.waitFor(() => expect(index.isBuilt).toBe(true));
		const before = index.report("2026-11-23");
		const jane = (report: typeof before) => report.stakeholders.find((s) => s.person === "Jane Doe")?.ownLastContact;
		textOf(findSetting(tab, "Last contact")).simulateChange("spoke");
		expect(index.report("2026-11-23")).toBe(before);
		expect(jane(before)).toBe("2026-11-01");
		vi.advanceTimersByTime(REBUILD_DELAY_MS);
		expect(jane(index.report("2026-11-23"))).toBeNull();
	});
});

describe("the declarative settings (Obsidian 1.13+)", () => {
	it("define the same settings as display(), and read and write them by key", async () => {
		vi.useFakeTimers();
		const app = await makeApp();
		const plugin = await loadPlugin(app);
		const tab = registered(plugin).settingTabs[0];
		if (!(tab instanceof ManagingUpSettingTab)) throw new Error("no settings tab");
		const opened: { display(): void } = tab;
		opened.display();
		const groups = tab.getSettingDefinitions();
		const defined: string[] = [];
		for (const group of groups) {
			if (!("items" in group)) continue;
			for (const item of group.items ?? []) if ("name" in item) defined.push(item.name);
		}
		expect(defined).toEqual(settingsIn(tab.containerEl).filter((s) => !s.isHeading).map((s) => s.name));
		expect(tab.getControlValue("properties.lastContact")).toBe("last-contact, last_contact, lastContact, last-contacted, last_contacted, lastContacted, last-touch, last_touch, lastTouch, last-interaction, last_interaction, lastInteraction, last-chat, last_chat, lastChat");
		expect(tab.getControlValue("defaultCadenceDays.low")).toBe(90);
		tab.setControlValue("defaultCadenceDays.low", 60);
		tab.setControlValue("defaultCadenceDays.high", 2.5);
		tab.setControlValue("peopleFolders", "Team\nPeople");
		expect(plugin.settings.defaultCadenceDays).toEqual({ ...DEFAULT_SETTINGS.defaultCadenceDays, low: 60 });
		expect(plugin.settings.peopleFolders).toEqual(["Team", "People"]);
	});
});

describe("settings input", () => {
	it.each([
		["14", 1, 14],
		[" 7 ", 0, 7],
		["0", 1, null],
		["0", 0, 0],
		["1.5", 0, null],
		["1e3", 0, null],
		["", 0, null],
		["99999999999999999999", 0, null],
	])("parseWholeNumber(%j, %d) is %j", (text, min, expected) => {
		expect(parseWholeNumber(text, min)).toBe(expected);
	});

	it("reads people folders separated by commas or lines", () => {
		expect(parseFolderList("People, Team/Leads\n\n/Work/People/ ,People")).toEqual(["People", "Team/Leads", "Work/People"]);
	});
});

describe("outside changes", () => {
	it("reloads data.json changed by Sync and reads the vault again with it", async () => {
		const app = await makeApp();
		const plugin = await loadPlugin(app);
		const index = (plugin as unknown as { index: StakeholderIndex }).index;
		const rebuild = vi.spyOn(index, "rebuild");
		registered(plugin).savedData = { ...DEFAULT_SETTINGS, dueSoonDays: 2, properties: { ...DEFAULT_SETTINGS.properties, lastContact: ["lastSpoke"] } };
		await plugin.onExternalSettingsChange();
		expect(plugin.settings.dueSoonDays).toBe(2);
		expect(plugin.settings.properties.lastContact).toEqual(["lastSpoke"]);
		expect(rebuild).toHaveBeenCalledOnce();
	});

	it("opens the dashboard when the user turns the plugin on", async () => {
		const app = await makeApp();
		const plugin = await loadPlugin(app);
		plugin.onUserEnable();
		await vi.waitFor(() => expect(app.workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)).toHaveLength(1), WAIT_TIMEOUT);
	});
});
