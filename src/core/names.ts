import { describe, foldName, isEmpty, linkBasename, parseWikilink, reject, unwrapLink, type Reading } from "./values";
import { bareName, byAnd, withoutEmphasis, withoutLabel } from "./name-words";
import type { NoteRef } from "./types";

/** Reading the people a note names, and the words that mark a person or a meeting in its type and tags. */

/** hasSemicolonOutsideLinks says whether a `;` is written outside `[[…]]`, counting the links as splitNames does (one pass: hostile text costs no more). */
function hasSemicolonOutsideLinks(text: string): boolean {
	if (!text.includes(";")) return false;
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		if (text.startsWith("[[", i)) {
			depth++;
			i++;
		} else if (depth > 0 && text.startsWith("]]", i)) {
			depth--;
			i++;
		} else if (depth === 0 && text[i] === ";") return true;
	}
	return false;
}

/**
 * splitNames cuts a string of several names at commas and semicolons outside `[[…]]` and brackets, and between
 * links written side by side; a string with semicolons is cut at them alone (`Doe, Jane; Smith, John`).
 */
export function splitNames(text: string): string[] {
	const parts: string[] = [];
	// `Doe, Jane; Smith, John` (as Outlook lists attendees): with semicolons between names, a comma is inside one.
	const commas = !hasSemicolonOutsideLinks(text);
	let depth = 0;
	// `Jordan Blake (Fabrikam, security)`: a comma in brackets is inside one name's note.
	let brackets = 0;
	let current = "";
	for (let i = 0; i < text.length; i++) {
		const pair = text.slice(i, i + 2);
		if (pair === "[[") {
			// `[[A]] [[B]]`: a link that starts after another one ended is a new name.
			if (depth === 0 && current.trim().endsWith("]]")) {
				parts.push(current);
				current = "";
			}
			depth++;
			current += pair;
			i++;
		} else if (pair === "]]" && depth > 0) {
			depth--;
			current += pair;
			i++;
		} else if (depth === 0 && (text[i] === "(" || (text[i] === ")" && brackets > 0))) {
			brackets += text[i] === "(" ? 1 : -1;
			current += text[i] ?? "";
		} else if (depth === 0 && brackets === 0 && ((commas && text[i] === ",") || text[i] === ";")) {
			parts.push(current);
			current = "";
		} else {
			current += text[i] ?? "";
		}
	}
	parts.push(current);
	return parts.map((part) => part.trim()).filter((part) => part !== "");
}

/**
 * emailParts splits an e-mail address (`jane.doe@acme.com`) into the part before its `@` and
 * its domain; null for anything else. String steps, not a pattern: linear in any text.
 */
export function emailParts(text: string): { local: string; domain: string } | null {
	const at = text.indexOf("@");
	if (at <= 0 || text.indexOf("@", at + 1) >= 0 || /\s/.test(text)) return null;
	const domain = text.slice(at + 1);
	const dot = domain.lastIndexOf(".");
	if (dot <= 0 || dot === domain.length - 1) return null;
	return { local: text.slice(0, at), domain };
}

/** withoutAddress is the name of `Jane Doe <jane.doe@acme.com>` (as calendars export attendees), or the address alone when no name is written before it. */
function withoutAddress(name: string): string {
	if (!name.endsWith(">")) return name;
	const open = name.lastIndexOf("<");
	const address = open < 0 ? "" : name.slice(open + 1, -1);
	if (address.includes("<") || emailParts(address) === null) return name;
	let shown = name.slice(0, open).trim();
	if (shown.length >= 2 && shown.startsWith('"') && shown.endsWith('"')) shown = shown.slice(1, -1).trim();
	return shown === "" ? address : shown;
}

/**
 * readNameList reads the people a meeting names in the conventions of real vaults: links or
 * plain names, a list, or one comma-separated string (`participants: Lior, Bilal, Jason`).
 * A leading `@` is dropped (`@Jane`).
 */
