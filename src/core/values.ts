import { isCalendarDate, weekdayNoteDate } from "./dates";
import type { IsoDate, NoteRef } from "./types";

/**
 * Readers for single property values. Each returns the value, or null when the property is
 * absent (missing, null, empty text), or a `Rejected` with the end of a sentence a person
 * understands; the caller puts the key in front of it. None of them throws.
 */

/** A value that could not be read, with the reason. */
export interface Rejected {
	rejected: string;
}

export type Reading<T> = T | null | Rejected;

/** isRejected tells a rejected reading from a value or an absent one. */
export function isRejected<T>(reading: Reading<T>): reading is Rejected {
	return typeof reading === "object" && reading !== null && "rejected" in reading;
}

/** reject is a reading that could not be taken, with the end of a sentence saying why. */
export function reject(message: string): Rejected {
	return { rejected: message };
}

/** describe writes a property value for a message: text in quotes, lists and maps by shape. */
export function describe(value: unknown): string {
	if (typeof value === "string") return `'${value.length > 80 ? `${value.slice(0, 77)}...` : value}'`;
	if (typeof value === "number" && !Number.isFinite(value)) return yamlNumber(value);
	if (value instanceof Uint8Array) return "binary data";
	if (value instanceof Set) return "a set";
	if (value instanceof Date) {
		// toISOString throws on an invalid date.
		return Number.isNaN(value.getTime()) ? "an invalid date" : `'${value.toISOString()}'`;
	}
	if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
	if (value === null || value === undefined) return "empty";
	if (typeof value === "object") return "a group of properties";
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
	return "a value of unknown kind";
}

/** yamlNumber writes infinity and not-a-number as YAML does (`.inf`, `-.inf`, `.nan`): JSON has no way to write them. */
export function yamlNumber(value: number): string {
	if (Number.isNaN(value)) return ".nan";
	if (value === Infinity) return ".inf";
	if (value === -Infinity) return "-.inf";
	return String(value);
}

/**
 * isEmpty says whether a property value counts as absent: missing, null, blank text, or a list
 * of nothing but such values (`[]`, what Obsidian leaves when every item of a list is removed).
 */
export function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (typeof value === "string") return value.trim() === "";
	return Array.isArray(value) && value.every(isEmpty);
}

/**
 * utcDateOf reads a `Date` (what YAML parsers make of unquoted dates) by its UTC calendar date;
 * null for an invalid date or one outside 0000–9999, which `yyyy-MM-dd` cannot write.
 */
export function utcDateOf(date: Date): IsoDate | null {
	const year = date.getUTCFullYear();
	if (Number.isNaN(year) || year < 0 || year > 9999) return null;
	return date.toISOString().slice(0, 10);
}

/**
 * unwrapLink turns YAML's reading of an unquoted `[[Target]]` (a list holding a list holding
 * `Target`) back into the link text `[[Target]]`; other values pass through.
 */
export function unwrapLink(value: unknown): unknown {
	if (Array.isArray(value) && value.length === 1) {
		const inner: unknown = value[0];
		if (Array.isArray(inner) && inner.length === 1 && typeof inner[0] === "string") {
			return `[[${inner[0]}]]`;
		}
	}
	return value;
}

const WIKILINK = /^!?\[\[([^\]]*)\]\]$/;

/** parseWikilink reads `[[Target#Heading|Alias]]` into a reference, or null when the text is not a wikilink. */
export function parseWikilink(text: string): NoteRef | null {
	const match = WIKILINK.exec(text.trim());
	if (!match) return null;
	const inner = match[1] ?? "";
	const bar = inner.indexOf("|");
	const linkpart = bar >= 0 ? inner.slice(0, bar) : inner;
	const alias = bar >= 0 ? inner.slice(bar + 1).trim() : "";
	const hash = linkpart.indexOf("#");
	const target = (hash >= 0 ? linkpart.slice(0, hash) : linkpart).trim();
	if (target === "") return null;
	return { target, alias: alias === "" ? null : alias, isLink: true };
}

