import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import manifest from "../../manifest.json";
import { BASES_MAP_VIEW, BASES_STATUS_VIEW } from "../../src/core/base-file";
import { readNote } from "../../src/core/read";
import { DEFAULT_CORE_SETTINGS } from "../../src/core/types";
import ManagingUpPlugin from "../../src/main";
import type { StakeholderIndex } from "../../src/obsidian/index";
import { App, BasesEntry, BasesViewConfig, FakeElement, Plugin, QueryController, TFile, notices, setApiVersion } from "../mock/obsidian";
import { SAMPLE_VAULT, TODAY, makeApp, obsidianApp } from "./helpers";
import { WAIT_TIMEOUT } from "../slow";

const HOSTILE = "<img src=x onerror=alert(1)>";

beforeEach(() => {
	vi.useFakeTimers({ toFake: ["Date"] });
	vi.setSystemTime(new Date(2026, 10, 23, 9, 0));
});

afterEach(() => {
	vi.useRealTimers();
	setApiVersion("1.13.1");
	notices.length = 0;
});

async function loadPlugin(app: App): Promise<{ plugin: ManagingUpPlugin; index: StakeholderIndex }> {
	const plugin = new ManagingUpPlugin(obsidianApp(app), manifest);
	plugin.load();
	await (plugin as unknown as { loading: Promise<void> }).loading;
	app.workspace.triggerLayoutReady();
	const index = (plugin as unknown as { index: StakeholderIndex }).index;
	await vi.waitFor(() => expect(index.isBuilt).toBe(true), { timeout: WAIT_TIMEOUT });
	return { plugin, index };
}

/** A base's row: a note of the vault with these properties (its frontmatter, as Bases reads it). */
function entry(app: App, path: string, properties: Record<string, unknown>, formulas: Record<string, unknown> = {}): BasesEntry {
	return new BasesEntry(fileAt(app, path), properties, formulas);
}

/** The view of a registered type, mounted in a container on a controller with these rows. */
function mount(app: App, viewId: string, rows: BasesEntry[], options: Record<string, unknown> = {}) {
	const registration = app.basesViews.get(viewId);
	if (registration === undefined) throw new Error(`${viewId} is not registered`);
	const controller = new QueryController(new BasesViewConfig("View", options), rows);
	const containerEl = createDiv();
	const view = controller.mount(registration.factory, containerEl);
	return { controller, containerEl, view, text: () => containerEl.textContent ?? "" };
}

/** The file at a path, which the test has put there. */
function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!(file instanceof TFile)) throw new Error(`no ${path}`);
	return file;
}

function createDiv(): HTMLElement {
	return new FakeElement("div") as unknown as HTMLElement;
}

/** Runs "Create stakeholders base" and waits for the file it opens. */
async function createBase(app: App): Promise<string> {
	const opened = app.workspace.getActiveFile();
	app.commands.commands["managing-up:create-stakeholders-base"]?.callback?.();
	await vi.waitFor(() => expect(app.workspace.getActiveFile()).not.toBe(opened), { timeout: WAIT_TIMEOUT });
	return app.vault.read(fileAt(app, "Stakeholders.base"));
}

