import { afterEach, describe, expect, it, vi } from "vitest";
import manifest from "../../manifest.json";
import { App, ButtonComponent, TextComponent, ToggleComponent, WorkspaceLeaf, settingsIn, type Setting } from "../mock/obsidian";
import ManagingUpPlugin from "../../src/main";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import type { DashboardHost } from "../../src/obsidian/dashboard-host";
import type { StakeholderIndex } from "../../src/obsidian/index";
import { ManagingUpSettingTab } from "../../src/obsidian/settings-tab";
import { SETTINGS_VERSION, migrateSettings } from "../../src/settings";
import { VIEW_TYPE_DASHBOARD } from "../../src/obsidian/dashboard-view";
import { makeApp, obsidianApp } from "./helpers";

const TODAY = "2026-11-23";

/** A vault where Avery Stone (the owner, without a note) is in every meeting and Robin Park in two. */
const VAULT: Record<string, string> = {
	"People/Jane Doe.md": "---\nperson: Jane Doe\ninfluence: high\n---\n",
	"Team/Sam Lee.md": "---\ntype: person\n---\n",
	"Team/Robin Park.md": "---\ntype: project\n---\nA project note that only shares the name.\n",
	"Meetings/2026-11-02 Sync.md": "---\nattendees: [Avery Stone, '[[Jane Doe]]', Robin Park]\n---\n",
	"Meetings/2026-11-09 Sync.md": "---\nattendees: Avery Stone, Robin Park, Sam Lee\n---\n",
	"Meetings/2026-11-16 Sync.md": "---\nparticipants: [Avery Stone, '[[Jane Doe]]']\n---\n",
	"Meetings/2026-11-20 Sync.md": "---\nparticipants: [Avery Stone]\n---\n",
};

afterEach(() => {
	vi.useRealTimers();
});

async function setup(saved: unknown = { version: 2, peopleFolder: "Team" }) {
	const app = await makeApp(VAULT);
	const plugin = new ManagingUpPlugin(obsidianApp(app), manifest);
	const mock = plugin as unknown as { savedData: unknown; loading: Promise<void>; settingTabs: unknown[] };
	mock.savedData = saved;
	plugin.load();
	await mock.loading;
	const index = (plugin as unknown as { index: StakeholderIndex }).index;
	await vi.waitFor(() => expect(index.isBuilt).toBe(true));
	// The host the dashboard talks to, from the view the plugin registered.
	const creator = app.workspace.viewCreator(VIEW_TYPE_DASHBOARD);
	if (!creator) throw new Error("no dashboard view");
	const view = creator(new WorkspaceLeaf(app, "right"));
	const host = (view as unknown as { host: DashboardHost }).host;
	const tab = mock.settingTabs[0];
	if (!(tab instanceof ManagingUpSettingTab)) throw new Error("no settings tab");
	return { app, plugin, index, host, tab };
}

function text(app: App, path: string): string {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return app.vault.readSync(file);
}

