import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/cli/frontmatter";

describe("parseFrontmatter", () => {
	it.each([
		["no properties", "# Title\n", { data: null, error: null }],
		["dates stay strings", "---\nlast-contact: 2026-11-01\nat: 2026-11-01T09:30\n---\n", { data: { "last-contact": "2026-11-01", at: "2026-11-01T09:30" }, error: null }],
		["no rolled-over dates", "---\nlast-contact: 2026-13-45\n---\n", { data: { "last-contact": "2026-13-45" }, error: null }],
		["CRLF", "---\r\nrole: Manager\r\n---\r\n", { data: { role: "Manager" }, error: null }],
		["empty properties", "---\n---\nbody", { data: {}, error: null }],
		["closing line at the end of the file", "---\nperson: A\n---", { data: { person: "A" }, error: null }],
		["no closing line: no properties, as in Obsidian", "---\nperson: A\nrole: b\n", { data: null, error: null }],
		["a horizontal rule is not properties", "----\nperson: A\n----\n", { data: null, error: null }],
		["a list", "---\n- a\n- b\n---\n", { data: ["a", "b"], error: null }],
	])("%s", (_name, text, expected) => {
		expect(parseFrontmatter(text)).toEqual(expected);
	});

	it("reports broken YAML with the parser's first line", () => {
		expect(parseFrontmatter("---\na: 1\na: 2\n---\n")).toEqual({ data: null, error: "Map keys must be unique at line 3, column 1:" });
	});

	it("gives a fresh object for equal texts (no shared cache)", () => {
		const text = "---\nperson: A\n---\n";
		const first = parseFrontmatter(text).data as Record<string, unknown>;
		first.person = "changed";
		expect(parseFrontmatter(text).data).toEqual({ person: "A" });
	});
});
