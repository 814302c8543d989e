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
	/** Each basename's notes, shortest path first, with their stems folded once. */
	const byBasename = new Map<string, { path: string; stem: string }[]>();
	for (const path of paths) {
		if (!path.toLowerCase().endsWith(".md")) continue;
		const stem = foldName(withoutMd(path));
		const base = stem.slice(stem.lastIndexOf("/") + 1);
		const list = byBasename.get(base) ?? [];
		list.push({ path, stem });
		byBasename.set(base, list);
	}
	for (const list of byBasename.values()) {
		list.sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	}
	return (linkpath, sourcePath) => {
		const wanted = foldName(withoutMd(linkpath.trim().replace(/^\/+/, "")));
		if (wanted === "") return null;
		const base = wanted.slice(wanted.lastIndexOf("/") + 1);
		const candidates = byBasename.get(base);
		if (!candidates) return null;
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
