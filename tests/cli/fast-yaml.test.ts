import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RepeatedKey, fastYaml } from "../../src/cli/fast-yaml";
import { propertiesBlock } from "../../src/cli/frontmatter";
import { readYaml } from "../../src/cli/yaml";
import { generateVault } from "../../bench/vault";
import { PROPERTY_TIMEOUT } from "../property";

/**
 * The fast path must give exactly what the `yaml` package gives (values, key order, -0, NaN,
 * own `__proto__` keys), and must never answer for text the package rejects: its errors are
 * the package's. Every answer it gives is checked against readYaml.
 */

/** same compares two values as a JSON writer and the core would see them, and more strictly: key order, prototypes, -0. */
function same(a: unknown, b: unknown): boolean {
	if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
	if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
	return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** agrees says whether the fast path's answer for a YAML text is the package's (or no answer at all). */
function agrees(text: string): { ok: boolean; fast: unknown; slow: unknown } {
	const fast = fastYaml(text);
	if (fast === undefined) return { ok: true, fast, slow: "(not asked)" };
	if (fast instanceof RepeatedKey) {
		// The package must refuse the text with the same message.
		try {
			return { ok: false, fast, slow: readYaml(text) };
		} catch (error) {
			const slow = error instanceof Error ? error.message : String(error);
			return { ok: slow === fast.message, fast, slow };
		}
	}
	let slow: unknown;
	try {
		const reading = readYaml(text);
		if (reading.tooDeep.length > 0) return { ok: false, fast, slow: reading };
		slow = reading.data;
	} catch (error) {
		return { ok: false, fast, slow: error instanceof Error ? error.message : String(error) };
	}
	return { ok: same(fast, slow), fast, slow };
}

const KEYS = [
	"person", "role", "last-contact", "tags", "a b", "a  b", "__proto__", "constructor", "toString", "hasOwnProperty",
	"true", "True", "TRUE", "false", "null", "Null", "NULL", "nan", "inf", "y", "n", "on", "x", "_", "_x", "a-", "Key",
	"KEY", "key ", " key", "1", "01", "-a", "a:b", "a#b", "a #b", "é", "Zoë", "'q'", '"q"', "a\tb", "<<", "?", "a?", "a.b",
];

const SCALARS = [
	"", " ", "~", "null", "Null", "NULL", "nULL", "true", "True", "TRUE", "tRUE", "false", "FALSE", "yes", "no", "on", "off",
	"0", "00", "007", "-0", "+1", "-5", "+0", "1.5", "1.", ".5", "1.50", "1e5", "1E-3", "1e", "0x1F", "0X1F", "0o17", "0b1",
	".inf", "-.inf", "+.INF", ".nan", ".NaN", ".NAN", ".Nan", "123456789012345", "1234567890123456", "9007199254740993",
	"2026-11-01", "2026-13-45", "2026-06-10T09:30", "12:30", "1:30:00", "1-1", "2w", "1_000", "1,000", "a: b", "a:", "a:b",
	"a #c", "a#b", "#c", "-", "- x", "-x", "--", "?", "? x", "?x", ":", ":x", "!tag x", "!!str 1", "&a x", "*a", "|", "|-",
	">", "%x", "@x", "`x", "[a]", "[a, b]", "[]", "[ ]", "[a,]", "[,a]", "[a, [b]]", "[[X]]", "[[X|y]]", '["a, b"]', "['a']",
	"[a: b]", "[a #b]", "[ a , b ]", "[1, 2.5, -3, true, null, ~]", "[a] x", "{a: b}", "{}", '"q"', "'q'", '"a\\nb"',
	'"a\\"b"', "'it''s'", '""', "''", '"a', "'a", "it's", 'say "hi"', "a [b]", "a {b}", "a ]", "a, b", "C:\\x", "Zoë",
	"José", "\u00a0x", "x\u00a0", "a\u2028b", "\ufeffx", "a\tb", "a\u0085b", "a\u0007", "\ud83d\ude00", "a\ud83d", "...",
	"---", "a  b", "x ", "=", "<<", "[[Omar Chen.md]]", '"[[Omar Chen.md]]"', "one-on-one", "Sales & Partnerships",
	"https://example.com/a?b=c#d", "[[Jonas Doe]]", "[[ Jonas Doe ]]", "[[Zoë Moreau]]", "[[A]], [[B]]", "[[A]] x", "[[]]", "[[ ]]",
	"[[1]]", "[[true]]", "[[~]]", "[[-x]]", "[[a: b]]", "[[a, b]]", "[[a]]]", "[[[a]]]", "[['a']]", "[[a#b]]", "[[a #b]]", "[[a|b]]", "[[a\u00a0]]", "a\\", "\\", "%", "a%",
];

const scalarArb = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...SCALARS) },
	{ weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."ab1-:# ,[]{}'\"\\!&*?|>%@`.~+é\u00a0\t") , maxLength: 8 }) },
	{ weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
);
const keyArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(..."aZ_1- :#'\".é"), minLength: 1, maxLength: 5 }) });
const sepArb = fc.constantFrom(" ", " ", " ", "", "  ", "\t");
const indentArb = fc.constantFrom("", "  ", "  ", " ", "    ", "\t");

