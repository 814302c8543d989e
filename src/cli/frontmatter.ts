import { RepeatedKey, fastYaml } from "./fast-yaml";
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
 * reads none, where gray-matter, which the CLI once used, would parse the whole note as YAML).
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

/** gray-matter's test for a block with nothing to parse: comment lines removed, then trimmed. */
const COMMENT_LINES = /^[ \t]*#[^\n]+/gm;

/**
 * parseFrontmatter reads a note's frontmatter as Obsidian would. Line endings are normalised
 * first (CRLF would leave `\r` on the last value).
 *
 * The block is found as Obsidian finds it (propertiesBlock). It used to be handed to gray-matter
 * between `---` lines; gray-matter then gave its YAML engine the text from the end of the opening
 * `---` (so line numbers are the file's: the block starts on line 2), or `{}` without asking the
 * engine when nothing but comment lines and blanks were left. That is all it did here, and it
 * cost more than a tenth of a `report --json` run (README, Performance), so the same steps are
 * taken directly: the values and the errors are those gray-matter gave.
 */
export function parseFrontmatter(text: string): FrontmatterResult {
	const normalised = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
	const block = propertiesBlock(normalised);
	if (block === null) return { data: null, error: null };
	const yaml = block === "" ? "" : `\n${block}`;
	const bare = yaml.includes("#") ? yaml.replace(COMMENT_LINES, "") : yaml;
	if (bare.trim() === "") return { data: {}, error: null };
	// Most notes' properties are simple: read them without the package (same values; tests/cli/fast-yaml.test.ts).
	const fast = fastYaml(yaml);
	if (fast instanceof RepeatedKey) return { data: null, error: fast.message };
	if (fast !== undefined) return { data: fast ?? {}, error: null };
	try {
		const reading = readYaml(yaml);
		const data: unknown = reading.data ?? {};
		return reading.tooDeep.length === 0 ? { data, error: null } : { data, error: null, tooDeep: reading.tooDeep };
	} catch (error) {
		const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
		return { data: null, error: message };
	}
}
