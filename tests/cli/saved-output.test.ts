import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { notesDigest, statNotes, type NoteStat } from "../../src/cli/note-stats";
import { PAST, cli, makeCacheHome, makeVault, removeVaults, type CliResult } from "./helpers";

/**
 * The saved output of each command: a run where nothing it depends on changed prints what the
 * last one printed without reading a note; any change (a note edited, even to the same size and
 * time; a note added or removed; the settings; the day; the options) prints the report anew,
 * exactly as `--no-cache` does. A broken saved file is ignored and written anew.
 */
afterEach(removeVaults);

const TODAY = ["--today", "2026-11-23"];

function vault(): string {
	const root = makeVault({
		"People/Jane Doe.md": "---\nperson: true\nlast-contact: 2026-10-01\ncadence: 14\n---\n# Jane\n",
		"People/Sam.md": "---\nperson: Sam\nlast-contact: 2026-11-20\n---\n",
		"1-1s/2026-11-02 Jane Doe.md": "---\nwith: [[Jane Doe]]\ndate: 2026-11-02\n---\n- [ ] Send the plan\n",
	});
	for (const path of ["People/Jane Doe.md", "People/Sam.md", "1-1s/2026-11-02 Jane Doe.md"]) utimesSync(join(root, path), PAST, PAST);
	return root;
}

/** Clocks for the runs: the helpers' fixed day (before the notes were written: each is "just written"), and an hour from now (none is). */
const CLOCKS = [
	["notes written just now (checked by their bytes)", () => new Date(2026, 10, 23, 12, 0)],
	["notes written long ago (checked by their figures)", () => new Date(Date.now() + 3_600_000)],
] as const;

/** savedFile is the saved output of one command (`report-json`) of the only vault under a cache home. */
function savedFile(home: string, slot: string): string {
	const [folder = ""] = readdirSync(join(home, "managing-up"));
	return join(home, "managing-up", folder, `${slot}.out`);
}

/** tamper rewrites a saved output's text, keeping its header true to it, as only a hit can print. */
function tamper(file: string, text: string): void {
	const saved = readFileSync(file, "utf8");
	const header = JSON.parse(saved.slice(0, saved.indexOf("\n"))) as Record<string, unknown>;
	writeFileSync(file, `${JSON.stringify({ ...header, bytes: Buffer.byteLength(text) })}\n${text}`);
}

describe.each(CLOCKS)("a saved output, %s", (_name, now) => {
	const run = (args: readonly string[], env: Record<string, string>): Promise<CliResult> => cli(args, { env, now });

	it("is printed when nothing changed, and not with --no-cache", async () => {
		const root = vault();
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const command = ["report", root, "--json", ...TODAY];
		const first = await run(command, env);
		tamper(savedFile(env.XDG_CACHE_HOME, "report-json"), "saved\n");
		expect((await run(command, env)).stdout).toBe("saved\n");
		expect(await run([...command, "--no-cache"], env)).toEqual(first);
	});

	it.each([
		["a note edited to the same size, its times put back", (root: string) => {
			const file = join(root, "People/Sam.md");
			const { atime, mtime } = statSync(file);
			writeFileSync(file, "---\nperson: Sam\nlast-contact: 2026-11-02\n---\n");
			utimesSync(file, atime, mtime);
		}],
		["a note added", (root: string) => writeFileSync(join(root, "People/Ann.md"), "---\nperson: Ann\n---\n")],
		["a note removed", (root: string) => rmSync(join(root, "People/Sam.md"))],
		["the settings changed", (root: string) => {
			mkdirSync(join(root, ".obsidian/plugins/managing-up"), { recursive: true });
			writeFileSync(join(root, ".obsidian/plugins/managing-up/data.json"), JSON.stringify({ dueSoonDays: 30 }));
		}],
		["the vault's config changed (excluded files)", (root: string) => {
			mkdirSync(join(root, ".obsidian"), { recursive: true });
			writeFileSync(join(root, ".obsidian/app.json"), JSON.stringify({ userIgnoreFilters: ["People/Sam.md"] }));
		}],
	])("is made anew after %s", async (_change, change) => {
		const root = vault();
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const command = ["report", root, "--json", ...TODAY];
		const before = await run(command, env);
		tamper(savedFile(env.XDG_CACHE_HOME, "report-json"), "stale\n");
		change(root);
		const after = await run(command, env);
		expect(after).toEqual(await run([...command, "--no-cache"], env));
		expect(after).not.toEqual(before);
		expect(await run(command, env)).toEqual(after);
	});

	it.each([
		["another day", ["report", "--json", "--today", "2026-12-01"]],
		["other options (--me)", ["report", "--json", ...TODAY, "--me", "Sam"]],
		["the text report", ["report", ...TODAY]],
	])("is not printed for %s", async (_name, args) => {
		const root = vault();
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		await run(["report", root, "--json", ...TODAY], env);
		tamper(savedFile(env.XDG_CACHE_HOME, "report-json"), "stale\n");
		const [name = "", ...rest] = args;
		const command = [name, root, ...rest];
		expect(await run(command, env)).toEqual(await run([...command, "--no-cache"], env));
	});

	it("keeps the exit code of check", async () => {
		const root = vault();
		writeFileSync(join(root, "Broken.md"), "---\nperson: [unclosed\n---\n");
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const first = await run(["check", root], env);
		expect(first.code).toBe(1);
		expect(await run(["check", root], env)).toEqual(first);
	});

	it.each([
		["a header that is not JSON", () => "{ not json\n[]\n"],
		["text cut short", (saved: string) => saved.slice(0, saved.length - 10)],
		["no header at all", () => "[]"],
		["another version", (saved: string) => saved.replace('"version":1', '"version":0')],
	])("is ignored and written anew with %s", async (_name, breakIt) => {
		const root = vault();
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const command = ["report", root, "--json", ...TODAY];
		const first = await run(command, env);
		const file = savedFile(env.XDG_CACHE_HOME, "report-json");
		const good = readFileSync(file, "utf8");
		writeFileSync(file, breakIt(good));
		expect(await run(command, env)).toEqual(first);
		expect(readFileSync(file, "utf8")).toBe(good);
	});
});

