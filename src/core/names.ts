import { describe, displayOfRef, foldName, isEmpty, linkBasename, parseWikilink, reject, unwrapLink, type Reading } from "./values";
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

/** A spaced dash between a name and a word about them: `Bo Li - Backend`, `Bo Li — PM`. */
const SPACED_DASH = / [-\u2013\u2014] /;
/** The roles minutes write before a name (`Chair: Sam Ortiz`, `**Required:** Jane, Bo`), folded. */
const ROLE_LABELS = new Set([
	"chair",
	"scribe",
	"facilitator",
	"host",
	"organizer",
	"organiser",
	"note taker",
	"notetaker",
	"notes",
	"lead",
	"owner",
	"moderator",
	"presenter",
	"guest",
	"guests",
	"required",
	"optional",
	"attendee",
	"attendees",
	"participant",
	"participants",
	"present",
	"client",
	"customer",
	"partner",
]);
/** The labels minutes write before the people who did not take part (`**Absent:** Bo`), folded. */
const ABSENT_LABELS = new Set(["absent", "apologies", "regrets", "declined", "not present", "unable to attend", "missing"]);

/**
 * withoutLabel reads the label a list of people may start with (`Chair: Sam Ortiz`, `**Required:**
 * Jane, Bo`): the people after a role's label, and none after an absence's (`**Absent:** Bo`).
 */
function withoutLabel(text: string): string {
	const colon = text.indexOf(":");
	if (colon <= 0 || colon > 40) return text;
	const label = foldName(text.slice(0, colon).replace(/[*_]/g, "").trim());
	const known = ROLE_LABELS.has(label) || ABSENT_LABELS.has(label);
	if (!known) return text;
	if (ABSENT_LABELS.has(label)) return "";
	// `**Required:** Jane`: the emphasis closing the label is after its colon.
	let rest = text.slice(colon + 1).trim();
	while (rest.startsWith("*") || rest.startsWith("_")) rest = rest.slice(1);
	return rest.trim();
}

/**
 * bareName is the name of someone written with a word about them, as minutes list their people:
 * `Jane Doe (PM)`, `Bo Li - Backend`; null when a name holds no such word.
 * A name is looked up as written first, and so only when that finds no one.
 */
export function bareName(name: string): string | null {
	const written = name.trim();
	// `[[Priya Shah]] (Fabrikam)`: the link, when words follow it; a link's own text is its own.
	if (written.startsWith("[[")) {
		const close = written.indexOf("]]");
		const rest = close < 0 ? "" : written.slice(close + 2).trim();
		return rest !== "" && (rest.startsWith("(") || SPACED_DASH.test(` ${rest}`)) ? written.slice(0, close + 2) : null;
	}
	let bare = written;
	const open = bare.endsWith(")") ? bare.lastIndexOf("(") : -1;
	if (open > 0) bare = bare.slice(0, open).trim();
	const dash = SPACED_DASH.exec(bare);
	// `Q4567 - Sarah Johnson` is a file name, not a name and a role: only a name of two words or more comes before the dash.
	const left = dash === null ? "" : bare.slice(0, dash.index).trim();
	if (left.includes(" ")) bare = left;
	return bare !== written && /\p{L}/u.test(bare) ? bare : null;
}

/** shownName is how a reference is listed among the names without a note: a link's alias or basename, a name without a word about them. */
export function shownName(ref: NoteRef): string {
	if (!ref.isLink) return bareName(ref.target) ?? ref.target;
	return ref.alias ?? bareName(linkBasename(ref.target)) ?? displayOfRef(ref);
}

/** withoutEmphasis is a name without the emphasis a list in the text may give it (`_You!_`, `**Jane Doe**`), or an `!` after it. */
function withoutEmphasis(name: string): string {
	let bare = name;
	for (const mark of ["**", "__", "*", "_"]) {
		if (bare.length > mark.length * 2 && bare.startsWith(mark) && bare.endsWith(mark)) bare = bare.slice(mark.length, -mark.length).trim();
	}
	let end = bare.length;
	while (end > 0 && bare[end - 1] === "!") end--;
	return bare.slice(0, end).trim();
}

/** A word between two names: `Jane Doe and Bo Chen`, `Jane & Bo`. */
const AND = / (?:and|&) /i;

/**
 * byAnd cuts a plain name at `and` and `&` between names (`Jane Doe and Bo Chen`, `Kai & Ana`),
 * when each side is a name of its own: a first name beside a full one (`Brandon & Priscilla
 * Dodsworth`, a couple) may share its last name, and stays as written; a link is one name.
 */
function byAnd(part: string): string[] {
	if (part.includes("[[") || !AND.test(part)) return [part];
	const pieces = part.split(AND).map((piece) => piece.trim());
	const full = pieces.filter((piece) => piece.includes(" ")).length;
	// Each a name: a letter, then more.
	return (full === 0 || full === pieces.length) && pieces.every((piece) => /^\p{L}./u.test(piece)) ? pieces : [part];
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
