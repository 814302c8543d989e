import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/main";
import { cli, fixture, makeVault, removeVaults, repoRoot } from "./helpers";
import { SLOW_TIMEOUT } from "../slow";

/** A one-line message: no stack trace, no second line. */
function expectOneLine(text: string): void {
	expect(text).not.toMatch(/\n\s+at /);
	expect(text.trimEnd().split("\n")).toHaveLength(1);
}

describe("vault argument", () => {
	it.each([
		["report", "does-not-exist"],
		["check", "does-not-exist"],
		["report", "tests/fixtures/vault-basic/People/Jane Doe.md"],
		["check", "tests/fixtures/vault-basic/People/Jane Doe.md/inside"],
		["calendar", "does-not-exist"],
	])("%s %s: one line on stderr, exit code 2", async (command, vault) => {
		const { code, stdout, stderr } = await cli([command, vault]);
		expect(code).toBe(2);
		expect(stdout).toBe("");
		expectOneLine(stderr);
		expect(stderr).toMatch(new RegExp(`^managing-up ${command}: (vault folder not found|not a folder): `));
	});
});

it("follow-up NOTE does-not-exist: the missing vault in one line, exit code 2", async () => {
	const { code, stdout, stderr } = await cli(["follow-up", "2026-11-23 Jane Doe", "does-not-exist"]);
	expect([code, stdout, stderr]).toEqual([2, "", "managing-up follow-up: vault folder not found: does-not-exist\n"]);
});

describe("bad arguments", () => {
	it.each([
		[["report", "--today", "2026-02-30"], "--today: '2026-02-30' is not a date; use YYYY-MM-DD"],
		[["report", "--today", "next week"], "--today: 'next week' is not a date; use YYYY-MM-DD"],
		[["report", "--today"], "Option '--today <value>' argument missing"],
		[["report", "--jsn"], "Unknown option '--jsn'"],
		[["check", "--today", "2026-11-23"], "Unknown option '--today'"],
		[["report", "one", "two"], "unexpected argument 'two'"],
		[["history"], "missing PERSON"],
		[["history", "Jane", "--today", "soon"], "--today: 'soon' is not a date; use YYYY-MM-DD"],
		[["history", "Jane", "vault", "three"], "unexpected argument 'three'"],
		[["follow-up"], "missing NOTE"],
		[["follow-up", "note", "vault", "three"], "unexpected argument 'three'"],
		[["follow-up", "note", "--today", "2026-13-01"], "--today: '2026-13-01' is not a date; use YYYY-MM-DD"],
		[["follow-up", "note", "--json"], "Unknown option '--json'"],
		[["calendar", "one", "two"], "unexpected argument 'two'"],
		[["calendar", "--today", "tomorrow"], "--today: 'tomorrow' is not a date; use YYYY-MM-DD"],
		[["calendar", "--out", "x.ics"], "Unknown option '--out'"],
	])("%j: the mistake in one line, then the usage, exit code 2", async (args, message) => {
		const { code, stdout, stderr } = await cli(args);
		expect(code).toBe(2);
		expect(stdout).toBe("");
		const [first, ...rest] = stderr.trimEnd().split("\n");
		expect(first).toBe(`managing-up ${args[0]}: ${message}`);
		expect(rest).toEqual([`usage: managing-up ${COMMANDS[args[0] ?? ""]?.usage}`]);
	});

	it.each([[[]], [["frobnicate"]], [["--json"]]])("%j: names the mistake and shows every command, exit code 2", async (args) => {
		const { code, stderr } = await cli(args);
		expect(code).toBe(2);
		expect(stderr).toMatch(/^managing-up: (missing COMMAND|unknown command 'frobnicate'|expected a command before '--json')\nusage: managing-up report /);
		expect(stderr).toContain("managing-up check [VAULT] [--json]");
		expect(stderr).toContain("managing-up follow-up NOTE [VAULT] [--today YYYY-MM-DD]");
		expect(stderr).toContain("managing-up calendar [VAULT] [--today YYYY-MM-DD]");
	});

	it("accepts --today=YYYY-MM-DD and options before VAULT", async () => {
		const { code, stdout } = await cli(["report", "--json", "--today=2026-11-23", fixture("vault-basic")]);
		expect(code).toBe(0);
		expect(stdout).toContain('"today": "2026-11-23"');
	});
});

