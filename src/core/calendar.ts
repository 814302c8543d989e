import { isOutsideVault, normalizeFolderPath } from "./conventions";
import { icsStamp, icsText, type IcsEvent } from "./ics";
import { plainText } from "./plain-text";
import { titleOf } from "./read";
import { plural, statusLabel } from "./words";
import type { Cadence, Commitment, FollowUp, IsoDate, Report, Stakeholder } from "./types";

/**
 * The calendar export (design.md, "The calendar"): an all-day event for every open follow-up,
 * every commitment with a due date and the next contact of every high-influence person, so
 * that "let's revisit in six months" is in the calendar where it will be seen. Each event's UID
 * comes from what it is about (its kind, note, person and text), never its date: importing the
 * file again moves a rescheduled event instead of adding a second one, and a change to another
 * note leaves every other event's UID as it was.
 */

/** What an event is for. Contacts and check-ins share their UIDs: a person's next contact is one event. */
export type CalendarEventKind = "follow-up" | "contact" | "commitment" | "check-in";

/** One event of the export, with what it is for. */
export interface CalendarEvent extends IcsEvent {
	kind: CalendarEventKind;
}

/** The calendar's name, as calendar apps show it. */
export const CALENDAR_NAME = "Managing Up";

/** Where "Export follow-ups to calendar" writes, unless the settings say otherwise. */
export const DEFAULT_CALENDAR_FILE = "Managing Up.ics";

/**
 * calendarFilePath reads the calendar file setting as a vault path ending in `.ics` (added when
 * missing, so an export can never write a note); blank, the whole vault or outside it is the default.
 */
export function calendarFilePath(setting: unknown): string {
	if (typeof setting !== "string" || isOutsideVault(setting)) return DEFAULT_CALENDAR_FILE;
	const path = normalizeFolderPath(setting);
	if (path === "") return DEFAULT_CALENDAR_FILE;
	return /\.ics$/i.test(path) ? path : `${path}.ics`;
}

/** obsidianUrl is the `obsidian://open` link to a note of a vault, both percent-encoded. */
export function obsidianUrl(vaultName: string, path: string): string {
	return `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(path)}`;
}

/** hash32 is FNV-1a over a string's UTF-16 code units from a starting value: quick, and the same on every platform. */
function hash32(text: string, seed: number): string {
	let hash = seed >>> 0;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, "0");
}

/** textKey is what makes two tasks the same task: the plain text, composed, in lower case, spaces collapsed. */
function textKey(text: string): string {
	return plainText(text).normalize("NFC").toLowerCase();
}

/** eventUid is an event's UID from what it is about (never its date): 64 bits of hash, so paths of any length and script fit. */
export function eventUid(kind: "follow-up" | "contact" | "commitment", parts: readonly string[]): string {
	const key = JSON.stringify([kind, ...parts.map((part) => part.normalize("NFC"))]);
	return `${kind}-${hash32(key, 0x811c9dc5)}${hash32(key, 0x9747b28c)}@managing-up`;
}

/** cadenceText says how often: "every 14 days", "every 1 month". */
function cadenceText(cadence: Cadence): string {
	return `every ${plural(cadence.count, cadence.unit.slice(0, -1))}`;
}

/** contactDetail says where a person stands: role, status, last contact and cadence. */
function contactDetail(s: Stakeholder | undefined): string {
	if (s === undefined) return "";
	const last = s.lastContact === null ? "No contact yet." : `Last contact ${s.lastContact}.`;
	const role = [s.role, s.relationship].filter((part): part is string => part !== null && part !== "").map(plainText);
	return [role.length === 0 ? "" : `${role.join(", ")}.`, `${statusLabel(s.status)}. ${last} Cadence: ${cadenceText(s.cadence)}.`]
		.filter((line) => line !== "")
		.join("\n");
}

