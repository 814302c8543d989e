import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { reportJson } from "../../src/core/json";
import type { Commitment } from "../../src/core/types";
import type { StakeholderIndex } from "../../src/obsidian/index";
import { TASK_CHANGED, completeCommitment, openCommitment, type CommitmentActionDeps } from "../../src/obsidian/commitment-actions";
import { cli, fixture, parseJson, repoRoot } from "../cli/helpers";
import { App, notices } from "../mock/obsidian";
import { loadedPlugin as loadedPluginOn, obsidianApp } from "./helpers";

const VAULT = fixture("commitments");
const TODAY = "2026-12-01";
const SAM = "1-1s/2026-11-10 Sam Lee.md";
const JANE = "1-1s/2026-10-15 Jane Doe.md";

/** The plugin over the fixture vault, once it has built its index and read its 1:1 notes' tasks. */
function loadedPlugin(): Promise<{ app: App; index: StakeholderIndex }> {
	return loadedPluginOn(join(repoRoot, VAULT));
}

function deps(app: App): CommitmentActionDeps {
	const real = obsidianApp(app);
	return { vault: real.vault, workspace: real.workspace, today: () => TODAY };
}

function text(app: App, path: string): string {
	const file = app.vault.getFileByPath(path);
	if (file === null) throw new Error(`no file ${path}`);
	return app.vault.readSync(file);
}

function commitment(index: StakeholderIndex, text: string): Commitment {
	const found = index.report(TODAY).commitments.find((c) => c.text === text);
	if (found === undefined) throw new Error(`no commitment ${text}`);
	return found;
}

/** changedLines lists the lines (1-based) where two texts differ; the texts must have as many lines. */
function changedLines(before: string, after: string): number[] {
	const a = before.split("\n");
	const b = after.split("\n");
	expect(b.length).toBe(a.length);
	return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

beforeEach(() => {
	notices.splice(0);
});

describe("the plugin on the commitments vault", () => {
	it("gives the command line's answer, commitments included, once it has read the 1:1 notes' tasks", async () => {
		const { index } = await loadedPlugin();
		const { stdout } = await cli(["report", VAULT, "--today", TODAY, "--json"]);
		expect(reportJson(index.report(TODAY))).toEqual(parseJson(stdout));
	});

	it("reads a changed 1:1 note's tasks from the event's text", async () => {
		const { app, index } = await loadedPlugin();
		const file = app.vault.getFileByPath(SAM);
		if (file === null) throw new Error("no file");
		await app.vault.modify(file, `${text(app, SAM)}- [ ] @me Write the retro notes 📅 2026-12-03\r\n`);
		expect(commitment(index, "Write the retro notes")).toMatchObject({ owner: "me", person: "Sam Lee", due: "2026-12-03", path: SAM });
	});
});

describe("Done on a commitment", () => {
	it("checks that task off in a CRLF note, changing that one line only", async () => {
		const { app, index } = await loadedPlugin();
		const before = text(app, SAM);
		const item = commitment(index, "Send Sam the design doc");
		expect(await completeCommitment(deps(app), item)).toBe(true);
		const after = text(app, SAM);
		expect(changedLines(before, after)).toEqual([item.line]);
		expect(after.split("\n")[item.line - 1]).toBe("- [x] Send Sam the design doc 📅 2026-11-25 ✅ 2026-12-01\r");
		expect(after.replace("- [x] Send Sam the design doc 📅 2026-11-25 ✅ 2026-12-01", "- [ ] Send Sam the design doc 📅 2026-11-25")).toBe(before);
		// The index reads the note again: the commitment is kept, no longer open.
		expect(index.report(TODAY).commitments.some((c) => c.text === "Send Sam the design doc")).toBe(false);
	});

	it("adds no done date to a line without Tasks fields", async () => {
		const { app, index } = await loadedPlugin();
		const before = text(app, JANE);
		const item = commitment(index, "Share the offsite notes");
		await completeCommitment(deps(app), item);
		expect(text(app, JANE)).toBe(before.replace("- [ ] @me Share the offsite notes", "- [x] @me Share the offsite notes"));
	});

	it("changes nothing when the line changed since it was read, and says so", async () => {
		const { app, index } = await loadedPlugin();
		const item = commitment(index, "Ask about the on-call rota");
		const file = app.vault.getFileByPath(SAM);
		if (file === null) throw new Error("no file");
		const edited = text(app, SAM).replace("Ask about the on-call rota", "Ask about the on-call rota and pay");
		await app.vault.modify(file, edited);
		expect(await completeCommitment(deps(app), item)).toBe(false);
		expect(text(app, SAM)).toBe(edited);
		expect(notices).toContain(TASK_CHANGED);
	});
});

describe("Open on a commitment", () => {
	it("opens its note with the cursor on its line", async () => {
		const { app, index } = await loadedPlugin();
		const item = commitment(index, "Draft the Q1 roadmap");
		await openCommitment(deps(app), item);
		const leaf = app.workspace.getLeaf(false);
		expect(leaf.file?.path).toBe(JANE);
		expect(leaf.openState?.eState).toEqual({ line: 5, cursor: { from: { line: 5, ch: 0 }, to: { line: 5, ch: 0 } } });
	});
});