/** Text of printable ASCII characters only: its own NFC form. */
const ASCII = /^[ -~]*$/;

/**
 * foldName is how names and link paths are compared: case-insensitive, and in Unicode's composed
 * form, since macOS writes file names decomposed (`e` + accent) while typed links are composed.
 */
export function foldName(text: string): string {
	// ASCII text is its own NFC form: only other text needs normalising.
	return (ASCII.test(text) ? text : text.normalize("NFC")).toLowerCase();
}

/** linkBasename is the last segment of a link path without `.md`: `Daily/2026-11-01.md` → `2026-11-01`. */
export function linkBasename(target: string): string {
	const last = target.slice(target.lastIndexOf("/") + 1);
	return last.toLowerCase().endsWith(".md") ? last.slice(0, -3) : last;
}

const DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** A text with the form of a date or a date-time, as numbers; whether they name a real day and time is not checked. */
interface WrittenDate {
	/** The written `yyyy-MM-dd`. */
	date: string;
	year: number;
	month: number;
	day: number;
	/** The time of day, when one is written. */
	time: { hours: number; minutes: number; seconds: number } | null;
}

/** writtenDate reads the numbers of a date or date-time (see DATE_TIME), or null when the text does not have that form. */
function writtenDate(text: string): WrittenDate | null {
	const match = DATE_TIME.exec(text);
	if (!match) return null;
	const [, year = "", month = "", day = "", hours, minutes, seconds] = match;
	const time = hours === undefined ? null : { hours: Number(hours), minutes: Number(minutes), seconds: seconds === undefined ? 0 : Number(seconds) };
	return { date: `${year}-${month}-${day}`, year: Number(year), month: Number(month), day: Number(day), time };
}

function isRealDay(written: WrittenDate): boolean {
	return isCalendarDate(written.year, written.month, written.day);
}

function isRealTime(written: WrittenDate): boolean {
	const { time } = written;
	return time === null || (time.hours <= 23 && time.minutes <= 59 && time.seconds <= 59);
}

function calendarDateOf(text: string): IsoDate | null {
	const written = writtenDate(text);
	return written !== null && isRealDay(written) && isRealTime(written) ? written.date : null;
}

const DATE_HINT = "is not a date; use YYYY-MM-DD";

/** The months' English names, January first. */
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * dateMistake explains a text that has the form of a date but names no day (`2026-02-29`,
 * `2026-13-45`, `2026-11-01T25:00`): the form is right, so "use YYYY-MM-DD" would not help.
 */
function dateMistake(text: string): string | null {
	const written = writtenDate(text);
	if (written === null) return null;
	// The design's own example ('2026-13-45') keeps the plain hint: the month is the obvious mistake.
	if (written.month < 1 || written.month > 12) return null;
	if (!isRealDay(written)) {
		return `'${text}' is not a date: ${MONTH_NAMES[written.month - 1] ?? ""} ${written.date.slice(0, 4)} has no day ${written.day}; use a day that exists`;
	}
	return `'${text}' is not a date: the time of day is not a real time; use YYYY-MM-DD or YYYY-MM-DDTHH:mm`;
}

/**
 * readDate reads a calendar date: `yyyy-MM-dd`, an ISO date-time (its written date counts, with
 * no time-zone shift), a `Date` (by its UTC calendar date, as YAML parsers make them), or a
 * wikilink to a daily note named `yyyy-MM-dd` (or `yyyy-MM-dd-dddd`, its weekday after it).
 */
