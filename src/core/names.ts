import { describe, foldName, isEmpty, linkBasename, parseWikilink, reject, unwrapLink, type Reading } from "./values";
import type { NoteRef } from "./types";

/** Reading the people a note names, and the words that mark a person or a meeting in its type and tags. */

/** splitNames cuts a string of several names at commas and semicolons outside `[[…]]`, and between links written side by side. */
export function splitNames(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
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
		} else if (depth === 0 && (text[i] === "," || text[i] === ";")) {
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
		for (const part of splitNames(item)) {
			const link = parseWikilink(part);
			const name = part.replace(/^@\s*/, "").trim();
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

/** A tag with nothing hasTag splits at or strips: no `#`, `/`, comma or space. */
const ONE_LEVEL_TAG = /^[^\s,#/]+$/;

/**
 * hasTag says whether a `tags` value holds a tag one of whose levels is one of the words:
 * `person`, `#people`, `type/person`, `people/colleague`; as a list, a comma or space separated
 * string, with or without `#`.
 */
export function hasTag(raw: unknown, words: ReadonlySet<string>): boolean {
	const items: unknown[] = Array.isArray(raw) ? raw : [raw];
	for (const item of items) {
		if (typeof item !== "string") continue;
		// Most tags are one word of one level (`meeting`, `1on1`): nothing to split.
		if (ONE_LEVEL_TAG.test(item)) {
			if (words.has(foldName(item))) return true;
			continue;
		}
		for (const tag of item.split(/[\s,]+/)) {
			const clean = foldName(tag.replace(/^#/, ""));
			if (clean === "") continue;
			for (const level of clean.split("/")) {
				if (words.has(level)) return true;
			}
		}
	}
	return false;
}