describe("Bases views", () => {
	it.each(["1.7.2", "1.9.14"])("on an app reporting %s: no Bases view, the plugin loads, no error; the base has only its table", async (version) => {
		setApiVersion(version);
		const app = await makeApp(SAMPLE_VAULT, { layoutReady: false });
		const { plugin } = await loadPlugin(app);
		expect(app.basesViews.size).toBe(0);
		expect(notices).toEqual([]);
		expect(Object.keys(app.commands.commands)).toEqual(expect.arrayContaining(["managing-up:open-dashboard", "managing-up:create-stakeholders-base"]));
		const base = parseYaml(await createBase(app)) as { views: { type: string }[] };
		expect(base.views.map((v) => v.type)).toEqual(["table"]);
		plugin.unload();
	});

	it("on an app without registerBasesView (whatever its version says): nothing registered, no error", async () => {
		const method = Object.getOwnPropertyDescriptor(Plugin.prototype, "registerBasesView");
		Reflect.deleteProperty(Plugin.prototype, "registerBasesView");
		try {
			const app = await makeApp(SAMPLE_VAULT, { layoutReady: false });
			const { plugin } = await loadPlugin(app);
			expect(app.basesViews.size).toBe(0);
			expect(notices).toEqual([]);
			plugin.unload();
		} finally {
			if (method) Object.defineProperty(Plugin.prototype, "registerBasesView", method);
		}
	});

	it.each(["1.10.0", "1.13.1"])("on an app reporting %s: Stakeholder map (with influence and interest options) and Stakeholder status", async (version) => {
		setApiVersion(version);
		const app = await makeApp(SAMPLE_VAULT, { layoutReady: false });
		const { plugin } = await loadPlugin(app);
		expect([...app.basesViews.keys()]).toEqual([BASES_MAP_VIEW, BASES_STATUS_VIEW]);
		const map = app.basesViews.get(BASES_MAP_VIEW);
		expect([map?.name, app.basesViews.get(BASES_STATUS_VIEW)?.name]).toEqual(["Stakeholder map", "Stakeholder status"]);
		const options = map?.options?.(new BasesViewConfig("Map") as never) ?? [];
		expect(options).toEqual([
			{ type: "property", key: "influence", displayName: "Influence", default: "note.influence" },
			{ type: "property", key: "interest", displayName: "Interest", default: "note.interest" },
		]);
		plugin.unload();
		expect(app.basesViews.size).toBe(0);
	});

	it("with Bases turned off in the vault: the views are not there, and the base has only its table", async () => {
		const app = await makeApp(SAMPLE_VAULT, { layoutReady: false });
		app.basesEnabled = false;
		const { plugin } = await loadPlugin(app);
		const text = await createBase(app);
		expect(text).not.toContain(BASES_MAP_VIEW);
		plugin.unload();
	});

	it("draws the index's reading of a known person, and reads any other row from its own values, with the dashboard's problems", async () => {
		const files = { ...SAMPLE_VAULT, "Clients/Ana.md": "---\ncompany: Acme\n---\n", "Clients/Bo.md": "---\n---\n" };
		const app = await makeApp(files, { layoutReady: false });
		const { plugin } = await loadPlugin(app);
		const broken = { person: HOSTILE, "last-contact": "2026-13-45", influence: "very", cadence: HOSTILE };
		const rows = [
			// Sam's last contact is his 1:1 note (2026-11-10): only the index knows it.
			entry(app, "People/Sam Lee.md", { type: "person" }),
			entry(app, "Clients/Ana.md", broken),
			entry(app, "Clients/Bo.md", {}),
		];
		const status = mount(app, BASES_STATUS_VIEW, rows);
		const text = status.text();
		expect(text).toContain("Sam Lee");
		expect(text).toContain("last contact 13 days ago");
		expect(text).toContain("Share the promo doc");
		expect(text).toContain(HOSTILE);
		expect(text).toContain("No contact yet");
		// The same sentences as the dashboard gives for the same values.
		const dashboard = readNote("People/Ana.md", broken, DEFAULT_CORE_SETTINGS).problems.map((p) => p.message);
		expect(dashboard.length).toBe(3);
		for (const message of dashboard) expect(text).toContain(message);
		const map = mount(app, BASES_MAP_VIEW, rows);
		expect(map.text()).toContain("Not on the map");
		plugin.unload();
	});

	it("reads influence and interest from the properties the view's options choose, a bad value a problem", async () => {
		const app = await makeApp({ ...SAMPLE_VAULT, "Clients/Ana.md": "---\n---\n" }, { layoutReady: false });
		const { plugin } = await loadPlugin(app);
		const rows = [entry(app, "Clients/Ana.md", { power: "high" }, { care: 5 }), entry(app, "People/Jane Doe.md", { power: HOSTILE }, { care: 1 })];
		const map = mount(app, BASES_MAP_VIEW, rows, { influence: "power", interest: "formula.care" });
		const text = map.text();
		expect(text).toContain("Manage closely");
		expect(text).toContain(`power: '${HOSTILE}' is not a level; use low, medium, high or a whole number from 1 to 5`);
		expect(text).toContain("no influence");
		plugin.unload();
	});

	it("draws again on new rows and when the index changes, and stops listening once unloaded", async () => {
		const app = await makeApp(SAMPLE_VAULT, { layoutReady: false });
		const { plugin, index } = await loadPlugin(app);
		const jane = fileAt(app, "People/Jane Doe.md");
		const view = mount(app, BASES_STATUS_VIEW, []);
		expect(view.text()).toContain("No notes in this base");
		view.controller.setRows([entry(app, "People/Jane Doe.md", {})]);
		expect(view.text()).toContain("Jane Doe");
		expect(view.text()).toContain("Send the hiring plan");
		const revision = index.revision;
		await app.vault.modify(jane, (await app.vault.read(jane)).replace("Send the hiring plan", "Send the budget"));
		await vi.waitFor(() => expect(view.text()).toContain("Send the budget"), { timeout: WAIT_TIMEOUT });
		expect(index.revision).toBeGreaterThan(revision);
		view.controller.unload();
		// A listener of our own, told with every other: once it has heard the change, the view would have too.
		const told = vi.fn();
		index.onChange(told);
		await app.vault.modify(jane, (await app.vault.read(jane)).replace("Send the budget", "Send the roadmap"));
		await vi.waitFor(() => expect(told).toHaveBeenCalled(), { timeout: WAIT_TIMEOUT });
		expect(index.report(TODAY).followUps.some((f) => f.text === "Send the roadmap")).toBe(true);
		expect(view.text()).toContain("Send the budget");
		plugin.unload();
	});
});

describe("Create stakeholders base", () => {
	it("writes Stakeholders.base at the vault root and opens it; run again, it opens the file as it is and says so", async () => {
		const app = await makeApp(SAMPLE_VAULT, { layoutReady: false });
		const { plugin } = await loadPlugin(app);
		const base = parseYaml(await createBase(app)) as { views: { type: string }[]; formulas: Record<string, string> };
		const file = fileAt(app, "Stakeholders.base");
		expect(app.workspace.getActiveFile()?.path).toBe("Stakeholders.base");
		expect(base.views.map((v) => v.type)).toEqual(["table", BASES_MAP_VIEW, BASES_STATUS_VIEW]);
		expect(Object.keys(base.formulas)).toEqual(expect.arrayContaining(["next_contact", "days_overdue", "status"]));
		await app.vault.modify(file, "# my own base\n");
		app.workspace.getLeaf(false).file = null;
		await createBase(app);
		expect(await app.vault.read(file)).toBe("# my own base\n");
		expect(notices).toEqual(["Stakeholders.base is already in the vault: it was left as it is and opened."]);
		plugin.unload();
	});
});
