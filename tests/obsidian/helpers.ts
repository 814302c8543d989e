import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, vi } from "vitest";
import { parseDocument } from "yaml";
import type { App as ObsidianApp } from "obsidian";
import { App } from "../mock/obsidian";
import { readNote } from "../../src/core/read";
import { StakeholderIndex } from "../../src/obsidian/index";
import { DEFAULT_SETTINGS, type ManagingUpSettings } from "../../src/settings";
import ManagingUpPlugin from "../../src/main";
import manifest from "../../manifest.json";

/** A small vault: a manager, a skip-level, a 1:1 note and an unrelated note. */
export const SAMPLE_VAULT: Record<string, string> = {
	"People/Jane Doe.md": [
		"---",
		"person: Jane Doe",
		"role: VP Engineering",
		"relationship: skip-level",
		"influence: high",
		"interest: medium",
		"last-contact: 2026-11-01",
		"cadence: 2w",
		"# a comment the user wrote",
		"cares-about:",
		"  - hiring",
		"  - 'reliability'",
		"follow-up: 2026-11-20",
		"follow-up-note: Send the hiring plan",
		"---",
		"",
		"# Jane Doe",
		"",
		"Notes about Jane.   ",
		"",
	].join("\n"),
	"People/Sam Lee.md": "---\ntype: person\nrole: Engineering manager\nrelationship: manager\ninfluence: 4\n---\nSam is my manager.\n",
	"1-1s/2026-11-10 Sam Lee.md": "---\nwith: \"[[Sam Lee]]\"\ndate: 2026-11-10\nfollow-up: 2026-11-24\nfollow-up-note: Share the promo doc\n---\n- [ ] draft promo doc\n",
	"Notes/Ideas.md": "Just some ideas, no properties.\n",
};

export const TODAY = "2026-11-23";

/** An app with the sample vault (or the given notes), the layout ready unless told otherwise. */
export async function makeApp(
	files: Record<string, string> = SAMPLE_VAULT,
	options: { layoutReady?: boolean; cacheReady?: boolean } = {},
): Promise<App> {
	const app = await App.withFiles(files, { cacheReady: options.cacheReady ?? true });
	if (options.layoutReady ?? true) app.workspace.triggerLayoutReady();
	return app;
}

/**
 * obsidianApp types the mock app as Obsidian's App, in this one place: at run time the mock
 * is what `obsidian` resolves to, but it implements only a small part of the real interfaces.
 */
export function obsidianApp(app: App): ObsidianApp {
	return app as unknown as ObsidianApp;
}

/** A loaded index over the app, with a counting readNote. */
export function makeIndex(app: App, settings: () => ManagingUpSettings = () => DEFAULT_SETTINGS) {
	const read = vi.fn(readNote);
	const real = obsidianApp(app);
	const index = new StakeholderIndex({
		metadataCache: real.metadataCache,
		vault: real.vault,
		workspace: real.workspace,
		settings,
		notifyDelayMs: 50,
		readNote: read,
	});
	index.load();
	return { index, read };
}

/** propertiesAndBody splits a note into its parsed properties (as Obsidian reads them) and the text after them. */
export function propertiesAndBody(text: string): { properties: Record<string, unknown>; body: string } {
	const lines = text.replace(/\r\n/g, "\n").split("\n");
	const end = lines[0] === "---" ? lines.indexOf("---", 1) : -1;
	if (end < 0) return { properties: {}, body: text };
	const data: unknown = parseDocument(lines.slice(1, end).join("\n"), { schema: "core", uniqueKeys: true }).toJS() ?? {};
	if (typeof data !== "object" || data === null || Array.isArray(data)) throw new Error("properties are not a map");
	return { properties: data as Record<string, unknown>, body: lines.slice(end + 1).join("\n") };
}

/**
 * expectOnlyChanged checks that a write changed only the given properties (undefined: removed,
 * new keys last) and left every other property, the key order and the body as they were.
 * processFrontMatter rewrites the whole block, as Obsidian's does, so the text itself may differ.
 */
export function expectOnlyChanged(before: string, after: string, changes: Record<string, unknown>): void {
	const was = propertiesAndBody(before);
	const now = propertiesAndBody(after);
	const expected: Record<string, unknown> = { ...was.properties, ...changes };
	for (const [key, value] of Object.entries(changes)) if (value === undefined) delete expected[key];
	expect(now.properties).toEqual(expected);
	expect(Object.keys(now.properties)).toEqual(Object.keys(expected));
	expect(now.body).toBe(was.body);
}

/** vaultFiles reads a vault folder as the mock app takes it: every note, and the config folder's JSON files. */
export function vaultFiles(root: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = join(folder, entry.name);
			const path = relative(root, full).split("\\").join("/");
			if (entry.isDirectory()) {
				if (!entry.name.startsWith(".") || entry.name === ".obsidian") walk(full);
			} else if (entry.name.endsWith(".md") ? !path.startsWith(".") : path.startsWith(".obsidian/") && entry.name.endsWith(".json")) {
				files[path] = readFileSync(full, "utf8");
			}
		}
	};
	walk(root);
	return files;
}

/**
 * loadedPlugin loads the plugin over a vault folder as Obsidian would (settings, layout ready)
 * and waits until its index is built and its 1:1 notes' tasks are read.
 */
export async function loadedPlugin(root: string): Promise<{ app: App; index: StakeholderIndex }> {
	const app = await makeApp(vaultFiles(root), { layoutReady: false });
	const plugin = new ManagingUpPlugin(obsidianApp(app), manifest);
	plugin.load();
	await (plugin as unknown as { loading: Promise<void> }).loading;
	app.workspace.triggerLayoutReady();
	const index = (plugin as unknown as { index: StakeholderIndex }).index;
	await vi.waitFor(() => expect(index.isBuilt).toBe(true));
	await index.tasksRead;
	return { app, index };
}