export function readNameList(raw: unknown): Reading<NoteRef[]> {
	const value = unwrapLink(raw);
	if (isEmpty(value)) return null;
	const items: unknown[] = Array.isArray(value) ? value.map(unwrapLink) : [value];
	const refs: NoteRef[] = [];
	for (const item of items) {
		if (isEmpty(item)) continue;
		if (typeof item === "number") {
			refs.push({ target: String(item), alias: null, isLink: false });
			continue;
		}
		if (typeof item !== "string") return reject(`${Array.isArray(value) ? "has an item that is" : "is"} ${describe(item)}; use names or links like [[Name]]`);
		for (const part of splitNames(withoutLabel(item.trim())).flatMap(byAnd)) {
			// `[[Priya Shah]] (Fabrikam)`: a link with a word about its person is the link.
			const bare = part.startsWith("[[") ? bareName(part) : null;
			const link = (bare === null ? null : parseWikilink(bare)) ?? parseWikilink(part);
			const name = withoutAddress(withoutEmphasis(part.replace(/^@\s*/, "").trim()));
			if (link) refs.push(link);
			else if (name !== "") refs.push({ target: name, alias: null, isLink: false });
		}
	}
	return refs.length === 0 ? null : refs;
}

/**
 * hasWord says whether a value names one of the words: text, a link's basename or alias
 * (`"[[People]]"`), or an item of a list of them. Used for `type: people` and
 * `categories: ["[[People]]"]`.
 */
export function hasWord(raw: unknown, words: ReadonlySet<string>): boolean {
	const whole = unwrapLink(raw);
	const items: unknown[] = Array.isArray(whole) ? whole.map(unwrapLink) : [whole];
	for (const item of items) {
		if (typeof item !== "string") continue;
		for (const part of item.includes(",") ? item.split(",") : [item]) {
			const link = parseWikilink(part);
			const text = foldName(link ? linkBasename(link.target) : part.trim());
			if (words.has(text) || words.has(text.replace(/^#/, ""))) return true;
		}
	}
	return false;
}

/** A tag with nothing eachTag splits at or strips: no `#`, `/`, comma or space. */
const ONE_LEVEL_TAG = /^[^\s,#/]+$/;

/**
 * eachTag visits every tag of a `tags` value as written, without `#` (a list, or a comma or
 * space separated string), until `visit` returns true; says whether it did.
 */
function eachTag(raw: unknown, visit: (tag: string) => boolean): boolean {
	for (const item of Array.isArray(raw) ? (raw as unknown[]) : [raw]) {
		if (typeof item !== "string") continue;
		// Most tags are one word of one level (`meeting`, `1on1`): nothing to split.
		if (ONE_LEVEL_TAG.test(item)) {
			if (visit(item)) return true;
			continue;
		}
		for (const tag of item.split(/[\s,]+/)) {
			const bare = tag.replace(/^#/, "");
			if (bare !== "" && visit(bare)) return true;
		}
	}
	return false;
}

/**
 * nameOfTag is the person a tag names, when it names one rather than marking a note as a
 * person: a person word, then a name that is none (`people/john-appleseed`, `person/Jane_Doe`),
 * as vaults that tag everyone a meeting or a note mentions write it. A lower-case slug reads as
 * words (`John Appleseed`); otherwise `_` is a space. Null for any other tag (`people`,
 * `type/person`, `work`).
 */
export function nameOfTag(tag: string, words: ReadonlySet<string>): string | null {
	const levels = tag.split("/");
	const last = levels[levels.length - 1] ?? "";
	if (levels.length < 2 || !words.has(foldName(levels[0] ?? "")) || levels.slice(1).some((level) => words.has(foldName(level))) || last.trim() === "") return null;
	if (last !== last.toLowerCase()) return last.replace(/_+/g, " ").trim();
	return last
		.split(/[-_]+/)
		.filter((word) => word !== "")
		.map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)
		.join(" ");
}

/** tagNames are the people the tags of a value name (nameOfTag), as plain names. */
export function tagNames(raw: unknown, words: ReadonlySet<string>): NoteRef[] {
	const refs: NoteRef[] = [];
	eachTag(raw, (tag) => {
		const name = nameOfTag(tag, words);
		if (name !== null && name !== "") refs.push({ target: name, alias: null, isLink: false });
		return false;
	});
	return refs;
}

/**
 * hasTag says whether a `tags` value holds a tag one of whose levels is one of the words:
 * `person`, `#people`, `type/person`, `people/colleague`; as a list, a comma or space separated
 * string, with or without `#`. With `names: false`, a tag that names a person (nameOfTag:
 * `people/john-appleseed` on a meeting, or in a note's text) does not count.
 */
export function hasTag(raw: unknown, words: ReadonlySet<string>, names = true): boolean {
	return eachTag(raw, (tag) => {
		if (!names && tag.includes("/") && nameOfTag(tag, words) !== null) return false;
		const clean = foldName(tag);
		return clean.includes("/") ? clean.split("/").some((level) => words.has(level)) : words.has(clean);
	});
}
