import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App, type Component } from "../tests/mock/obsidian";
import ManagingUpPlugin from "../src/main";
import { median } from "./measure";
import { notePaths } from "./notes";

/**
 * Plugin start-up on the obsidian mock: `node dist/bench/onload-bench.mjs VAULT RUNS` prints
 * the first onload in this fresh process (cold: the module has just been evaluated, as in
 * Obsidian), the median of later load/unload cycles, and the index build once the layout is ready.
 */
async function main(): Promise<void> {
	const [vault = ".", count = "7"] = process.argv.slice(2);
	const files: Record<string, string> = {};
	for (const path of notePaths(vault)) files[path] = readFileSync(join(vault, path), "utf8");
	const app = await App.withFiles(files);
	const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as ConstructorParameters<typeof ManagingUpPlugin>[1];
	// The mock's App stands in for Obsidian's: the plugin only calls what the mock implements.
	const obsidianApp = app as unknown as ConstructorParameters<typeof ManagingUpPlugin>[0];

	const onload = async (): Promise<{ plugin: ManagingUpPlugin; ms: number }> => {
		const plugin = new ManagingUpPlugin(obsidianApp, manifest);
		// The plugin's class extends the mock's Plugin at run time: its load() and `loading` are the mock's.
		const component = plugin as unknown as Component;
		// As Obsidian does: load() runs onload (and loads the children it adds, the index among them).
		const start = performance.now();
		component.load();
		await component.loading;
		return { plugin, ms: performance.now() - start };
	};
	const cold = await onload();
	cold.plugin.unload();
	const warm: number[] = [];
	for (let i = 0; i < Number(count); i++) {
		const { plugin, ms } = await onload();
		warm.push(ms);
		plugin.unload();
	}
	// After onload, Obsidian finishes its layout: that is when the index reads every note once.
	const { plugin } = await onload();
	const start = performance.now();
	app.workspace.triggerLayoutReady();
	const layoutReadyMs = performance.now() - start;
	if (!(plugin as unknown as Component).isLoaded) throw new Error("the plugin did not load");
	plugin.unload();
	process.stdout.write(`${JSON.stringify({ coldMs: cold.ms, warmMs: median(warm), layoutReadyMs, notes: Object.keys(files).length })}\n`);
}

await main();
