import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median, timeInterleavedMs, type Row, type Runs } from "./measure";

/** The compiled command-line report, as `npm run build` makes it. */
export const CLI = "dist/cli.cjs";
const READ_ALL = "dist/bench/read-all.mjs";

function run(command: string, args: string[], shell = false, env: Readonly<Record<string, string | undefined>> = process.env): void {
	const result = spawnSync(command, args, { stdio: ["ignore", "ignore", "pipe"], shell, env });
	if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr.toString()}`);
}

/** A meeting's `date` (quoted or not, with a time or not): its day is what the bench edits. */
const DATE = /^(date: "?\d{4}-\d{2}-)(\d{2})/m;

/** datedNote is the path of the first note with a `date`, folder by folder in name order (the generated vault's first 1:1 notes). */
function datedNote(vault: string): string {
	const walk = (folder: string): string | null => {
		const entries = readdirSync(join(vault, folder), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
		for (const entry of entries) {
			if (entry.isFile() && entry.name.endsWith(".md") && DATE.test(readFileSync(join(vault, folder, entry.name), "utf8"))) return join(vault, folder, entry.name);
		}
		for (const entry of entries) {
			if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
			const found = walk(join(folder, entry.name));
			if (found !== null) return found;
		}
		return null;
	};
	const found = walk("");
	if (found === null) throw new Error(`no note with a date in ${vault}`);
	return found;
}

/** catCommand reads every note once with cat, from a list find made (no Node start-up at all). */
function catCommand(vault: string): string {
	const quoted = `'${vault.replace(/'/g, "'\\''")}'`;
	return `find ${quoted} -name '.*' -prune -o -type f -name '*.md' -print0 | xargs -0 cat > /dev/null`;
}

/** cliPhaseRows times the CLI's phases in fresh processes (median of each phase over the runs). */
export function cliPhaseRows(vault: string, notes: number, runs: Runs): Row[] {
	const samples = new Map<string, number[]>();
	for (let i = 0; i < runs.warmup + runs.runs; i++) {
		const result = spawnSync("node", ["dist/bench/cli-phases.mjs", vault], { encoding: "utf8" });
		if (result.status !== 0) throw new Error(`cli-phases failed: ${result.stderr}`);
		if (i < runs.warmup) continue;
		const { times } = JSON.parse(result.stdout) as { times: Record<string, number> };
		for (const [name, ms] of Object.entries(times)) samples.set(name, [...(samples.get(name) ?? []), ms]);
	}
	return [...samples].map(([name, list]) => ({
		group: "cli phase",
		name,
		notes,
		value: median(list),
		unit: "ms" as const,
		goal: null,
		note: "in a fresh process",
	}));
}

/** peakRssMb runs a command under /usr/bin/time -v and returns its maximum resident set size. */
export function peakRssMb(command: string, args: string[]): number | null {
	if (!existsSync("/usr/bin/time")) return null;
	const result = spawnSync("/usr/bin/time", ["-v", command, ...args], { stdio: ["ignore", "ignore", "pipe"] });
	const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr.toString());
	return match ? Number(match[1]) / 1024 : null;
}

/** checkCli runs the report once and returns how many stakeholders it printed, to be sure it worked. */
function checkCli(vault: string): number {
	const result = spawnSync("node", [CLI, "report", vault, "--json", "--today", "2026-11-23"], { maxBuffer: 1 << 30 });
	if (result.status !== 0) throw new Error(`managing-up report failed (${result.status}): ${result.stderr.toString()}`);
	const json = JSON.parse(result.stdout.toString()) as { stakeholders: unknown[] };
	return json.stakeholders.length;
}

/**
 * cliBenchmarks times `node dist/cli.cjs report VAULT --json` side by side, in the same run,
 * with the physical limit of reading every note once: a Node script that walks the vault and
 * reads each `.md` file (Node start-up included, as for the CLI), and cat.
 */
