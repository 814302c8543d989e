import { parseArgs } from "node:util";

/** The parts of `npm run bench`, in the order they run. */
export const PARTS = ["core", "index", "cli", "memory", "bundle", "plugin", "dashboard", "startup"] as const;
export type Part = (typeof PARTS)[number];

export const USAGE = [
	"usage: npm run bench [-- --sizes 1000,10000,50000] [--runs 7] [--warmup 2] [--seed 1] [--only PART,…] [--out FILE]",
	"",
	"  --sizes N,…    notes of each generated vault, a multiple of 5; default 1000,10000,50000",
	"  --runs N       measured runs of each figure (median); default 7",
	"  --warmup N     runs before those, not counted; default 2",
	"  --seed N       the generated vaults' seed; default 1",
	`  --only PART,…  ${PARTS.join(", ")}; default all`,
	"  --out FILE     where FILE.json and FILE.md go; default bench/results/latest for a full run, else bench/results/partial",
	"",
].join("\n");

export interface BenchOptions {
	sizes: number[];
	runs: { warmup: number; runs: number };
	seed: number;
	parts: Set<Part>;
	/** A full run (every size and part at their defaults) replaces the committed results. */
	full: boolean;
	out: string;
}

/** What benchOptions answers: the options, a request for help, or the mistake in one line. */
export type BenchArgs = { options: BenchOptions } | { help: true } | { mistake: string };

const isPart = (name: string): name is Part => (PARTS as readonly string[]).includes(name);

/** benchOptions reads `npm run bench`'s arguments; it never throws. */
export function benchOptions(args: readonly string[]): BenchArgs {
	let values;
	try {
		({ values } = parseArgs({
			args: [...args],
			options: {
				sizes: { type: "string", default: "1000,10000,50000" },
				runs: { type: "string", default: "7" },
				warmup: { type: "string", default: "2" },
				seed: { type: "string", default: "1" },
				only: { type: "string", default: PARTS.join(",") },
				out: { type: "string" },
				help: { type: "boolean", short: "h" },
			},
		}));
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { mistake: message.split(/\.\s/)[0] ?? message };
	}
	if (values.help === true) return { help: true };
	const whole = (text: string, least: number): number | null => (/^\d+$/.test(text) && Number(text) >= least ? Number(text) : null);
	// Each vault has 5 notes a person: a person note and four 1:1 notes.
	const sizes = values.sizes.split(",").map((size) => whole(size.trim(), 5));
	if (sizes.some((size) => size === null || size % 5 !== 0)) return { mistake: `--sizes: '${values.sizes}' is not a list of note counts, each a multiple of 5` };
	const runs = whole(values.runs, 1);
	if (runs === null) return { mistake: `--runs: '${values.runs}' is not a whole number of 1 or more` };
	const warmup = whole(values.warmup, 0);
	if (warmup === null) return { mistake: `--warmup: '${values.warmup}' is not a whole number` };
	const seed = whole(values.seed, 0);
	if (seed === null) return { mistake: `--seed: '${values.seed}' is not a whole number` };
	const names = values.only.split(",").map((name) => name.trim());
	const unknown = names.find((name) => !isPart(name));
	if (unknown !== undefined) return { mistake: `--only: '${unknown}' is not a part; the parts are ${PARTS.join(", ")}` };
	const full = values.sizes === "1000,10000,50000" && values.only === PARTS.join(",");
	return {
		options: {
			sizes: sizes as number[],
			runs: { warmup, runs },
			seed,
			parts: new Set(names.filter(isPart)),
			full,
			// Only a full run replaces the committed results; a partial one writes beside them.
			out: values.out ?? (full ? "bench/results/latest" : "bench/results/partial"),
		},
	};
}
