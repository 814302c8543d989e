import { codeAt } from "../core/markdown-lines";

/**
 * A strict fast path for the YAML most notes' properties are: `key: value` lines, values plain
 * or quoted text (a plain one may go on over the lines below, as tools that wrap long lines
 * write it), whole numbers, true/false/null, a `[a, b]` list on one line, `{}`, an unquoted
 * `[[link]]`, a block list of `- item` lines, or a map of such keys nested under a key
 * (`entities:` / `  people:`). It gives exactly what the `yaml` package (core schema, then toJS)
 * gives for such text, and the error readYaml throws when such text repeats a key (the most
 * common broken properties); for anything else (a comment, an escape, a sign, a float, a tab,
 * a character YAML might not print…) it answers `undefined` and the caller asks the package,
 * which then also gives the errors. tests/cli/fast-yaml.test.ts proves the two equal over
 * generated frontmatter.
 */

/**
 * The error readYaml throws for simple text that repeats a key: `Map keys must be unique at
 * line 4, column 1:`, at the first key written again (in the map it repeats, at any depth).
 */
export class RepeatedKey {
	constructor(readonly message: string) {}
}

/** repeatedKeyMessage is the package's message for a key written again, at its line and column (1-based). */
export function repeatedKeyMessage(line: number, column: number): string {
	return `Map keys must be unique at line ${line}, column ${column}:`;
}

/** The value `yaml` would give, its error for a repeated key, or undefined when the text is not simple enough to be sure. */
export type FastReading = Record<string, unknown> | null | RepeatedKey | undefined;

const NOT_SIMPLE = undefined;

/** Keys: a letter or `_` first, then letters, digits, `_`, `-` and inner spaces. */
const KEY = /^[A-Za-z_](?:[A-Za-z0-9_ -]*[A-Za-z0-9_-])?$/;
/** Key words the core schema reads as null or a boolean: their keys would not be these strings. */
const SPECIAL_KEYS = new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"]);
/** Plain text that starts with one of these means something else to YAML (or might). */
const INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`~."]);
/** Text the core schema reads as null, a boolean or a number (int, octal, hex, float, .inf, .nan). */
const CORE_NOT_TEXT = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const WHOLE = /^[0-9]{1,15}$/;

/** Printable ASCII and line feeds only: the common case, answered by one regex. */
const PRINTABLE_ASCII = /^[\x20-\x7e\n]*$/;

/**
 * printable says whether every character is one YAML prints as itself and the fast path reads
 * plainly: no control characters (line feeds apart), tabs, line or paragraph separators, byte-order marks,
 * non-characters, or a surrogate that is not half of a pair.
 */
function printable(text: string): boolean {
	if (PRINTABLE_ASCII.test(text)) return true;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if ((c >= 0x20 && c <= 0x7e) || c === 0x0a) continue;
		if (c < 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff) return false;
		if (c >= 0xd800 && c <= 0xdbff) {
			const next = text.charCodeAt(i + 1);
			if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
			i++;
		} else if (c >= 0xdc00 && c <= 0xdfff) return false;
	}
	return true;
}

/** plainScalar reads plain text as the core schema does, or NOT_SIMPLE; `inFlow`: inside `[…]`. */
function plainScalar(text: string, inFlow: boolean): unknown {
	if (text === "") return null;
	if (INDICATORS.has(text[0] ?? "")) return WHOLE.test(text) ? Number.parseInt(text, 10) : NOT_SIMPLE;
	// `a: b` and `a:` would be a map, ` #` starts a comment; in a flow list `,[]{}` are syntax.
	if (text.includes(": ") || text.endsWith(":") || text.includes(" #")) return NOT_SIMPLE;
	if (inFlow && /[,[\]{}:"'#]/.test(text)) return NOT_SIMPLE;
	if (WHOLE.test(text)) return Number.parseInt(text, 10);
	if (text === "true") return true;
	if (text === "false") return false;
	if (text === "null") return null;
	if (CORE_NOT_TEXT.test(text)) return NOT_SIMPLE;
	return text;
}

/** quoted reads `"text"` without escapes or `'text'` (`''` a quote) that is the whole of `text`, or NOT_SIMPLE. */
function quoted(text: string): unknown {
	const quote = text[0];
	if (text.length < 2 || text[text.length - 1] !== quote) return NOT_SIMPLE;
	const inner = text.slice(1, -1);
	if (quote === '"') return inner.includes('"') || inner.includes("\\") ? NOT_SIMPLE : inner;
	// In single quotes a backslash is itself and `''` is one quote.
	if (!inner.includes("'")) return inner;
	return inner.replaceAll("''", "").includes("'") ? NOT_SIMPLE : inner.replaceAll("''", "'");
}

/** scalar reads one value written on the rest of a line: quoted, plain, or NOT_SIMPLE. */
function scalar(text: string): unknown {
	const first = text[0];
	return first === '"' || first === "'" ? quoted(text) : plainScalar(text, false);
}

/** flowList reads `[a, "b", c]` (the whole of `text`), or NOT_SIMPLE. */
function flowList(text: string): unknown[] | undefined {
	if (text[text.length - 1] !== "]") return NOT_SIMPLE;
	const inner = trim(text.slice(1, -1));
	if (inner === "") return [];
	const items: unknown[] = [];
	for (const part of inner.split(",")) {
		const item = trim(part);
		if (item === "") return NOT_SIMPLE;
		const first = item[0];
		const value = first === '"' || first === "'" ? quoted(item) : plainScalar(item, true);
		// An empty item or a null in a flow list is read in ways not worth copying here.
		if (value === NOT_SIMPLE || value === null) return NOT_SIMPLE;
		items.push(value);
	}
	return items;
}

/** trim drops spaces at both ends, and only spaces: YAML's own blanks (tabs are never simple), not String#trim's Unicode ones. */
function trim(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && text.charCodeAt(start) === 0x20) start++;
	while (end > start && text.charCodeAt(end - 1) === 0x20) end--;
	return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** unquotedLink reads `[[Name]]` written without quotes, a list in a list to YAML (`[["Name"]]`), or NOT_SIMPLE. */
function unquotedLink(text: string): unknown[][] | undefined {
	if (!text.endsWith("]]")) return NOT_SIMPLE;
	const inner = trim(text.slice(2, -2));
	if (inner === "") return NOT_SIMPLE;
	const first = inner[0];
	if (first === '"' || first === "'") return NOT_SIMPLE;
	const value = plainScalar(inner, true);
	return value === NOT_SIMPLE || value === null ? NOT_SIMPLE : [[value]];
}

/** The names every plain object already has (`constructor`, `__proto__`, `toString`…). */
const OBJECT_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** setKey adds a new key to a plain map as the package's toJS does: defineProperty for a name objects already have. */
function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
	if (OBJECT_NAMES.has(key)) Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
	else map[key] = value;
}