export function cliBenchmarks(vault: string, notes: number, runs: Runs): Row[] {
	const stakeholders = checkCli(vault);
	const reportArgs = [CLI, "report", vault, "--json", "--today", "2026-11-23"];
	// The cache lives in a folder of its own, filled by one run before the warm ones.
	const cacheHome = mkdtempSync(join(tmpdir(), "managing-up-bench-cache-"));
	const env = { ...process.env, XDG_CACHE_HOME: cacheHome };
	run("node", reportArgs, false, env);
	// Two more caches: one where a 1:1 note's date is edited before each run (the report is made
	// anew), one where that note is only touched (its times change, its reading does not).
	const changedHome = mkdtempSync(join(tmpdir(), "managing-up-bench-cache-"));
	const changedEnv = { ...process.env, XDG_CACHE_HOME: changedHome };
	const touchedHome = mkdtempSync(join(tmpdir(), "managing-up-bench-cache-"));
	const touchedEnv = { ...process.env, XDG_CACHE_HOME: touchedHome };
	const edited = datedNote(vault);
	const original = readFileSync(edited, "utf8");
	let edits = 0;
	const edit = (): void => writeFileSync(edited, original.replace(DATE, (_, month: string) => `${month}${String(1 + (++edits % 28)).padStart(2, "0")}`));
	run("node", reportArgs, false, changedEnv);
	// Interleaved run by run, so that machine noise hits every command alike.
	const [cliMs = 0, warmMs = 0, nodeMs = 0, catMs = 0] = timeInterleavedMs(runs, [
		() => run("node", [...reportArgs, "--no-cache"]),
		() => run("node", reportArgs, false, env),
		() => run("node", [READ_ALL, vault]),
		() => run(catCommand(vault), [], true),
	]);
	// Apart, since an edited or touched note is a change for the other caches too; each beside reading every note again.
	let changedMs = 0;
	let nodeMsBeside = 0;
	let touchedMs = 0;
	let nodeMsBesideTouched = 0;
	try {
		[changedMs = 0, nodeMsBeside = 0] = timeInterleavedMs(runs, [
			() => {
				edit();
				run("node", reportArgs, false, changedEnv);
			},
			() => run("node", [READ_ALL, vault]),
		]);
	} finally {
		writeFileSync(edited, original);
	}
	run("node", reportArgs, false, touchedEnv);
	[touchedMs = 0, nodeMsBesideTouched = 0] = timeInterleavedMs(runs, [
		() => {
			const now = new Date();
			utimesSync(edited, now, now);
			run("node", reportArgs, false, touchedEnv);
		},
		() => run("node", [READ_ALL, vault]),
	]);
	for (const home of [cacheHome, changedHome, touchedHome]) rmSync(home, { recursive: true, force: true });
	const row = (name: string, value: number, unit: Row["unit"], goal: number | null = null, note?: string): Row => ({
		group: "cli",
		name,
		notes,
		value,
		unit,
		goal,
		...(note ? { note } : {}),
	});
	return [
		row("`managing-up report --json --no-cache` wall time (cold)", cliMs, "ms", null, `${stakeholders.toLocaleString("en-US")} stakeholders, stdout to /dev/null`),
		row("`managing-up report --json` wall time, nothing changed since the last run (cache)", warmMs, "ms"),
		row("`managing-up report --json` wall time, one note changed since the last run (cache; no goal)", changedMs, "ms", null, "a 1:1 note's date edited: that note read again, the report made anew, both cache files written"),
		row("`managing-up report --json` wall time, one note touched since the last run (cache; no goal)", touchedMs, "ms", null, "its file's times changed, not its reading: that note read again, the last output printed again"),
		row("read every note once: node script", nodeMs, "ms", null, "bench/read-all.ts: walk + readFileSync, Node start-up included"),
		row("read every note once: find | xargs cat", catMs, "ms"),
		row("report ÷ read every note once (node), cold", cliMs / nodeMs, "ratio", 2),
		row("report ÷ read every note once (node), nothing changed", warmMs / nodeMs, "ratio", 1.5),
		row("report ÷ read every note once (cat), cold", cliMs / catMs, "ratio"),
		row("report ÷ read every note once (node), one note changed (no goal)", changedMs / nodeMsBeside, "ratio", null, "reading every note timed beside these runs"),
		row("report ÷ read every note once (node), one note touched (no goal)", touchedMs / nodeMsBesideTouched, "ratio", null, "reading every note timed beside these runs"),
	];
}
