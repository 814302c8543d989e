import { addDaysIso, MAX_ISO_DATE } from "./dates";
import type { IsoDate } from "./types";

/**
 * Writing iCalendar (RFC 5545) by hand: a few dozen lines, where a library would be most of
 * main.js. Text values are escaped (3.3.11), lines are folded at 75 octets without splitting a
 * UTF-8 character (3.1), and every line ends in CRLF.
 */

/** The product id every calendar the plugin writes starts with: how an export knows a file is its own. */
export const PRODID = "-//Managing Up//Obsidian plugin//EN";

/** One all-day event. */
export interface IcsEvent {
	uid: string;
	date: IsoDate;
	summary: string;
	description: string;
	url: string;
}

/** The longest a line may be, in octets, before it is folded (RFC 5545, 3.1). */
const MAX_OCTETS = 75;

/** Control characters are not allowed in TEXT values (only HTAB is, which reads as a space here). */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** escapeText escapes a TEXT value: backslash, semicolon, comma, and new lines as `\n`. */
export function escapeText(text: string): string {
	return text
		.replace(/\t/g, " ")
		.replace(CONTROL, "")
		.replace(/\\/g, "\\\\")
		.replace(/;/g, "\\;")
		.replace(/,/g, "\\,")
		.replace(/\r\n|\r|\n/g, "\\n");
}

/** utf8Length is how many octets a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * foldLine folds a content line into lines of at most 75 octets, each continuation starting
 * with a space (which counts). It breaks between code points, so no UTF-8 character (an emoji,
 * a CJK character) is ever split across lines.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = "";
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char.codePointAt(0) ?? 0);
		if (octets + size > MAX_OCTETS) {
			parts.push(current);
			current = " ";
			octets = 1;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join("\r\n");
}

/** icsDate writes a calendar date as an iCalendar DATE: `20261204`. */
export function icsDate(date: IsoDate): string {
	return date.replace(/-/g, "");
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

/** icsStamp writes an instant (`toISOString()`) as a UTC DATE-TIME for DTSTAMP; without one, midnight UTC of today. */
export function icsStamp(instant: string | null, today: IsoDate): string {
	const match = instant === null ? null : INSTANT.exec(instant);
	if (match === null) return `${icsDate(today)}T000000Z`;
	return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6]}Z`;
}

/** eventLines are one all-day event: DTEND is the next day (left out on 9999-12-31, where one day is the default). */
function eventLines(event: IcsEvent, stamp: string): string[] {
	const end = event.date === MAX_ISO_DATE ? [] : [`DTEND;VALUE=DATE:${icsDate(addDaysIso(event.date, 1))}`];
	return [
		"BEGIN:VEVENT",
		`UID:${escapeText(event.uid)}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${icsDate(event.date)}`,
		...end,
		`SUMMARY:${escapeText(event.summary)}`,
		`DESCRIPTION:${escapeText(event.description)}`,
		// A URI value is not TEXT: it is not escaped, and the address is percent-encoded already.
		`URL:${event.url}`,
		// Reminders, not meetings: they do not make the day busy.
		"TRANSP:TRANSPARENT",
		"END:VEVENT",
	];
}

/** icsText writes a whole calendar: the header (PRODID first, so an export knows its own file), then every event. */
export function icsText(events: readonly IcsEvent[], stamp: string, name: string): string {
	const lines = [
		"BEGIN:VCALENDAR",
		`PRODID:${PRODID}`,
		"VERSION:2.0",
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
		`X-WR-CALNAME:${escapeText(name)}`,
		...events.flatMap((event) => eventLines(event, stamp)),
		"END:VCALENDAR",
	];
	return lines.map(foldLine).join("\r\n") + "\r\n";
}

/** isOurCalendar says whether a file's text is a calendar the plugin wrote: it starts with our header. */
export function isOurCalendar(text: string): boolean {
	const start = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
	return start.startsWith(`BEGIN:VCALENDAR\nPRODID:${PRODID}\n`);
}
