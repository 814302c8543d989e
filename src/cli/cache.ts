import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import type { NoteFacts } from "./vault";

/**
 * The cache of what each note's bytes say (NoteFacts), between runs of the command line, keyed
 * by the note's path, size, modification and change times and inode: a note whose file changed
 * in any way is read again. It lives in the user's cache folder, never in the vault, one file
 * per vault; it is safe to delete (the next run reads every note and writes it anew), a file of
 * another version or a broken one is ignored, and `--no-cache` leaves it alone. Nothing about it
 * is ever printed: a run's output is the same with it, without it, cold or warm.
 */

/** Bump when NoteFacts or the way notes are read changes: older caches are then ignored. */
export const CACHE_VERSION = 1;

/** A note written this recently may change again within the clock's resolution: it is not cached. */
const RACY_MS = 2000;

/**
 * cacheFolder is the user's cache folder for the CLI: `$XDG_CACHE_HOME/managing-up` (an
 * absolute path), else `~/Library/Caches/managing-up` on macOS, `%LOCALAPPDATA%\managing-up`
 * on Windows, `~/.cache/managing-up` elsewhere; null without a home to put it in.
 */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, platform: string = process.platform): string | null {
	const xdg = env.XDG_CACHE_HOME;
	if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, "managing-up");
	if (platform === "win32") {
		const local = env.LOCALAPPDATA;
		if (local !== undefined && isAbsolute(local)) return join(local, "managing-up");
		const profile = env.USERPROFILE;
		return profile !== undefined && isAbsolute(profile) ? join(profile, "AppData", "Local", "managing-up") : null;
	}
	const home = env.HOME;
	if (home === undefined || !isAbsolute(home)) return null;
	return platform === "darwin" ? join(home, "Library", "Caches", "managing-up") : join(home, ".cache", "managing-up");
}

/** One note in the cache: size, mtime, ctime, inode, then what it says. */
type Entry = [number, number, number, number, NoteFacts];

/**
 * jsonSafe says whether a value comes back from JSON exactly as it is: text, booleans, null,
 * finite numbers other than -0, lists and plain objects (no `__proto__` key, no object met
 * twice, not too deep). Anything else is read from the note each time rather than cached.
 */
function jsonSafe(value: unknown, seen: Set<object>, depth: number): boolean {
	if (value === null || typeof value === "string" || typeof value === "boolean") return true;
	if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
	if (typeof value !== "object" || depth > 200 || seen.has(value)) return false;
	seen.add(value);
	if (Array.isArray(value)) return value.every((item) => jsonSafe(item, seen, depth + 1));
	if (Object.getPrototypeOf(value) !== Object.prototype || Object.prototype.hasOwnProperty.call(value, "__proto__")) return false;
	return Object.values(value).every((item) => jsonSafe(item, seen, depth + 1));
}

export class FactsCache {
	private readonly fresh = new Map<string, Entry>();
	private changed = false;

	private constructor(
		private readonly file: string,
		private readonly root: string,
		private readonly old: Map<string, Entry>,
	) {}

	/** open finds the vault's cache file and loads it (empty when missing, broken or of another version); null when there is no cache folder, or it lies inside the vault. */
	static open(root: string, env: Readonly<Record<string, string | undefined>>): FactsCache | null {
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
		const file = join(folder, `${createHash("sha256").update(realRoot).digest("hex").slice(0, 32)}.json`);
		const old = new Map<string, Entry>();
		try {
			const saved = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown; root?: unknown; notes?: unknown };
			if (saved.version === CACHE_VERSION && saved.root === realRoot && typeof saved.notes === "object" && saved.notes !== null) {
				for (const [path, entry] of Object.entries(saved.notes as Record<string, Entry>)) old.set(path, entry);
			}
		} catch {
			// No cache yet, or one that cannot be read: every note is read.
		}
		return new FactsCache(file, realRoot, old);
	}

	/** facts gives a note's facts from the cache when its file is unchanged, else reads it (read throws as reading the file would). */
	facts(path: string, read: () => NoteFacts): NoteFacts {
		let stat;
		try {
			stat = statSync(join(this.root, path));
		} catch {
			return read();
		}
		const key: [number, number, number, number] = [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino];
		const cached = this.old.get(path);
		if (cached !== undefined && cached[0] === key[0] && cached[1] === key[1] && cached[2] === key[2] && cached[3] === key[3]) {
			this.fresh.set(path, cached);
			return cached[4];
		}
		const facts = read();
		this.changed = true;
		const recent = Date.now() - Math.max(stat.mtimeMs, stat.ctimeMs) < RACY_MS;
		if (!recent && jsonSafe(facts, new Set(), 0)) this.fresh.set(path, [...key, facts]);
		return facts;
	}

	/** save writes the notes seen this run, when anything changed (written whole, then renamed into place); a failure only means no cache. */
	save(): void {
		if (!this.changed && this.fresh.size === this.old.size) return;
		try {
			mkdirSync(join(this.file, ".."), { recursive: true });
			const temporary = `${this.file}.${process.pid}.tmp`;
			writeFileSync(temporary, JSON.stringify({ version: CACHE_VERSION, root: this.root, notes: Object.fromEntries(this.fresh) }));
			renameSync(temporary, this.file);
		} catch {
			// A read-only or full disk: the next run reads every note again.
		}
	}
}