function followUpEvent(f: FollowUp, byPath: ReadonlyMap<string, Stakeholder>, vaultName: string): CalendarEvent {
	const person = plainText(f.person);
	const url = obsidianUrl(vaultName, f.path);
	if (f.kind === "contact") {
		return {
			kind: "contact",
			uid: eventUid("contact", [f.personPath ?? f.path]),
			date: f.due,
			summary: `Get in touch with ${person}`,
			description: [contactDetail(byPath.get(f.personPath ?? f.path)), `Note: ${f.path}`].filter((l) => l !== "").join("\n"),
			url,
		};
	}
	const text = plainText(f.text);
	return {
		kind: "follow-up",
		uid: eventUid("follow-up", [f.path, f.personPath ?? person]),
		date: f.due,
		summary: text === "" || text === "Follow up" ? `Follow up with ${person}` : `Follow up with ${person}: ${text}`,
		description: [text, `Note: ${f.path}`].filter((l) => l !== "").join("\n"),
		url,
	};
}

function commitmentEvent(c: Commitment & { due: IsoDate }, vaultName: string): CalendarEvent {
	const person = plainText(c.person);
	const text = plainText(c.text);
	const where = `${titleOf(c.firstPath)}${c.firstDate === null ? "" : ` (${c.firstDate})`}`;
	const carried = c.carriedOver === 0 ? "" : `Carried over ${plural(c.carriedOver, "time")}.`;
	return {
		kind: "commitment",
		// The note it was first written in: carrying it to the next 1:1 keeps its event.
		uid: eventUid("commitment", [c.owner, c.firstPath, c.personPath ?? person, textKey(c.text)]),
		date: c.due,
		summary: c.owner === "me" ? `You promised ${person}: ${text}` : `${person} owes you: ${text}`,
		description: [text, c.owner === "me" ? `You promised this in ${where}.` : `Promised to you in ${where}.`, carried, `Note: ${c.path}`]
			.filter((l) => l !== "")
			.join("\n"),
		url: obsidianUrl(vaultName, c.path),
	};
}

function checkInEvent(s: Stakeholder & { nextContact: IsoDate }, vaultName: string): CalendarEvent {
	const person = plainText(s.person);
	return {
		kind: "check-in",
		uid: eventUid("contact", [s.path]),
		date: s.nextContact,
		summary: `Check in with ${person} (high influence)`,
		description: [contactDetail(s), `Note: ${s.path}`].join("\n"),
		url: obsidianUrl(vaultName, s.path),
	};
}

/**
 * calendarEvents lists the events of a report: follow-ups first, then dated commitments, then
 * the next contacts of high-influence people who are not snoozed; an event whose UID came
 * earlier is left out (a due contact already is that person's check-in). Sorted by date, then summary.
 */
export function calendarEvents(report: Report, vaultName: string): CalendarEvent[] {
	const byPath = new Map(report.stakeholders.map((s) => [s.path, s]));
	const candidates: CalendarEvent[] = [
		...report.followUps.map((f) => followUpEvent(f, byPath, vaultName)),
		...(report.commitments ?? []).flatMap((c) => (c.due === null ? [] : [commitmentEvent({ ...c, due: c.due }, vaultName)])),
		...report.stakeholders.flatMap((s) =>
			s.influence === "high" && s.status !== "snoozed" && s.nextContact !== null ? [checkInEvent({ ...s, nextContact: s.nextContact }, vaultName)] : [],
		),
	];
	const seen = new Set<string>();
	const events = candidates.filter((event) => {
		if (seen.has(event.uid)) return false;
		seen.add(event.uid);
		return true;
	});
	return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : a.uid < b.uid ? -1 : 1));
}

/** What an export wrote: the file's text and how many events it holds. */
export interface CalendarExport {
	text: string;
	events: CalendarEvent[];
}

/** calendarExport writes the calendar of a report; `now` is the instant of the export (`toISOString()`), else midnight UTC of the report's day. */
export function calendarExport(report: Report, vaultName: string, now: string | null = null): CalendarExport {
	const events = calendarEvents(report, vaultName);
	return { text: icsText(events, icsStamp(now, report.today), CALENDAR_NAME), events };
}
