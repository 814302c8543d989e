import { spawnSync } from "node:child_process";
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem, type as osType, release } from "node:os";
import * as esbuild from "esbuild";
import { CLI, cliBenchmarks, cliPhaseRows, peakRssMb } from "./cli";
import { coreBenchmarks } from "./core";
import { dashboardBenchmarks } from "./dashboard";
import { startupBenchmarks } from "./startup";
import { vaultFolder, writeVault } from "./generate";
import { markdownTable, median, met, type Row, type Runs } from "./measure";
import { parseVault } from "./notes";
import { benchOptions, USAGE } from "./options";

/**
 * `npm run bench [-- --sizes 1000,10000,50000 --runs 7 --warmup 2 --only core,cli,…]` generates
 * the vaults, runs every benchmark, prints the table and writes bench/results/latest.json and
 * latest.md. Benchmarks are not tests: nothing here fails on a slow figure.
 */


function log(message: string): void {
	process.stderr.write(`${message}\n`);
}

function chromiumVersion(): string | null {
	const result = spawnSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" });
	return result.status === 0 ? (result.stdout.trim().split("\n").pop() ?? null) : null;
}

function machine(): Record<string, unknown> {
	const cpu = cpus();
	return {
		cpu: cpu[0]?.model ?? "unknown",
		cores: cpu.length,
		memoryGB: Math.round(totalmem() / 2 ** 30),
		os: `${osType()} ${release()}`,
		node: process.version,
		chromium: chromiumVersion(),
	};
}

/** buildHelpers bundles the small Node scripts the benchmarks run as child processes. */
async function buildHelpers(): Promise<void> {
	await esbuild.build({
		entryPoints: ["bench/read-all.ts", "bench/cli-phases.ts"],
		bundle: true,
		platform: "node",
		format: "esm",
		packages: "external",
		outdir: "dist/bench",
		outExtension: { ".js": ".mjs" },
		logLevel: "warning",
	});
	// The plugin's own code, with `obsidian` resolved to the test mock.
	await esbuild.build({
		entryPoints: ["bench/index-bench.ts", "bench/onload-bench.ts"],
		bundle: true,
		platform: "node",
		format: "esm",
		packages: "external",
		alias: { obsidian: "./tests/mock/obsidian.ts" },
		outdir: "dist/bench",
		outExtension: { ".js": ".mjs" },
		logLevel: "warning",
	});
}

