import { afterEach, describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { MAX_DEPTH, readYaml } from "../../src/cli/yaml";
import { cli, makeVault, parseJson, removeVaults } from "./helpers";

afterEach(removeVaults);

/** A flow list nested `depth` levels deep: `[[[…]]]`. */
function flowList(depth: number): string {
	return `${"[".repeat(depth)}x${"]".repeat(depth)}`;
}

/** A block map nested `depth` levels deep, each level indented one more space. */
function blockMap(depth: number): string {
	let text = "";
	for (let i = 1; i <= depth; i++) text += `\n${" ".repeat(i)}k:`;
	return `${text} x`;
}

describe("deep nesting", () => {
	it.each([
		["a flow list too deep for the parser's stack", `junk: ${flowList(10_000)}`],
		["a block map too deep for the parser's stack", `junk:${blockMap(5_000)}`],
		["a list nested more than MAX_DEPTH levels", `junk: ${flowList(MAX_DEPTH + 1)}`],
	])("leaves out %s and keeps every other key", (_name, junk) => {
		const text = `---\nperson: Deep\n${junk}\nrole: VP\n"quoted key": ${flowList(10_000)}\ncares-about: [a, b]\n---\n`;
		expect(parseFrontmatter(text)).toEqual({
			data: { person: "Deep", role: "VP", "cares-about": ["a", "b"] },
			error: null,
			tooDeep: ["junk", "quoted key"],
		});
	});

	it("keeps a value exactly MAX_DEPTH levels deep", () => {
		expect(readYaml(`a: ${flowList(MAX_DEPTH - 1)}`).tooDeep).toEqual([]);
	});

	it("still reports broken YAML, with its line, after the parser ran out of stack", () => {
		const text = `---\na: 1\njunk: ${flowList(10_000)}\nb: [\nc: 2\n---\n`;
		expect(parseFrontmatter(text)).toEqual({
			data: null,
			error: "Flow sequence in block collection must be sufficiently indented and end with a ] at line 5, column 1:",
		});
	});

	it("still finds a key written twice after the parser ran out of stack", () => {
		const text = `---\na: 1\njunk: ${flowList(10_000)}\na: 2\n---\n`;
		expect(parseFrontmatter(text)).toEqual({ data: null, error: "Map keys must be unique at line 4, column 1:" });
	});

	it("makes a deep key a problem of its note and still reads the person", async () => {
		const vault = makeVault({ "People/Deep.md": `---\nperson: Deep Diver\nrole: VP\njunk: ${flowList(10_000)}\n---\n` });
		const check = await cli(["check", vault, "--json"]);
		expect(check.stderr).toBe("");
		expect(parseJson(check.stdout).problems).toEqual([
			{
				path: "People/Deep.md",
				key: "junk",
				value: null,
				message: `junk: is nested too deeply to read (more than ${MAX_DEPTH} levels)`,
			},
		]);
		const report = parseJson((await cli(["report", vault, "--json", "--today", "2026-11-23"])).stdout);
		expect(report.stakeholders).toEqual([expect.objectContaining({ person: "Deep Diver", role: "VP" })]);
	});
});

describe("properties too deep as a whole", () => {
	it("are a problem of the note when the top level is a deep list", () => {
		expect(parseFrontmatter(`---\n${flowList(MAX_DEPTH + 5)}\n---\n`)).toEqual({ data: null, error: `nested more than ${MAX_DEPTH} levels deep` });
		expect(parseFrontmatter(`---\n${flowList(10_000)}\n---\n`)).toEqual({ data: null, error: `nested more than ${MAX_DEPTH} levels deep` });
	});
});
