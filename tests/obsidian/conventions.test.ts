import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportJson } from "../../src/core/json";
import { cli, fixture, parseJson, repoRoot } from "../cli/helpers";
import { CONVENTION_VAULTS, expectedOf } from "../cli/conventions";
import { loadedPlugin } from "./helpers";


/** The plugin's report, once it has read the vault's config and built its index. */
async function pluginReport(name: string, today: string): Promise<unknown> {
	const { index } = await loadedPlugin(join(repoRoot, fixture(`conventions/${name}`)));
	return reportJson(index.report(today));
}

describe.each(CONVENTION_VAULTS)("the plugin on the %s vault", (name) => {
	it("gives the command line's answer: the same people, follow-ups, problems and names without a note", async () => {
		const { today } = expectedOf(name);
		const { stdout } = await cli(["report", fixture(`conventions/${name}`), "--today", today, "--json"]);
		expect(await pluginReport(name, today)).toEqual(parseJson(stdout));
	});
});
