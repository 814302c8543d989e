import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { isAbsolute, join, posix, relative, sep, win32 } from "node:path";

/**
 * cacheFolder is the user's cache folder for the CLI: `$XDG_CACHE_HOME/managing-up` (an
 * absolute path), else `~/Library/Caches/managing-up` on macOS, `%LOCALAPPDATA%\managing-up`
 * on Windows, `~/.cache/managing-up` elsewhere; null without a home to put it in.
 */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, platform: string = process.platform): string | null {
	const path = platform === "win32" ? win32 : posix;
	const xdg = env.XDG_CACHE_HOME;
	if (xdg !== undefined && path.isAbsolute(xdg)) return path.join(xdg, "managing-up");
	if (platform === "win32") {
		const local = env.LOCALAPPDATA;
		if (local !== undefined && path.isAbsolute(local)) return path.join(local, "managing-up");
		const profile = env.USERPROFILE;
		return profile !== undefined && path.isAbsolute(profile) ? path.join(profile, "AppData", "Local", "managing-up") : null;
	}
	const home = env.HOME;
	if (home === undefined || !path.isAbsolute(home)) return null;
	return platform === "darwin" ? path.join(home, "Library", "Caches", "managing-up") : path.join(home, ".cache", "managing-up");
}

/** buildId tells this build of the CLI from any other (its own file's size and time): a new version never trusts an old one's readings. */
export function buildId(): string {
	try {
		const self = statSync(__filename);
		return `${self.size}:${self.mtimeMs}`;
	} catch {
		return "unbundled";
	}
}

/** Where one vault's cache files live, and the vault folder they are for. */
export interface VaultCachePlace {
	/** `<cache folder>/<hash of the vault's real path>`: one folder per vault, so two vaults never share a file. */
	folder: string;
	/** The vault folder with every symbolic link resolved. */
	realRoot: string;
}

/** vaultCacheFolder is the folder of one vault's cache files; null without a cache folder, or when it would lie inside the vault. */
export function vaultCacheFolder(root: string, env: Readonly<Record<string, string | undefined>>): VaultCachePlace | null {
	const folder = cacheFolder(env);
	if (folder === null) return null;
	let realRoot: string;
	try {
		realRoot = realpathSync(root);
	} catch {
		return null;
	}
	const inside = relative(realRoot, folder);
	if (inside === "" || (!inside.startsWith("..") && !isAbsolute(inside))) return null;
	return { folder: join(folder, createHash("sha256").update(realRoot).digest("hex").slice(0, 32)), realRoot };
}

/**
 * removeOldLayout deletes the files of older cache versions, as large as the facts: the one file
 * per vault kept beside these folders before version 3 (`<hash>.json`), and the facts as one
 * JSON object in the vault's folder before version 5 (`facts.json`).
 */
export function removeOldLayout(place: VaultCachePlace): void {
	for (const file of [`${place.folder}.json`, join(place.folder, "facts.json")]) {
		try {
			rmSync(file, { force: true });
		} catch {
			// Not there, or not ours to remove: it is only taking room.
		}
	}
}

/**
 * makeFolder makes a folder and its missing parents one at a time: Node's recursive mkdir spins
 * forever where the file system answers ENOENT for a parent that exists (a cache folder set
 * under /proc). Any error but "already there" gives up; the caller then keeps no cache.
 */
function makeFolder(folder: string): void {
	const parts = folder.split(sep);
	for (let i = 1; i <= parts.length; i++) {
		const path = parts.slice(0, i).join(sep);
		if (path === "") continue;
		try {
			mkdirSync(path);
		} catch (error) {
			// Already there (EEXIST, or a drive root that answers otherwise) is fine; anything else is not.
			if (!isFolder(path)) throw error;
		}
	}
}

function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

/** readJsonObject parses a JSON file holding an object (a cache file, a file of the vault's config); null when it is missing, broken or holds anything else. */
export function readJsonObject(file: string): Record<string, unknown> | null {
	try {
		const value = JSON.parse(readFileSync(file, "utf8")) as unknown;
		return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}

/**
 * writeAtomically writes a cache file whole under a temporary name, then renames it into place,
 * so a reader never sees half of it; `pieces` may be produced lazily (a large file is never one
 * string). A failure (a read-only or full disk, a value too large) only means no cache: the next
 * run works it out again.
 */
export function writeAtomically(file: string, pieces: Iterable<string | Uint8Array>): void {
	const temporary = `${file}.${process.pid}.tmp`;
	let fd: number | null = null;
	try {
		makeFolder(join(file, ".."));
		fd = openSync(temporary, "w");
		for (const piece of pieces) writeAll(fd, typeof piece === "string" ? Buffer.from(piece) : piece);
		closeSync(fd);
		fd = null;
		renameSync(temporary, file);
	} catch {
		try {
			if (fd !== null) closeSync(fd);
			rmSync(temporary, { force: true });
		} catch {
			// Nothing was made, or nothing more can be undone.
		}
	}
}

function writeAll(fd: number, bytes: Uint8Array): void {
	for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}
