import { inferredRelationship, roleOf } from "../org";
import { titleOf } from "../read";
import type { OrgChart, OrgRole, Report, Stakeholder } from "../types";
import { lastContactText, plural } from "../words";
import { statusChip } from "./tone";
import type { OrgFlag, OrgRow, OrgSection } from "./types";

export type { OrgFlag, OrgRow, OrgSection } from "./types";

/**
 * The dashboard's Org section: your chain up (top-most first) and around you (your reports
 * below you, your peers beside you) as a compact indented tree, with a sentence for each thing
 * worth acting on. Built from the report's org chart (core/org.ts) in O(people).
 */

/** The default of the "skip-level not met in N days" flag. */
export const DEFAULT_SKIP_LEVEL_DAYS = 60;
/** The most peers, and the most reports, drawn: the rest are counted. */
export const ORG_LIST_LIMIT = 8;
/** The most names a flag lists. */
export const ORG_FLAG_NAMES = 5;
/** The deepest indentation drawn; a longer chain keeps this indent, so a phone never scrolls sideways. */
export const ORG_MAX_DEPTH = 4;

/** What the Org section is built with. */
export interface OrgOptions {
	/** Days after which a skip-level not met is flagged; default 60. */
	skipLevelDays?: number;
	/** The name suggested as you when `me` is not set ("What it found"). */
	suggestion?: string | null;
}

function roleText(role: OrgRole): string {
	if (role.chain === "manager") return role.dotted ? "Dotted line" : "Manager";
	if (role.chain === "skip-level") return role.level === 2 ? "Skip-level" : `${role.level} levels up`;
	if (role.chain === "peer") return "Peer";
	return role.dotted ? "Dotted report" : "Report";
}

function depthOf(depth: number): number {
	return Math.max(0, Math.min(ORG_MAX_DEPTH, depth));
}

/** buildOrgSection is the Org section of the dashboard for a report. */
export function buildOrgSection(report: Report, options: OrgOptions = {}): OrgSection {
	const org = report.org;
	if (org === undefined || org.me === null) {
		return { known: false, suggestion: options.suggestion ?? null, rows: [], moreText: [], flags: [] };
	}
	const byPath = new Map<string, Stakeholder>();
	for (const s of report.stakeholders) byPath.set(s.path, s);
	const rows: OrgRow[] = [];
	const row = (path: string, depth: number): void => {
		const s = byPath.get(path);
		const role = roleOf(org, path);
		if (s === undefined || role === null) return;
		const chip = statusChip(s.status);
		const text = roleText(role);
		rows.push({ path, name: s.person, roleText: text, depth: depthOf(depth), chip, title: `${s.person}: ${text.toLowerCase()}, ${chip.label.toLowerCase()}, ${lastContactText(s.daysSinceContact)}`, you: false, dotted: role.dotted });
	};
	// You sit one indent above the deepest, so your reports can be under you; a chain longer than
	// that shares the top indent.
	const you = Math.min(org.up.length, ORG_MAX_DEPTH - 1);
	org.up.slice().reverse().forEach((path, i) => row(path, you - (org.up.length - i)));
	for (const path of org.dotted) row(path, you - 1);
	const mine = org.meName ?? titleOf(org.me);
	rows.push({ path: org.me, name: mine, roleText: "You", depth: you, chip: null, title: `${mine}: you, your own note`, you: true, dotted: false });
	for (const path of org.reports.slice(0, ORG_LIST_LIMIT)) row(path, you + 1);
	for (const path of org.peers.slice(0, ORG_LIST_LIMIT)) row(path, you);
	const moreText: string[] = [];
	if (org.reports.length > ORG_LIST_LIMIT) moreText.push(`and ${plural(org.reports.length - ORG_LIST_LIMIT, "more report")}`);
	if (org.peers.length > ORG_LIST_LIMIT) moreText.push(`and ${plural(org.peers.length - ORG_LIST_LIMIT, "more peer")}`);
	return { known: true, suggestion: null, rows, moreText, flags: flagsOf(report, byPath, options.skipLevelDays ?? DEFAULT_SKIP_LEVEL_DAYS) };
}

function flagsOf(report: Report, byPath: ReadonlyMap<string, Stakeholder>, skipLevelDays: number): OrgFlag[] {
	const org = report.org;
	if (org === undefined || org.me === null) return [];
	const flags: OrgFlag[] = [];
	const skip = org.up[1] === undefined ? undefined : byPath.get(org.up[1]);
	if (skip !== undefined && (skip.daysSinceContact === null || skip.daysSinceContact > skipLevelDays)) {
		const when = skip.daysSinceContact === null ? "never met" : `last met ${plural(skip.daysSinceContact, "day")} ago`;
		flags.push({ id: "skip-level", text: `Skip-level not met in ${plural(skipLevelDays, "day")} (${when}):`, people: [{ path: skip.path, name: skip.person }], more: 0 });
	}
	// In the report's order: the most urgent high-influence people first.
	const outside = report.stakeholders.filter((s) => s.influence === "high" && roleOf(org, s.path) === null);
	if (outside.length > 0) {
		flags.push({
			id: "outside-chain",
			text: "High influence, outside your chain:",
			people: outside.slice(0, ORG_FLAG_NAMES).map((s) => ({ path: s.path, name: s.person })),
			more: Math.max(0, outside.length - ORG_FLAG_NAMES),
		});
	}
	if (org.noManager) {
		flags.push({ id: "no-manager", text: "No manager recorded for you: add reports-to to your note, a link to your manager's note.", people: [{ path: org.me, name: "Open your note" }], more: 0 });
	}
	return flags;
}

/** relationshipText is a person's relationship as the dashboard shows it: as written, else what your org implies, marked "(inferred)". */
export function relationshipText(s: Stakeholder, org: OrgChart | undefined): string | null {
	const inferred = inferredRelationship(s, org);
	return s.relationship ?? (inferred === null ? null : `${inferred} (inferred)`);
}
