import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import manifest from "../../manifest.json";
import ManagingUpPlugin from "../../src/main";
import { reportJson } from "../../src/core/json";
import type { StakeholderIndex } from "../../src/obsidian/index";
import { cli, fixture, parseJson, repoRoot } from "../cli/helpers";
import { makeApp, obsidianApp, vaultFiles } from "./helpers";

const TODAY = "2026-11-23";

/** The plugin on the org fixture vault, its index built. */
async function pluginIndex(): Promise<StakeholderIndex> {
	const app = await makeApp(vaultFiles(join(repoRoot, fixture("org"))), { layoutReady: false });
	const plugin = new ManagingUpPlugin(obsidianApp(app), manifest);
	plugin.load();
	await (plugin as unknown as { loading: Promise<void> }).loading;
	app.workspace.triggerLayoutReady();
	const index = (plugin as unknown as { index: StakeholderIndex }).index;
	await vi.waitFor(() => expect(index.isBuilt).toBe(true));
	return index;
}

describe("the plugin on the org vault", () => {
	it("gives the command line's answer, chain and inferred relationships included", async () => {
		const index = await pluginIndex();
		const { stdout } = await cli(["report", fixture("org"), "--today", TODAY, "--json"]);
		expect(reportJson(index.report(TODAY))).toEqual(parseJson(stdout));
		expect(index.report(TODAY).org?.up).toEqual(["People/Sam Ortiz.md", "People/Dana Lee.md", "People/Priya Nair.md", "People/Morgan Blake.md"]);
	});
});
