import matter from "gray-matter";
import { readYaml } from "./yaml";

/**
 * The frontmatter of one note, or the reason it could not be read. `tooDeep` lists the
 * top-level keys left out because they nest too deeply to read (only when there are any).
 */
export type FrontmatterResult = { data: unknown; error: null; tooDeep?: string[] } | { data: null; error: string };

/** A line that closes the properties: exactly `---`, trailing spaces or tabs allowed. */
const CLOSING_LINE = /^---[ \t]*$/;

/**
 * propertiesBlock finds the properties of a note as Obsidian does: the first line is `---`
 * (trailing whitespace allowed) and the block ends at the next line that is `---`. A line that
 * only starts with `---` (`----`, `---word`) is part of the block. Returns the lines between,
 * or null when the note has no properties (no opening line, or no closing line: Obsidian then
 * reads none, where gray-matter would parse the whole note as YAML).
 */
export function propertiesBlock(text: string): string | null {
	const firstEnd = text.indexOf("\n");
	if (firstEnd < 0 || !CLOSING_LINE.test(text.slice(0, firstEnd))) return null;
	let start = firstEnd + 1;
	while (start <= text.length) {
		const end = text.indexOf("\n", start);
		const line = text.slice(start, end < 0 ? text.length : end);
		if (CLOSING_LINE.test(line)) return text.slice(firstEnd + 1, Math.max(firstEnd + 1, start - 1));
		if (end < 0) return null;
		start = end + 1;
	}
	return null;
}

/**
 * parseFrontmatter reads a note's frontmatter as Obsidian would. Line endings are normalised
 * first (CRLF would leave `\r` on the last value). Passing options also keeps gray-matter from
 * its content-keyed cache, which shares one `data` object between equal texts.
 */
export function parseFrontmatter(text: string): FrontmatterResult {
	const normalised = text.replace(/\r\n?/g, "\n");
	const block = propertiesBlock(normalised);
	if (block === null) return { data: null, error: null };
	// gray-matter ends the block at the first line that merely starts with its closing delimiter
	// (`----` or `---word` would cut the properties short and lose the rest silently). So the
	// block is found above, as Obsidian finds it, and gray-matter is handed only that block
	// between `---` lines, with `---\n` as the closing delimiter: the one line in it that is
	// exactly `---` is the closing one. Its line numbers stay the file's (the block starts on line 2).
	const head = block === "" ? "---\n---\n" : `---\n${block}\n---\n`;
	const tooDeep: string[] = [];
	const engines = {
		yaml: (yaml: string): object => {
			const reading = readYaml(yaml);
			tooDeep.push(...reading.tooDeep);
			return reading.data ?? {};
		},
	};
	try {
		const parsed = matter(head, { engines, language: "yaml", delimiters: ["---", "---\n"] });
		return tooDeep.length === 0 ? { data: parsed.data, error: null } : { data: parsed.data, error: null, tooDeep };
	} catch (error) {
		const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
		return { data: null, error: message };
	}
}
