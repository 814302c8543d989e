import { afterEach, describe, expect, it } from "vitest";
import { cli, fixture, makeVault, parseJson, removeVaults } from "./helpers";

afterEach(removeVaults);

describe("check", () => {
	it("exits 1 and lists every problem under its note when there are problems", async () => {
		const { code, stdout, stderr } = await cli(["check", fixture("vault-basic")]);
		expect(code).toBe(1);
		expect(stderr).toBe("");
		expect(stdout).toContain("People/Sam Lee.md\n  influence: 'huge' is not a level;");
		expect(stdout).toContain("Notes/bad yaml.md\n  The properties at the top of this note are not valid YAML");
		expect(stdout).toMatch(/6 problems in 4 notes \(\d+ notes read\)\.\n$/);
	});

	it("exits 0 with a short all-clear when every property can be read", async () => {
		const { code, stdout } = await cli(["check", fixture("vault-settings")]);
		expect(code).toBe(0);
		expect(stdout).toBe("No problems: every property in 3 notes could be read.\n");
	});

	it("prints { problems } with --json, the same problems as report --json", async () => {
		const check = await cli(["check", "example-vault", "--json"]);
		const report = await cli(["report", "example-vault", "--today", "2026-11-23", "--json"]);
		expect(check.code).toBe(1);
		const problems = parseJson(check.stdout);
		expect(Object.keys(problems)).toEqual(["problems"]);
		expect(problems.problems).toEqual(parseJson(report.stdout).problems);
		expect(problems.problems).toHaveLength(5);
	});

	it("prints an empty list with --json and exits 0 on a clean vault", async () => {
		const { code, stdout } = await cli(["check", fixture("vault-settings"), "--json"]);
		expect(code).toBe(0);
		expect(parseJson(stdout)).toEqual({ problems: [] });
	});

	it("matches the snapshot of the example vault", async () => {
		const { stdout } = await cli(["check", "example-vault"]);
		await expect(stdout).toMatchFileSnapshot("./__snapshots__/example-vault.check.txt");
	});

	it("does not end a note's properties at a line that only starts with ---, as Obsidian does not", async () => {
		const vault = makeVault({
			"People/Ann.md": "---\nperson: Ann\n----\nrole: VP\n---\n",
			"People/Bo.md": "---\nperson: Bo\nrole: |\n  ---word\ninfluence: huge\n---\n",
		});
		const { code, stdout } = await cli(["check", vault, "--json"]);
		expect(code).toBe(1);
		expect(parseJson(stdout).problems).toEqual([
			{
				path: "People/Ann.md",
				key: null,
				value: null,
				message: "The properties at the top of this note are not valid YAML (Implicit keys need to be on a single line at line 3); Obsidian ignores them too",
			},
			expect.objectContaining({ path: "People/Bo.md", key: "influence", value: "huge" }),
		]);
	});
});
