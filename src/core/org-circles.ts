import type { NoteRef, PersonRecord, Problem } from "./types";

/**
 * Circles of `reports-to`: people who report to each other (A → B → A). Each person has one
 * solid line, so each person is on at most one circle, and when one person's manager changes
 * the only new circle can pass through them and the only circle gone is the one that held them.
 */

/** refText is a reference as the note writes it: `[[Target|alias]]`, or the name. */
export function refText(ref: NoteRef): string {
	return ref.isLink ? `[[${ref.alias === null ? ref.target : `${ref.target}|${ref.alias}`}]]` : ref.target;
}

/** One circle: its members from the first in note order, and the problem it puts on each of their notes. */
export interface Circle {
	members: string[];
	problems: Map<string, Problem>;
}

/**
 * allCircles finds every circle of the solid lines; each note is walked once: `seen` holds the
 * walk that reached it first and its place on that walk.
 */
export function allCircles(manager: ReadonlyMap<string, string>): string[][] {
	const circles: string[][] = [];
	const seen = new Map<string, { walk: number; at: number }>();
	let walks = 0;
	for (const start of manager.keys()) {
		if (seen.has(start)) continue;
		const id = walks++;
		const walk: string[] = [];
		let at: string | undefined = start;
		while (at !== undefined && !seen.has(at)) {
			seen.set(at, { walk: id, at: walk.length });
			walk.push(at);
			at = manager.get(at);
		}
		const met = at === undefined ? undefined : seen.get(at);
		if (met !== undefined && met.walk === id) circles.push(walk.slice(met.at));
	}
	return circles;
}

/** circleThrough is the circle that passes through one person, or null: a walk up from them that visits each note once. */
export function circleThrough(start: string, manager: ReadonlyMap<string, string>): string[] | null {
	const walk = [start];
	const seen = new Set<string>(walk);
	for (let at = manager.get(start); at !== undefined; at = manager.get(at)) {
		if (at === start) return walk;
		if (seen.has(at)) return null;
		seen.add(at);
		walk.push(at);
	}
	return null;
}

/**
 * circleOf names a circle from its first member in note order (by path, you last), so that the
 * words do not depend on who else reports into it, and puts one problem on each member's note.
 */
export function circleOf(members: readonly string[], byPath: ReadonlyMap<string, PersonRecord>, noteOrder: (a: string, b: string) => number): Circle {
	let first = 0;
	members.forEach((path, i) => {
		if (noteOrder(path, members[first] ?? path) < 0) first = i;
	});
	const circle = [...members.slice(first), ...members.slice(0, first)];
	const names = [...circle, circle[0] ?? ""].map((path) => byPath.get(path)?.person ?? path);
	const shown = names.length > 7 ? [...names.slice(0, 6), "…", names[names.length - 1] ?? ""] : names;
	const problems = new Map<string, Problem>();
	for (const path of circle) {
		const person = byPath.get(path);
		const key = person?.reportsToKey ?? "reports-to";
		problems.set(path, {
			path,
			key,
			value: person?.reportsTo === null || person?.reportsTo === undefined ? null : refText(person.reportsTo),
			message: `${key}: ${shown.join(" → ")} report to each other in a circle; give one of them another manager`,
		});
	}
	return { members: circle, problems };
}
