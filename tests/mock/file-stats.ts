/**
 * File times and sizes for the obsidian mock, whose files keep `{ mtime: 0, size: 0 }`: each
 * create and modify stamps the file as Obsidian's vault does (size in UTF-16 units stands in
 * for bytes), from a clock the test moves.
 */
import type { App, TAbstractFile } from "./obsidian";
import { TFile } from "./obsidian";

/** trackFileStats stamps every existing file and every file created or modified from now on; returns the clock. */
export function trackFileStats(app: App, start = 1_700_000_000_000): { now: number } {
	const clock = { now: start };
	const stamp = (file: TAbstractFile): void => {
		if (!(file instanceof TFile)) return;
		clock.now += 1000;
		file.stat = { ctime: file.stat.ctime || clock.now, mtime: clock.now, size: app.vault.readSync(file).length };
	};
	for (const file of app.vault.getFiles()) stamp(file);
	// After the mock's metadata cache has parsed the file (it listens first); nothing reads a stat in between.
	app.vault.on("create", stamp);
	app.vault.on("modify", stamp);
	return clock;
}
