import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { App as ObsidianApp } from "obsidian";
import { App, TFile, computeCache, type CachedMetadata } from "../tests/mock/obsidian";
import { pathResolver } from "../src/core/links";
import { StakeholderIndex } from "../src/obsidian/index";
import { DEFAULT_SETTINGS } from "../src/settings";
import { median, timeMs, type Row, type Runs } from "./measure";
import { notePaths } from "./notes";

/**
 * The plugin's StakeholderIndex on the obsidian mock, fed one vault:
 * `node dist/bench/index-bench.mjs VAULT WARMUP RUNS` prints its rows as JSON. The mock's
 * getFirstLinkpathDest builds a resolver over every file on each call (fine for tests, O(n)
 * per link); Obsidian keeps a link index, so here a resolver built once stands in for it.
 */
const TODAY = "2026-11-23";
const TOMORROW = "2026-11-24";

async function main(): Promise<void> {
	const [vault = ".", warmup = "2", count = "7"] = process.argv.slice(2);
	const runs: Runs = { warmup: Number(warmup), runs: Number(count) };
	const paths = notePaths(vault);
	const files: Record<string, string> = {};
	for (const path of paths) files[path] = readFileSync(join(vault, path), "utf8");
	const app = await App.withFiles(files);
	const resolve = pathResolver(paths);
	app.metadataCache.getFirstLinkpathDest = (linkpath: string, source: string): TFile | null => {
		const found = resolve(linkpath.split("#")[0] ?? "", source);
		return found === null ? null : app.vault.getFileByPath(found);
	};
	const real = app as unknown as ObsidianApp;
	const index = new StakeholderIndex({
		metadataCache: real.metadataCache,
		vault: real.vault,
		workspace: real.workspace,
		settings: () => DEFAULT_SETTINGS,
	});
	index.load();
	app.workspace.triggerLayoutReady();

	const n = paths.length;
	const rows: Row[] = [];
	const row = (name: string, value: number, unit: Row["unit"], goal: number | null = null, note?: string): void => {
		rows.push({ group: "index", name, notes: n, value, unit, goal, ...(note ? { note } : {}) });
	};
	row("full rebuild (StakeholderIndex.rebuild)", timeMs(runs, () => index.rebuild()), "ms");

	// Notes of one kind, each with two metadata caches that differ in one property.
	const twoCaches = (kind: "person" | "meeting", key: string, values: [string, string]) =>
		paths
			.filter((path) => index.reading(path)?.record?.kind === kind)
			.flatMap((path) => {
				const file = app.vault.getFileByPath(path);
				if (!(file instanceof TFile)) return [];
				const body = (files[path] ?? "").replace(new RegExp(`^${key}:.*\n`, "m"), "");
				const caches: CachedMetadata[] = values.map((value) => computeCache(body.replace("\n", `\n${key}: ${value}\n`)));
				return [{ file, caches, previous: app.metadataCache.getFileCache(file) }];
			});
	const people = twoCaches("person", "last-contact", ["2026-11-02", "2026-11-03"]);
	const meetings = twoCaches("meeting", "date", ["2026-11-20", "2026-11-21"]);
	const batch = Math.min(1000, people.length);
	const perOp = (work: (i: number) => void): number => {
		let i = 0;
		const samples: number[] = [];
		for (let r = 0; r < runs.warmup + runs.runs; r++) {
			const start = performance.now();
			for (let k = 0; k < batch; k++) work(i++);
			if (r >= runs.warmup) samples.push((performance.now() - start) / batch);
		}
		return median(samples);
	};
	const before = index.revision;
	const changeMs = perOp((i) => {
		const person = people[i % people.length];
		if (!person) return;
		app.metadataCache.trigger("changed", person.file, "", person.caches[Math.floor(i / people.length) % 2]);
	});
	if (index.revision === before) throw new Error("the index did not take the changes");
	row("incremental change of one note (metadataCache `changed`)", changeMs * 1000, "µs", 1000, "re-read + compare + revision");

	const renameMs = perOp((i) => {
		const person = people[i % people.length];
		if (!person) return;
		const { file } = person;
		const to = file.path.endsWith(" (moved).md") ? file.path.replace(/ \(moved\)\.md$/, ".md") : file.path.replace(/\.md$/, " (moved).md");
		void app.vault.rename(file, to);
	});
	row("incremental rename of one note (vault `rename`)", renameMs * 1000, "µs", 1000, "mock's own rename bookkeeping included");

	const deleteSamples: number[] = [];
	for (let r = 0; r < runs.warmup + runs.runs; r++) {
		const chosen = people.slice(0, batch);
		const start = performance.now();
		for (const person of chosen) app.metadataCache.trigger("deleted", person.file, person.previous);
		if (r >= runs.warmup) deleteSamples.push((performance.now() - start) / batch);
		for (const person of chosen) app.metadataCache.trigger("changed", person.file, "", person.caches[0]);
	}
	row("incremental delete of one note (metadataCache `deleted`)", median(deleteSamples) * 1000, "µs", 1000);

	/** reportAfterChange times index.report after one note of the list flips to its other cache. */
	const reportAfterChange = (notes: typeof people): number => {
		let flip = 0;
		return timeMs(runs, () => {
			const note = notes[(flip++ * 7919) % notes.length];
			const revision = index.revision;
			for (const cache of note?.caches ?? []) {
				if (index.revision === revision) app.metadataCache.trigger("changed", note?.file, "", cache);
			}
			if (index.revision === revision) throw new Error("no change reached the index");
			index.report(TODAY);
		});
	};
	index.report(TODAY);
	row("report after one change to a person note (index.report)", reportAfterChange(people), "ms", null, "incremental: that stakeholder and its follow-ups");
	row("report after one change to a 1:1 note (index.report)", reportAfterChange(meetings), "ms", null, "incremental: the note and its people");
	let day = 0;
	const fullMs = timeMs(runs, () => {
		index.report(day++ % 2 === 0 ? TOMORROW : TODAY);
	});
	row("report on a new day (index.report at midnight)", fullMs, "ms", null, "the 1:1 notes stay filed under their people; what depends on the day is computed again");
	index.unload();
	process.stdout.write(`${JSON.stringify(rows)}\n`);
}

await main();
