import { setImmediate } from "node:timers/promises";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Plugin as ObsidianPlugin } from "obsidian";
import { App, Plugin, notices, settingsIn, type ButtonComponent, type Modal } from "../mock/obsidian";
import { FollowUpModal, registerFollowUpCommand, writeFollowUp, type FollowUpDeps, type PlainClipboard } from "../../src/obsidian/follow-up";
import type { FollowUpMessage } from "../../src/core/follow-up-message";
import { DEFAULT_SETTINGS, type ManagingUpSettings } from "../../src/settings";
import { cli, fixture, repoRoot } from "../cli/helpers";
import { expectOnlyChanged, makeApp, makeIndex, obsidianApp, vaultFiles } from "./helpers";

/** "Write follow-up for this 1:1" through the mock: the clipboard, the modal when it fails, follow-up-sent, and the CLI's text. */

const VAULT = fixture("vault-follow-up");
const JANE_NOTE = "1-1s/2026-11-23 Jane Doe.md";
const NOW = new Date(2026, 10, 23, 16, 45);

/** A clipboard that keeps what it was given, or refuses. */
function clipboard(refuse = false) {
	const copied: string[] = [];
	const board: PlainClipboard = {
		writeText: vi.fn((text: string) => {
			if (refuse) return Promise.reject(new Error("Document is not focused."));
			copied.push(text);
			return Promise.resolve();
		}),
	};
	return { board, copied };
}

async function setup(options: { files?: Record<string, string>; board?: PlainClipboard | undefined; settings?: Partial<ManagingUpSettings> } = {}) {
	const app = await makeApp(options.files ?? vaultFiles(`${repoRoot}/${VAULT}`));
	const current = { ...DEFAULT_SETTINGS, ...options.settings };
	const { index } = makeIndex(app, () => current);
	const shown: FollowUpMessage[] = [];
	const board = "board" in options ? options.board : clipboard().board;
	const deps: FollowUpDeps = { app: obsidianApp(app), index, settings: () => current, now: () => NOW, clipboard: () => board, show: (m) => shown.push(m) };
	const plugin = new Plugin(app, { id: "managing-up", name: "Managing Up", version: "0.1.0", minAppVersion: "1.7.2" });
	plugin.load();
	registerFollowUpCommand(plugin as unknown as ObsidianPlugin, deps);
	return { app, deps, shown };
}

function text(app: App, path: string): string {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return app.vault.readSync(file);
}

async function open(app: App, path: string): Promise<void> {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	await app.workspace.getLeaf(false).openFile(file);
}

function command(app: App) {
	const found = app.commands.commands["managing-up:write-follow-up"];
	if (!found?.checkCallback) throw new Error("no write-follow-up command with a checkCallback");
	return found.checkCallback;
}

beforeEach(() => {
	notices.length = 0;
});