/** How many maps deep the fast path reads (`entities:` → `people:` is two); deeper text is left to the package. */
const MAX_NESTING = 4;

/** lineAt is line `i`, or "" past the last (past the end of an array, as of a string: codeAt). */
function lineAt(lines: readonly string[], i: number): string {
	return i < lines.length ? (lines[i] ?? "") : "";
}

/** spaces counts the spaces a line starts with. */
function spaces(line: string): number {
	let n = 0;
	while (n < line.length && line.charCodeAt(n) === 0x20) n++;
	return n;
}

/** deeper says whether a line starts with more than `indent` spaces (most lines are answered by one character). */
function deeper(line: string, indent: number): boolean {
	return codeAt(line, indent) === 0x20 && (indent === 0 || spaces(line) > indent);
}

/** A plain line that goes on a plain value may not start like syntax, hold a comment or look like a key. */
function continuesPlainly(text: string): boolean {
	return text !== "" && !INDICATORS.has(text[0] ?? "") && !text.includes(": ") && !text.endsWith(":") && !text.includes(" #");
}

/** What blockMap answers for text that is not simple; otherwise it answers the index of a line. */
const NOT_READ = -1;

/** What a read of the whole text has met so far: the first key written again in its map, as its line and column (1-based). */
interface Met {
	repeated: { line: number; column: number } | null;
}

/**
 * carriedValue reads a plain value written on line `at - 1`, `indent` in, that goes on over the
 * lines from `at` written deeper: YAML joins them with spaces into one text. `end` is the first
 * line after it.
 */
function carriedValue(lines: readonly string[], at: number, indent: number, written: string): { value: unknown; end: number } {
	if (scalar(written) === NOT_SIMPLE || !continuesPlainly(written)) return { value: NOT_SIMPLE, end: at };
	let text = written;
	let end = at;
	while (end < lines.length && deeper(lines[end] ?? "", indent)) {
		const part = trim(lines[end] ?? "");
		if (!continuesPlainly(part)) return { value: NOT_SIMPLE, end };
		text += ` ${part}`;
		end++;
	}
	return { value: text, end };
}

