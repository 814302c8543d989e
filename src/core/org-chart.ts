import { compareNames } from "./directory";
import type { OrgChart, OrgRole, PersonRecord } from "./types";

const EMPTY_ROLES: Readonly<Record<string, OrgRole>> = Object.freeze({});
const NONE: ReadonlySet<string> = new Set();

/** The solid and dotted lines of everyone, both ways: who each person reports to, and who reports to them. */
export interface OrgLines {
	manager: ReadonlyMap<string, string>;
	dottedOf: ReadonlyMap<string, readonly string[]>;
	/** Who has each person as their manager (solid line). */
	reportsOf: ReadonlyMap<string, ReadonlySet<string>>;
	/** Who has each person as a dotted-line manager. */
	dottedReportsOf: ReadonlyMap<string, ReadonlySet<string>>;
	byPath: ReadonlyMap<string, PersonRecord>;
}

function byName(byPath: ReadonlyMap<string, PersonRecord>): (a: string, b: string) => number {
	return (a, b) => compareNames(byPath.get(a)?.person ?? a, byPath.get(b)?.person ?? b) || compareNames(a, b);
}

/**
 * chartOf walks your chain up (each note once) and finds your peers (the reports of your
 * manager) and your reports from the lines kept both ways: it reads only the people around you.
 */
export function chartOf(me: PersonRecord | null, lines: OrgLines): OrgChart {
	if (me === null) return { me: null, meName: null, up: [], dotted: [], peers: [], reports: [], roles: EMPTY_ROLES, noManager: false };
	const { manager, dottedOf, byPath } = lines;
	const up: string[] = [];
	const seen = new Set<string>([me.path]);
	for (let at = manager.get(me.path); at !== undefined && !seen.has(at); at = manager.get(at)) {
		seen.add(at);
		up.push(at);
	}
	const dotted = dottedOf.get(me.path) ?? [];
	const boss = up[0];
	const order = byName(byPath);
	const peers = boss === undefined ? [] : [...(lines.reportsOf.get(boss) ?? NONE)].filter((path) => path !== me.path).sort(order);
	const solidReports = [...(lines.reportsOf.get(me.path) ?? NONE)].filter((path) => path !== me.path).sort(order);
	const dottedReports = [...(lines.dottedReportsOf.get(me.path) ?? NONE)].filter((path) => path !== me.path && manager.get(path) !== me.path).sort(order);

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
		meName: me.person,
		up,
		dotted: dotted.filter((path) => roles[path]?.dotted === true),
		peers: peers.filter((path) => roles[path]?.chain === "peer"),
		reports: [...solidReports, ...dottedReports].filter((path) => inChain(path) && roles[path]?.chain === "report"),
		roles,
		noManager: up.length === 0 && dotted.length === 0,
	};
}