describe("Write follow-up for this 1:1", () => {
	it("is offered only on a 1:1 note the index knows", async () => {
		const { app } = await setup();
		const check = command(app);
		expect(check(true)).toBe(false);
		for (const [path, offered] of [
			["People/Jane Doe.md", false],
			["Notes/Ideas.md", false],
			[JANE_NOTE, true],
			["1-1s/2026-11-09 Sam Lee.md", true],
		] as const) {
			await open(app, path);
			expect(check(true)).toBe(offered);
		}
	});

	it("copies the same text as managing-up follow-up, sets follow-up-sent and says so", async () => {
		const board = clipboard();
		const { app } = await setup({ board: board.board });
		const before = text(app, JANE_NOTE);
		await open(app, JANE_NOTE);
		expect(command(app)(false)).toBe(true);
		await setImmediate();
		const fromCli = await cli(["follow-up", JANE_NOTE, VAULT, "--today", "2026-11-23"]);
		expect(board.copied).toEqual([fromCli.stdout]);
		expect(fromCli.stdout.startsWith("Thanks for the time today, Jane.\n")).toBe(true);
		expectOnlyChanged(before, text(app, JANE_NOTE), { "follow-up-sent": "2026-11-23" });
		expect(notices).toEqual(["Follow-up to Jane Doe copied to the clipboard; follow-up-sent set to 2026-11-23."]);
	});

	it("gives the same text as the CLI for every 1:1 note of the fixture, any day", async () => {
		const board = clipboard();
		const { app, deps } = await setup({ board: board.board });
		for (const [path, day] of [
			[JANE_NOTE, new Date(2026, 10, 24, 9)],
			["1-1s/2026-11-09 Sam Lee.md", new Date(2026, 10, 23, 9)],
		] as const) {
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(path);
			const message = await writeFollowUp({ ...deps, now: () => day }, obsidianApp(app).vault.getFileByPath(path)!);
			const today = `2026-11-${day.getDate()}`;
			expect(message?.text).toBe((await cli(["follow-up", path, VAULT, "--today", today])).stdout);
		}
	});

	it("writes follow-up-sent under the name the note already uses, and under a renamed one", async () => {
		const files = {
			"People/Jane Doe.md": "---\nperson: Jane Doe\n---\n",
			"1-1/2026-11-23 Jane.md": "---\nwith: \"[[Jane Doe]]\"\nfollow_up_sent: 2026-11-01\n---\n## Agreed\n- a\n",
			"1-1/2026-11-22 Jane.md": "---\nwith: \"[[Jane Doe]]\"\n---\n",
		};
		const { app, deps } = await setup({ files });
		const before = text(app, "1-1/2026-11-23 Jane.md");
		await writeFollowUp(deps, obsidianApp(app).vault.getFileByPath("1-1/2026-11-23 Jane.md")!);
		expectOnlyChanged(before, text(app, "1-1/2026-11-23 Jane.md"), { follow_up_sent: "2026-11-23" });
		const other = text(app, "1-1/2026-11-22 Jane.md");
		const renamed = { ...DEFAULT_SETTINGS, properties: { ...DEFAULT_SETTINGS.properties, followUpSent: ["sent", "follow-up-sent"] } };
		await writeFollowUp({ ...deps, settings: () => renamed }, obsidianApp(app).vault.getFileByPath("1-1/2026-11-22 Jane.md")!);
		expectOnlyChanged(other, text(app, "1-1/2026-11-22 Jane.md"), { sent: "2026-11-23" });
	});

	it.each([
		["refuses", clipboard(true).board],
		["is missing", undefined],
	])("shows the message when the clipboard %s, so nothing is lost", async (_why, board) => {
		const { app, deps, shown } = await setup({ board });
		const message = await writeFollowUp(deps, obsidianApp(app).vault.getFileByPath(JANE_NOTE)!);
		expect(shown).toEqual([message]);
		expect(notices).toEqual(["Follow-up to Jane Doe written; follow-up-sent set to 2026-11-23."]);
		expect(text(app, JANE_NOTE)).toContain("follow-up-sent: 2026-11-23");
	});

	it("still copies the message when the property cannot be written", async () => {
		const board = clipboard();
		const { app, deps } = await setup({ board: board.board });
		vi.spyOn(app.fileManager, "processFrontMatter").mockRejectedValue(new Error("YAML is broken"));
		await writeFollowUp(deps, obsidianApp(app).vault.getFileByPath(JANE_NOTE)!);
		expect(board.copied).toHaveLength(1);
		expect(notices).toEqual(["The follow-up is written, but follow-up-sent could not be set on 2026-11-23 Jane Doe: YAML is broken"]);
	});

	it("says so when the note is not a 1:1 note any more", async () => {
		const { app, deps } = await setup();
		expect(await writeFollowUp(deps, obsidianApp(app).vault.getFileByPath("Notes/Ideas.md")!)).toBeNull();
		expect(notices).toEqual(["Ideas is not a 1:1 note: it names no one to follow up with."]);
	});
});

describe("FollowUpModal", () => {
	const message: FollowUpMessage = { text: "Thanks, <img src=x onerror=alert(1)>.\n", to: ["x"] };

	/** Whether the mock modal is open (the mock's own field: Obsidian's Modal does not say). */
	function isOpen(modal: FollowUpModal): boolean {
		return (modal as unknown as Modal).isOpen;
	}

	function button(modal: FollowUpModal): ButtonComponent {
		const found = settingsIn(modal.contentEl).flatMap((s) => s.components).find((c): c is ButtonComponent => "simulateClick" in c);
		if (!found) throw new Error("no Copy button");
		return found;
	}

	it("shows the message as text with a Copy button that copies it and closes", async () => {
		const board = clipboard();
		const modal = new FollowUpModal(obsidianApp(new App()), message, board.board);
		modal.open();
		expect(modal.contentEl.textContent).toContain(message.text);
		expect(button(modal).text).toBe("Copy");
		await button(modal).simulateClick();
		expect(board.copied).toEqual([message.text]);
		expect(isOpen(modal)).toBe(false);
		expect(notices).toEqual(["Follow-up copied to the clipboard."]);
	});

	it("stays open when the clipboard still refuses", async () => {
		const modal = new FollowUpModal(obsidianApp(new App()), message, clipboard(true).board);
		modal.open();
		await button(modal).simulateClick();
		expect(isOpen(modal)).toBe(true);
	});
});
