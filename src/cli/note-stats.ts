import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";

/** What the file system says of a note without reading it: a note whose file changed in any way has other figures. */
export interface NoteStat {
	size: number;
	mtimeMs: number;
	ctimeMs: number;
	ino: number;
}

/**
 * A note written this recently may change again within the file system's clock resolution
 * (two seconds on FAT) without its figures changing: its figures alone do not prove it unchanged.
 */
export const RACY_MS = 2000;

/**
 * fileOf is a note's file: the vault folder and the note's path from the listing, which is
 * already clean, so path.join would only spend time making it so.
 */
export function fileOf(root: string, path: string): string {
	return root.endsWith(sep) ? `${root}${path}` : `${root}${sep}${path}`;
}

/** statNotes looks up every note's figures; null for one that cannot be looked up (deleted since the listing, unreadable folder). */
export function statNotes(root: string, paths: readonly string[]): (NoteStat | null)[] {
	return paths.map((path) => {
		try {
			const { size, mtimeMs, ctimeMs, ino } = statSync(fileOf(root, path));
			return { size, mtimeMs, ctimeMs, ino };
		} catch {
			return null;
		}
	});
}

/** isRecent says whether a note was written within RACY_MS of `nowMs` (or after it: a clock that is behind). */
export function isRecent(stat: NoteStat, nowMs: number): boolean {
	return nowMs - Math.max(stat.mtimeMs, stat.ctimeMs) < RACY_MS;
}

/**
 * notesDigest is one fingerprint of every note: its path and figures, and for a note written
 * just now (isRecent) the hash of its bytes as well, since its figures may not change with its
 * next edit. Two runs with the same digest saw the same notes with the same contents.
 */
export function notesDigest(root: string, paths: readonly string[], stats: readonly (NoteStat | null)[], nowMs: number): string {
	const lines: string[] = [];
	for (let i = 0; i < paths.length; i++) {
		const stat = stats[i] ?? null;
		const path = paths[i] ?? "";
		if (stat === null) {
			lines.push(`${path}\0-`);
			continue;
		}
		let line = `${path}\0${stat.size}\0${stat.mtimeMs}\0${stat.ctimeMs}\0${stat.ino}`;
		if (isRecent(stat, nowMs)) line += `\0${contentHash(join(root, path))}`;
		lines.push(line);
	}
	return createHash("sha256").update(lines.join("\n")).digest("hex");
}

function contentHash(file: string): string {
	try {
		return createHash("sha256").update(readFileSync(file)).digest("hex");
	} catch {
		return "unreadable";
	}
}
