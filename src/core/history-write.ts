import { keyToWrite } from "./frontmatter";
import { FOLLOW_UP_SUMMARY } from "./history";
import { itemsOf } from "./read-history";
import type { IsoDate, PropertyLists } from "./types";
import { isEmpty, readDate, readText } from "./values";

/**
 * The property edits that keep history, applied by the plugin inside processFrontMatter (only
 * the keys they are about change). Pure: they take the note's properties as a plain object.
 *
 * - Logging a contact moves the previous `last-contact` into `contact-history`, a list of
 *   `YYYY-MM-DD` dates, oldest first (a new date goes before the first later one, so a list
 *   kept in order stays so, and Dataview's `contact-history[-1]` is the latest earlier contact);
 *   a date already there is not added twice. A previous value that is not a date is kept in
 *   the list as written, never dropped.
 * - Marking a follow-up done appends `YYYY-MM-DD: what it was (due YYYY-MM-DD)` to
 *   `follow-ups-done` before `follow-up` and `follow-up-note` are removed: the day it was done,
 *   its note and the due date it had.
 *
 * A list that is not there yet is written under the name in the style of its neighbour: beside
 * `last_contact`, `contact_history`; beside `lastContact`, `contactHistory`.
 */

type Frontmatter = Record<string, unknown>;

type KeyStyle = "snake" | "camel" | "kebab" | "plain";

function styleOf(key: string): KeyStyle {
	if (key.includes("_")) return "snake";
	if (/[a-z][A-Z]/.test(key)) return "camel";
	return key.includes("-") ? "kebab" : "plain";
}

/** keyLike is where a write of a property goes: the name the note uses, else the name in the style of `like`, else the first name. */
export function keyLike(fm: Frontmatter, names: readonly string[], like: string): string {
	const existing = keyToWrite(fm, names);
	if (Object.prototype.hasOwnProperty.call(fm, existing)) return existing;
	const style = styleOf(like);
	return names.find((name) => styleOf(name) === style) ?? existing;
}

/** asWritten is a value to keep in a list: text as it is, a `Date` (what YAML engines make of dates) as YYYY-MM-DD. */
function asWritten(value: unknown): unknown {
	if (value instanceof Date) {
		const date = readDate(value);
		return typeof date === "string" ? date : String(value);
	}
	return value;
}

/** withDate is a list with a date put in order (before the first later date), or as it was when the date is there already. */
function withDate(items: readonly unknown[], value: unknown): unknown[] {
	const date = readDate(value);
	if (typeof date !== "string") return [...items, value];
	if (items.some((item) => readDate(item) === date)) return [...items];
	const later = items.findIndex((item) => {
		const other = readDate(item);
		return typeof other === "string" && other > date;
	});
	return later < 0 ? [...items, value] : [...items.slice(0, later), value, ...items.slice(later)];
}

/** logContact sets `last-contact` to today and keeps the previous one in `contact-history`. */
export function logContact(fm: Frontmatter, lists: Pick<PropertyLists, "lastContact" | "contactHistory">, today: IsoDate): void {
	const key = keyToWrite(fm, lists.lastContact);
	const previous = fm[key];
	fm[key] = today;
	if (isEmpty(previous) || readDate(previous) === today) return;
	const historyKey = keyLike(fm, lists.contactHistory, key);
	fm[historyKey] = withDate(itemsOf(fm[historyKey], true), asWritten(previous));
}

/** doneText is what `follow-ups-done` keeps of a follow-up: its note (or "Follow up") and the due date it had. */
function doneText(note: unknown, due: unknown): string {
	const text = readText(note);
	const what = typeof text === "string" ? text : FOLLOW_UP_SUMMARY;
	if (isEmpty(due)) return what;
	const day = asWritten(due);
	return `${what} (due ${typeof day === "string" ? day.trim() : JSON.stringify(day)})`;
}

/** markFollowUpDone removes `follow-up` and `follow-up-note`, and appends `today: what it was (due …)` to `follow-ups-done`. */
export function markFollowUpDone(fm: Frontmatter, lists: Pick<PropertyLists, "followUp" | "followUpNote" | "followUpsDone">, today: IsoDate): void {
	const dueKey = keyToWrite(fm, lists.followUp);
	const noteKey = keyToWrite(fm, lists.followUpNote);
	const text = doneText(fm[noteKey], fm[dueKey]);
	const doneKey = keyLike(fm, lists.followUpsDone, dueKey);
	fm[doneKey] = [...itemsOf(fm[doneKey], true), `${today}: ${text}`];
	delete fm[dueKey];
	delete fm[noteKey];
}
