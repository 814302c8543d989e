import type { IsoDate } from "../types";

/**
 * File names for new notes. Obsidian refuses `\ / : * ? " < > |` in file names on every
 * platform, and `# ^ [ ]` break the `[[…]]` links the plugin writes to the note; a leading
 * dot hides a file from the vault. Separators (`/ \ : |`) become a hyphen, the other
 * characters are dropped, and leading dots and spaces are removed.
 */

const SEPARATORS = /[/\\:|]/g;
const DROPPED = /[*?"<>#^[\]]/g;
const MAX_NAME_LENGTH = 180;

/** sanitizeFileName makes text safe as a note's file name (without `.md`); empty text becomes `Untitled`. */
export function sanitizeFileName(name: string): string {
	let clean = Array.from(name, (ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? " " : ch))
		.join("")
		.replace(SEPARATORS, "-")
		.replace(DROPPED, "")
		.replace(/\s+/g, " ")
		.trim()
		.replace(/^[.\s]+/, "")
		.replace(/[.\s]+$/, "");
	if (clean.length > MAX_NAME_LENGTH) clean = clean.slice(0, MAX_NAME_LENGTH).trim();
	return clean === "" ? "Untitled" : clean;
}

/** normalizeFolder writes a vault folder as `a/b`: slashes trimmed, backslashes turned round, empty for the vault root. */
export function normalizeFolder(folder: string): string {
	return folder
		.replace(/\\/g, "/")
		.split("/")
		.map((part) => part.trim())
		.filter((part) => part !== "" && part !== ".")
		.join("/");
}

/** agendaBaseName is the name of a new 1:1 note without `.md`: `2026-11-23 Jane Doe`. */
export function agendaBaseName(date: IsoDate, person: string): string {
	return sanitizeFileName(`${date} ${person}`);
}

/**
 * uniqueNotePath finds a free path `<folder>/<name>.md`; a taken name gets ` 2`, ` 3`… so a
 * user's note is never overwritten. `exists` answers for vault-relative paths.
 */
export function uniqueNotePath(folder: string, baseName: string, exists: (path: string) => boolean): string {
	const dir = normalizeFolder(folder);
	const prefix = dir === "" ? "" : `${dir}/`;
	const name = sanitizeFileName(baseName);
	for (let n = 1; ; n++) {
		const path = `${prefix}${n === 1 ? name : `${name} ${n}`}.md`;
		if (!exists(path)) return path;
	}
}
