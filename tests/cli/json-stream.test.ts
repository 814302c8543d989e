import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeJson } from "../../src/cli/json-stream";
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

	it("writes the example vault's report as the report always did", async () => {
		const { stdout } = await cli(["report", "example-vault", "--json", "--today", "2026-11-23", "--no-cache"]);
		expect(stdout).toBe(json(JSON.parse(stdout)));
	});
});
