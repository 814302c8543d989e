import { yamlNumber } from "./values";
import { inferredRelationship, roleOf } from "./org";
import type { Commitment, FollowUp, OrgChart, Problem, Report, Stakeholder } from "./types";

/** The JSON shape of a stakeholder in `managing-up report --json`. */
export interface StakeholderJson {
	path: string;
	person: string;
	role: string | null;
	relationship: string | null;
	influence: string | null;
	interest: string | null;
	lastContact: string | null;
	cadence: { count: number; unit: string };
	nextContact: string | null;
	status: string;
	daysOverdue: number;
	/** The person note `reports-to` finds, else null (added with the org chart). */
	reportsToPath: string | null;
	/** The relationship your org implies when `relationship` is not set, else null. */
	inferredRelationship: string | null;
	/** What they are in your chain: "manager" (a dotted line too), "skip-level" (anyone above your manager), "peer", "report", or null. */
	chain: string | null;
}

/** The JSON shape of a follow-up. */
export interface FollowUpJson {
	kind: string;
	path: string;
	person: string;
	personPath: string | null;
	due: string;
	text: string;
	overdueDays: number;
}

/** The JSON shape of a problem: `value` as found, with dates written as ISO text. */
export interface ProblemJson {
	path: string;
	key: string | null;
	value: unknown;
	message: string;
}

/** The JSON shape of a name in meetings without a person note. */
export interface UnlinkedNameJson {
	name: string;
	meetings: number;
	lastDate: string | null;
	lastPath: string;
}

/** The JSON shape of an open commitment (added in 0.3): `owner` is "me" when I owe it, "them" when they do. */
export interface CommitmentJson {
	path: string;
	line: number;
	person: string;
	personPath: string | null;
	owner: "me" | "them";
	text: string;
	due: string | null;
	overdueDays: number;
	carriedOver: number;
	firstPath: string;
	firstDate: string | null;
	ageDays: number | null;
}

/** The object `managing-up report --json` prints. */
export interface ReportJson {
	today: string;
	stakeholders: StakeholderJson[];
	followUps: FollowUpJson[];
	problems: ProblemJson[];
	/** Names in meetings that match no person note, most meetings first (added in 0.2). */
	withoutNote: UnlinkedNameJson[];
	/** Open commitments both ways, in due order (added in 0.3). */
	commitments: CommitmentJson[];
}

function jsonValue(value: unknown): unknown {
	if (value === undefined) return null;
	if (typeof value === "number" && !Number.isFinite(value)) return yamlNumber(value);
	if (value instanceof Uint8Array) return `(binary data, ${value.length} bytes)`;
	if (value instanceof Set) return [...value].map(jsonValue);
	if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), jsonValue(v)]));
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
	if (Array.isArray(value)) return value.map(jsonValue);
	if (typeof value === "object" && value !== null) {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonValue(v)]));
	}
	if (typeof value === "bigint") return value.toString();
	return value;
}

/** stakeholderJson keeps the contract's keys of a stakeholder, in the contract's order. */
export function stakeholderJson(s: Stakeholder, org?: OrgChart): StakeholderJson {
	return {
		path: s.path,
		person: s.person,
		role: s.role,
		relationship: s.relationship,
		influence: s.influence,
		interest: s.interest,
		lastContact: s.lastContact,
		cadence: { count: s.cadence.count, unit: s.cadence.unit },
		nextContact: s.nextContact,
		status: s.status,
		daysOverdue: s.daysOverdue,
		reportsToPath: s.reportsToPath,
		inferredRelationship: inferredRelationship(s, org),
		chain: roleOf(org, s.path)?.chain ?? null,
	};
}

/** followUpJson keeps the contract's keys of a follow-up. */
export function followUpJson(f: FollowUp): FollowUpJson {
	return {
		kind: f.kind,
		path: f.path,
		person: f.person,
		personPath: f.personPath,
		due: f.due,
		text: f.text,
		overdueDays: f.overdueDays,
	};
}

/** commitmentJson keeps the contract's keys of a commitment, in the contract's order. */
export function commitmentJson(c: Commitment): CommitmentJson {
	const { path, line, person, personPath, owner, text, due, overdueDays, carriedOver, firstPath, firstDate, ageDays } = c;
	return { path, line, person, personPath, owner, text, due, overdueDays, carriedOver, firstPath, firstDate, ageDays };
}

/** problemJson writes a problem with its value made JSON-safe. */
export function problemJson(p: Problem): ProblemJson {
	return { path: p.path, key: p.key, value: jsonValue(p.value), message: p.message };
}

/** A list of the report and the way each of its items becomes JSON. */
export interface JsonList<T, U> {
	readonly items: readonly T[];
	toJson(item: T): U;
}

/** The lists of the report's JSON, each with the way its items become JSON, in the contract's order. */
export type ReportJsonLists = { readonly [K in Exclude<keyof ReportJson, "today">]: JsonList<unknown, ReportJson[K][number]> };

function jsonList<T, U>(items: readonly T[], toJson: (item: T) => U): JsonList<unknown, U> {
	return { items, toJson };
}

/**
 * reportJsonLists is the contract of `managing-up report --json` with its lists not yet made:
 * a writer makes each item as it writes it (the command line, which at 50,000 notes would
 * otherwise hold the report and its whole JSON copy at once), reportJson all of them now.
 */
export function reportJsonLists(report: Report): { today: string; lists: ReportJsonLists } {
	return {
		today: report.today,
		lists: {
			stakeholders: jsonList(report.stakeholders, (s) => stakeholderJson(s, report.org)),
			followUps: jsonList(report.followUps, followUpJson),
			problems: jsonList(report.problems, problemJson),
			withoutNote: jsonList(report.withoutNote, ({ name, meetings, lastDate, lastPath }) => ({ name, meetings, lastDate, lastPath })),
			commitments: jsonList(report.commitments, commitmentJson),
		},
	};
}

function made<U>(list: JsonList<unknown, U>): U[] {
	return list.items.map((item) => list.toJson(item));
}

/** reportJson is the contract of `managing-up report --json`. */
export function reportJson(report: Report): ReportJson {
	const { today, lists } = reportJsonLists(report);
	return {
		today,
		stakeholders: made(lists.stakeholders),
		followUps: made(lists.followUps),
		problems: made(lists.problems),
		withoutNote: made(lists.withoutNote),
		commitments: made(lists.commitments),
	};
}
