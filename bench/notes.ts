import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontmatter } from "../src/cli/frontmatter";

/** A note of a vault on disk with its frontmatter as Obsidian's metadata cache would hand it over. */
export interface ParsedNote {
	path: string;
	frontmatter: unknown;
	/** The YAML error, when the frontmatter does not parse. */
	error: string | null;
}

/** notePaths lists every `.md` file of a vault outside dot-folders (Obsidian's rule), vault-relative with `/`. */
export function notePaths(root: string): string[] {
	const paths: string[] = [];
	const walk = (folder: string, prefix: string): void => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith(".")) continue;
			const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
			if (entry.isDirectory()) walk(join(folder, entry.name), relative);
			else if (entry.isFile() && entry.name.endsWith(".md")) paths.push(relative);
		}
	};
	walk(root, "");
	return paths.sort();
}

/** parseVault reads every note's frontmatter once (the input of the core benchmarks, not timed there). */
export function parseVault(root: string): ParsedNote[] {
	return notePaths(root).map((path) => {
		const result = parseFrontmatter(readFileSync(join(root, path), "utf8"));
		return { path, frontmatter: result.data, error: result.error };
	});
}
