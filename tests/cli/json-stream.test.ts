import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactJson, inPieces, writeJson, writeJsonLists } from "../../src/cli/json-stream";
import { reportJson, reportJsonLists } from "../../src/core";
import { listVault, readListing, vaultReport } from "../../src/cli/vault";
import { json } from "../../src/cli/vault-command";
import { cli } from "./helpers";

/** writeJson writes what `json` (JSON.stringify with two spaces, then a newline) writes, byte for byte, in pieces. */
function written(value: unknown, depth?: number): { text: string; pieces: number } {
	const pieces: string[] = [];
	writeJson(value, (text) => pieces.push(text), depth);
	return { text: pieces.join(""), pieces: pieces.length };
}

const anything = fc.anything({
	withNullPrototype: true,
	withObjectString: true,
	withBoxedValues: true,
	withDate: true,
	withMap: true,
	withSet: true,
	withSparseArray: true,
	withTypedArray: true,
	stringUnit: "grapheme",
	values: [fc.constant(undefined), fc.constant(() => 1), fc.constant(Symbol("s")), fc.constant({ toJSON: () => undefined }), fc.constant({ toJSON: () => [1, { a: 2 }] })],
});

describe("writeJson", () => {
	it("writes what JSON.stringify writes, at every depth", () => {
		fc.assert(
			fc.property(anything, fc.integer({ min: 0, max: 4 }), (value, depth) => {
				expect(written(value, depth).text).toBe(json(value));
			}),
			{ seed: 15, numRuns: 3000 },
		);
	});

	it.each([
		["an empty object and list", { a: {}, b: [], c: [[]] }],
		["members JSON leaves out", { a: undefined, b: () => 1, c: [undefined, () => 1], d: { toJSON: () => undefined }, e: 1 }],
		["only members JSON leaves out", { a: undefined }],
		["hostile text", { "<img src=x onerror=alert(1)>": "line\nbreak \u2028 \"quoted\" \\ é 😀" }],
		["a date", { when: new Date(Date.UTC(2026, 10, 23)) }],
		["undefined at the top", undefined],
		["a number at the top", -0],
	])("writes %s as JSON.stringify does", (_name, value) => {
		expect(written(value).text).toBe(json(value));
	});

	it("writes a large list in many pieces", () => {
		const value = { rows: Array.from({ length: 20_000 }, (_, i) => ({ i, name: `Person ${i}` })) };
		const { text, pieces } = written(value);
		expect(text).toBe(json(value));
		expect(pieces).toBeGreaterThan(10);
	});

	it("writes lists whose items are made as they are written as it writes them made", () => {
		const key = fc.oneof(fc.constantFrom("today", "stakeholders", "__proto__", "toJSON", ""), fc.string());
		fc.assert(
			fc.property(fc.dictionary(key, anything), fc.dictionary(key, fc.array(anything, { maxLength: 4 })), (head, lists) => {
				let made = 0;
				const unmade = Object.fromEntries(Object.entries(lists).map(([name, items]) => [name, { items, toJson: (item: unknown) => (made++, { item }) }]));
				const entries: [string, unknown][] = [...Object.entries(head), ...Object.entries(lists).map(([name, items]): [string, unknown] => [name, items.map((item) => ({ item }))])];
				const whole = Object.fromEntries(entries);
				const pieces: string[] = [];
				writeJsonLists(head, unmade, (text) => pieces.push(text));
				expect(pieces.join("")).toBe(json(whole));
				// Each item is made once (unless a head's toJSON writes the whole object as something else).
				if (!Object.prototype.hasOwnProperty.call(head, "toJSON")) expect(made).toBe(Object.values(lists).reduce((n, items) => n + items.length, 0));
			}),
			{ seed: 16, numRuns: 1000 },
		);
	});

	it("makes a long list's items as it writes them, not all first", () => {
		let made = 0;
		const madeAtFirstPiece: number[] = [];
		const items = Array.from({ length: 20_000 }, (_, i) => i);
		writeJsonLists({ today: "2026-11-23" }, { rows: { items, toJson: (i: number) => (made++, { i, name: `Person ${i}` }) } }, () => madeAtFirstPiece.push(made));
		expect(made).toBe(20_000);
		expect(madeAtFirstPiece[0]).toBeLessThan(5_000);
	});

	it("writes a vault's report as reportJson gives it", () => {
		const report = vaultReport(readListing(listVault("example-vault", process.cwd())), "2026-11-23");
		const { lists, ...head } = reportJsonLists(report);
		const pieces: string[] = [];
		writeJsonLists(head, lists, (text) => pieces.push(text));
		expect(pieces.join("")).toBe(json(reportJson(report)));
	});

	it("writes the example vault's report as the report always did", async () => {
		const { stdout } = await cli(["report", "example-vault", "--json", "--today", "2026-11-23", "--no-cache"]);
		expect(stdout).toBe(json(JSON.parse(stdout)));
	});
});

describe("compactJson", () => {
	it("gives what JSON.stringify gives, at every depth", () => {
		fc.assert(
			fc.property(anything, fc.integer({ min: 0, max: 4 }), (value, depth) => {
				fc.pre(JSON.stringify(value) !== undefined);
				expect([...compactJson(value, depth)].join("")).toBe(JSON.stringify(value));
			}),
			{ seed: 17, numRuns: 3000 },
		);
	});

	it("gives a large list's members one by one, and inPieces joins them into pieces of about 64k characters", () => {
		const rows = Array.from({ length: 20_000 }, (_, i) => ({ i, name: `Person ${i}` }));
		const texts = [...compactJson({ key: "k", report: { rows } }, 3)];
		expect(texts.length).toBeGreaterThan(20_000);
		const pieces = [...inPieces(texts)];
		expect(pieces.join("")).toBe(JSON.stringify({ key: "k", report: { rows } }));
		expect(pieces.length).toBeGreaterThan(5);
		for (const piece of pieces) expect(piece.length).toBeLessThan((1 << 16) + 100);
	});

	it("passes bytes through inPieces in their place, the texts before them written first", () => {
		const bytes = Buffer.from("[\"Zoë\"]");
		const parts = [...inPieces(["a", "b", bytes, "c", bytes, bytes, "d"])];
		expect(parts.map((part) => (typeof part === "string" ? part : `<${Buffer.from(part).toString()}>`))).toEqual(["ab", '<["Zoë"]>', "c", '<["Zoë"]>', '<["Zoë"]>', "d"]);
		expect(parts[1]).toBe(bytes);
	});
});
