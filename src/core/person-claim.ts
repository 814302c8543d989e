import { titleName } from "./conventions";
import type { CoreSettings, NoteRef } from "./types";
import { describe, displayOfRef, foldName, isEmpty, linkBasename, parseWikilink, unwrapLink, type Reading } from "./values";

/** What a note's `person` property says: the person's name, or who else the note is about. */

/** personName reads the `person` property into a display name: text, a link's alias or basename, a list's first item, `true` for the title. */
export function personName(value: unknown, title: string): Reading<string> {
	const unwrapped = unwrapLink(value);
	if (unwrapped === true) return title;
	if (Array.isArray(unwrapped)) {
		const first: unknown = unwrapped.map(unwrapLink).find((item) => !isEmpty(item));
		if (first === undefined) return null;
		if (Array.isArray(first)) return { rejected: `is a list inside a list; use text` };
		return personName(first, title);
	}
	if (typeof unwrapped === "string") {
		const link = parseWikilink(unwrapped);
		return link ? displayOfRef(link) : unwrapped.trim() || null;
	}
	if (typeof unwrapped === "number") return String(unwrapped);
	if (isEmpty(unwrapped) || unwrapped === false) return null;
	return { rejected: `is ${describe(unwrapped)}; use text, a link like [[Name]], or true for the note's title` };
}

/** What the `person` property says of a note: that it is a person, or who it is about. */
export type PersonClaim = { kind: "self" } | { kind: "about"; refs: NoteRef[] } | null;

/**
 * personClaim reads `person`: a name or a link to the note itself says the note is a person; a
 * link to another note (`person: "[[Tom G]]"` in a review), or a name other than the note's own
 * on a dated note, says it is about that person.
 */
export function personClaim(value: unknown, title: string, dated: boolean, inPeopleFolder: boolean, settings: CoreSettings): PersonClaim {
	const unwrapped = unwrapLink(value);
	if (isEmpty(unwrapped) || unwrapped === false) return null;
	if (!settings.rules.aboutNotes) return { kind: "self" };
	const own = new Set([foldName(title), foldName(titleName(title))]);
	const items: unknown[] = Array.isArray(unwrapped) ? unwrapped.map(unwrapLink).filter((item) => !isEmpty(item)) : [unwrapped];
	const refs: NoteRef[] = [];
	for (const item of items) {
		if (typeof item !== "string") return { kind: "self" };
		const link = parseWikilink(item);
		if (link) {
			if (own.has(foldName(linkBasename(link.target)))) return { kind: "self" };
			refs.push(link);
		} else {
			const name = item.trim();
			const folded = foldName(name);
			if (own.has(folded)) return { kind: "self" };
			// `Tom Green plan.md` with `person: Tom Green` is about Tom, dated or not (outside a people
			// folder, and for a full name: `People/Jane Doe.md` with `person: Jane` is Jane).
			const namedInTitle = !inPeopleFolder && /\s/.test(folded) && foldName(title).includes(folded);
			if (!dated && !namedInTitle) return { kind: "self" };
			refs.push({ target: name, alias: null, isLink: false });
		}
	}
	return refs.length === 0 ? { kind: "self" } : { kind: "about", refs };
}
