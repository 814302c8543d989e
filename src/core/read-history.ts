import type { FrontmatterReader } from "./frontmatter";
import type { DoneFollowUp, IsoDate, PropertyKey } from "./types";
import { describe, isEmpty, isRejected, readDate, unwrapLink } from "./values";

/**
 * Reading the history a note keeps in its properties: `contact-history` (earlier contacts, a
 * list of dates) and `follow-ups-done` (`YYYY-MM-DD: what it was`). Each item that cannot be
 * read is a problem of its own and is left out of the record; the note keeps it as written.
 */

/**
 * itemsOf is a list property's items: a list as it is, one value as a list of one (YAML's
 * unquoted `[[link]]` unwrapped); blank items are left out unless `keepBlank` (a write keeps them).
 */
export function itemsOf(raw: unknown, keepBlank = false): unknown[] {
	const value = unwrapLink(raw);
	if (Array.isArray(value)) {
		const items: unknown[] = value;
		return keepBlank ? [...items] : items.filter((item) => !isEmpty(item));
	}
	return isEmpty(value) ? [] : [value];
}

/** readDateList reads every date of a list property; an item that is not a date is a problem. */
export function readDateList(reader: FrontmatterReader, property: PropertyKey): IsoDate[] {
	const present = reader.present(property);
	if (present === null) return [];
	const dates: IsoDate[] = [];
	for (const item of itemsOf(present.value)) {
		const date = readDate(item);
		if (date === null) continue;
		if (isRejected(date)) {
			reader.problem(present.key, item, `${present.key}: ${date.rejected}; the list keeps it as written`);
		} else if (!dates.includes(date)) {
			dates.push(date);
		}
	}
	return dates;
}

/** `2026-11-23: Send the hiring plan (due 2026-11-20)`: the date, then what was done. */
const DONE_ITEM = /^(\d{4}-\d{2}-\d{2})(?:\s*:([\s\S]*))?$/;

/** readDoneItem reads one `follow-ups-done` item, or says why it cannot. */
export function readDoneItem(item: unknown): DoneFollowUp | string {
	const text = typeof item === "string" ? item.trim() : null;
	const match = text === null ? null : DONE_ITEM.exec(text);
	const date = match ? readDate(match[1]) : null;
	if (match && typeof date === "string") return { date, text: (match[2] ?? "").trim() };
	// A bare date that YAML made a Date (gray-matter's default engine).
	if (item instanceof Date) {
		const day = readDate(item);
		if (typeof day === "string") return { date: day, text: "" };
	}
	return `${describe(item)} does not start with the day it was done; write YYYY-MM-DD: what it was`;
}

/** readDoneList reads `follow-ups-done`; an item without its day is a problem. */
export function readDoneList(reader: FrontmatterReader): DoneFollowUp[] {
	const present = reader.present("followUpsDone");
	if (present === null) return [];
	const done: DoneFollowUp[] = [];
	for (const item of itemsOf(present.value)) {
		const reading = readDoneItem(item);
		if (typeof reading === "string") reader.problem(present.key, item, `${present.key}: ${reading}; the list keeps it as written`);
		else done.push(reading);
	}
	return done;
}
