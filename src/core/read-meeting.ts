import { readNameList } from "./names";
import { isCalendarDate, validIsoDate } from "./dates";
import type { FrontmatterReader } from "./frontmatter";
import type { CoreSettings, MeetingRecord, NoteRef, PropertyKey } from "./types";
import { isEmpty, isRejected, readDate, readRefList, readText, unwrapLink } from "./values";
import { readDoneList } from "./read-history";

/** Reading a meeting: its date (in its properties or its file name), its people, its own follow-up. */

const FOUR_DIGITS = /\d{4}/;
const DASHED = /(?:^|[^\d])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;

/**
 * dateFromFileName reads the date in a note's title: `2026-11-02 Weekly`, `Weekly 2026-11-02`,
 * `2026-11-02_09-30`, unpadded `2025-11-4 - Sync`, or compact `MoM 20261102`. The first date
 * that names a real day wins.
 */
export function dateFromFileName(title: string): string | null {
	// Both forms hold four digits in a row: most titles have none.
	if (!FOUR_DIGITS.test(title)) return null;
	// The common case, `2026-11-02 Weekly`: the first dashed date is a real day.
	const first = DASHED.exec(title);
	if (first !== null) {
		const [, year = "", month = "", day = ""] = first;
		if (isCalendarDate(Number(year), Number(month), Number(day))) return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
	}
	const dashed = /(?:^|[^\d])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
	for (const match of title.matchAll(dashed)) {
		const date = validIsoDate(`${match[1] ?? ""}-${(match[2] ?? "").padStart(2, "0")}-${(match[3] ?? "").padStart(2, "0")}`);
		if (date !== null) return date;
	}
	const compact = /(?:^|[^\d])((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/.exec(title);
	return compact ? validIsoDate(`${compact[1] ?? ""}-${compact[2] ?? ""}-${compact[3] ?? ""}`) : null;
}

/**
 * readAttendees reads the people a note names in `people`, `attendees` or `participants`. A list
 * with an item that is no name (`- name: Jane`, a number list's map) keeps its other names: the
 * item is a problem, and the meeting still counts for the rest.
 */
export function readAttendees(reader: FrontmatterReader): NoteRef[] {
	const names = reader.field("attendees", readNameList);
	if (names !== null) return names;
	const value = unwrapLink(reader.value("attendees"));
	if (!Array.isArray(value) || !reader.unread("attendees")) return [];
	const readable = value.filter((item) => {
		const unwrapped = unwrapLink(item);
		return typeof unwrapped === "string" || typeof unwrapped === "number";
	});
	const rest = readNameList(readable);
	return rest === null || isRejected(rest) ? [] : rest;
}

/**
 * When a note marked as a meeting has neither a `date` nor one in its file name: the time it
 * started (`start: 2026-02-10T14:30`, as calendar and timeline tools write events), else the
 * day it was `created`.
 */
const MEETING_DATE_FALLBACKS = ["start", "created"] as const;

/**
 * readMeeting reads a meeting: `date` (else the date in the file name, else MEETING_DATE_FALLBACKS
 * on a note marked as a meeting), its people and its own follow-up. A `with` note or a note
 * marked as a meeting without any date is a problem: the user meant a meeting, and it cannot count.
 */
export function readMeeting(
	reader: FrontmatterReader,
	title: string,
	titleDate: string | null,
	settings: CoreSettings,
	foundBy: string,
	attendees: NoteRef[],
	meetingMarked = false,
): MeetingRecord {
	const people = foundBy === "with" ? (reader.field("with", readRefList) ?? []) : [];
	let date = reader.field("date", readDate);
	if (date === null) date = titleDate;
	for (const key of meetingMarked ? MEETING_DATE_FALLBACKS : []) {
		if (date !== null) break;
		const written = readDate(reader.own(key));
		if (typeof written === "string") date = written;
	}
	if (date === null && (foundBy === "with" || meetingMarked) && isEmpty(reader.value("date"))) {
		const dateKey = reader.keyOf("date") ?? settings.properties.date[0] ?? "date";
		const what = foundBy === "with" ? "this 1:1 note" : "this meeting";
		reader.problem(dateKey, null, `${dateKey}: ${what} has no date; add ${dateKey}: YYYY-MM-DD or start the file name with YYYY-MM-DD`);
	}
	const extra: NoteRef[] = [];
	if (foundBy === "with" && settings.rules.meetingKeys) extra.push(...readAttendees(reader));
	return {
		kind: "meeting",
		path: reader.path,
		title,
		with: people,
		attendees: foundBy === "with" ? extra : attendees,
		foundBy: foundBy === "attendees" ? (reader.keyOf("attendees" satisfies PropertyKey) ?? "attendees") : foundBy,
		date,
		followUp: reader.field("followUp", readDate),
		followUpNote: reader.field("followUpNote", readText),
		followUpsDone: readDoneList(reader),
		followUpSent: reader.field("followUpSent", readDate),
	};
}
