import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { parseFrontmatter, propertiesBlock } from "../../src/cli/frontmatter";
import { SLOW_TIMEOUT } from "../slow";

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
		["a closing line with trailing spaces", "---\nperson: A\n---  \t\nrole: B\n", { data: { person: "A" }, error: null }],
		["---- inside a block text", "---\nnote: |\n  ----\n  ---word\nrole: B\n---\n", { data: { note: "----\n---word\n", role: "B" }, error: null }],
		["--- inside a quoted text", "---\nnote: 'a\n  ---x'\nrole: B\n---\n", { data: { note: "a ---x", role: "B" }, error: null }],
		["only the first line counts as the opening", "---\n---\nperson: A\n---\n", { data: {}, error: null }],
	])("%s", (_name, text, expected) => {
		expect(parseFrontmatter(text)).toEqual(expected);
	});

	it.each([
		["----", "---\nperson: A\n----\nrole: B\n---\n"],
		["---word", "---\nperson: A\n---word\nrole: B\n---\n"],
	])("does not end the properties at a line %s, as Obsidian does not (the line is then bad YAML)", (_line, text) => {
		expect(parseFrontmatter(text)).toEqual({ data: null, error: "Implicit keys need to be on a single line at line 3, column 1:" });
	});

	it.each([
		["---\na: 1\n---\n", "a: 1"],
		["---\na: 1\n---", "a: 1"],
		["---\n---\n", ""],
		["---  \n\n---\n", ""],
		["---\na: |\n  ----\n--- \nb: 2\n---\n", "a: |\n  ----"],
		["---\na: 1\n", null],
		["---", null],
		["----\na: 1\n---\n", null],
		["---x\na: 1\n---\n", null],
	])("propertiesBlock(%j) is %j", (text, block) => {
		expect(propertiesBlock(text)).toBe(block);
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

/** What the yaml package's own parse (uniqueKeys: true, quadratic) says about a block: the first line of its error. */
function packageVerdict(block: string): { data: unknown; error: string | null } {
	try {
		return { data: parse(`\n${block}`, { schema: "core", uniqueKeys: true, logLevel: "error" }) ?? {}, error: null };
	} catch (error) {
		return { data: null, error: (error as Error).message.split("\n")[0] ?? "" };
	}
}

describe("duplicate keys", () => {
	it.each([
		"a: 1\na: 2",
		"a: 1\nb:\n  c: 1\n  c: 2",
		"a: 1\n'a': 2",
		'a: 1\n"a": 2\nb: 3',
		"x: {a: 1, a: 2}",
		"x: [{a: 1}, {b: 1, b: 2}]",
		"1: a\n01: b",
		"true: a\nTrue: b",
		"~: a\nnull: b",
		".nan: 1\n.NaN: 2",
		"&x a: 1\n!!str a: 2",
		"? a\n: 1\n? a\n: 2",
		"a: 1\nb: [\nc: 1\na: 2",
		"a: [\nb: 1\nb: 2",
		"a:\n  - b: 1\n    b: 2\nc: 1\nc: 2",
		"x: 1\ny: *nope\nx: 2",
		"[a]: 1\n[a]: 2",
		"a: 1\nA: 2\n  b: 3",
		"- a: 1\n  a: 2",
		"a: 1\n",
	])("give the yaml package's own verdict for %j", (block) => {
		const expected = packageVerdict(block);
		const result = parseFrontmatter(`---\n${block}\n---\n`);
		expect(result.error).toBe(expected.error);
		if (expected.error === null) expect(result.data).toEqual(expected.data);
	});

	it("reads 40,000 keys in one note, and finds a duplicate among them", () => {
		const keys = Array.from({ length: 40_000 }, (_, i) => `key${i}: ${i}`);
		const many = parseFrontmatter(`---\n${keys.join("\n")}\n---\n`);
		expect(many.error).toBeNull();
		const data = many.data as Record<string, number>;
		expect(Object.keys(data)).toHaveLength(40_000);
		expect(data.key39999).toBe(39_999);
		const twice = parseFrontmatter(`---\n${keys.join("\n")}\nkey7: again\n---\n`);
		expect(twice).toEqual({ data: null, error: "Map keys must be unique at line 40002, column 1:" });
	}, SLOW_TIMEOUT);
});

describe("the YAML parser", () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it("never writes to stderr: unfilled {{date}} maps, !!binary and unknown tags are read quietly", () => {
		const emitWarning = vi.spyOn(process, "emitWarning").mockImplementation(() => undefined);
		const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
		const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
		const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
		const stderr = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
		const result = parseFrontmatter("---\ndate: {{date}}\nfile: !!binary aGVsbG8=\nodd: !foo bar\nmap: {[a, b]: 1}\n---\n");
		expect(result.error).toBeNull();
		expect(result.data).toMatchObject({ date: { "{ date }": null }, odd: "bar", map: { "[ a, b ]": 1 } });
		expect(emitWarning).not.toHaveBeenCalled();
		expect(warn).not.toHaveBeenCalled();
		expect(error).not.toHaveBeenCalled();
		expect(log).not.toHaveBeenCalled();
		expect(stderr).not.toHaveBeenCalled();
	});
});
