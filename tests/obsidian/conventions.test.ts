import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import manifest from "../../manifest.json";
import ManagingUpPlugin from "../../src/main";
import { reportJson } from "../../src/core/json";
import type { StakeholderIndex } from "../../src/obsidian/index";
import { cli, fixture, parseJson, repoRoot } from "../cli/helpers";
import { CONVENTION_VAULTS, expectedOf } from "../cli/conventions";
import { makeApp, obsidianApp, vaultFiles } from "./helpers";


/** The plugin's report, once it has read the vault's config and built its index. */
async function pluginReport(name: string, today: string): Promise<unknown> {
	const app = await makeApp(vaultFiles(join(repoRoot, fixture(`conventions/${name}`))), { layoutReady: false });
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
