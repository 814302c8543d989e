import { compareNames, type PersonDirectory } from "./directory";
import type { ChainRole, NoteRef, OrgChart, OrgRole, PersonRecord, Problem } from "./types";

/**
 * Your org, from every person note's `reports-to` (or `manager`): your manager, their manager
 * (your skip-level) and up, your peers (the same manager as you) and your reports (whose manager
 * is you). A `reports-to` list is one solid line and dotted lines: its first entry is the manager,
 * the others dotted-line managers; chains follow solid lines only. A link or name that finds no
 * one, a note that reports to itself and people who report to each other in a circle are
 * problems, never a hang: every walk visits a note at most once, so it is O(people).
 */

/** What buildOrg finds: the chart and the problems of everyone's `reports-to`. */
export interface OrgReading {
	org: OrgChart;
	problems: Problem[];
}

const EMPTY_ROLES: Readonly<Record<string, OrgRole>> = Object.freeze({});

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

function refText(ref: NoteRef): string {
	return ref.isLink ? `[[${ref.alias === null ? ref.target : `${ref.target}|${ref.alias}`}]]` : ref.target;
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
 * OrgBuilder is buildOrg with each person's resolved `reports-to` kept between builds: after
 * one person's managers change (`forget`), a build resolves only theirs and walks the rest,
 * which costs a few map lookups per person. `clear` when what a link or name finds may have
 * changed (a note came or went, the directory was rebuilt).
 */
export class OrgBuilder {
	private readonly resolved = new Map<string, Resolved>();

	forget(path: string): void {
		this.resolved.delete(path);
	}

	clear(): void {
		this.resolved.clear();
	}

	build(directory: PersonDirectory): OrgReading {
		const me = directory.meRecord;
		const people: PersonRecord[] = [...directory.records()];
		if (me !== null) people.push(me);
		const byPath = new Map<string, PersonRecord>();
		const problems: Problem[] = [];
		const manager = new Map<string, string>();
		const dottedOf = new Map<string, string[]>();
		for (const person of people) {
			byPath.set(person.path, person);
			if (person.reportsTo === null) continue;
			let entry = this.resolved.get(person.path);
			if (entry === undefined) {
				entry = resolveManagers(person, directory);
				this.resolved.set(person.path, entry);
			}
			if (entry.solid !== null) manager.set(person.path, entry.solid);
			if (entry.dotted.length > 0) dottedOf.set(person.path, entry.dotted);
			for (const problem of entry.problems) problems.push(problem);
		}
		problems.push(...cycleProblems(manager, byPath));
		problems.sort((a, b) => compareNames(a.path, b.path));
		return { org: chartOf(me, manager, dottedOf, byPath), problems };
	}
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

/** cycleProblems finds everyone who reports to each other in a circle (A → B → A): one problem on each of their notes. */
function cycleProblems(manager: ReadonlyMap<string, string>, byPath: ReadonlyMap<string, PersonRecord>): Problem[] {
	const problems: Problem[] = [];
	// Each note is walked once: `seen` holds the walk that reached it first and its place on that walk.
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
		const from = met !== undefined && met.walk === id ? met.at : undefined;
		if (from !== undefined) {
			const circle = walk.slice(from);
			const names = [...circle, circle[0] ?? ""].map((path) => byPath.get(path)?.person ?? path);
			const shown = names.length > 7 ? [...names.slice(0, 6), "…", names[names.length - 1] ?? ""] : names;
			for (const path of circle) {
				const person = byPath.get(path);
				const key = person?.reportsToKey ?? "reports-to";
				problems.push({
					path,
					key,
					value: person?.reportsTo === null || person?.reportsTo === undefined ? null : refText(person.reportsTo),
					message: `${key}: ${shown.join(" → ")} report to each other in a circle; give one of them another manager`,
				});
			}
		}
	}
	return problems;
}

function byName(byPath: ReadonlyMap<string, PersonRecord>): (a: string, b: string) => number {
	return (a, b) => compareNames(byPath.get(a)?.person ?? a, byPath.get(b)?.person ?? b) || compareNames(a, b);
}

/** chartOf walks your chain up (each note once) and finds your peers and reports. */
function chartOf(
	me: PersonRecord | null,
	manager: ReadonlyMap<string, string>,
	dottedOf: ReadonlyMap<string, string[]>,
	byPath: ReadonlyMap<string, PersonRecord>,
): OrgChart {
	if (me === null) return { me: null, up: [], dotted: [], peers: [], reports: [], roles: EMPTY_ROLES, noManager: false };
	const up: string[] = [];
	const seen = new Set<string>([me.path]);
	for (let at = manager.get(me.path); at !== undefined && !seen.has(at); at = manager.get(at)) {
		seen.add(at);
		up.push(at);
	}
	const dotted = dottedOf.get(me.path) ?? [];
	const boss = up[0];
	const order = byName(byPath);
	const peers: string[] = [];
	const solidReports: string[] = [];
	const dottedReports: string[] = [];
	for (const [path, to] of manager) {
		if (path === me.path) continue;
		if (boss !== undefined && to === boss) peers.push(path);
		if (to === me.path) solidReports.push(path);
	}
	for (const [path, to] of dottedOf) if (path !== me.path && manager.get(path) !== me.path && to.includes(me.path)) dottedReports.push(path);
	peers.sort(order);
	solidReports.sort(order);
	dottedReports.sort(order);

	const roles: Record<string, OrgRole> = {};
	const give = (path: string, role: OrgRole): void => {
		// The first role wins: your chain up, then dotted lines, peers and reports (a circle can make someone two).
		if (path !== me.path && !Object.prototype.hasOwnProperty.call(roles, path)) roles[path] = role;
	};
	up.forEach((path, i) => give(path, { chain: i === 0 ? "manager" : "skip-level", level: i + 1, dotted: false }));
	for (const path of dotted) give(path, { chain: "manager", level: 1, dotted: true });
	for (const path of peers) give(path, { chain: "peer", level: 0, dotted: false });
	for (const path of solidReports) give(path, { chain: "report", level: 0, dotted: false });
	for (const path of dottedReports) give(path, { chain: "report", level: 0, dotted: true });
	const inChain = (path: string): boolean => roles[path] !== undefined;
	return {
		me: me.path,
		up,
		dotted: dotted.filter((path) => roles[path]?.dotted === true),
		peers: peers.filter((path) => roles[path]?.chain === "peer"),
		reports: [...solidReports, ...dottedReports].filter((path) => inChain(path) && roles[path]?.chain === "report"),
		roles,
		noManager: up.length === 0 && dotted.length === 0,
	};
}

/** sameManagers says whether two readings of a person note name the same managers, under the same key. */
export function sameManagers(a: PersonRecord | undefined, b: PersonRecord): boolean {
	return a !== undefined && a.reportsToKey === b.reportsToKey && JSON.stringify([a.reportsTo, a.dottedLines]) === JSON.stringify([b.reportsTo, b.dottedLines]);
}