/**
 * blockMap reads into `map` the keys written `indent` spaces in from line `from` on, until a
 * line written less deep: a key with nothing after its colon is followed by a list (at its own
 * indentation or deeper), a map written deeper (`depth` maps down at most MAX_NESTING), or is
 * null. It returns the first line it did not read, or NOT_READ when the text is not simple.
 *
 * The lines are read by index, with no object per line: most properties are a handful of
 * `key: value` lines read once, cold, and a value is looked at again only when the line below
 * it starts deeper.
 */
function blockMap(lines: readonly string[], from: number, indent: number, depth: number, map: Record<string, unknown>, met: Met): number {
	const seen = new Set<string>();
	let i = from;
	while (i < lines.length) {
		const line = lines[i] ?? "";
		if (line === "") {
			i++;
			continue;
		}
		const own = line.charCodeAt(0) === 0x20 ? spaces(line) : 0;
		if (own < indent) break;
		if (own > indent) return NOT_READ;
		const colon = line.indexOf(":", own);
		if (colon <= own) return NOT_READ;
		const key = line.slice(own, colon);
		if (!KEY.test(key) || SPECIAL_KEYS.has(key)) return NOT_READ;
		// A key written again is an error, once the rest of the text is known to be simple:
		// the lines are read in order, so the first one met is the one the package names.
		const repeated = seen.has(key);
		if (repeated) met.repeated ??= { line: i + 1, column: own + 1 };
		seen.add(key);
		const rest = line.slice(colon + 1);
		if (rest !== "" && rest[0] !== " ") return NOT_READ;
		const written = trim(rest);
		i++;
		let value: unknown;
		if (written === "") {
			const next = lineAt(lines, i);
			const below = spaces(next);
			if (next === "" || (below <= indent && next[below] !== "-")) value = null;
			else if (next[below] === "-") {
				if (below < indent) value = null;
				else {
					// `- item` lines written `below` in, each item a value on its line (and the lines it goes on over).
					const items: unknown[] = [];
					while (i < lines.length) {
						const item = lines[i] ?? "";
						if (codeAt(item, below) !== 0x2d || (below > 0 && spaces(item) !== below)) break;
						const after = item.slice(below + 1);
						if (after !== "" && after[0] !== " ") return NOT_READ;
						const text = trim(after);
						if (text === "" || text[0] === "[") return NOT_READ;
						const next = lineAt(lines, i + 1);
						let itemValue: unknown;
						if (!deeper(next, below)) {
							itemValue = scalar(text);
							i++;
						} else {
							const carried = carriedValue(lines, i + 1, below, text);
							itemValue = carried.value;
							i = carried.end;
						}
						if (itemValue === NOT_SIMPLE) return NOT_READ;
						items.push(itemValue);
					}
					value = items;
				}
			} else if (depth + 1 >= MAX_NESTING) return NOT_READ;
			else {
				const inner: Record<string, unknown> = {};
				i = blockMap(lines, i, below, depth + 1, inner, met);
				value = inner;
			}
			if (i === NOT_READ) return NOT_READ;
		} else if (written.startsWith("[[")) value = unquotedLink(written);
		else if (written[0] === "[") value = flowList(written);
		else if (written === "{}") value = {};
		else if (!deeper(lineAt(lines, i), indent)) value = scalar(written);
		else {
			const carried = carriedValue(lines, i, indent, written);
			value = carried.value;
			i = carried.end;
		}
		if (value === NOT_SIMPLE) return NOT_READ;
		if (!repeated) setKey(map, key, value);
	}
	return i;
}

/**
 * fastYaml reads the YAML of a note's properties when it is simple, as the `yaml` package's
 * core schema and toJS would: a map (or null for nothing but empty lines), the package's error
 * for a repeated key (RepeatedKey), else undefined.
 */
export function fastYaml(text: string): FastReading {
	if (!printable(text)) return NOT_SIMPLE;
	const lines = text.split("\n");
	const map: Record<string, unknown> = {};
	const met: Met = { repeated: null };
	if (blockMap(lines, 0, 0, 0, map, met) === NOT_READ) return NOT_SIMPLE;
	if (met.repeated !== null) return new RepeatedKey(repeatedKeyMessage(met.repeated.line, met.repeated.column));
	// Every line that is not empty is a key or the rest of one: only empty lines give nothing.
	return text.length === lines.length - 1 ? null : map;
}
