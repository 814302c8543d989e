import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildBenchPage } from "./page";
import { chromium } from "playwright";
import { median, type Row, type Runs } from "./measure";
import type { ParsedNote } from "./notes";
import type { StartMode, StartupNote, StartupResult } from "./startup-page";

const OUT = "dist/bench/startup";
/** The page is served from an http origin of its own (IndexedDB wants a real origin), by Playwright's router. */
const ORIGIN = "http://managing-up-bench.localhost";

/** buildPage bundles the start-up page with the plugin's own index and keeper, and the vault as the metadata cache holds it. */
async function buildPage(notes: readonly ParsedNote[], folder: string): Promise<void> {
	const startup: StartupNote[] = notes.map((note) => {
		const file = join(folder, note.path);
		const text = readFileSync(file, "utf8");
		const stat = statSync(file);
		return { ...note, mtime: Math.floor(stat.mtimeMs), size: stat.size, text, tasks: /^\s*[-*+] \[.\]/m.test(text) };
	});
	await buildBenchPage({ out: OUT, name: "startup-page", dataGlobal: "STARTUP_NOTES", data: startup, styles: "styles.css", alias: { obsidian: "./bench/obsidian-lite.ts" } });
}

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

/** start runs one start in a fresh Chromium process over the profile folder (its IndexedDB is the snapshot), as Obsidian restarted. */
async function start(profile: string, mode: StartMode, clear: boolean): Promise<StartupResult> {
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: "/usr/bin/chromium",
		headless: true,
		args: ARGS,
		viewport: { width: 1280, height: 800 },
	});
	try {
		await context.route(`${ORIGIN}/**`, (route) => {
			const name = new URL(route.request().url()).pathname.slice(1);
			const path = name === "styles.css" ? resolve("styles.css") : resolve(OUT, name);
			return route.fulfill({ path });
		});
		const page = context.pages()[0] ?? (await context.newPage());
		const errors: string[] = [];
		page.on("pageerror", (error) => errors.push(error.message));
		await page.goto(`${ORIGIN}/index.html`);
		if (errors.length > 0) throw new Error(`the start-up page failed: ${errors.join("; ")}`);
		if (clear) await page.evaluate(() => window.clearSnapshot());
		return await page.evaluate((m) => window.runStartup(m), mode);
	} finally {
		await context.close();
	}
}

/**
 * startupBenchmarks times the three starts, each in a fresh browser process: the first ever
 * (no snapshot), a start where nothing changed (the snapshot's report answers), and a start on a
 * new day with 1 % of the notes changed (the stored readings of the others, the report recomputed).
 */
export async function startupBenchmarks(notes: readonly ParsedNote[], folder: string, runs: Runs): Promise<Row[]> {
	await buildPage(notes, folder);
	const results: Record<StartMode, StartupResult[]> = { first: [], warm: [], changed: [] };
	for (let i = 0; i < runs.runs; i++) {
		const profile = mkdtempSync(join(tmpdir(), "managing-up-startup-"));
		try {
			results.first.push(await start(profile, "first", true));
			results.warm.push(await start(profile, "warm", false));
			results.changed.push(await start(profile, "changed", false));
		} finally {
			rmSync(profile, { recursive: true, force: true });
		}
	}
	const pick = (mode: StartMode, key: keyof Omit<StartupResult, "mode" | "early">): number => median(results[mode].map((r) => r[key]));
	const row = (name: string, value: number, unit: Row["unit"], goal: number | null, note?: string): Row => ({
		group: "dashboard",
		name,
		notes: notes.length,
		value,
		unit,
		goal,
		...(note ? { note } : {}),
	});
	const early = (mode: StartMode): string => {
		const drawn = results[mode].filter((r) => r.early).length;
		if (drawn === 0) return "";
		return `; the first screen kept with the snapshot in ${drawn} of ${results[mode].length} runs, then the report read and parsed by ${pick(mode, "reportMs").toFixed(0)} and drawn again (${pick(mode, "redrawMs").toFixed(1)})`;
	};
	const index = (mode: StartMode): string =>
		`${pick(mode, "indexMs").toFixed(1)} index (${pick(mode, "notesRead").toFixed(0)} notes read) + ${pick(mode, "modelMs").toFixed(1)} model + ${pick(mode, "domMs").toFixed(1)} DOM + ${pick(mode, "layoutMs").toFixed(1)} layout; index settled after ${pick(mode, "settledMs").toFixed(0)}${early(mode)}; longest gap between frames after the first dashboard until then ${pick(mode, "afterFirstFrameGapMs").toFixed(0)}`;
	return [
		row("layout ready → first dashboard, snapshot matches (warm start: the first screen from local storage, the report from IndexedDB), fresh browser", pick("warm", "firstDashboardMs"), "ms", 50, index("warm")),
		row("layout ready → first dashboard, a new day and 1 % of the notes changed (stored readings, report recomputed), fresh browser", pick("changed", "firstDashboardMs"), "ms", null, index("changed")),
		row("layout ready → first dashboard, first start ever (no snapshot: every note read), plugin's index, fresh browser", pick("first", "firstDashboardMs"), "ms", null, index("first")),
		row(
			"report after one property change, once a warm start has settled",
			pick("warm", "changeReportMs") * 1000,
			"µs",
			null,
			`median of 20 changes; the first change ${pick("warm", "firstChangeMs").toFixed(1)} ms (its code not compiled yet); the incremental report was warmed in idle time after the fill`,
		),
		row(
			"snapshot save on unload (first start): main thread before the write / until IndexedDB has it",
			pick("first", "saveSyncMs"),
			"ms",
			null,
			`${pick("first", "saveMs").toFixed(0)} ms in all; longest gap between frames meanwhile ${pick("first", "saveFrameGapMs").toFixed(0)} ms`,
		),
	];
}

