import { vi } from "vitest";
import type { App as ObsidianApp } from "obsidian";
import { App } from "../mock/obsidian";
import { readNote } from "../../src/core/read";
import { StakeholderIndex } from "../../src/obsidian/index";
import { DEFAULT_SETTINGS, type ManagingUpSettings } from "../../src/settings";

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
