import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, fixture, parseJson, repoRoot } from "./helpers";

const expected = JSON.parse(readFileSync(join(repoRoot, fixture("org/expected.json")), "utf8")) as {
	today: string;
	chain: Record<string, string>;
	notInChain: string[];
	problems: { path: string; key: string }[];
};

interface Json {
	stakeholders: { path: string; relationship: string | null; reportsToPath: string | null; inferredRelationship: string | null; chain: string | null }[];
	problems: { path: string; key: string | null }[];
}

describe("managing-up report on the org fixture", () => {
	it("gives each stakeholder reportsToPath, inferredRelationship and chain in --json", async () => {
		const { code, stdout } = await cli(["report", fixture("org"), "--today", expected.today, "--json"]);
		expect(code).toBe(0);
		const json = parseJson(stdout) as unknown as Json;
		const chainOf = Object.fromEntries(json.stakeholders.map((s) => [s.path, s.chain]));
		for (const [path, chain] of Object.entries(expected.chain)) expect(chainOf[path], path).toBe(chain);
		for (const path of expected.notInChain) expect(chainOf[path], path).toBeNull();
		for (const s of json.stakeholders) expect(s.inferredRelationship).toBe(s.relationship === null ? s.chain : null);
		expect(json.problems.filter((p) => p.key === "reports-to" || p.key === "manager").map(({ path, key }) => ({ path, key }))).toEqual(expected.problems);
		await expect(stdout).toMatchFileSnapshot("./__snapshots__/org.report.json");
	});

	it("prints an Org section in the text report: your chain, then the flags", async () => {
		const { stdout } = await cli(["report", fixture("org"), "--today", expected.today]);
		const org = stdout.slice(stdout.indexOf("\nOrg\n"), stdout.indexOf("\nProblems ("));
		expect(org).toContain("Alex Rivera (you)\n");
		expect(org).toContain("! Skip-level not met in 60 days (last met 95 days ago): Dana Lee");
		expect(org).toContain("! High influence, outside your chain: Harper Quinn");
		await expect(stdout).toMatchFileSnapshot("./__snapshots__/org.report.txt");
	});

	it("lets --me name someone else: their chain, and Alex is a stakeholder again", async () => {
		const { stdout } = await cli(["report", fixture("org"), "--today", expected.today, "--json", "--me", "Jordan Kim"]);
		const json = parseJson(stdout) as unknown as Json;
		expect(json.stakeholders.find((s) => s.path === "People/Alex Rivera.md")?.chain).toBe("peer");
		expect(json.stakeholders.find((s) => s.path === "People/Jordan Kim.md")).toBeUndefined();
	});
});
