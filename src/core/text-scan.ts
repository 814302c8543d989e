/**
 * Readers of a note's lines that give what a regular expression would, in one pass. The
 * patterns they replace (kept beside each, and checked against it by tests/core/text-scan.test.ts)
 * start with a run such as `\s*` or end with one such as `[ \t]*$`: on a line of thousands of
 * spaces or `(from [[` written again and again, a hostile or broken note, the pattern's engine
 * tries every start and every length, and one line could hold the plugin for minutes.
 */

/** isSpace is `\s` for one character (the same set as String.prototype.trim). */
function isSpace(char: string | undefined): boolean {
	return char !== undefined && char.trim() === "" && char !== "";
}

function isBlank(char: string | undefined): boolean {
	return char === " " || char === "\t";
}

/** The characters `.` does not match: a line that holds one is no heading to the patterns below. */
const NOT_DOT = /[\r\n\u2028\u2029]/;

/** spaceBefore is where the run of `\s` that ends at `i` starts, never before `floor`. */
function spaceBefore(text: string, i: number, floor = 0): number {
	let start = i;
	while (start > floor && isSpace(text[start - 1])) start--;
	return start;
}

/**
 * headingText reads a Markdown heading as `/^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/`
 * does: its level (group 1's length) and its text without the closing `#`s (group 2, trimmed);
 * null when the line is no such heading.
 */
export function headingText(line: string): { level: number; text: string } | null {
	if (NOT_DOT.test(line)) return null;
	let i = 0;
	while (i < 3 && line[i] === " ") i++;
	let hashes = i;
	while (line[hashes] === "#") hashes++;
	if (hashes === i || hashes - i > 6 || !isBlank(line[hashes])) return null;
	let start = hashes;
	while (isBlank(line[start])) start++;
	let end = line.length;
	while (end > start && isBlank(line[end - 1])) end--;
	let closing = end;
	while (closing > start && line[closing - 1] === "#") closing--;
	// A closing sequence is `#`s after a space or a tab that comes after the text's start.
	if (closing < end && closing > start && isBlank(line[closing - 1])) end = closing;
	return { level: hashes - i, text: line.slice(start, end).trim() };
}

/**
 * headingWithHashes is group 2 of `/^(#{1,6})[ \t]+(.*?)[ \t#]*$/`, untrimmed at its start as
 * the pattern leaves it; null when the line is no such heading.
 */
export function headingWithHashes(line: string): { level: number; text: string } | null {
	if (NOT_DOT.test(line)) return null;
	let hashes = 0;
	while (line[hashes] === "#") hashes++;
	if (hashes === 0 || hashes > 6 || !isBlank(line[hashes])) return null;
	let start = hashes;
	while (isBlank(line[start])) start++;
	let end = line.length;
	while (end > start && (isBlank(line[end - 1]) || line[end - 1] === "#")) end--;
	return { level: hashes, text: line.slice(start, end) };
}

/**
 * carried finds the first `(from [[Note]])` of a task's text, as
 * `/\s*\(from \[\[([^\]]*)\]\]\)/` does: where its match starts (the spaces before it
 * included), where it ends, and the link's text. Null when there is none.
 */
export function carried(text: string): { start: number; end: number; link: string } | null {
	const OPEN = "(from [[";
	let close = -1;
	for (let i = text.indexOf(OPEN); i >= 0; i = text.indexOf(OPEN, i + 1)) {
		if (close < i + OPEN.length) close = text.indexOf("]", i + OPEN.length);
		if (close < 0) return null;
		if (text.startsWith("]])", close)) return { start: spaceBefore(text, i), end: close + 3, link: text.slice(i + OPEN.length, close) };
	}
	return null;
}

/** withoutCarried is `text.replace(/\s*\(from \[\[([^\]]*)\]\]\)/, "")`. */
export function withoutCarried(text: string): string {
	const found = carried(text);
	return found === null ? text : text.slice(0, found.start) + text.slice(found.end);
}

