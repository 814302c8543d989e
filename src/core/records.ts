import type { MeetingRecord, NoteReading, PersonRecord } from "./types";

/** The records of readings, and notes' titles: what almost every module of the core asks of a note. */

/** personOf is a reading's person record, if it is one. */
export function personOf(reading: NoteReading | undefined): PersonRecord | null {
	return reading?.record?.kind === "person" ? reading.record : null;
}

/** meetingOf is a reading's meeting record, if it is one. */
export function meetingOf(reading: NoteReading | undefined): MeetingRecord | null {
	return reading?.record?.kind === "meeting" ? reading.record : null;
}

/** titleOf is a note's title: its file name without folder and `.md`. */
export function titleOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return hasMdExtension(name) ? name.slice(0, -3) : name;
}

/** hasMdExtension is `name.toLowerCase().endsWith(".md")` without lower-casing the name (only `M` and `D` lower-case to `m` and `d`). */
function hasMdExtension(name: string): boolean {
	const n = name.length;
	return n >= 3 && name.charCodeAt(n - 3) === 0x2e && (name.charCodeAt(n - 2) | 0x20) === 0x6d && (name.charCodeAt(n - 1) | 0x20) === 0x64;
}
