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

	it("explains what it found as the command line does, the notes linked as people that are no one's included", async () => {
		const expected = expectedOf(name);
		const { stdout } = await cli(["explain", fixture(`conventions/${name}`), "--today", expected.today, "--json"]);
		const { index } = await loadedPlugin(join(repoRoot, fixture(`conventions/${name}`)));
		const explained = JSON.parse(JSON.stringify(index.explanation(expected.today))) as { linkedNotPeople: { top: { path: string }[] } };
		expect(explained).toEqual(parseJson(stdout));
		expect(explained.linkedNotPeople.top.map((note) => note.path)).toEqual(expected.linkedNotPeople ?? []);
	});
});