describe("People without a note, in the plugin", () => {
	it("counts the names without a note and suggests the owner", async () => {
		const { host } = await setup();
		const report = host.report(TODAY);
		expect(report.withoutNote.map((n) => [n.name, n.meetings, n.lastDate])).toEqual([
			["Avery Stone", 4, "2026-11-20"],
			["Robin Park", 2, "2026-11-09"],
		]);
		expect(host.explanation(TODAY).me.suggestion).toBe("Avery Stone");
	});

	it("Create note makes their person note with the name filled in, opens it, and they have a note now", async () => {
		const { app, host, index } = await setup({ version: 2, peopleFolder: "People" });
		await host.createPersonNote("Avery Stone");
		const path = "People/Avery Stone.md";
		expect(parseFrontmatter(text(app, path)).data).toMatchObject({ person: "Avery Stone", role: null, relationship: null });
		expect(app.workspace.getActiveFile()?.path).toBe(path);
		await vi.waitFor(() => expect(index.report(TODAY).withoutNote.map((n) => n.name)).toEqual(["Robin Park"]));
		expect(index.report(TODAY).stakeholders.map((s) => s.person)).toContain("Avery Stone");
	});

	it("Create note never overwrites a note of the same name", async () => {
		const { app, host } = await setup({ version: 2, peopleFolder: "Team" });
		const before = text(app, "Team/Robin Park.md");
		await host.createPersonNote("Robin Park");
		expect(text(app, "Team/Robin Park.md")).toBe(before);
		expect(parseFrontmatter(text(app, "Team/Robin Park 2.md")).data).toMatchObject({ person: "Robin Park" });
		expect(app.workspace.getActiveFile()?.path).toBe("Team/Robin Park 2.md");
	});

	it("That's me sets the me setting, reads the notes again and the name is no one's any more", async () => {
		vi.useFakeTimers();
		const { plugin, host, index } = await setup();
		const revision = index.revision;
		await host.setMe("Avery Stone");
		expect(plugin.settings.me).toBe("Avery Stone");
		expect(index.revision).toBeGreaterThan(revision);
		const report = index.report(TODAY);
		expect(report.withoutNote.map((n) => n.name)).toEqual(["Robin Park"]);
		expect(report.stakeholders.map((s) => s.person)).not.toContain("Avery Stone");
		expect(host.explanation(TODAY).me.suggestion).toBeNull();
		vi.runAllTimers();
		expect((plugin as unknown as { savedData: { me: string } }).savedData.me).toBe("Avery Stone");
	});

	it("That's me on a person with a note takes them off the stakeholders", async () => {
		const { plugin, host, index } = await setup();
		await host.setMe("Jane Doe");
		expect(plugin.settings.me).toBe("Jane Doe");
		expect(index.report(TODAY).stakeholders.map((s) => s.person)).toEqual(["Sam Lee"]);
		expect(index.report(TODAY).me).toBe("People/Jane Doe.md");
	});

	it("Got it is kept in the settings without reading the notes again", async () => {
		vi.useFakeTimers();
		const { plugin, host, index } = await setup();
		const rebuild = vi.spyOn(index, "rebuild");
		host.setFoundDismissed(true);
		expect(plugin.settings.foundDismissed).toBe(true);
		vi.runAllTimers();
		expect(rebuild).not.toHaveBeenCalled();
		expect((plugin as unknown as { savedData: { foundDismissed: boolean } }).savedData.foundDismissed).toBe(true);
	});
});

function findSetting(tab: ManagingUpSettingTab, name: string): Setting {
	const setting = settingsIn(tab.containerEl).find((s) => s.name === name);
	if (!setting) throw new Error(`no setting ${name}`);
	return setting;
}

function component<T>(setting: Setting, type: new (...args: never[]) => T, i = 0): T {
	const found = setting.components.filter((c): c is T & (typeof setting.components)[number] => c instanceof type)[i];
	if (found === undefined) throw new Error(`${setting.name} has no ${type.name}`);
	return found;
}

function display(tab: ManagingUpSettingTab): void {
	// What Obsidian before 1.13 does when the tab is opened (display() is deprecated in the 1.13 typings).
	const opened: { display(): void } = tab;
	opened.display();
}

