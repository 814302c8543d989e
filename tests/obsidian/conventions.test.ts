import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it, vi } from "vitest";
import manifest from "../../manifest.json";
import ManagingUpPlugin from "../../src/main";
import { reportJson } from "../../src/core/json";
import type { StakeholderIndex } from "../../src/obsidian/index";
import { cli, fixture, parseJson, repoRoot } from "../cli/helpers";
import { CONVENTION_VAULTS, expectedOf } from "../cli/conventions";
import { makeApp, obsidianApp } from "./helpers";

/** filesOf reads a fixture vault as the mock app takes it: every note, and the config folder's JSON files. */
function filesOf(root: string): Record<string, string> {
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

/** The plugin's report, once it has read the vault's config and built its index. */
async function pluginReport(name: string, today: string): Promise<unknown> {
	const app = await makeApp(filesOf(join(repoRoot, fixture(`conventions/${name}`))), { layoutReady: false });
	const plugin = new ManagingUpPlugin(obsidianApp(app), manifest);
	plugin.load();
	await (plugin as unknown as { loading: Promise<void> }).loading;
	app.workspace.triggerLayoutReady();
	const index = (plugin as unknown as { index: StakeholderIndex }).index;
	await vi.waitFor(() => expect(index.isBuilt).toBe(true));
	return reportJson(index.report(today));
}

describe.each(CONVENTION_VAULTS)("the plugin on the %s vault", (name) => {
	it("gives the command line's answer: the same people, follow-ups, problems and names without a note", async () => {
		const { today } = expectedOf(name);
		const { stdout } = await cli(["report", fixture(`conventions/${name}`), "--today", today, "--json"]);
		expect(await pluginReport(name, today)).toEqual(parseJson(stdout));
	});
});
