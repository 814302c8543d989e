import { setImmediate } from "node:timers/promises";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Editor, Plugin as ObsidianPlugin } from "obsidian";
import { App, Plugin, notices } from "../mock/obsidian";
import { registerAgendaCommands, type AgendaActions } from "../../src/obsidian/agenda";
import { actionDeps } from "../../src/obsidian/actions";
import { CommandContext } from "../../src/obsidian/command-context";
import { registerPersonNoteCommands, type PersonNoteActions } from "../../src/obsidian/person-notes";
import type { AgendaUi } from "../../src/obsidian/modals";
import type { AgendaTemplate } from "../../src/core/agenda";
import type { Stakeholder } from "../../src/core/types";
import { DEFAULT_SETTINGS, type ManagingUpSettings } from "../../src/settings";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { expectOnlyChanged, makeApp, makeIndex, obsidianApp, SAMPLE_VAULT, TODAY } from "./helpers";

const JANE = "People/Jane Doe.md";
const SAM = "People/Sam Lee.md";
const SAM_MEETING = "1-1s/2026-11-10 Sam Lee.md";
const NOW = new Date(2026, 10, 23, 9, 30);

/** A UI that answers without modals and records what it was asked. */
function scriptedUi(answers: { person?: string | null; template?: string | null; name?: string | null } = {}) {
	const ui = {
		chooseStakeholder: vi.fn((list: readonly Stakeholder[]) =>
			Promise.resolve(answers.person === null ? null : (list.find((s) => s.path === (answers.person ?? SAM)) ?? null)),
		),
		chooseTemplate: vi.fn((list: readonly AgendaTemplate[]) =>
			Promise.resolve(answers.template === null ? null : (list.find((t) => t.id === answers.template) ?? list[0] ?? null)),
		),
		askName: vi.fn(() => Promise.resolve(answers.name ?? null)),
	} satisfies AgendaUi;
	return ui;
}

