import matter from "gray-matter";
import { parse as parseYaml } from "yaml";

/** The frontmatter of one note, or the reason it could not be read. */
export type FrontmatterResult = { data: unknown; error: null } | { data: null; error: string };

/**
 * The YAML engine for gray-matter: the `yaml` package in YAML 1.2 core schema keeps
 * `2026-11-01` a string, as Obsidian's metadata cache does (gray-matter's default, js-yaml,
 * makes it a Date at UTC midnight and rolls 2026-13-45 over into 2027).
 */
const engines = {
	yaml: (text: string): object => (parseYaml(text, { schema: "core", uniqueKeys: true }) ?? {}) as object,
};

/**
 * parseFrontmatter reads a note's frontmatter as Obsidian would. Line endings are normalised
 * first (CRLF would leave `\r` on the last value). Passing options also keeps gray-matter from
 * its content-keyed cache, which shares one `data` object between equal texts.
 */
export function parseFrontmatter(text: string): FrontmatterResult {
	const normalised = text.replace(/\r\n?/g, "\n");
	// Obsidian reads properties only between a first line `---` and a later line `---`; without
	// the closing line a note has none (gray-matter would parse the whole note as YAML instead).
	if (!/^---[ \t]*\n/.test(normalised) || !/\n---[ \t]*(\n|$)/.test(normalised.slice(3))) {
		return { data: null, error: null };
	}
	try {
		const parsed = matter(normalised, { engines, language: "yaml" });
		return { data: parsed.data, error: null };
	} catch (error) {
		const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
		return { data: null, error: message };
	}
}
