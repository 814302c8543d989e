import { MEETING_WORDS, folderWord } from "./conventions";
import { foldName } from "./values";
import type { NoteRef } from "./types";

/**
 * The people a 1:1 note names only in its file name, as many vaults title them and write no
 * property: `2026-11-20 1-1 Jane Doe`, `Bo Chen 1on1 2026-11-18`, `2026-11-20-1030 1-1 with Jane
 * Doe`, `2026-11-20 Me <> Jane Doe`. Each run of words between the date, the 1:1 words and the
 * joining words is a name; a name counts only when it finds a person (resolveMeeting), so
 * `2026-11-20 1-1 prep` names no one, and no one without a note.
 */

/** How a meeting found its people when its file name named them: explain's key. */
export const BY_NAME = "the note's name";

/** The words a file name says "1:1" with, folded. */
const ONE_ON_ONE = new Set(["1-1", "1:1", "1on1", "1-on-1", "one-on-one", "121", "1to1", "1-to-1", "one-to-one", "o3", "1-1s", "1on1s"]);

/** The words between names, or around them, that are no name: what the meeting is, and what joins two people. */
const FILLER = new Set([
	"with",
	"w/",
	"and",
	"&",
	"+",
	"<>",
	"<->",
	"x",
	"/",
	"|",
	"-",
	"–",
	"—",
	":",
	"vs",
	"re",
	"re:",
	"about",
	"meeting",
	"meetings",
	"mtg",
	"sync",
	"notes",
	"note",
	"chat",
	"call",
	"catchup",
	"catch-up",
	"check-in",
	"checkin",
	"weekly",
	"biweekly",
	"monthly",
	"recap",
]);

/** A word with a date in it (`2026-11-20`, `2026-11-20-1030`, `20261120`), or a time (`10:30`, `1030`). */
function isDateOrTime(word: string): boolean {
	return /\d{4}-\d{1,2}-\d{1,2}/.test(word) || /^(?:19|20)\d{6}/.test(word) || /^\(?\d{1,2}[:.h]?\d{2}\)?$/.test(word);
}

/** hasOneOnOneWord says whether a file name says it is a 1:1 (`1-1`, `1on1`, `one on one`). */
export function hasOneOnOneWord(title: string): boolean {
	return wordsOf(title).some((word) => ONE_ON_ONE.has(word.toLowerCase()));
}

/** wordsOf splits a file name at spaces and underscores, with `one on one` and `1 on 1` as one word. */
function wordsOf(title: string): string[] {
	return title
		.replace(/\b(?:one|1) (?:on|to) (?:one|1)\b/gi, "1on1")
		.split(/[\s_]+/)
		.filter((word) => word !== "");
}

/** The punctuation around a word that is no part of a name: `Jane:`, `(Jane)`, `"Bo"`. */
const AROUND = new Set(["(", ")", "[", "]", '"', "'", ",", ":", ";"]);

/** trimmed is a word without the punctuation around it. */
function trimmed(word: string): string {
	let start = 0;
	let end = word.length;
	while (start < end && AROUND.has(word.charAt(start))) start++;
	while (end > start && AROUND.has(word.charAt(end - 1))) end--;
	return word.slice(start, end);
}

/** titleNames are the names a 1:1 note's file name holds (see above), each a plain name from the title. */
export function titleNames(title: string): NoteRef[] {
	if (title.length > 200) return [];
	const names: NoteRef[] = [];
	let run: string[] = [];
	const end = (): void => {
		const name = run.join(" ").trim();
		if (name !== "") names.push({ target: name, alias: null, isLink: false, tentative: true });
		run = [];
	};
	for (const word of wordsOf(title)) {
		// `Jane:`, `(Jane)`: the punctuation around a word is no part of a name.
		const bare = trimmed(word);
		const folded = bare.toLowerCase();
		if (bare === "" || isDateOrTime(word) || ONE_ON_ONE.has(folded) || FILLER.has(folded) || FILLER.has(word.toLowerCase())) {
			end();
			continue;
		}
		run.push(bare);
		// `Jane:` ends a name: what follows is what was talked about.
		if (bare !== word && /[,:;]$/.test(word)) end();
	}
	end();
	return names;
}

/**
 * folderNames are the names the folder of a note in a folder for meetings holds (`1-1s/Jane
 * Doe/2026-11-25.md`, `Meetings/Jane Doe/…`): a folder of words, not of years and months.
 */
export function folderNames(path: string): NoteRef[] {
	const parts = path.split("/");
	if (parts.length < 3) return [];
	const folder = parts[parts.length - 2] ?? "";
	if (/\d/.test(folder) || !/\p{L}/u.test(folder) || !parts.slice(0, -2).some(isMeetingFolder)) return [];
	return titleNames(folder);
}

/** isMeetingFolder says whether a folder's name is one for meetings (`Meetings`, `04 - Meetings`, `1-1s`, `One on ones`). */
function isMeetingFolder(name: string): boolean {
	return MEETING_WORDS.has(folderWord(name)) || MEETING_WORDS.has(foldName(name.trim())) || hasOneOnOneWord(name);
}

/** inMeetingFolder says whether a note lies in a folder for meetings. */
export function inMeetingFolder(path: string): boolean {
	return path.split("/").slice(0, -1).some(isMeetingFolder);
}
