#!/usr/bin/env node
/**
 * `node scripts/compare-cli.mjs BASELINE_CLI [VAULT…]` runs a saved copy of the CLI (say, main's
 * dist/cli.cjs, with its dist/cli-yaml.cjs copied beside it) and this tree's dist/cli.cjs on every fixture vault and generated vault, with
 * every command, and fails on any difference of stdout, stderr or exit code. The new CLI runs
 * three times: without its cache, with an empty cache, and with the cache the last run left.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [baseline, ...given] = process.argv.slice(2);
if (baseline === undefined) {
	process.stderr.write("usage: node scripts/compare-cli.mjs BASELINE_CLI [VAULT…]\n");
	process.exit(2);
}
const dirs = (folder) => (existsSync(folder) ? readdirSync(folder).map((name) => join(folder, name)).filter((p) => statSync(p).isDirectory()) : []);
const vaults =
	given.length > 0
		? given
		: [
				"example-vault",
				"tests/cli/agenda-vault",
				...dirs("tests/fixtures").filter((p) => !p.endsWith("conventions")),
				...dirs("tests/fixtures/conventions"),
				...dirs("bench/vaults"),
			];
const TODAY = "2026-11-23";
const commands = (vault) => [
	["report", vault, "--json", "--today", TODAY],
	["report", vault, "--today", TODAY],
	["check", vault, "--json"],
	["check", vault],
	["explain", vault, "--json", "--today", TODAY],
];
const cache = mkdtempSync(join(tmpdir(), "managing-up-compare-"));
const run = (cli, args, extra = []) => {
	const result = spawnSync("node", [cli, ...args, ...extra], {
		maxBuffer: 1 << 30,
		env: { ...process.env, XDG_CACHE_HOME: cache, NO_COLOR: "1", COLUMNS: "100" },
	});
	return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
};
let failures = 0;
let compared = 0;
for (const vault of vaults) {
	for (const args of commands(vault)) {
		const want = run(baseline, args);
		const runs = [
			["--no-cache", run("dist/cli.cjs", args, ["--no-cache"])],
			["cold cache", (rmSync(cache, { recursive: true, force: true }), run("dist/cli.cjs", args))],
			["warm cache", run("dist/cli.cjs", args)],
		];
		for (const [how, got] of runs) {
			compared++;
			for (const part of ["status", "stdout", "stderr"]) {
				if (got[part] !== want[part]) {
					failures++;
					process.stderr.write(`DIFFERENT ${part}: ${args.join(" ")} (${how})\n`);
				}
			}
		}
	}
	process.stderr.write(`${vault}: compared\n`);
}
rmSync(cache, { recursive: true, force: true });
process.stderr.write(`${compared} runs compared, ${failures} differences\n`);
process.exit(failures === 0 ? 0 : 1);
