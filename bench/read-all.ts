import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The physical limit of a vault report: start Node, walk the vault as Obsidian does (every `.md`
 * file outside dot-folders) and read each note once. `node dist/bench/read-all.mjs VAULT`
 * prints the number of notes and bytes read.
 */
function readAll(root: string): { notes: number; bytes: number } {
	let notes = 0;
	let bytes = 0;
	const walk = (folder: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const full = join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() && entry.name.endsWith(".md")) {
				bytes += readFileSync(full, "utf8").length;
				notes++;
			}
		}
	};
	walk(root);
	return { notes, bytes };
}

const result = readAll(process.argv[2] ?? ".");
process.stdout.write(`${JSON.stringify(result)}\n`);
