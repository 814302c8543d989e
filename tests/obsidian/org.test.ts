import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportJson } from "../../src/core/json";
import type { StakeholderIndex } from "../../src/obsidian/index";
import { cli, fixture, parseJson, repoRoot } from "../cli/helpers";
import { loadedPlugin } from "./helpers";

const TODAY = "2026-11-23";

/** The plugin on the org fixture vault, its index built. */
async function pluginIndex(): Promise<StakeholderIndex> {
	return (await loadedPlugin(join(repoRoot, fixture("org")))).index;
}

describe("the plugin on the org vault", () => {
	it("gives the command line's answer, chain and inferred relationships included", async () => {
		const index = await pluginIndex();
		const { stdout } = await cli(["report", fixture("org"), "--today", TODAY, "--json"]);
		expect(reportJson(index.report(TODAY))).toEqual(parseJson(stdout));
		expect(index.report(TODAY).org?.up).toEqual(["People/Sam Ortiz.md", "People/Dana Lee.md", "People/Priya Nair.md", "People/Morgan Blake.md"]);
	});
});
