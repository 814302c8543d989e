import { describe, expect, it } from "vitest";
import manifest from "../../manifest.json";
import { App } from "../mock/obsidian";
import ManagingUpPlugin from "../../src/main";
import { HistoryView, VIEW_TYPE_HISTORY } from "../../src/obsidian/history-view";
import { makeApp, obsidianApp, SAMPLE_VAULT } from "./helpers";

/** "Open person history" and the view that follows the active person note, through the mock. */

const JANE = "People/Jane Doe.md";
const SAM = "People/Sam Lee.md";
const MEETING = "1-1s/2026-11-10 Sam Lee.md";

async function loadPlugin(app: App): Promise<ManagingUpPlugin> {
	const plugin = new ManagingUpPlugin(obsidianApp(app), manifest);
	const mock = plugin as unknown as { savedData: unknown; loading: Promise<void> };
	mock.savedData = null;
	plugin.load();
	await mock.loading;
	// The index is built once the vault's own config has been read (a promise after the layout is ready).
	await new Promise((resolve) => window.setTimeout(resolve, 0));
	return plugin;
}

async function open(app: App, path: string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	await app.workspace.getLeaf(false).openFile(file);
}

function historyView(app: App): HistoryView {
	const view = app.workspace.getLeavesOfType(VIEW_TYPE_HISTORY)[0]?.view;
	if (!(view instanceof HistoryView)) throw new Error("no history view");
	return view;
}

describe("Open person history", () => {
	it("opens one view in the right sidebar, reused the second time, showing the active person note", async () => {
		const app = await makeApp(SAMPLE_VAULT);
		await loadPlugin(app);
		await open(app, JANE);
		const command = app.commands.commands["managing-up:open-person-history"];
		expect(command?.name).toBe("Open person history");
		await command?.callback?.();
		await command?.callback?.();
		const leaves = app.workspace.getLeavesOfType(VIEW_TYPE_HISTORY);
		expect(leaves).toHaveLength(1);
		expect(leaves[0]?.side).toBe("right");
		expect(historyView(app).shownPath).toBe(JANE);
		expect(historyView(app).getDisplayText()).toBe("Person history");
	});

	it("follows person notes as they open, and keeps the person while one of their notes is open", async () => {
		const app = await makeApp(SAMPLE_VAULT);
		await loadPlugin(app);
		await app.commands.commands["managing-up:open-person-history"]?.callback?.();
		expect(historyView(app).shownPath).toBeNull();
		await open(app, SAM);
		expect(historyView(app).shownPath).toBe(SAM);
		await open(app, MEETING);
		expect(historyView(app).shownPath).toBe(SAM);
		await open(app, "Notes/Ideas.md");
		expect(historyView(app).shownPath).toBe(SAM);
		await open(app, JANE);
		expect(historyView(app).shownPath).toBe(JANE);
		expect(historyView(app).getState()).toMatchObject({ path: JANE });
	});
});
