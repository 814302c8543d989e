/** Helpers of the start-up benchmark page (startup-page.ts): a store that says when its write is done, frame gaps, and a stand-in for Obsidian's own first layout. */
import type { SnapshotStore } from "../src/obsidian/snapshot-store";

/** Watched is a store that keeps its last write, so the page can wait for what the plugin does not wait for. */
export class Watched implements SnapshotStore {
	lastWrite: Promise<void> = Promise.resolve();
	constructor(private readonly inner: SnapshotStore) {}
	get(name: string): Promise<unknown> {
		return this.inner.get(name);
	}
	replace(records: readonly (readonly [string, unknown])[]): Promise<void> {
		const write = this.inner.replace(records);
		this.lastWrite = write.catch(() => undefined);
		return write;
	}
	close(): void {
		// Closed once the write is done: unload closes the store right after handing it the write.
		void this.lastWrite.then(() => this.inner.close());
	}
}

/** frameGaps watches animation frames from now; stop says the longest time between two of them. */
export function frameGaps(): { stop: () => Promise<number> } {
	let last = performance.now();
	let longest = 0;
	let running = true;
	const tick = (now: number): void => {
		longest = Math.max(longest, now - last);
		last = now;
		if (running) window.requestAnimationFrame(tick);
	};
	window.requestAnimationFrame(tick);
	return {
		stop: () =>
			new Promise((resolve) => {
				window.requestAnimationFrame((now) => {
					running = false;
					resolve(Math.max(longest, now - last));
				});
			}),
	};
}

/**
 * workspaceStandIn lays out a stand-in for what Obsidian has drawn by layout ready (its ribbon,
 * file explorer, tabs, an open note: text, buttons, lists, in the app's fonts), so the browser's
 * own start (fonts, style and layout code) is not counted as the plugin's. It uses none of the
 * dashboard's classes or code.
 */
export function workspaceStandIn(): void {
	const root = document.body.createDiv({ cls: "workspace" });
	for (let i = 0; i < 40; i++) {
		const list = root.createEl("ul", { cls: "nav-files-container" });
		for (let j = 0; j < 10; j++) list.createEl("li", { cls: "nav-file", text: `Note ${i}-${j} about something` });
		root.createEl("button", { text: `Tab ${i}` });
		root.createEl("p", { text: "A paragraph of an open note, with a few words in it, as a note would have. ".repeat(3) });
	}
	void root.getBoundingClientRect().height;
	root.remove();
}