/** isWordOrSpace is `[\w -]` for one character. */
function isWordOrSpace(char: string | undefined): boolean {
	return char !== undefined && (char === " " || char === "-" || char === "_" || (char >= "0" && char <= "9") || (char >= "a" && char <= "z") || (char >= "A" && char <= "Z"));
}

/**
 * firstOf makes a finder of the first of two characters from a position, for positions that
 * only grow: each character's place is looked up again only once the search has passed it, and
 * never again once it is not there, so a whole line costs one pass.
 */
function firstOf(text: string, a: string, b: string): (from: number) => number {
	let atA = -2;
	let atB = -2;
	return (from) => {
		if (atA !== -1 && atA < from) atA = text.indexOf(a, from);
		if (atB !== -1 && atB < from) atB = text.indexOf(b, from);
		return atA < 0 ? atB : atB < 0 ? atA : Math.min(atA, atB);
	};
}

/** withoutDataviewFields is `text.replace(/\s*[[(][\w -]+::[^\])]*[\])]/g, "")`: Dataview's inline fields, `[due:: 2026-12-01]`, `(owner:: Jane)`, removed. */
export function withoutDataviewFields(text: string): string {
	let out = "";
	let kept = 0;
	const nextCloser = firstOf(text, "]", ")");
	for (let i = 0; i < text.length; i++) {
		if (text[i] !== "[" && text[i] !== "(") continue;
		let name = i + 1;
		while (isWordOrSpace(text[name])) name++;
		if (name === i + 1 || !text.startsWith("::", name)) continue;
		const closer = nextCloser(name + 2);
		if (closer < 0) break;
		out += text.slice(kept, spaceBefore(text, i, kept));
		kept = closer + 1;
		i = closer;
	}
	return kept === 0 ? text : out + text.slice(kept);
}

/** dataviewDue is group 1 of `/[[(]due::\s*([^\])]*?)\s*[\])]/i`: a Dataview `[due:: …]` field's value, trimmed; undefined when there is none. */
export function dataviewDue(text: string): string | undefined {
	for (let i = 0; i + 6 <= text.length; i++) {
		if ((text[i] !== "[" && text[i] !== "(") || text.slice(i + 1, i + 6).toLowerCase() !== "due::") continue;
		const closer = firstOf(text, "]", ")")(i + 6);
		if (closer < 0) return undefined;
		return text.slice(i + 6, closer).trim();
	}
	return undefined;
}

/**
 * withoutTrailingTags is `text.replace(/(?:\s+#[^\s#]+)+\s*$/u, "")`: the tags at the end of a
 * task's description (`Send the deck @Jane #work #q4`) removed, with the spaces before them.
 */
export function withoutTrailingTags(text: string): string {
	let end = spaceBefore(text, text.length);
	let cut = -1;
	for (;;) {
		let start = end;
		while (start > 0 && !isSpace(text[start - 1])) start--;
		const token = text.slice(start, end);
		if (token.length < 2 || token[0] !== "#" || token.includes("#", 1)) break;
		const before = spaceBefore(text, start);
		if (before === start) break;
		cut = before;
		end = before;
	}
	return cut < 0 ? text : text.slice(0, cut);
}

/** holdsTemplateSyntax is `/\{\{[^{}]*\}\}|<%[\s\S]*%>/.test(text)`: `{{date}}`, or `<%` and a later `%>`. */
export function holdsTemplateSyntax(text: string): boolean {
	const open = text.indexOf("<%");
	if (open >= 0 && text.indexOf("%>", open + 2) >= 0) return true;
	const nextBrace = firstOf(text, "{", "}");
	for (let i = text.indexOf("{{"); i >= 0; i = text.indexOf("{{", i + 1)) {
		const brace = nextBrace(i + 2);
		if (brace < 0) return false;
		if (text.startsWith("}}", brace)) return true;
	}
	return false;
}
