import type { LinkResolver } from "./types";
import { foldName } from "./values";

function withoutMd(path: string): string {
	return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

/**
 * pathResolver resolves wikilinks outside Obsidian, over a fixed list of vault-relative paths,
 * as Obsidian's getFirstLinkpathDest does (tests/obsidian/obsidian-behaviour.test.ts): names
 * compared by foldName; an exact vault path first; for a bare name, a note in the linking
 * note's own folder next; else the shortest path whose end matches the link path. Ties go to
 * the alphabetically first path.
 */
export function pathResolver(paths: Iterable<string>): LinkResolver {
	/**
	 * Each basename's note: most basenames have one, kept as its path alone (at 50,000 notes an
	 * object and a folded stem for each was 16 MB); a basename several notes share keeps them
	 * shortest path first, with their stems folded once.
	 */
	const byBasename = new Map<string, string | Candidate[]>();
	const candidate = (path: string): Candidate => ({ path, stem: foldName(withoutMd(path)) });
	for (const path of paths) {
		if (!path.toLowerCase().endsWith(".md")) continue;
		const base = foldName(withoutMd(path.slice(path.lastIndexOf("/") + 1)));
		const held = byBasename.get(base);
		if (held === undefined) byBasename.set(base, path);
		else if (typeof held === "string") byBasename.set(base, [candidate(held), candidate(path)]);
		else held.push(candidate(path));
	}
	for (const list of byBasename.values()) {
		if (typeof list !== "string") list.sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	}
	return (linkpath, sourcePath) => {
		const wanted = foldName(withoutMd(linkpath.trim().replace(/^\/+/, "")));
		if (wanted === "") return null;
		const held = byBasename.get(wanted.slice(wanted.lastIndexOf("/") + 1));
		if (held === undefined) return null;
		if (typeof held === "string" && !wanted.includes("/")) return held;
		const candidates = typeof held === "string" ? [candidate(held)] : held;
		if (!wanted.includes("/")) {
			// A bare name: its only note, else the exact path, a note in the linking note's folder, the shortest.
			if (candidates.length === 1) return candidates[0]?.path ?? null;
			const exact = candidates.find((c) => c.stem === wanted);
			if (exact !== undefined) return exact.path;
			const inFolder = foldName(sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1)) + wanted;
			return (candidates.find((c) => c.stem === inFolder) ?? candidates[0])?.path ?? null;
		}
		return candidates.find((c) => c.stem === wanted || c.stem.endsWith(`/${wanted}`))?.path ?? null;
	};
}

/** A note a basename finds, with its path's stem folded (`people/jane doe`). */
interface Candidate {
	path: string;
	stem: string;
}