export function readDate(raw: unknown): Reading<IsoDate> {
	const value = unwrapLink(raw);
	if (isEmpty(value)) return null;
	if (value instanceof Date) return utcDateOf(value) ?? reject(`${describe(value)} ${DATE_HINT}`);
	if (typeof value !== "string") {
		if (Array.isArray(value)) return reject(`is a list; use one date (YYYY-MM-DD)`);
		return reject(`${describe(value)} ${DATE_HINT}`);
	}
	const text = value.trim();
	const link = parseWikilink(text);
	if (link) {
		const name = linkBasename(link.target);
		const date = calendarDateOf(name) ?? weekdayNoteDate(name);
		return date ?? reject(`${describe(value)} links to a note whose name is not a date; use [[YYYY-MM-DD]]`);
	}
	return calendarDateOf(text) ?? reject(dateMistake(text) ?? `${describe(value)} ${DATE_HINT}`);
}

/** readText reads a single line of text; numbers are written as text, lists and maps are rejected. */
export function readText(value: unknown): Reading<string> {
	if (isEmpty(value)) return null;
	if (typeof value === "string") return value.trim();
	// `.inf` stays `.inf` (as written), not JavaScript's "Infinity".
	if (typeof value === "number") return yamlNumber(value);
	if (typeof value === "boolean") return String(value);
	if (value instanceof Date) return utcDateOf(value) ?? reject(`is ${describe(value)}; use text`);
	return reject(`is ${describe(value)}; use text`);
}

/** readTextOrList reads text, or a list of text written as one line (`Position: [Engineer, Lead]`). */
export function readTextOrList(value: unknown): Reading<string> {
	if (!Array.isArray(value)) return readText(value);
	const list = readTextList(value);
	return isRejected(list) || list === null ? list : list.join(", ");
}

/** readTextList reads text or a list of text (empty items skipped). */
export function readTextList(value: unknown): Reading<string[]> {
	if (isEmpty(value)) return null;
	if (!Array.isArray(value)) {
		const text = readText(value);
		return isRejected(text) ? reject(`is ${describe(value)}; use text or a list of text`) : text === null ? null : [text];
	}
	const texts: string[] = [];
	for (const item of value) {
		const unwrapped = unwrapLink(item);
		if (isEmpty(unwrapped)) continue;
		// YAML reads an unquoted `[[Link]]` item as a nested list.
		const text = Array.isArray(item) && typeof unwrapped === "string" ? unwrapped : readText(unwrapped);
		if (isRejected(text)) return reject(`has an item that is ${describe(unwrapped)}; use text or a list of text`);
		if (text !== null) texts.push(text);
	}
	return texts.length === 0 ? null : texts;
}

/** readRef reads a link to a note (`[[Target|Alias]]`) or a plain name; a list gives its first item. */
export function readRef(raw: unknown): Reading<NoteRef> {
	let value = unwrapLink(raw);
	if (Array.isArray(value)) value = value.map(unwrapLink).find((item) => !isEmpty(item));
	if (isEmpty(value)) return null;
	if (typeof value === "number") return { target: String(value), alias: null, isLink: false };
	if (typeof value !== "string") return reject(`is ${describe(value)}; use a link like [[Name]] or a name`);
	const text = value.trim();
	return parseWikilink(text) ?? { target: text, alias: null, isLink: false };
}

/** readRefList reads one link or a list of links (for a 1:1 note's `with`). */
export function readRefList(raw: unknown): Reading<NoteRef[]> {
	const value = unwrapLink(raw);
	if (isEmpty(value)) return null;
	if (!Array.isArray(value)) {
		const ref = readRef(value);
		return isRejected(ref) ? reject(`is ${describe(value)}; use a link like [[Name]] or a list of links`) : ref === null ? null : [ref];
	}
	const refs: NoteRef[] = [];
	for (const item of value) {
		const ref = readRef(item);
		if (isRejected(ref)) return reject(`has an item that is ${describe(unwrapLink(item))}; use links like [[Name]]`);
		if (ref) refs.push(ref);
	}
	return refs.length === 0 ? null : refs;
}

/** displayOfRef is what a person sees for a reference: the alias, else the link's basename. */
export function displayOfRef(ref: NoteRef): string {
	return ref.alias ?? (ref.isLink ? linkBasename(ref.target) : ref.target);
}
