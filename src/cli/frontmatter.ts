import matter from "gray-matter";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";

/** The frontmatter of one note, or the reason it could not be read. */
export type FrontmatterResult = { data: unknown; error: null } | { data: null; error: string };

/**
 * firstDuplicateKey finds the first key that repeats a key before it in the same map, by the
 * yaml package's own rule (scalars with equal values: `a` and `'a'`, `1` and `01`), and returns
 * its offset. The package's `uniqueKeys` check compares each key with every earlier one, which
 * takes seconds for a note with tens of thousands of keys; a Set per map takes milliseconds.
 * The walk keeps its own stack, so deep nesting cannot overflow it.
 */
function firstDuplicateKey(doc: Document): number | null {
	let first: number | null = null;
	const stack: unknown[] = [doc.contents];
	while (stack.length > 0) {
		const node = stack.pop();
		if (isMap(node)) {
			const seen = new Set<unknown>();
			for (const pair of node.items) {
				const key = pair.key;
				// NaN is never equal to itself, so `.nan` twice is no duplicate for the package either.
				if (isScalar(key) && !Number.isNaN(key.value)) {
					const at = key.range?.[0];
					if (!seen.has(key.value)) seen.add(key.value);
					else if (at !== undefined && (first === null || at < first)) first = at;
				}
				stack.push(pair.key, pair.value);
			}
		} else if (isSeq(node)) {
			for (const item of node.items) stack.push(item);
		}
	}
	return first;
}

/**
 * parseYaml reads the properties with the `yaml` package in YAML 1.2 core schema, which keeps
 * `2026-11-01` a string, as Obsidian's metadata cache does (gray-matter's default, js-yaml,
 * makes it a Date at UTC midnight and rolls 2026-13-45 over into 2027). It throws the error the
 * package's `parse` would throw, duplicate keys included, with the same message, and never
 * writes a warning.
 */
function parseYaml(text: string): unknown {
	const lineCounter = new LineCounter();
	// logLevel "error": the package would print its warnings (an unresolved tag `!foo`, a map
	// used as a key, as unfilled `{{date}}` is read) through process.emitWarning onto stderr.
	const doc = parseDocument(text, { schema: "core", uniqueKeys: false, lineCounter, logLevel: "error" });
	const duplicate = firstDuplicateKey(doc);
	const error = doc.errors[0];
	if (duplicate !== null && (error === undefined || duplicate <= error.pos[0])) {
		const { line, col } = lineCounter.linePos(duplicate);
		throw new Error(`Map keys must be unique at line ${line}, column ${col}:`);
	}
	if (error !== undefined) throw error;
	return doc.toJS();
}

/** The YAML engine for gray-matter. */
const engines = {
	yaml: (text: string): object => parseYaml(text) ?? {},
};

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
	try {
		const parsed = matter(head, { engines, language: "yaml", delimiters: ["---", "---\n"] });
		return { data: parsed.data, error: null };
	} catch (error) {
		const message = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
		return { data: null, error: message };
	}
}
