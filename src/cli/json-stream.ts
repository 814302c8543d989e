import type { JsonList } from "../core";

/**
 * writeJson writes `value` as `${JSON.stringify(value, null, 2)}\n` would (report.ts's `json`), byte for
 * byte, in pieces of about CHUNK characters: the report of 50,000 notes is 11 MB of JSON, which
 * as one string (two bytes a character once a name is not ASCII) and then one Buffer for stdout
 * would cost three times that at once. Plain objects and arrays down to `depth` levels are
 * written a member at a time; anything deeper, or anything JSON.stringify treats specially
 * (`toJSON`, a class instance), is written by JSON.stringify itself and indented to its place,
 * which is safe since JSON text never holds a raw newline inside a string.
 */
export function writeJson(value: unknown, write: (text: string) => void, depth = 2): void {
	const out = new Pieces(write);
	// At the top, what JSON has no text for prints as `json` prints it: `undefined`.
	if (depth > 0 && isWalked(value)) member(value, "", depth, out);
	else out.push(String(textOf(value, "")));
	out.push("\n");
	out.flush();
}

/**
 * writeJsonLists writes `{ ...head, ...lists }` with each list made whole, as writeJson would,
 * but makes each list's items only as it writes them: nothing holds the whole JSON copy of
 * the lists at once (reportJsonLists).
 */
export function writeJsonLists(head: Readonly<Record<string, unknown>>, lists: Readonly<Record<string, JsonList<unknown, unknown>>>, write: (text: string) => void): void {
	writeJson(Object.fromEntries([...Object.entries(head), ...Object.entries(lists).map(([key, list]) => [key, new Unmade(list)])]), write);
}

/** A list whose items are made as they are written; only writeJsonLists makes one, so no value of a caller's is one. */
class Unmade {
	constructor(readonly list: JsonList<unknown, unknown>) {}

	/** Anything else that writes it (JSON.stringify) gets the list made whole. */
	toJSON(): unknown[] {
		return this.list.items.map((item) => this.list.toJson(item));
	}
}

/** The size of the pieces written, in characters. */
const CHUNK = 1 << 16;

class Pieces {
	private parts: string[] = [];
	private size = 0;

	constructor(private readonly write: (text: string) => void) {}

	push(text: string): void {
		this.parts.push(text);
		this.size += text.length;
		if (this.size >= CHUNK) this.flush();
	}

	flush(): void {
		if (this.size === 0) return;
		this.write(this.parts.join(""));
		this.parts = [];
		this.size = 0;
	}
}

/**
 * compactJson gives `JSON.stringify(value)`, byte for byte, as a run of texts to join (inPieces
 * joins them): plain objects and arrays down to `depth` levels are given a member at a time, the
 * rest by JSON.stringify whole. The cache files of 50,000 notes are 40 MB of JSON, which as one
 * string and then one Buffer would be held twice at once. `value` must be one JSON has text for.
 */
export function* compactJson(value: unknown, depth: number): Generator<string> {
	if (depth <= 0 || !isWalked(value)) {
		// Inside a list, what JSON has no text for (undefined, a function) is null, as JSON.stringify writes it.
		const text: string | undefined = JSON.stringify(value);
		yield text ?? "null";
		return;
	}
	if (Array.isArray(value)) {
		yield "[";
		for (let i = 0; i < value.length; i++) {
			if (i > 0) yield ",";
			yield* compactJson(value[i], depth - 1);
		}
		yield "]";
		return;
	}
	let first = true;
	for (const key of Object.keys(value)) {
		const item = value[key];
		const text = depth > 1 && isWalked(item) ? null : (JSON.stringify(item) as string | undefined);
		// A member JSON has no text for is left out, key and all.
		if (text === undefined) continue;
		yield `${first ? "{" : ","}${JSON.stringify(key)}:`;
		first = false;
		if (text === null) yield* compactJson(item, depth - 1);
		else yield text;
	}
	yield first ? "{}" : "}";
}

/**
 * inPieces joins texts into pieces of about CHUNK characters, as writeJson writes them, for a
 * file written a piece at a time; bytes among them are passed on as they are, in their place.
 */
export function inPieces(texts: Iterable<string>): Generator<string>;
export function inPieces(parts: Iterable<string | Uint8Array>): Generator<string | Uint8Array>;
export function* inPieces(parts: Iterable<string | Uint8Array>): Generator<string | Uint8Array> {
	const ready: string[] = [];
	const out = new Pieces((piece) => ready.push(piece));
	for (const part of parts) {
		if (typeof part === "string") out.push(part);
		else out.flush();
		yield* ready;
		ready.length = 0;
		if (typeof part !== "string") yield part;
	}
	out.flush();
	yield* ready;
}

/** isWalked says whether a value is written a member at a time: a plain object or array with no toJSON. */
function isWalked(value: unknown): value is Record<string, unknown> | unknown[] {
	if (typeof value !== "object" || value === null) return false;
	if (Array.isArray(value)) return true;
	const prototype: unknown = Object.getPrototypeOf(value);
	return (prototype === Object.prototype || prototype === null) && !("toJSON" in value);
}

/** member writes one value of a list, or the whole value, at the indentation `indent` (null for what JSON has no text for, as in a list). */
function member(value: unknown, indent: string, depth: number, out: Pieces): void {
	if (value instanceof Unmade) {
		const { items } = value.list;
		list({ length: items.length, at: (i) => value.list.toJson(items[i]) }, indent, depth, out);
		return;
	}
	if (depth > 0 && isWalked(value)) {
		if (Array.isArray(value)) list({ length: value.length, at: (i) => value[i] }, indent, depth, out);
		else object(value, indent, depth, out);
		return;
	}
	out.push(textOf(value, indent) ?? "null");
}

/** textOf is JSON.stringify's text of a value, indented to its place; undefined for what JSON leaves out (undefined, a function). */
function textOf(value: unknown, indent: string): string | undefined {
	// A text, number, boolean or null is one line: nothing to indent (most of a report's values).
	if (typeof value !== "object" || value === null) return JSON.stringify(value);
	const text = JSON.stringify(value, null, 2) as string | undefined;
	return text === undefined || indent === "" ? text : text.replace(/\n/g, `\n${indent}`);
}

/** A list's items by place: an array's, or an unmade list's, each made when asked. */
interface Items {
	length: number;
	at(index: number): unknown;
}

function list(items: Items, indent: string, depth: number, out: Pieces): void {
	if (items.length === 0) {
		out.push("[]");
		return;
	}
	const inner = `${indent}  `;
	out.push("[");
	for (let i = 0; i < items.length; i++) {
		out.push(i === 0 ? `\n${inner}` : `,\n${inner}`);
		member(items.at(i), inner, depth - 1, out);
	}
	out.push(`\n${indent}]`);
}

function object(value: Readonly<Record<string, unknown>>, indent: string, depth: number, out: Pieces): void {
	const inner = `${indent}  `;
	let first = true;
	for (const key of Object.keys(value)) {
		const item = value[key];
		const walked = depth > 1 && (isWalked(item) || item instanceof Unmade);
		// A member JSON has no text for is left out, key and all, as JSON.stringify leaves it out.
		const text = walked ? null : textOf(item, inner);
		if (text === undefined) continue;
		out.push(`${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `);
		first = false;
		if (text === null) member(item, inner, depth - 1, out);
		else out.push(text);
	}
	out.push(first ? "{}" : `\n${indent}}`);
}
