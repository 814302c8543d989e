import fc from "fast-check";
import { describe, expect, inject, it } from "vitest";
import { CI_SEED, propertySeed } from "../property";

/** The property-based tests run the same cases in every CI run, and a failure says how to replay it. */
describe("fast-check's settings", () => {
	it.each([
		[{}, null],
		[{ CI: "true" }, CI_SEED],
		[{ CI: "true", FC_SEED: "42" }, 42],
		[{ FC_SEED: " -7 " }, -7],
		[{ FC_SEED: "" }, null],
	])("seed of %j is %s", (env, seed) => {
		expect(propertySeed(env)).toBe(seed);
	});

	it("refuses a seed that is not a whole number", () => {
		expect(() => propertySeed({ FC_SEED: "abc" })).toThrow("FC_SEED: 'abc' is not a whole number");
	});

	it("gives this run's seed to fast-check, which names it and the path of a failure", () => {
		const seed = inject("fcSeed");
		expect(seed).toBe(propertySeed(process.env));
		expect(fc.readConfigureGlobal().seed).toBe(seed ?? undefined);
		let message = "";
		try {
			fc.assert(fc.property(fc.nat(), (n) => n < 100));
		} catch (error) {
			message = error instanceof Error ? error.message : String(error);
		}
		expect(message).toMatch(/seed: -?\d+, path: "[\d:]+"/);
		if (seed !== null) expect(message).toContain(`seed: ${seed}, path:`);
	});
});