async function setup(
	files: Record<string, string> = SAMPLE_VAULT,
	ui = scriptedUi(),
	settings: Partial<ManagingUpSettings> = {},
): Promise<{ app: App; plugin: Plugin; ui: ReturnType<typeof scriptedUi>; actions: AgendaActions & PersonNoteActions }> {
	const app = await makeApp(files);
	const current = { ...DEFAULT_SETTINGS, ...settings };
	const { index } = makeIndex(app, () => current);
	const real = obsidianApp(app);
	const plugin = new Plugin(app, { id: "managing-up", name: "Managing Up", version: "0.1.0", minAppVersion: "1.7.2" });
	plugin.load();
	const deps = actionDeps({ index, vault: real.vault, fileManager: real.fileManager, settings: () => current, today: () => TODAY });
	const context = new CommandContext({ app: real, index, settings: () => current, now: () => NOW, ui });
	const agendas = registerAgendaCommands(plugin as unknown as ObsidianPlugin, context);
	const personNotes = registerPersonNoteCommands(plugin as unknown as ObsidianPlugin, context, deps);
	const actions = { newAgenda: (path: string) => agendas.newAgenda(path), newStakeholder: (name?: string) => personNotes.newStakeholder(name) };
	return { app, plugin, ui, actions };
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

/** run calls a command as the palette would, and waits for what it started. */
async function run(app: App, id: string, editor?: Editor): Promise<void> {
	const command = app.commands.commands[`managing-up:${id}`];
	if (!command) throw new Error(`no command ${id}`);
	if (editor) (command.editorCallback as (e: Editor, ctx: { file: unknown }) => unknown)(editor, { file: app.workspace.getActiveFile() });
	else (command.callback as () => unknown)();
	// The commands start promises they do not return: let every microtask they chain run.
	await setImmediate();
}

function newFiles(app: App, before: Record<string, string>): string[] {
	return app.vault
		.getFiles()
		.map((f) => f.path)
		.filter((p) => !(p in before))
		.sort();
}

beforeEach(() => {
	notices.splice(0);
});

describe("commands", () => {
	it("are registered with stable ids, sentence-case names and no hotkeys", async () => {
		const { app } = await setup();
		const commands = Object.values(app.commands.commands);
		expect(commands.map((c) => [c.id, c.name])).toEqual([
			["managing-up:new-agenda", "New 1:1 agenda"],
			["managing-up:insert-agenda", "Insert 1:1 agenda at cursor"],
			["managing-up:log-contact-today", "Log contact today"],
			["managing-up:new-stakeholder", "New stakeholder"],
		]);
		expect(commands.some((c) => "hotkeys" in c)).toBe(false);
	});
});

describe("New 1:1 agenda", () => {
	it("uses the active person note when there is one, and opens the new agenda", async () => {
		const { app, ui } = await setup();
		await open(app, SAM);
		await run(app, "new-agenda");
		expect(ui.chooseStakeholder).not.toHaveBeenCalled();
		const path = "1-1s/2026-11-23 Sam Lee.md";
		expect(newFiles(app, SAMPLE_VAULT)).toEqual([path]);
		const note = text(app, path);
		expect(note.startsWith('---\nwith: "[[Sam Lee]]"\ndate: 2026-11-23\n---\n> [!info] Prep brief\n')).toBe(true);
		expect(note).toContain("- [ ] draft promo doc (from [[2026-11-10 Sam Lee]])");
		expect(note).toContain("- Share the promo doc: due 2026-11-24 ([[2026-11-10 Sam Lee]])");
		expect(app.workspace.getActiveFile()?.path).toBe(path);
	});

	it("carries the open items of the last 1:1 with the person, not of a later meeting of several stakeholders", async () => {
		const files = {
			...SAMPLE_VAULT,
			"Projects/2026-11-20 Launch sync.md": '---\ndate: 2026-11-20\nattendees: ["[[Sam Lee]]", "[[Jane Doe]]"]\n---\n- [ ] Jane: confirm the beta list\n',
		};
		const { app } = await setup(files);
		await open(app, SAM);
		await run(app, "new-agenda");
		const note = text(app, "1-1s/2026-11-23 Sam Lee.md");
		expect(note).toContain("> - Last contact: 2026-11-20");
		expect(note).toContain("- [ ] draft promo doc (from [[2026-11-10 Sam Lee]])");
		expect(note).not.toContain("confirm the beta list");
	});

	it("asks for a person when the active note is not one, most urgent first", async () => {
		const { app, ui } = await setup();
		await open(app, "Notes/Ideas.md");
		await run(app, "new-agenda");
		expect(ui.chooseStakeholder).toHaveBeenCalledTimes(1);
		expect(ui.chooseStakeholder.mock.calls[0]?.[0].map((s) => s.person)).toEqual(["Jane Doe", "Sam Lee"]);
		expect(newFiles(app, SAMPLE_VAULT)).toEqual(["1-1s/2026-11-23 Sam Lee.md"]);
	});

	it("offers a template picker only when several templates fit", async () => {
		const { app, ui } = await setup(SAMPLE_VAULT, scriptedUi({ template: "builtin:career" }));
		await open(app, JANE);
		await run(app, "new-agenda");
		expect(ui.chooseTemplate.mock.calls[0]?.[0].map((t) => t.name)).toEqual(["Skip-level 1:1", "Career conversation"]);
		expect(text(app, "1-1s/2026-11-23 Jane Doe.md")).toContain("## Career conversation with Jane Doe");
	});

	it("does nothing when the pickers are dismissed", async () => {
		const { app } = await setup(SAMPLE_VAULT, scriptedUi({ person: null }));
		await run(app, "new-agenda");
		const second = await setup(SAMPLE_VAULT, scriptedUi({ template: null }));
		await open(second.app, JANE);
		await run(second.app, "new-agenda");
		expect(newFiles(app, SAMPLE_VAULT)).toEqual([]);
		expect(newFiles(second.app, SAMPLE_VAULT)).toEqual([]);
	});

	it("gives three agendas for the same person on the same day three notes, and never overwrites", async () => {
		const { app, actions } = await setup();
		for (let i = 0; i < 3; i++) await actions.newAgenda(SAM);
		expect(newFiles(app, SAMPLE_VAULT)).toEqual([
			"1-1s/2026-11-23 Sam Lee 2.md",
			"1-1s/2026-11-23 Sam Lee 3.md",
			"1-1s/2026-11-23 Sam Lee.md",
		]);
		expect(text(app, SAM_MEETING)).toBe(SAMPLE_VAULT[SAM_MEETING]);
	});

	it("creates a missing agenda folder and replaces characters illegal in file names", async () => {
		const files = {
			...SAMPLE_VAULT,
			"People/RD.md": "---\nperson: 'R&D: Ops/Infra?'\nrelationship: peer\n---\n",
		};
		const { app, actions } = await setup(files, scriptedUi(), { agendaFolder: "Work/1-1s/" });
		await actions.newAgenda("People/RD.md");
		expect(newFiles(app, files)).toEqual(["Work/1-1s/2026-11-23 R&D- Ops-Infra.md"]);
		expect(app.vault.getFolderByPath("Work/1-1s")).not.toBeNull();
		expect(text(app, "Work/1-1s/2026-11-23 R&D- Ops-Infra.md")).toContain('with: "[[RD]]"');
	});

	it("uses a template from the templates folder, with its properties", async () => {
		const files = {
			...SAMPLE_VAULT,
			"Templates/Weekly.md": "---\nrelationships: manager\ntags: [one-on-one]\n---\n# Weekly with {{person}} on {{date:dddd}}\n{{open-items}}\n",
		};
		const { app, ui } = await setup(files, scriptedUi(), { templatesFolder: "Templates" });
		await open(app, SAM);
		await run(app, "new-agenda");
		expect(ui.chooseTemplate.mock.calls[0]?.[0].map((t) => t.name)).toEqual(["Weekly", "Manager 1:1", "Career conversation"]);
		const note = text(app, "1-1s/2026-11-23 Sam Lee.md");
		expect(note).toContain("tags:\n  - one-on-one\n");
		expect(note).toContain("# Weekly with Sam Lee on Monday\n- [ ] draft promo doc (from [[2026-11-10 Sam Lee]])\n");
	});
});

describe("Insert 1:1 agenda", () => {
	function fakeEditor() {
		const inserted: string[] = [];
		const editor = { replaceSelection: (t: string) => void inserted.push(t) } as unknown as Editor;
		return { editor, inserted };
	}

	it("inserts the agenda through the editor for the person of the open 1:1 note, without carrying from that note", async () => {
		const { app, ui } = await setup({ ...SAMPLE_VAULT, "1-1s/2026-11-23 Sam Lee.md": '---\nwith: "[[Sam Lee]]"\n---\n' });
		await open(app, "1-1s/2026-11-23 Sam Lee.md");
		const { editor, inserted } = fakeEditor();
		await run(app, "insert-agenda", editor);
		expect(ui.chooseStakeholder).not.toHaveBeenCalled();
		expect(inserted).toHaveLength(1);
		expect(inserted[0]).toMatch(/^> \[!info\] Prep brief\n/);
		expect(inserted[0]).toContain("- [ ] draft promo doc (from [[2026-11-10 Sam Lee]])");
		expect(text(app, "1-1s/2026-11-23 Sam Lee.md")).toBe('---\nwith: "[[Sam Lee]]"\n---\n');
	});

	it("asks for the person in any other note", async () => {
		const { app, ui } = await setup();
		await open(app, "Notes/Ideas.md");
		const { editor, inserted } = fakeEditor();
		await run(app, "insert-agenda", editor);
		expect(ui.chooseStakeholder).toHaveBeenCalledTimes(1);
		expect(inserted[0]).toContain("## 1:1 with Sam Lee");
	});
});

describe("Log contact today", () => {
	it("changes only last-contact (and contact-history, keeping the previous one) of the active person note", async () => {
		const { app, ui } = await setup();
		await open(app, JANE);
		const before = text(app, JANE);
		await run(app, "log-contact-today");
		expect(ui.chooseStakeholder).not.toHaveBeenCalled();
		expectOnlyChanged(before, text(app, JANE), { "last-contact": "2026-11-23", "contact-history": ["2026-11-01"] });
		expect(newFiles(app, SAMPLE_VAULT)).toEqual([]);
	});

	it("asks for the person elsewhere", async () => {
		const { app, ui } = await setup();
		const before = text(app, SAM);
		await run(app, "log-contact-today");
		expect(ui.chooseStakeholder).toHaveBeenCalledTimes(1);
		expect(text(app, SAM)).toBe(before.replace("influence: 4\n", "influence: 4\nlast-contact: 2026-11-23\n"));
	});
});

describe("New stakeholder", () => {
	it("creates a person note with every property in place and opens it", async () => {
		const { app, actions } = await setup(SAMPLE_VAULT, scriptedUi({ name: "Alex: Kim" }));
		await actions.newStakeholder();
		const path = "People/Alex- Kim.md";
		expect(newFiles(app, SAMPLE_VAULT)).toEqual([path]);
		const note = parseFrontmatter(text(app, path));
		expect(note.data).toEqual({
			person: "Alex: Kim",
			role: null,
			relationship: null,
			influence: null,
			interest: null,
			"last-contact": null,
			cadence: null,
			"follow-up": null,
			"follow-up-note": null,
			"snooze-until": null,
			"reports-to": null,
			"cares-about": [],
		});
		expect(text(app, path)).toMatch(/\n---\n## How we work together\n\n## Notes\n$/);
		expect(app.workspace.getActiveFile()?.path).toBe(path);
	});

	it("uses the person template of the templates folder, and never overwrites", async () => {
		const files = {
			...SAMPLE_VAULT,
			"People/Jane Doe 2.md": "taken\n",
			"Templates/Stakeholder.md": "---\ntags: [people]\nrole: Engineer\n---\n# {{person}}\nMet on {{date}}.\n",
		};
		const { app, actions } = await setup(files, scriptedUi({ name: "Jane Doe" }), { templatesFolder: "Templates" });
		await actions.newStakeholder();
		const note = text(app, "People/Jane Doe 3.md");
		expect(Object.entries(parseFrontmatter(note).data as object).slice(0, 4)).toEqual([
			["tags", ["people"]],
			["role", "Engineer"],
			["person", "Jane Doe"],
			["relationship", null],
		]);
		expect(note).toContain("---\n# Jane Doe\nMet on 2026-11-23.\n");
		expect(text(app, "People/Jane Doe 2.md")).toBe("taken\n");
	});

	it("does nothing when no name is given", async () => {
		const { app, actions } = await setup(SAMPLE_VAULT, scriptedUi({ name: null }));
		await actions.newStakeholder();
		expect(newFiles(app, SAMPLE_VAULT)).toEqual([]);
	});
});
