import { compareNames, type PersonDirectory } from "./directory";
import { chartOf } from "./org-chart";
import { allCircles, circleOf, circleThrough, refText, type Circle } from "./org-circles";
import { insertSorted, removeSorted } from "./sorted";
import type { ChainRole, NoteRef, OrgChart, OrgRole, PersonRecord, Problem } from "./types";

/**
 * Your org, from every person note's `reports-to` (or `manager`): your manager, their manager
 * (your skip-level) and up, your peers (the same manager as you) and your reports (whose manager
 * is you). A `reports-to` list is one solid line and dotted lines: its first entry is the manager,
 * the others dotted-line managers; chains follow solid lines only. A link or name that finds no
 * one, a note that reports to itself and people who report to each other in a circle are
 * problems, never a hang: every walk visits a note at most once. OrgBuilder keeps it between
 * builds, so that one person's new manager costs only the people it touches.
 */

/** What buildOrg finds: the chart and the problems of everyone's `reports-to`. */
export interface OrgReading {
	org: OrgChart;
	problems: Problem[];
}

/** roleOf is what a person is to you in your org, or null. */
export function roleOf(org: OrgChart | undefined, path: string): OrgRole | null {
	if (org === undefined || !Object.prototype.hasOwnProperty.call(org.roles, path)) return null;
	return org.roles[path] ?? null;
}

/** The relationship each chain role implies; anyone above your manager is a skip-level (the skip-level agenda fits them). */
const RELATIONSHIP_OF: Readonly<Record<ChainRole, string>> = { manager: "manager", "skip-level": "skip-level", peer: "peer", report: "report" };

/**
 * inferredRelationship is the relationship your org implies for someone whose `relationship`
 * is not set: manager, skip-level (anyone above your manager too), peer or report; null when it
 * is set, or when they are not in your chain or around you.
 */
export function inferredRelationship(person: { path: string; relationship: string | null }, org: OrgChart | undefined): string | null {
	if (person.relationship !== null) return null;
	const role = roleOf(org, person.path);
	return role === null ? null : RELATIONSHIP_OF[role.chain];
}

/** relationshipOf is the relationship written in the note, else the one the org implies: it picks the agenda template. */
export function relationshipOf(person: { path: string; relationship: string | null }, org: OrgChart | undefined): string | null {
	return person.relationship ?? inferredRelationship(person, org);
}

/** Stands for the user when a `reports-to` finds them (the alias `Me`, the `me` name) but no note of theirs is known. */
const YOU = "\u0000you";

/** What one person's `reports-to` finds: the solid line, the dotted lines, and the problems on the way. */
interface Resolved {
	solid: string | null;
	dotted: string[];
	problems: Problem[];
}

/** buildOrg computes your org from the directory's people (and you), with the problems of their `reports-to`. */
export function buildOrg(directory: PersonDirectory): OrgReading {
	return new OrgBuilder().build(directory);
}

/**
 * OrgBuilder is buildOrg kept between builds: everyone's resolved `reports-to`, the lines both
 * ways (who reports to whom), the circles by member and the sorted problems. After one person's
 * managers change (`forget`), a build re-resolves only them, moves only their lines, drops the
 * circle that held them and walks up from them for a new one, then draws your chart from the
 * people around you: it costs what that person touches, not the number of people. `clear` when
 * what a link or name finds may have changed (a note came or went, the directory was rebuilt).
 */
export class OrgBuilder {
	private directory: PersonDirectory | null = null;
	private readonly stale = new Set<string>();
	private readonly byPath = new Map<string, PersonRecord>();
	private readonly resolved = new Map<string, Resolved>();
	private readonly manager = new Map<string, string>();
	private readonly dottedOf = new Map<string, string[]>();
	private readonly reportsOf = new Map<string, Set<string>>();
	private readonly dottedReportsOf = new Map<string, Set<string>>();
	private readonly circles = new Map<string, Circle>();
	/** The paths with a problem, sorted as problems are listed. */
	private withProblems: string[] = [];
	private readonly hasProblems = new Set<string>();

	/** forget says one person's `reports-to` changed (their names did not): the next build resolves only theirs again. */
	forget(path: string): void {
		this.stale.add(path);
	}

	/** clear makes the next build start over. */
	clear(): void {
		this.directory = null;
		this.stale.clear();
	}

	build(directory: PersonDirectory): OrgReading {
		if (directory !== this.directory || ![...this.stale].every((path) => this.update(path, directory))) this.rebuild(directory);
		this.stale.clear();
		const problems: Problem[] = [];
		for (const path of this.withProblems) problems.push(...this.problemsOf(path));
		const { manager, dottedOf, reportsOf, dottedReportsOf, byPath } = this;
		return { org: chartOf(directory.meRecord, { manager, dottedOf, reportsOf, dottedReportsOf, byPath }), problems };
	}

