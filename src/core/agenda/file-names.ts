import type { IsoDate } from "../types";

/**
 * File names for new notes. Obsidian refuses `\ / : * ? " < > |` in file names on every
 * platform, and `# ^ [ ]` break the `[[…]]` links the plugin writes to the note; a leading
 * dot hides a file from the vault. Separators (`/ \ : |`) become a hyphen, the other
 * characters are dropped, and leading dots and spaces are removed.
 */

const SEPARATORS = /[/\\:|]/g;
const DROPPED = /[*?"<>#^[\]]/g;
/** How long a sanitised name may be, in UTF-8 bytes: room is left for ` 2` and `.md`. */
const MAX_NAME_BYTES = 180;
/** The longest file name most file systems take (ext4, APFS, NTFS), in UTF-8 bytes, `.md` included. */
const MAX_FILE_NAME_BYTES = 255;

/** utf8Length counts the UTF-8 bytes of text, the unit file systems limit names in (not UTF-16 units). */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (const ch of text) {
		const code = ch.codePointAt(0) ?? 0;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return bytes;
}

/** The zero-width joiner and the variation selectors: left at the end of a cut name, they join nothing. */
const JOINERS: ReadonlySet<string> = new Set(["\u200d", "\ufe0f", "\ufe0e"]);

/**
 * cutToBytes shortens text to at most `max` UTF-8 bytes, whole code points only (never half of
 * an emoji's surrogate pair), without a trailing joiner or variation selector left dangling.
 */
export function cutToBytes(text: string, max: number): string {
	if (utf8Length(text) <= max) return text;
	let out = "";
	let bytes = 0;
	for (const ch of text) {
		const size = utf8Length(ch);
		if (bytes + size > max) break;
		out += ch;
		bytes += size;
	}
	// The joiners and variation selectors at its end, dropped from the end (a pattern anchored there tries every start).
	let end = out.length;
	while (end > 0 && JOINERS.has(out.charAt(end - 1))) end--;
	return out.slice(0, end);
}

/** trimEnds drops dots and spaces at both ends, a character at a time (a pattern such as `[.\s]+$` tries every start of a long run). */
function trimEnds(name: string): string {
	const isEnd = (char: string): boolean => char === "." || char.trim() === "";
	let start = 0;
	let end = name.length;
	while (start < end && isEnd(name.charAt(start))) start++;
	while (end > start && isEnd(name.charAt(end - 1))) end--;
	return name.slice(start, end);
}

/** sanitizeFileName makes text safe as a note's file name (without `.md`); empty text becomes `Untitled`. */
export function sanitizeFileName(name: string): string {
	const clean = trimEnds(
		Array.from(name.normalize("NFC"), (ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? " " : ch))
			.join("")
			.replace(SEPARATORS, "-")
			.replace(DROPPED, "")
			.replace(/\s+/g, " "),
	);
	const short = trimEnds(cutToBytes(clean, MAX_NAME_BYTES));
	return short === "" ? "Untitled" : short;
}

/**
 * normalizeFolder writes a vault folder as `a/b`: slashes trimmed, backslashes turned round,
 * empty for the vault root. It never leaves the vault: `..` goes up no further than the vault
 * folder (`../../etc` is `etc`), and an absolute path or a drive (`C:`) is read from the vault.
 */
export function normalizeFolder(folder: string): string {
	const parts: string[] = [];
	folder
		.replace(/\\/g, "/")
		.split("/")
		.map((part) => part.trim())
		.forEach((part, i) => {
			if (part === "" || part === "." || (i === 0 && /^[a-z]:$/i.test(part))) return;
			if (part === "..") parts.pop();
			else parts.push(part);
		});
	return parts.join("/");
}

/** agendaBaseName is the name of a new 1:1 note without `.md`: `2026-11-23 Jane Doe`. */
export function agendaBaseName(date: IsoDate, person: string): string {
	return sanitizeFileName(`${date} ${person}`);
}

/** foldPath is a path as a case-insensitive file system compares it: lower case, composed Unicode. */
export function foldPath(path: string): string {
	return path.normalize("NFC").toLowerCase();
}

/**
 * takenPaths answers whether a path is taken by one of `paths`, as macOS and Windows see it:
 * case-insensitive (`Twin.md` is `twin.md`) and whatever the Unicode form (NFC or NFD).
 */
export function takenPaths(paths: Iterable<string>): (path: string) => boolean {
	const taken = new Set<string>();
	for (const path of paths) taken.add(foldPath(path));
	return (path) => taken.has(foldPath(path));
}

/**
 * uniqueNotePath finds a free path `<folder>/<name>.md`; a taken name gets ` 2`, ` 3`… so a
 * user's note is never overwritten, and the file name stays within 255 UTF-8 bytes. `taken` is
 * the vault's paths (compared as takenPaths does), or a function that answers for a path and
 * must itself treat case and Unicode forms as one.
 */
export function uniqueNotePath(folder: string, baseName: string, taken: Iterable<string> | ((path: string) => boolean)): string {
	const exists = typeof taken === "function" ? taken : takenPaths(taken);
	const dir = normalizeFolder(folder);
	const prefix = dir === "" ? "" : `${dir}/`;
	const name = sanitizeFileName(baseName);
	for (let n = 1; ; n++) {
		const suffix = `${n === 1 ? "" : ` ${n}`}.md`;
		const stem = trimEnds(cutToBytes(name, MAX_FILE_NAME_BYTES - utf8Length(suffix))) || "Untitled";
		const path = `${prefix}${stem}${suffix}`;
		if (!exists(path)) return path;
	}
}
