import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { generateVault } from "./vault";

/**
 * `npm run bench:vault -- --people N --seed S [--today YYYY-MM-DD] [--out DIR]` writes a
 * synthetic vault of N person notes and 4N 1:1 notes (default folder
 * bench/vaults/people-N-seed-S), replacing whatever was there.
 */

/** DEFAULT_TODAY is the day the benchmark vaults are "as of", so every run sees the same statuses. */
export const DEFAULT_TODAY = "2026-11-23";

/** vaultFolder is where a generated vault of that size and seed lives. */
export function vaultFolder(people: number, seed: number): string {
	return join("bench", "vaults", `people-${people}-seed-${seed}`);
}

/** writeVault generates a vault into a fresh folder and returns how many notes and bytes it wrote. */
export function writeVault(folder: string, people: number, seed: number, today = DEFAULT_TODAY): { notes: number; bytes: number } {
	rmSync(folder, { recursive: true, force: true });
	const notes = generateVault({ people, seed, today });
	const made = new Set<string>();
	let bytes = 0;
	for (const note of notes) {
		const file = join(folder, note.path);
		const dir = dirname(file);
		if (!made.has(dir)) {
			mkdirSync(dir, { recursive: true });
			made.add(dir);
		}
		writeFileSync(file, note.text);
		bytes += Buffer.byteLength(note.text);
	}
	// A note in Obsidian's trash folder: like every dot-folder, the CLI must skip it.
	mkdirSync(join(folder, ".trash"), { recursive: true });
	writeFileSync(join(folder, ".trash", "Deleted person.md"), "---\nperson: Deleted person\n---\n");
	return { notes: notes.length, bytes };
}

function main(): void {
	const { values } = parseArgs({
		options: {
			people: { type: "string", default: "200" },
			seed: { type: "string", default: "1" },
			today: { type: "string", default: DEFAULT_TODAY },
			out: { type: "string" },
		},
	});
	const people = Number(values.people);
	const seed = Number(values.seed);
	if (!Number.isInteger(people) || people < 1 || !Number.isInteger(seed)) {
		process.stderr.write("usage: npm run bench:vault -- --people N --seed S [--today YYYY-MM-DD] [--out DIR]\n");
		process.exit(2);
	}
	const folder = values.out ?? vaultFolder(people, seed);
	const started = performance.now();
	const { notes, bytes } = writeVault(folder, people, seed, values.today);
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	process.stdout.write(`${folder}: ${notes} notes (${people} people), ${(bytes / 1e6).toFixed(1)} MB in ${seconds} s\n`);
}

if (process.argv[1]?.endsWith("generate.mjs")) main();