describe("--help", () => {
	it("lists every command on stdout and exits 0", async () => {
		const { code, stdout, stderr } = await cli(["--help"]);
		expect(code).toBe(0);
		expect(stderr).toBe("");
		for (const [name, command] of Object.entries(COMMANDS)) {
			expect(stdout).toContain(`managing-up ${command.usage}`);
			expect(stdout).toContain(`  ${name}  `);
		}
	});

	it.each(Object.keys(COMMANDS))("%s --help explains its options and exits 0 without reading a vault", async (name) => {
		const { code, stdout } = await cli([name, "does-not-exist", "--help"]);
		expect(code).toBe(0);
		expect(stdout).toContain(`usage: managing-up ${COMMANDS[name]?.usage}`);
		expect(stdout).toContain("VAULT");
	});

	it.each(Object.keys(COMMANDS))("%s --help puts each argument and option apart from what it does, in one column", (name) => {
		const lines = COMMANDS[name]?.details ?? [];
		const option = /^(\S+(?: \S+)?)( {2,})\S/;
		const columns = lines.filter((line) => /^(?:--|[A-Z]{2,})/.test(line)).map((line) => {
			const match = option.exec(line);
			expect(match, `"${line}" runs the option into its text`).not.toBeNull();
			return (match?.[1]?.length ?? 0) + (match?.[2]?.length ?? 0);
		});
		expect(new Set(columns).size).toBeLessThanOrEqual(1);
	});
});

describe("--version", () => {
	it.each([["--version"], ["-V"]])("%s prints the plugin's version from manifest.json and exits 0", async (flag) => {
		const manifest = JSON.parse(readFileSync(join(repoRoot, "manifest.json"), "utf8")) as { version: string };
		const { code, stdout, stderr } = await cli([flag]);
		expect([code, stdout, stderr]).toEqual([0, `managing-up ${manifest.version}\n`, ""]);
	});

	it("is named in --help", async () => {
		expect((await cli(["--help"])).stdout).toContain("managing-up --version");
	});
});

describe("the built program", () => {
	const bundle = join(repoRoot, "dist/cli.cjs");

	it.skipIf(!existsSync(bundle))("loads the yaml package beside it (dist/cli-yaml.cjs) for properties the fast reader leaves, with the same report as in-process", async () => {
		const vault = makeVault({
			"People/Jane Doe.md": "---\nperson: Jane Doe\ninfluence: 4 # she decides budgets\nlast-contact: 2026-11-02\n---\n",
			"People/Sam Lee.md": "---\nperson: Sam Lee\nrole: [unclosed\n---\n",
			"People/Kim Ito.md": "---\nperson: Kim Ito\ntags: a\ntags: b\n---\n",
		});
		try {
			const args = ["report", vault, "--today", "2026-11-23", "--json", "--no-cache"];
			const built = spawnSync(process.execPath, [bundle, ...args], { cwd: repoRoot, encoding: "utf8" });
			const inProcess = await cli(args);
			expect([built.status, built.stderr]).toEqual([0, ""]);
			expect(built.stdout).toBe(inProcess.stdout);
			const report = JSON.parse(built.stdout) as { stakeholders: { person: string; influence: string | null }[]; problems: { path: string; message: string }[] };
			expect(report.stakeholders.find((s) => s.person === "Jane Doe")?.influence).toBe("high");
			expect(report.problems.map((p) => p.path).sort()).toEqual(["People/Kim Ito.md", "People/Sam Lee.md"]);
		} finally {
			removeVaults();
		}
	}, SLOW_TIMEOUT);

	it.skipIf(!existsSync(bundle))("dist/cli.cjs runs the same report, and fails in one line on a missing vault", () => {
		const ok = spawnSync(process.execPath, [bundle, "report", fixture("vault-basic"), "--today", "2026-11-23", "--json"], {
			cwd: repoRoot,
			encoding: "utf8",
		});
		expect(ok.status).toBe(0);
		expect(JSON.parse(ok.stdout)).toMatchObject({ today: "2026-11-23" });

		const missing = spawnSync(process.execPath, [bundle, "check", "does-not-exist"], { cwd: repoRoot, encoding: "utf8" });
		expect(missing.status).toBe(2);
		expect(missing.stdout).toBe("");
		expectOneLine(missing.stderr);
	}, SLOW_TIMEOUT);
});