describe("Conventions in the settings", () => {
	it("shows each rule with what it finds now, and the suggestion as the placeholder of Me", async () => {
		const { tab } = await setup();
		display(tab);
		expect(findSetting(tab, "Person property").desc).toMatch(/\(found 1 person\)$/);
		expect(findSetting(tab, "Person type or category").desc).toMatch(/\(found 1 person\)$/);
		expect(findSetting(tab, "Meeting attendees").desc).toMatch(/\(found 4 meetings\)$/);
		expect(component(findSetting(tab, "Me"), TextComponent).placeholder).toBe("Avery Stone");
		expect(component(findSetting(tab, "People and contacts folders"), ToggleComponent).value).toBe(true);
	});

	it("previews a rule change without touching the index, and applies it only on Apply", async () => {
		// The plugin's clock on the test's day, so the tab and the test ask for the same report.
		vi.useFakeTimers({ now: new Date(2026, 10, 23, 9, 30) });
		const { plugin, tab, index } = await setup();
		display(tab);
		const revision = index.revision;
		const report = index.report(TODAY);
		const rebuild = vi.spyOn(index, "rebuild");
		component(findSetting(tab, "Person type or category"), ToggleComponent).simulateChange(false);
		const preview = findSetting(tab, "Preview");
		expect(preview.desc).toBe("Would find 1 person (now 2), 4 meetings (now 4), 3 names without a note (now 2).");
		expect(plugin.settings.rules.personType).toBe(true);
		expect(index.revision).toBe(revision);
		expect(index.report(TODAY)).toBe(report);
		expect(rebuild).not.toHaveBeenCalled();
		// The toggle shows the trial value while the preview is open.
		expect(component(findSetting(tab, "Person type or category"), ToggleComponent).value).toBe(false);
		component(preview, ButtonComponent, 0).simulateClick();
		expect(plugin.settings.rules.personType).toBe(false);
		expect(rebuild).toHaveBeenCalledOnce();
		expect(index.report(TODAY).stakeholders.map((s) => s.person)).toEqual(["Jane Doe"]);
		expect(settingsIn(tab.containerEl).some((s) => s.name === "Preview")).toBe(false);
	});

	it("Cancel drops the trial, and toggling back closes the preview", async () => {
		const { plugin, tab } = await setup();
		display(tab);
		component(findSetting(tab, "Skip templates"), ToggleComponent).simulateChange(false);
		component(findSetting(tab, "Preview"), ButtonComponent, 1).simulateClick();
		expect(settingsIn(tab.containerEl).some((s) => s.name === "Preview")).toBe(false);
		expect(component(findSetting(tab, "Skip templates"), ToggleComponent).value).toBe(true);
		component(findSetting(tab, "Skip archived copies"), ToggleComponent).simulateChange(false);
		expect(findSetting(tab, "Preview").desc).toMatch(/^Would find/);
		component(findSetting(tab, "Skip archived copies"), ToggleComponent).simulateChange(true);
		expect(settingsIn(tab.containerEl).some((s) => s.name === "Preview")).toBe(false);
		expect(plugin.settings.rules).toEqual((await import("../../src/core/types")).DEFAULT_RULES);
	});

	it("person words and me are read after a pause in typing", async () => {
		vi.useFakeTimers();
		const { plugin, tab, index } = await setup();
		display(tab);
		const rebuild = vi.spyOn(index, "rebuild");
		component(findSetting(tab, "Person words"), TextComponent).simulateChange("person, people, colleague");
		component(findSetting(tab, "Me"), TextComponent).simulateChange(" Avery Stone ");
		expect(plugin.settings.personWords).toEqual(["person", "people", "colleague"]);
		expect(plugin.settings.me).toBe("Avery Stone");
		expect(rebuild).not.toHaveBeenCalled();
		vi.advanceTimersByTime(500);
		expect(rebuild).toHaveBeenCalledOnce();
		component(findSetting(tab, "Person words"), TextComponent).simulateChange(" , ");
		expect(plugin.settings.personWords).toEqual(["person", "people", "persons", "contact", "contacts"]);
	});
});

describe("the foundDismissed setting", () => {
	it.each([
		[undefined, false],
		[{ version: 2 }, false],
		[{ version: 2, foundDismissed: true }, true],
		[{ version: 1, foundDismissed: true }, true],
		[{ version: 2, foundDismissed: "yes" }, false],
	])("migrateSettings(%j) has foundDismissed %s, version 2", (saved, dismissed) => {
		const settings = migrateSettings(saved);
		expect(settings.foundDismissed).toBe(dismissed);
		expect(settings.version).toBe(SETTINGS_VERSION);
		expect(SETTINGS_VERSION).toBe(2);
	});
});
