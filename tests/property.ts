/**
 * Shared settings of the property-based (fast-check) tests: one time budget, and one seed per
 * run. vitest.config.ts works out the seed and hands it to every project; property-setup.ts
 * gives it to fast-check. fast-check prints the seed and the path of a failure, so a failure
 * seen in CI is replayed with `FC_SEED=<seed> npm test`.
 */

/**
 * PROPERTY_TIMEOUT is the time budget of one property-based test. Thousands of runs take a
 * second or two on an idle machine and ten times that on a loaded 2-core one, where vitest's
 * default 5 s failed them: pass it as the last argument of every `it` that calls fc.assert.
 */
export const PROPERTY_TIMEOUT = 120_000;

/** The seed of every CI run (CI=true), so that CI runs the same cases each time. */
export const CI_SEED = 20261101;

/**
 * propertySeed is fast-check's seed for a run: FC_SEED when set (to replay a failure), a fixed
 * one in CI, else none (fast-check picks a new one each run and prints it on failure).
 */
export function propertySeed(env: Readonly<Record<string, string | undefined>>): number | null {
	const given = env.FC_SEED?.trim();
	if (given !== undefined && given !== "") {
		const seed = Number(given);
		if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED: '${given}' is not a whole number`);
		return seed;
	}
	return env.CI === "true" ? CI_SEED : null;
}

declare module "vitest" {
	export interface ProvidedContext {
		/** fast-check's seed for this run, from propertySeed; null for a new one each run. */
		fcSeed: number | null;
	}
}
