import { displayOfRef, foldName, linkBasename } from "./values";
import type { NoteRef } from "./types";

/**
 * The words written around a person's name in a meeting's list of people, as minutes and
 * templates write them: a word about the person (`Jane Doe (PM)`, `Bo Li - Backend`), a role's
 * or an absence's label (`Chair:`, `**Absent:**`), emphasis (`_You!_`), and `and` between two names.
 */

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
export function withoutLabel(text: string): string {
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
export function withoutEmphasis(name: string): string {
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
export function byAnd(part: string): string[] {
	if (part.includes("[[") || !AND.test(part)) return [part];
	const pieces = part.split(AND).map((piece) => piece.trim());
	const full = pieces.filter((piece) => piece.includes(" ")).length;
	// Each a name: a letter, then more.
	return (full === 0 || full === pieces.length) && pieces.every((piece) => /^\p{L}./u.test(piece)) ? pieces : [part];
}
