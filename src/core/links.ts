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
	const byBasename = new Map<string, string[]>();
	for (const path of paths) {
		if (!path.toLowerCase().endsWith(".md")) continue;
		const stem = withoutMd(path);
		const base = foldName(stem.slice(stem.lastIndexOf("/") + 1));
		const list = byBasename.get(base) ?? [];
		list.push(path);
		byBasename.set(base, list);
	}
	for (const list of byBasename.values()) {
		list.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
	}
	return (linkpath, sourcePath) => {
		const wanted = foldName(withoutMd(linkpath.trim().replace(/^\/+/, "")));
		if (wanted === "") return null;
		const base = wanted.slice(wanted.lastIndexOf("/") + 1);
		const candidates = byBasename.get(base);
		if (!candidates) return null;
		if (!wanted.includes("/")) {
			const folder = foldName(sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1));
			const stemOf = (path: string): string => foldName(withoutMd(path));
			return candidates.find((path) => stemOf(path) === wanted) ?? candidates.find((path) => stemOf(path) === folder + wanted) ?? candidates[0] ?? null;
		}
		return (
			candidates.find((path) => {
				const stem = foldName(withoutMd(path));
				return stem === wanted || stem.endsWith(`/${wanted}`);
			}) ?? null
		);
	};
}
