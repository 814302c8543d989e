import type { FrontmatterReader } from "./frontmatter";
import { displayOfRef, foldName, isRejected, readRef, readRefList, unwrapLink } from "./values";
import type { NoteRef } from "./types";

/** What a person note says about its managers. */
export interface Managers {
	/** The solid line: `reports-to`, or the first entry of its list. */
	reportsTo: NoteRef | null;
	/** The key it is written under, when there is one. */
	key: string | null;
	/** Dotted lines: the later entries of a `reports-to` list. */
	dotted: NoteRef[];
}

function sameRef(a: NoteRef, b: NoteRef): boolean {
	return foldName(a.target) === foldName(b.target) && a.isLink === b.isLink;
}

/**
 * readManagers reads `reports-to` (or `manager`, or another of its names). A list means one
 * solid line and dotted lines: its first entry is the manager, the others are dotted-line
 * managers. Two of its names with different people (`reports-to: Ann` and `manager: Bo`) is a
 * problem: which is the solid line cannot be told, so the first name present counts.
 */
export function readManagers(reader: FrontmatterReader): Managers {
	const reportsTo = reader.field("reportsTo", readRef);
	if (reportsTo === null) return { reportsTo, key: reader.keyOf("reportsTo"), dotted: [] };
	const present = reader.allPresent("reportsTo");
	const first = present[0];
	const dotted: NoteRef[] = [];
	if (first !== undefined && Array.isArray(unwrapLink(first.value))) {
		const refs = readRefList(first.value);
		// An item that is no link or name was reported by readRef only when it came first.
		if (isRejected(refs)) reader.problem(first.key, first.value, `${first.key}: ${refs.rejected}`);
		else for (const ref of (refs ?? []).slice(1)) if (!sameRef(ref, reportsTo) && !dotted.some((d) => sameRef(d, ref))) dotted.push(ref);
	}
	for (const other of present.slice(1)) {
		const ref = readRef(other.value);
		if (ref === null || isRejected(ref) || sameRef(ref, reportsTo)) continue;
		reader.problem(
			other.key,
			other.value,
			`${other.key}: names a second manager (${displayOfRef(ref)}) beside ${first?.key ?? "reports-to"} (${displayOfRef(reportsTo)}); write both in ${first?.key ?? "reports-to"} as a list, the solid line first and the dotted line after it`,
		);
	}
	return { reportsTo, key: first?.key ?? null, dotted };
}