const lineArb: fc.Arbitrary<string> = fc.oneof(
	{ weight: 8, arbitrary: fc.tuple(keyArb, sepArb, scalarArb).map(([k, s, v]) => `${k}:${s}${v}`) },
	{
		weight: 3,
		arbitrary: fc
			.tuple(keyArb, fc.array(fc.tuple(indentArb, sepArb, scalarArb), { minLength: 0, maxLength: 3 }), fc.boolean())
			.map(([k, items, same]) => [`${k}:`, ...items.map(([i, s, v], n) => `${same ? (items[0]?.[0] ?? "") : i}-${n === 0 || !same ? s : " "}${v}`)].join("\n")),
	},
	{ weight: 1, arbitrary: fc.constantFrom("", " ", "# comment", "  continued", "...", "- x", "%YAML 1.2", "&a", "? k", ": v", "k", "\t") },
);

/** Mostly simple keys and values, now and then any: the pieces of the nested text below, so that the fast path answers a share of it. */
const simpleKeyArb = fc.oneof({ weight: 8, arbitrary: fc.constantFrom("people", "customers", "role", "a b", "x", "_", "toString", "__proto__") }, { weight: 1, arbitrary: keyArb });
const simpleScalarArb = fc.oneof({ weight: 6, arbitrary: fc.constantFrom("Maya", "[[Jai Menon]]", "'[[Silk]]'", '"q"', "2026-11-01", "7", "true", "data platform", "it''s") }, { weight: 1, arbitrary: scalarArb });
const simpleSepArb = fc.oneof({ weight: 8, arbitrary: fc.constant(" ") }, { weight: 1, arbitrary: sepArb });
const deeperArb = fc.oneof({ weight: 8, arbitrary: fc.constant("  ") }, { weight: 2, arbitrary: fc.constantFrom(" ", "    ", "   ") }, { weight: 1, arbitrary: fc.constantFrom("", "\t") });

/** A plain value carried on over lines below it, each at some indentation (YAML joins them with spaces, if they are deep enough). */
const carriedArb = fc
	.tuple(simpleKeyArb, simpleSepArb, simpleScalarArb, fc.array(fc.tuple(deeperArb, simpleScalarArb), { minLength: 1, maxLength: 3 }))
	.map(([k, s, v, more]) => [`${k}:${s}${v}`, ...more.map(([i, w]) => `${i}${w}`)].join("\n"));

/**
 * mapLines writes a key with a map under it, `depth` maps deep at most: its keys at one
 * indentation (now and then another), each with a value, a list (at the key's indentation or
 * deeper), a value carried on, or a map of its own.
 */
function mapLines(depth: number): fc.Arbitrary<string> {
	const entry: fc.Arbitrary<string[]> = fc.oneof(
		{ weight: 4, arbitrary: fc.tuple(simpleKeyArb, simpleSepArb, simpleScalarArb).map(([k, s, v]) => [`${k}:${s}${v}`]) },
		{
			weight: 2,
			arbitrary: fc
				.tuple(simpleKeyArb, fc.constantFrom("", "", "  ", " "), fc.array(fc.tuple(simpleSepArb, simpleScalarArb), { minLength: 1, maxLength: 3 }))
				.map(([k, extra, items]) => [`${k}:`, ...items.map(([s, v]) => `${extra}-${s}${v}`)]),
		},
		{ weight: 1, arbitrary: carriedArb.map((text) => text.split("\n")) },
		{ weight: depth > 1 ? 2 : 0, arbitrary: fc.constant(null).chain(() => mapLines(depth - 1)).map((text) => text.split("\n")) },
		{ weight: 1, arbitrary: fc.constantFrom("", "- x", "k", "# c", "x:").map((line) => [line]) },
	);
	return fc
		.tuple(simpleKeyArb, deeperArb, fc.array(fc.tuple(entry, fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), deeperArb), { minLength: 1, maxLength: 4 }))
		.map(([k, indent, entries]) => [`${k}:`, ...entries.flatMap(([lines, same, other]) => lines.map((line) => (line === "" ? "" : `${same ? indent : other}${line}`)))].join("\n"));
}
const nestedArb = mapLines(5);