/** childRows runs a bundled benchmark script in its own Node process and reads its rows. */
function childRows(script: string, args: string[]): Row[] {
	const result = spawnSync("node", [script, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
	if (result.status !== 0) {
		log(`${script} failed:\n${result.stderr}`);
		return [];
	}
	return JSON.parse(result.stdout) as Row[];
}

/** buildProject runs the project's own production build (main.js and dist/cli.cjs), as released. */
function buildProject(): boolean {
	const result = spawnSync("node", ["esbuild.config.mjs", "production"], { encoding: "utf8" });
	if (result.status !== 0) log(`production build failed; CLI, memory and main.js figures are skipped:\n${result.stderr}`);
	return result.status === 0;
}

function bundleRows(): Row[] {
	const size = statSync("main.js").size;
	const text = spawnSync("grep", ["-o", 'require("[^"]*")', "main.js"], { encoding: "utf8" }).stdout;
	const requires = [...new Set(text.split("\n").filter((line) => line !== ""))];
	const foreign = requires.filter((r) => r !== 'require("obsidian")');
	return [
		{ group: "bundle", name: "main.js size, minified", notes: null, value: size / 1024, unit: "KB", goal: 232 },
		{
			group: "bundle",
			name: "modules main.js requires other than obsidian",
			notes: null,
			value: foreign.length,
			unit: "count",
			goal: 0,
			note: requires.join(", ") || "none",
		},
	];
}

/** pluginRows times onload (registrations only) in fresh processes with the obsidian mock. */
function pluginRows(vault: string, notes: number, runs: Runs): Row[] {
	const samples: { coldMs: number; warmMs: number; layoutReadyMs: number }[] = [];
	for (let i = 0; i < runs.warmup + runs.runs; i++) {
		const result = spawnSync("node", ["dist/bench/onload-bench.mjs", vault, String(runs.runs)], { encoding: "utf8" });
		if (result.status !== 0) {
			log(`onload-bench failed:\n${result.stderr}`);
			return [];
		}
		if (i >= runs.warmup) samples.push(JSON.parse(result.stdout) as (typeof samples)[number]);
	}
	const pick = (key: keyof (typeof samples)[number]): number => median(samples.map((s) => s[key]));
	const row = (name: string, value: number, goal: number | null, note: string): Row => ({ group: "plugin", name, notes, value, unit: "ms", goal, note });
	return [
		row("onload, first in a fresh process", pick("coldMs"), 2, "registrations only, obsidian mock; the vault is not read"),
		row("onload, warm", pick("warmMs"), 2, "load/unload cycles in one process"),
		row("index build when the layout is ready", pick("layoutReadyMs"), null, "after onload: reads every note's cached properties once"),
	];
}

async function main(): Promise<void> {
	const args = benchOptions(process.argv.slice(2));
	if ("help" in args) {
		process.stdout.write(USAGE);
		return;
	}
	if ("mistake" in args) {
		process.stderr.write(`npm run bench: ${args.mistake}\n${USAGE}`);
		process.exitCode = 2;
		return;
	}
	const { sizes, seed, parts, out } = args.options;
	const runs: Runs = args.options.runs;
	const rows: Row[] = [];
	const started = performance.now();

	await buildHelpers();
	const built = (parts.has("cli") || parts.has("memory") || parts.has("bundle")) && buildProject();

	const vaults = new Map<number, string>();
	for (const notes of sizes) {
		const folder = vaultFolder(notes / 5, seed);
		const written = writeVault(folder, notes / 5, seed);
		log(`vault ${folder}: ${written.notes} notes, ${(written.bytes / 1e6).toFixed(1)} MB`);
		vaults.set(notes, folder);
	}

	if (parts.has("core")) {
		for (const [notes, folder] of vaults) {
			log(`core, ${notes} notes…`);
			rows.push(...coreBenchmarks(parseVault(folder), runs));
		}
	}
	if (parts.has("index")) {
		for (const [notes, folder] of vaults) {
			log(`index, ${notes} notes…`);
			rows.push(...childRows("dist/bench/index-bench.mjs", [folder, String(runs.warmup), String(runs.runs)]));
		}
	}
	if (parts.has("cli") && built) {
		for (const [notes, folder] of vaults) {
			log(`cli, ${notes} notes…`);
			// A report of 50k notes takes seconds: fewer runs keep the whole benchmark within minutes.
			const cliRuns = notes > 20000 ? { warmup: 1, runs: Math.min(runs.runs, 3) } : runs;
			rows.push(...cliBenchmarks(folder, notes, cliRuns));
			if (notes <= 20000) rows.push(...cliPhaseRows(folder, notes, cliRuns));
		}
	}
	if (parts.has("memory") && built) {
		const largest = Math.max(...sizes);
		const folder = vaults.get(largest) ?? "";
		const rss = median([0, 1, 2].map(() => peakRssMb("node", [CLI, "report", folder, "--json", "--today", "2026-11-23", "--no-cache"]) ?? Number.NaN));
		const baseline = median([0, 1, 2].map(() => peakRssMb("node", ["dist/bench/read-all.mjs", folder]) ?? Number.NaN));
		if (!Number.isNaN(rss)) rows.push({ group: "cli", name: "peak memory (max RSS) of `report --json --no-cache`", notes: largest, value: rss, unit: "MB", goal: null, note: "/usr/bin/time -v, median of 3" });
		if (!Number.isNaN(baseline)) rows.push({ group: "cli", name: "peak memory of reading every note once (node)", notes: largest, value: baseline, unit: "MB", goal: null });
		if (!Number.isNaN(rss) && !Number.isNaN(baseline)) rows.push({ group: "cli", name: "peak memory of the report ÷ reading every note once", notes: largest, value: rss / baseline, unit: "ratio", goal: 2 });
	}
	if (parts.has("bundle") && built) rows.push(...bundleRows());
	if (parts.has("plugin")) {
		const notes = sizes.reduce((best, size) => (Math.abs(size - 10000) < Math.abs(best - 10000) ? size : best));
		log(`plugin start-up on the mock, ${notes} notes…`);
		rows.push(...pluginRows(vaults.get(notes) ?? "", notes, runs));
	}
	if (parts.has("dashboard") || parts.has("startup")) {
		// The figure is for a 10k-note vault; the nearest size run stands in otherwise.
		const notes = sizes.reduce((best, size) => (Math.abs(size - 10000) < Math.abs(best - 10000) ? size : best));
		const folder = vaults.get(notes) ?? "";
		const parsed = parseVault(folder);
		if (parts.has("dashboard")) {
			log(`dashboard in Chromium, ${notes} notes…`);
			rows.push(...(await dashboardBenchmarks(parsed, runs)));
		}
		if (parts.has("startup")) {
			log(`start-up from the snapshot in Chromium, ${notes} notes…`);
			rows.push(...(await startupBenchmarks(parsed, folder, runs)));
		}
	}

	const table = markdownTable(rows);
	process.stdout.write(`\n${table}\n\n`);
	const missed = rows.filter((row) => met(row) === false);
	log(`${rows.length} figures in ${((performance.now() - started) / 1000).toFixed(0)} s; goals missed: ${missed.length}`);
	mkdirSync("bench/results", { recursive: true });
	const result = {
		date: new Date().toISOString(),
		command: process.argv.length > 2 ? `npm run bench -- ${process.argv.slice(2).join(" ")}` : "npm run bench",
		machine: machine(),
		runs,
		sizes,
		seed,
		rows: rows.map((row) => ({ ...row, met: met(row) })),
	};
	writeFileSync(`${out}.json`, `${JSON.stringify(result, null, "\t")}\n`);
	const goals = markdownTable(rows.filter((row) => row.goal !== null));
	writeFileSync(
		`${out}.md`,
		[
			`Machine: ${JSON.stringify(result.machine)}`,
			`Command: \`${result.command}\` (${result.date}); median of ${runs.runs} runs after ${runs.warmup} warm-up.`,
			"",
			"## Goals",
			"",
			goals,
			"",
			"## All figures",
			"",
			table,
			"",
		].join("\n"),
	);
	log(`wrote ${out}.json and ${out}.md`);
}

await main();
