import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { repeatedKeyMessage } from "./fast-yaml";

/**
 * Reading the YAML of a note's properties with the `yaml` package, in YAML 1.2 core schema:
 * `2026-11-01` stays a string, as in Obsidian's metadata cache (js-yaml, gray-matter's default,
 * makes it a Date at UTC midnight and rolls 2026-13-45 over into 2027).
 */

/** How deep a property may nest (a list in a list in a map…) before it is a problem, not a value. */
export const MAX_DEPTH = 100;

/** What the YAML of one note holds: its value, and the top-level keys left out for nesting too deeply. */
export interface YamlReading {
	data: unknown;
	tooDeep: string[];
}

/**
 * newDocument parses YAML text, or returns null when the parser ran out of stack: the package
 * turns most such RangeErrors into a RESOURCE_EXHAUSTION error, but its lexer can throw one.
 */
function newDocument(text: string, lineCounter: LineCounter): Document | null {
	let doc: Document;
	try {
		// logLevel "error": the package would print its warnings (an unresolved tag `!foo`, a map
		// used as a key, as unfilled `{{date}}` is read) through process.emitWarning onto stderr.
		doc = parseDocument(text, { schema: "core", uniqueKeys: false, lineCounter, logLevel: "error" });
	} catch (error) {
		if (error instanceof RangeError) return null;
		throw error;
	}
	return doc.errors.some((error) => error.code === "RESOURCE_EXHAUSTION") ? null : doc;
}

/**
 * scan walks the document with its own stack, so deep nesting cannot overflow it. It finds the
 * first key that repeats a key before it in the same map, by the yaml package's own rule
 * (scalars with equal values: `a` and `'a'`, `1` and `01`), as an offset; and the indexes of
 * the top-level pairs nested deeper than MAX_DEPTH. The package's `uniqueKeys` check compares
 * each key with every earlier one, which takes seconds for tens of thousands of keys; a Set per
 * map takes milliseconds.
 */
function scan(doc: Document): { duplicate: number | null; tooDeep: Set<number> } {
	let duplicate: number | null = null;
	const tooDeep = new Set<number>();
	const top = isMap(doc.contents) ? doc.contents : null;
	// Each entry: a node, its depth, and the index of the top-level pair it is in (-1: none).
	const stack: [unknown, number, number][] = [[doc.contents, 0, -1]];
	while (stack.length > 0) {
		const [node, depth, index] = stack.pop() ?? [null, 0, -1];
		if (depth > MAX_DEPTH) {
			tooDeep.add(index);
			continue;
		}
		if (isMap(node)) {
			const seen = new Set<unknown>();
			node.items.forEach((pair, i) => {
				const key = pair.key;
				// NaN is never equal to itself, so `.nan` twice is no duplicate for the package either.
				if (isScalar(key) && !Number.isNaN(key.value)) {
					const at = key.range?.[0];
					if (!seen.has(key.value)) seen.add(key.value);
					else if (at !== undefined && (duplicate === null || at < duplicate)) duplicate = at;
				}
				const inPair = node === top ? i : index;
				stack.push([pair.key, depth + 1, inPair], [pair.value, depth + 1, inPair]);
			});
		} else if (isSeq(node)) {
			for (const item of node.items) stack.push([item, depth + 1, index]);
		}
	}
	return { duplicate, tooDeep };
}

function duplicateError(offset: number, lineCounter: LineCounter): Error {
	const { line, col } = lineCounter.linePos(offset);
	return new Error(repeatedKeyMessage(line, col));
}

/** The error for properties that are too deep as a whole (a deep list at the top, say). */
function tooDeepError(): Error {
	return new Error(`nested more than ${MAX_DEPTH} levels deep`);
}

function keyText(key: unknown): string {
	return isScalar(key) ? String(key.value) : String(key);
}

/**
 * readDocument turns a parsed document into its value: it throws the error the package's
 * `parse` would throw (duplicate keys included, with the same message) and leaves out the
 * top-level keys nested too deeply, so that nothing after it (toJS, the core) recurses that deep.
 */
