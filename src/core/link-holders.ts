import { foldName, linkBasename } from "./values";
import type { NoteRecord, NoteRef } from "./types";
import { taskLinks } from "./commitments/occurrences";

/**
 * The key under which a link can change its answer: the basename of its path, lower-cased. A
 * link path finds a note by its basename (then by the folders before it), so a link's answer
 * changes only when a note with that basename comes or goes.
 */
export function linkKey(target: string): string {
	return foldName(linkBasename((target.split("#")[0] ?? "").trim()));
}

/** Which notes hold a link under each key, so that a note coming or going finds the links it may answer. */
export class LinkHolders {
	private readonly byKey = new Map<string, Set<string>>();
	private readonly keysOf = new Map<string, string[]>();

	/** of is the index of the links these notes' records hold. */
	static of(paths: Iterable<string>, recordOf: (path: string) => NoteRecord | null | undefined): LinkHolders {
		const links = new LinkHolders();
		for (const path of paths) links.add(path, linksOf(recordOf(path)));
		return links;
	}

	add(path: string, refs: readonly NoteRef[]): void {
		if (refs.length === 0) return;
		const keys = refs.map((ref) => linkKey(ref.target));
		this.keysOf.set(path, keys);
		for (const key of keys) {
			let holders = this.byKey.get(key);
			if (holders === undefined) {
				holders = new Set();
				this.byKey.set(key, holders);
			}
			holders.add(path);
		}
	}

	remove(path: string): void {
		const keys = this.keysOf.get(path);
		if (keys === undefined) return;
		this.keysOf.delete(path);
		for (const key of keys) this.byKey.get(key)?.delete(path);
	}

	holders(key: string): Iterable<string> {
		return this.byKey.get(key) ?? [];
	}

	clear(): void {
		this.byKey.clear();
		this.keysOf.clear();
	}
}

/** linksOf are the references a note's answer depends on: a meeting's people and its tasks' links, a person's `reports-to`. */
export function linksOf(record: NoteRecord | null | undefined): readonly NoteRef[] {
	if (record === null || record === undefined) return [];
	if (record.kind === "person") return record.reportsTo === null ? [] : record.dottedLines === undefined ? [record.reportsTo] : [record.reportsTo, ...record.dottedLines];
	const people = record.attendees.length === 0 ? record.with : [...record.with, ...record.attendees];
	return record.tasks === undefined ? people : [...people, ...taskLinks(record)];
}