	private rebuild(directory: PersonDirectory): void {
		this.directory = directory;
		for (const map of [this.byPath, this.resolved, this.manager, this.dottedOf, this.reportsOf, this.dottedReportsOf, this.circles]) map.clear();
		this.hasProblems.clear();
		const me = directory.meRecord;
		// In note order (by path, you last), as the circles are named.
		for (const person of directory.records()) this.add(person, directory);
		if (me !== null) this.add(me, directory);
		for (const members of allCircles(this.manager)) this.addCircle(members, directory);
		const paths: string[] = [];
		for (const [path, entry] of this.resolved) if (entry.problems.length > 0 || this.circles.has(path)) paths.push(path);
		for (const path of paths) this.hasProblems.add(path);
		this.withProblems = paths.sort(compareNames);
	}

	/** update re-resolves one person and moves their lines and circle; false when they are no longer there. */
	private update(path: string, directory: PersonDirectory): boolean {
		const me = directory.meRecord;
		const person = me?.path === path ? me : directory.get(path);
		if (person === undefined) return false;
		const solid = this.manager.get(path);
		if (solid !== undefined) this.reportsOf.get(solid)?.delete(path);
		for (const to of this.dottedOf.get(path) ?? []) this.dottedReportsOf.get(to)?.delete(path);
		this.manager.delete(path);
		this.dottedOf.delete(path);
		this.resolved.delete(path);
		this.add(person, directory);
		// A circle gone held this person; a new one passes through them.
		const touched = new Set<string>([path]);
		const gone = this.circles.get(path);
		for (const member of gone?.members ?? []) {
			this.circles.delete(member);
			touched.add(member);
		}
		const found = circleThrough(path, this.manager);
		if (found !== null) for (const member of this.addCircle(found, directory).members) touched.add(member);
		for (const member of touched) this.refreshProblems(member);
		return true;
	}

	/** add resolves one person's `reports-to` and draws their lines both ways. */
	private add(person: PersonRecord, directory: PersonDirectory): void {
		this.byPath.set(person.path, person);
		if (person.reportsTo === null) return;
		const entry = resolveManagers(person, directory);
		this.resolved.set(person.path, entry);
		if (entry.solid !== null) {
			this.manager.set(person.path, entry.solid);
			reverse(this.reportsOf, entry.solid).add(person.path);
		}
		if (entry.dotted.length > 0) {
			this.dottedOf.set(person.path, entry.dotted);
			for (const to of entry.dotted) reverse(this.dottedReportsOf, to).add(person.path);
		}
	}

	private addCircle(members: readonly string[], directory: PersonDirectory): Circle {
		const mePath = directory.mePath;
		const noteOrder = (a: string, b: string): number => Number(a === mePath) - Number(b === mePath) || compareNames(a, b);
		const circle = circleOf(members, this.byPath, noteOrder);
		for (const member of circle.members) this.circles.set(member, circle);
		return circle;
	}

	/** problemsOf is one note's problems of `reports-to`: what it names, then the circle it is on. */
	private problemsOf(path: string): Problem[] {
		const own = this.resolved.get(path)?.problems ?? [];
		const circle = this.circles.get(path)?.problems.get(path);
		return circle === undefined ? own : [...own, circle];
	}

	private refreshProblems(path: string): void {
		const has = this.problemsOf(path).length > 0;
		if (has === this.hasProblems.has(path)) return;
		if (has) {
			this.hasProblems.add(path);
			insertSorted(this.withProblems, path, compareNames);
		} else {
			this.hasProblems.delete(path);
			removeSorted(this.withProblems, path, compareNames);
		}
	}
}

function reverse(index: Map<string, Set<string>>, path: string): Set<string> {
	let set = index.get(path);
	if (set === undefined) {
		set = new Set();
		index.set(path, set);
	}
	return set;
}

/** resolveManagers finds the people one person's `reports-to` names, as meetings' attendees are found. */
function resolveManagers(person: PersonRecord, directory: PersonDirectory): Resolved {
	const me = directory.meRecord;
	const problems: Problem[] = [];
	const resolve = (ref: NoteRef): string | null => {
		const key = person.reportsToKey ?? "reports-to";
		const found = directory.find(ref, person.path);
		const path = found === null ? null : found === "me" ? (me?.path ?? YOU) : found.path;
		if (path === null) {
			const message = ref.isLink
				? `${key}: ${refText(ref)} finds no person note; link to their manager's person note, or write their name`
				: `${key}: '${ref.target}' matches no person note's name or alias; create their note to see them in your org`;
			problems.push({ path: person.path, key, value: refText(ref), message });
			return null;
		}
		if (path === person.path) {
			problems.push({ path: person.path, key, value: refText(ref), message: `${key}: ${refText(ref)} is this note itself; name their manager instead` });
			return null;
		}
		return path === YOU ? null : path;
	};
	const solid = person.reportsTo === null ? null : resolve(person.reportsTo);
	const dotted: string[] = [];
	for (const ref of person.dottedLines ?? []) {
		const path = resolve(ref);
		if (path !== null && path !== solid && !dotted.includes(path)) dotted.push(path);
	}
	return { solid, dotted, problems };
}

/** sameManagers says whether two readings of a person note name the same managers, under the same key. */
export function sameManagers(a: PersonRecord | undefined, b: PersonRecord): boolean {
	return a !== undefined && a.reportsToKey === b.reportsToKey && JSON.stringify([a.reportsTo, a.dottedLines]) === JSON.stringify([b.reportsTo, b.dottedLines]);
}