function readDocument(doc: Document, lineCounter: LineCounter): YamlReading {
	const { duplicate, tooDeep } = scan(doc);
	const error = doc.errors[0];
	if (duplicate !== null && (error === undefined || duplicate <= error.pos[0])) throw duplicateError(duplicate, lineCounter);
	if (error !== undefined) throw error;
	const deepKeys: string[] = [];
	if (tooDeep.has(-1)) throw tooDeepError();
	if (tooDeep.size > 0 && isMap(doc.contents)) {
		const map = doc.contents;
		map.items = map.items.filter((pair, i) => {
			if (!tooDeep.has(i)) return true;
			deepKeys.push(keyText(pair.key));
			return false;
		});
	}
	let data: unknown;
	try {
		data = doc.toJS();
	} catch (thrown) {
		// An alias can still lead deep into a key left out; the note is then unreadable as a whole.
		if (thrown instanceof RangeError) throw tooDeepError();
		throw thrown;
	}
	return { data, tooDeep: deepKeys };
}

/** A top-level key starts a line: not indented, not a comment, a list item or the end of a flow collection. */
const TOP_LEVEL_KEY = /^(?![\s#\]},]|-(?:\s|$)|\.\.\.(?:\s|$))./;

/** The key a top-level line starts with, as written (quotes removed); null when the line starts no key. */
function blockKey(line: string): string | null {
	if (!TOP_LEVEL_KEY.test(line)) return null;
	const quoted = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')\s*:(?:\s|$)/.exec(line);
	if (quoted !== null) return (quoted[1] ?? quoted[2]?.replace(/''/g, "'") ?? "").trim();
	// A plain key ends at the first `:`, which must come before any `#`, `[` or `{` and be followed
	// by a space or the end: read so, not by a pattern that tries every length on a long line.
	let end = 0;
	while (end < line.length && !":#[{".includes(line.charAt(end))) end++;
	if (line[end] !== ":" || (end + 1 < line.length && line.charAt(end + 1).trim() !== "")) return null;
	return line.slice(0, end).trim();
}

/**
 * readByKeys is the fallback for YAML so deep that the parser ran out of stack: the text is
 * split into its top-level keys, groups of them are parsed apart (halving a group that still
 * overflows), and a key that overflows on its own is left out, so every other key survives.
 * Each group keeps its line numbers (it is preceded by as many empty lines as it starts after).
 */
function readByKeys(text: string): YamlReading {
	const lines = text.split("\n");
	const starts: number[] = [];
	const keys: string[] = [];
	lines.forEach((line, i) => {
		const key = blockKey(line);
		if (key === null) return;
		starts.push(i);
		keys.push(key);
	});
	const firstContent = lines.findIndex((line) => line.trim() !== "" && !line.trimStart().startsWith("#"));
	// Not a map of keys at the top (a deep list, say): nothing can be kept apart.
	if (starts.length === 0 || starts[0] !== firstContent) throw tooDeepError();

	const data: Record<string, unknown> = {};
	const tooDeep: string[] = [];
	const seen = new Set<unknown>();
	const readGroup = (from: number, to: number): void => {
		const first = starts[from] ?? 0;
		const end = to < starts.length ? (starts[to] ?? lines.length) : lines.length;
		const groupCounter = new LineCounter();
		const doc = newDocument("\n".repeat(first) + lines.slice(first, end).join("\n"), groupCounter);
		if (doc === null) {
			if (to - from === 1) {
				tooDeep.push(keys[from] ?? "");
				return;
			}
			const middle = Math.floor((from + to) / 2);
			readGroup(from, middle);
			readGroup(middle, to);
			return;
		}
		// A key that repeats one of an earlier group: the error the whole text would have given.
		if (isMap(doc.contents)) {
			for (const pair of doc.contents.items) {
				const key = pair.key;
				if (!isScalar(key) || Number.isNaN(key.value)) continue;
				if (seen.has(key.value)) throw duplicateError(key.range?.[0] ?? 0, groupCounter);
				seen.add(key.value);
			}
		}
		const reading = readDocument(doc, groupCounter);
		if (typeof reading.data === "object" && reading.data !== null) {
			// defineProperty, not assignment: a key `__proto__` must stay a key.
			for (const [key, value] of Object.entries(reading.data)) {
				Object.defineProperty(data, key, { value, enumerable: true, writable: true, configurable: true });
			}
		}
		tooDeep.push(...reading.tooDeep);
	};
	readGroup(0, starts.length);
	return { data, tooDeep };
}

/**
 * readYaml reads the YAML of a note's properties. It throws what the package's `parse` would
 * throw for broken YAML, never writes a warning, and leaves out (listing them in `tooDeep`)
 * the top-level keys nested deeper than MAX_DEPTH or too deep for the parser's stack.
 */
export function readYaml(text: string): YamlReading {
	const lineCounter = new LineCounter();
	const doc = newDocument(text, lineCounter);
	return doc === null ? readByKeys(text) : readDocument(doc, lineCounter);
}