describe("saved outputs of two vaults", () => {
	it("never mix", async () => {
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const one = vault();
		const other = vault();
		writeFileSync(join(other, "People/Ann.md"), "---\nperson: Ann\n---\n");
		const oneOut = await cli(["report", one, "--json", ...TODAY], { env });
		const otherOut = await cli(["report", other, "--json", ...TODAY], { env });
		expect(readdirSync(join(env.XDG_CACHE_HOME, "managing-up"))).toHaveLength(2);
		expect(await cli(["report", one, "--json", ...TODAY], { env })).toEqual(oneOut);
		expect(await cli(["report", other, "--json", ...TODAY], { env })).toEqual(otherOut);
		expect(oneOut).not.toEqual(otherOut);
	});
});

describe("a run that warns", () => {
	it("warns again when the output is saved", async () => {
		const root = vault();
		mkdirSync(join(root, ".obsidian/plugins/managing-up"), { recursive: true });
		writeFileSync(join(root, ".obsidian/plugins/managing-up/data.json"), "{ broken");
		const env = { XDG_CACHE_HOME: makeCacheHome() };
		const first = await cli(["report", root, "--json", ...TODAY], { env });
		expect(first.stderr).toContain("not valid JSON");
		expect(await cli(["report", root, "--json", ...TODAY], { env })).toEqual(first);
	});
});

describe("notesDigest", () => {
	const OLD: NoteStat = { size: 10, mtimeMs: 1000, ctimeMs: 1000, ino: 7 };

	it("trusts the figures of a note written long ago, and reads the bytes of one written just now", () => {
		const root = makeVault({ "A.md": "one" });
		const stats = [OLD];
		const before = notesDigest(root, ["A.md"], stats, 10_000);
		const justNow = notesDigest(root, ["A.md"], stats, 1500);
		writeFileSync(join(root, "A.md"), "two");
		expect(notesDigest(root, ["A.md"], stats, 10_000)).toBe(before);
		expect(notesDigest(root, ["A.md"], stats, 1500)).not.toBe(justNow);
	});

	it("tells every figure, a missing note and the paths apart", () => {
		const root = makeVault({ "A.md": "one" });
		const digest = (paths: string[], stats: (NoteStat | null)[]): string => notesDigest(root, paths, stats, 10_000);
		const all = [
			digest(["A.md"], [OLD]),
			digest(["A.md"], [{ ...OLD, size: 11 }]),
			digest(["A.md"], [{ ...OLD, mtimeMs: 1001 }]),
			digest(["A.md"], [{ ...OLD, ctimeMs: 1001 }]),
			digest(["A.md"], [{ ...OLD, ino: 8 }]),
			digest(["A.md"], [null]),
			digest(["B.md"], [OLD]),
			digest(["A.md", "B.md"], [OLD, OLD]),
		];
		expect(new Set(all).size).toBe(all.length);
		expect(statNotes(root, ["A.md", "gone.md"]).map((stat) => stat?.size ?? null)).toEqual([3, null]);
	});
});
