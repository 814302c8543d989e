import fc from "fast-check";
import { inject } from "vitest";

/**
 * Setup file of every project: fast-check runs with this run's seed (see tests/property.ts).
 * With a seed set, every fc.assert of a file starts from it, and a failure names it with its path.
 */
const seed = inject("fcSeed");
if (seed !== null) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