describe("the fast YAML path", () => {
	it("gives what the yaml package gives, or leaves the text to it (values and errors)", () => {
		let answered = 0;
		fc.assert(
			fc.property(fc.array(lineArb, { maxLength: 8 }), (lines) => {
				const text = `\n${lines.join("\n")}`;
				const result = agrees(text);
				if (result.fast !== undefined) answered++;
				if (!result.ok) throw new Error(`${JSON.stringify(text)}: fast ${JSON.stringify(result.fast)}, yaml ${JSON.stringify(result.slow)}`);
			}),
			{ numRuns: 20_000 },
		);
		// The generator is worth running only if the fast path answers a good share of it.
		expect(answered).toBeGreaterThan(2000);
	}, PROPERTY_TIMEOUT);

	it("gives the package's error for keys written again, at the same line and column", () => {
		let refused = 0;
		const few = fc.constantFrom("role", "tags", "a", "a b");
		const line = fc.oneof(
			{ weight: 6, arbitrary: fc.tuple(few, fc.constantFrom(...SCALARS)).map(([k, v]) => `${k}: ${v}`) },
			{ weight: 2, arbitrary: fc.tuple(few, fc.array(fc.constantFrom("people", "x", "'q'"), { minLength: 1, maxLength: 2 })).map(([k, items]) => [`${k}:`, ...items.map((v) => `  - ${v}`)].join("\n")) },
			{ weight: 2, arbitrary: fc.tuple(few, fc.array(fc.tuple(few, fc.constantFrom("1", "x", "[]")), { minLength: 1, maxLength: 3 })).map(([k, pairs]) => [`${k}:`, ...pairs.map(([p, v]) => `  ${p}: ${v}`)].join("\n")) },
			{ weight: 1, arbitrary: nestedArb },
			{ weight: 1, arbitrary: lineArb },
		);
		fc.assert(
			fc.property(fc.array(line, { minLength: 2, maxLength: 6 }), (lines) => {
				const text = `\n${lines.join("\n")}`;
				const result = agrees(text);
				if (result.fast instanceof RepeatedKey) refused++;
				if (!result.ok) throw new Error(`${JSON.stringify(text)}: fast ${JSON.stringify(result.fast)}, yaml ${JSON.stringify(result.slow)}`);
			}),
			{ numRuns: 20_000 },
		);
		// About one case in ten repeats a key in text that is otherwise simple.
		expect(refused).toBeGreaterThan(1000);
	}, PROPERTY_TIMEOUT);

	it("gives what the yaml package gives for maps nested under keys and values carried over lines", () => {
		let answered = 0;
		let nested = 0;
		const line = fc.oneof({ weight: 4, arbitrary: nestedArb }, { weight: 1, arbitrary: carriedArb }, { weight: 1, arbitrary: lineArb });
		fc.assert(
			fc.property(fc.array(line, { maxLength: 3 }), (lines) => {
				const text = `\n${lines.join("\n")}`;
				const result = agrees(text);
				if (result.fast !== undefined) answered++;
				if (JSON.stringify(result.fast ?? null).includes(":{")) nested++;
				if (!result.ok) throw new Error(`${JSON.stringify(text)}: fast ${JSON.stringify(result.fast)}, yaml ${JSON.stringify(result.slow)}`);
			}),
			{ numRuns: 20_000 },
		);
		expect(answered).toBeGreaterThan(2000);
		expect(nested).toBeGreaterThan(500);
	}, PROPERTY_TIMEOUT);

	it("gives what the yaml package gives for text made mostly of simple lines", () => {
		let answered = 0;
		const simpleLine = fc.oneof(
			{ weight: 6, arbitrary: fc.tuple(fc.constantFrom(...KEYS.slice(0, 24)), fc.constantFrom(...SCALARS)).map(([k, v]) => `${k}: ${v}`) },
			{ weight: 2, arbitrary: fc.tuple(fc.constantFrom(...KEYS.slice(0, 6)), fc.array(fc.constantFrom(...SCALARS), { maxLength: 3 })).map(([k, items]) => [`${k}:`, ...items.map((v) => `  - ${v}`)].join("\n")) },
			{ weight: 1, arbitrary: lineArb },
		);
		fc.assert(
			fc.property(fc.uniqueArray(simpleLine, { maxLength: 6 }), (lines) => {
				const text = `\n${lines.join("\n")}`;
				const result = agrees(text);
				if (result.fast !== undefined) answered++;
				if (!result.ok) throw new Error(`${JSON.stringify(text)}: fast ${JSON.stringify(result.fast)}, yaml ${JSON.stringify(result.slow)}`);
			}),
			{ numRuns: 20_000 },
		);
		expect(answered).toBeGreaterThan(4000);
	}, PROPERTY_TIMEOUT);

	it.each([
		["simple lines", "\nperson: true\nrole: Chief of Staff\ninfluence: 2\nlast-contact: 2026-06-10T09:30\ncadence: biweekly", { person: true, role: "Chief of Staff", influence: 2, "last-contact": "2026-06-10T09:30", cadence: "biweekly" }],
		["a block list and a flow list", '\ntags:\n  - people\n  - "sales-partnerships"\ncares: [a, "b c"]', { tags: ["people", "sales-partnerships"], cares: ["a", "b c"] }],
		["an unquoted link", "\nwith: [[Jonas Doe]]", { with: [["Jonas Doe"]] }],
		["a link in quotes", '\nwith: "[[Omar Chen.md]]"\ndate: 2026-10-14\ntags: [one-on-one]', { with: "[[Omar Chen.md]]", date: "2026-10-14", tags: ["one-on-one"] }],
		["an empty value and an empty list", "\na:\nb: []\nc: ''", { a: null, b: [], c: "" }],
		["a map under a key", "\nentities:\n  people:\n  - '[[Jai Menon]]'\n  customers: []\ntype: transcript", { entities: { people: ["[[Jai Menon]]"], customers: [] }, type: "transcript" }],
		["a value wrapped over lines", "\nbio: Leads the data platform\n  team in Austin.\nlocation: Austin", { bio: "Leads the data platform team in Austin.", location: "Austin" }],
		["text that starts with a plus", "\nphone: +1 555 0100\nnote: +++ draft +++", { phone: "+1 555 0100", note: "+++ draft +++" }],
		["quotes in single quotes and an empty map", "\ntitle: 'it''s C:\\x'\nextra: {}", { title: "it's C:\\x", extra: {} }],
	])("reads %s", (_name, text, expected) => {
		expect(fastYaml(text)).toEqual(expected);
		expect(agrees(text).ok).toBe(true);
	});

	it.each([
		["at the top", "\nrole: Lead\nrelationship: peer\ntags: [people]\nrelationship: duplicate", 5, 1],
		["in a map under a key", "\nentities:\n  people: []\n  people: [x]\ntype: transcript", 4, 3],
		["twice: the first is named", "\na: 1\nb: 2\nb: 3\na: 4", 4, 1],
		["below a list", "\ntags:\n  - people\nrole: x\ntags:\n  - again", 5, 1],
	])("gives the package's error for a key written again %s", (_name, text, line, column) => {
		const fast = fastYaml(text);
		expect(fast).toEqual(new RepeatedKey(`Map keys must be unique at line ${line}, column ${column}:`));
		expect(agrees(text).ok).toBe(true);
	});

	it("leaves a key written again to the package when the rest is not simple", () => {
		// The package may then name another error first: a comment is fine, a tab is not.
		expect(fastYaml("\na: 1\na: 2 # two")).toBeUndefined();
		expect(fastYaml("\na: 1\na: 2\nb:\tx")).toBeUndefined();
		expect(() => readYaml("\na: 1\na: 2\nb:\tx")).toThrow();
		// The same name in two maps is no repeat.
		expect(fastYaml("\nx:\n  a: 1\na: 2")).toEqual({ x: { a: 1 }, a: 2 });
	});

	it.each([
		["a comment", "\na: 1 # one"],
		["a float", "\na: 1.5"],
		["an escape", '\na: "x\\ny"'],
		["a map nested five deep", "\na:\n b:\n  c:\n   d:\n    e: 1"],
		["a value carried on after an empty line", "\na: b\n\n  c"],
		["a tab", "\na:\tb"],
		["a line carried on that looks like a key", "\na: b\n  c: d"],
		["two unquoted links", "\na: [[X]], [[Y]]"],
	])("leaves %s to the package", (_name, text) => {
		expect(fastYaml(text)).toBeUndefined();
	});

	it("reads most notes of a generated vault itself, each as the package does", () => {
		let simple = 0;
		let blocks = 0;
		for (const note of generateVault({ people: 100, seed: 3, today: "2026-11-23" })) {
			const block = propertiesBlock(note.text.replace(/\r\n?/g, "\n"));
			if (block === null || block === "") continue;
			blocks++;
			const text = `\n${block}`;
			const result = agrees(text);
			expect(result.ok, text).toBe(true);
			if (result.fast !== undefined) simple++;
		}
		expect(simple / blocks).toBeGreaterThan(0.9);
	});
});
