import { addDaysIso, daysBetween } from "./dates";
import { compareNames, compareStakeholders, levelRank } from "./report";
import { KNOWN_RELATIONSHIPS, type ContactStatus, type FollowUp, type IsoDate, type Level, type Report, type Stakeholder } from "./types";
import type { FoundModel, WithoutNoteSection } from "./viewmodel-found";

/**
 * The dashboard's view model: everything the sidebar shows, as plain data and ready-made text,
 * computed from a report by pure code. The DOM code only lays it out, so what a person reads
 * (order, counts, "last contact 23 days ago") is decided and tested here.
 */

/** How the People list is ordered. */
export type SortKey = "urgency" | "influence" | "name" | "last-contact";

/** How the People list is grouped. */
export type GroupKey = "none" | "relationship" | "influence";

export const SORT_OPTIONS: readonly { value: SortKey; label: string }[] = [
	{ value: "urgency", label: "Urgency" },
	{ value: "influence", label: "Influence" },
	{ value: "name", label: "Name" },
	{ value: "last-contact", label: "Last contact" },
];

export const GROUP_OPTIONS: readonly { value: GroupKey; label: string }[] = [
	{ value: "none", label: "No grouping" },
	{ value: "relationship", label: "Relationship" },
	{ value: "influence", label: "Influence" },
];

/** The colour family of a chip or a due text; the stylesheet maps each to a theme colour. */
export type Tone = "danger" | "warning" | "success" | "muted" | "accent";

/** What the user chose in the dashboard, plus the day it is computed for. */
export interface DashboardOptions {
	/** Filter text: matches name, role, relationship and cares-about, case-insensitive. */
	filter: string;
	sort: SortKey;
	group: GroupKey;
	today: IsoDate;
	/** Follow-ups due within this many days (today included) count as due soon; default 7. */
	dueSoonDays?: number;
	/** How many people rows to build (the rest are counted in `hidden`); default PEOPLE_PAGE. */
	peopleLimit?: number;
	/** How many follow-up rows to build; default FOLLOW_UP_PAGE. */
	followUpLimit?: number;
	/** How many problems to build; default PROBLEM_PAGE. */
	problemLimit?: number;
	/** Narrows People to one cell of the map, or to the people not on it; null or absent for everyone. */
	place?: MapPlace | null;
	/** The people folders from the settings, to mention in the empty state. */
	peopleFolders?: readonly string[];
}

/*
 * Page sizes: the first screens are drawn, and "Show more" adds one page at a time, so a
 * redraw costs about the same for 10 or 10,000 people. A person row is about 90 px high and a
 * follow-up about 60 px: a page fills a phone screen and a tall (1,400 px) sidebar with room
 * to scroll.
 */

/** People rows in one page of the People list. */
export const PEOPLE_PAGE = 25;
/** Follow-up rows in one page: the overdue and due-soon items first. */
export const FOLLOW_UP_PAGE = 15;
/** Problems in one page. */
export const PROBLEM_PAGE = 10;
/** A map of at most this many stakeholders draws every dot: the common small vault sees everyone. */
export const MAP_ALL_DOTS = 40;
/** On a larger map, the most dots drawn in one cell (the most urgent); the rest are a "+N more" that lists them in People. */
export const MAP_CELL_LIMIT = 8;
/** On a larger map, the most people listed beside it as "not on the map". */
export const MAP_UNPLACED_LIMIT = 8;

/** One follow-up as the dashboard shows it. */
export interface FollowUpRow {
	/** Stable key for this row across re-renders. */
	key: string;
	item: FollowUp;
	person: string;
	text: string;
	/** "overdue by 8 days", "due today", "due in 3 days". */
	dueText: string;
	tone: Tone;
	/** True when the item is a 1:1 note's follow-up rather than the person note's own. */
	fromMeeting: boolean;
}

/** A bucket of follow-ups: overdue, due soon or later. */
export interface FollowUpBucket {
	id: "overdue" | "due-soon" | "later";
	heading: string;
	/** Every item in the bucket, including those not built because of the limit. */
	count: number;
	rows: FollowUpRow[];
}

export interface FollowUpSection {
	buckets: FollowUpBucket[];
	total: number;
	/** Items counted but not built because of `followUpLimit`. */
	hidden: number;
	/** How many of the hidden items the next page ("Show more") adds. */
	more: number;
}

/** One stakeholder as a row in People. */
export interface PersonRow {
	path: string;
	name: string;
	role: string | null;
	relationship: string | null;
	/** "High influence", or null when unset. */
	influenceText: string | null;
	/** "last contact 23 days ago", "never contacted", "last contact today". */
	lastContactText: string;
	chip: { label: string; tone: Tone };
	/** "overdue by 8 days", "due in 3 days", "snoozed until 2026-12-01". */
	dueText: string;
	dueTone: Tone;
	caresAbout: string[];
}

export interface PeopleGroup {
	/** Stable id, e.g. `relationship:manager`; `all` when not grouped. */
	id: string;
	/** Null when not grouped. */
	heading: string | null;
	/** People in this group that match the filter, including those beyond the limit. */
	count: number;
	rows: PersonRow[];
}

export interface PeopleSection {
	groups: PeopleGroup[];
	/** Every stakeholder, before filtering. */
	total: number;
	/** Stakeholders that match the filter. */
	matched: number;
	/** Matching stakeholders not built because of `peopleLimit`. */
	hidden: number;
	/** How many of the hidden people the next page ("Show more") adds. */
	more: number;
	/** The part of the map People is narrowed to, with its name; null for everyone. */
	place: { id: MapPlace; label: string } | null;
}

/** A cell of the map as `influence/interest` ("high/low"), or the people not on the map. */
export type MapPlace = `${Level}/${Level}` | "unplaced";

/** A person drawn on the map. */
export interface MapDot {
	path: string;
	label: string;
	tone: Tone;
	/** A longer description for the tooltip and screen readers. */
	title: string;
}

/** One cell of the influence × interest grid. */
export interface MapCell {
	influence: Level;
	interest: Level;
	/** The strategy name for the four corners ("Manage closely"…); null for the middle cells. */
	quadrant: string | null;
	/** Names the cell for People when it is narrowed to it: "Manage closely", "Medium influence, high interest". */
	place: MapPlace;
	label: string;
	dots: MapDot[];
	/** People in this cell not drawn because of MAP_CELL_LIMIT. */
	hidden: number;
}

/** A person left off the map, and why. */
export interface UnplacedPerson {
	path: string;
	label: string;
	missing: string;
}

/**
 * The influence × interest map as a 3×3 grid: rows are influence (high at the top), columns
 * are interest (low at the left). `medium` is its own middle row and column, so a medium
 * value is never rounded into a strategy it does not have; the four named strategies are the
 * corners (high/high "Manage closely", high/low "Keep satisfied", low/high "Keep informed",
 * low/low "Monitor"), and the middle cells sit between them.
 */
export interface MapModel {
	/** Influence high, medium, low; each holds interest low, medium, high. */
	rows: { influence: Level; label: string; cells: MapCell[] }[];
	columns: { interest: Level; label: string }[];
	placed: number;
	unplaced: UnplacedPerson[];
	unplacedCount: number;
}

export interface ProblemRow {
	path: string;
	key: string | null;
	message: string;
}

/** DashboardModel is everything the stakeholder dashboard shows for one day. */
export interface DashboardModel {
	today: IsoDate;
	options: { filter: string; sort: SortKey; group: GroupKey; place: MapPlace | null };
	/** True when the vault holds no stakeholder at all: the view teaches how to add one. */
	empty: boolean;
	/** Where stakeholders are looked for, when the settings limit it. */
	peopleFolders: string[];
	/** Counts for the summary line. */
	summary: { overdue: number; dueSoon: number; people: number; problems: number };
	followUps: FollowUpSection;
	people: PeopleSection;
	map: MapModel;
	problems: ProblemRow[];
	/** Problems not built because of `problemLimit`. */
	problemsHidden: number;
	/** How many of the hidden problems the next page adds. */
	problemsMore: number;
	/** "What it found" (viewmodel-found.ts); absent, the dashboard does not show it. */
	found?: FoundModel;
	/** "People without a note" (viewmodel-found.ts); absent, the dashboard does not show it. */
	withoutNote?: WithoutNoteSection;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** lastContactText says when the last contact was, relative to today: "last contact 23 days ago". */
export function lastContactText(daysSince: number | null): string {
	if (daysSince === null) return "never contacted";
	if (daysSince === 0) return "last contact today";
	if (daysSince === 1) return "last contact yesterday";
	if (daysSince === -1) return "last contact tomorrow";
	if (daysSince < 0) return `last contact in ${plural(-daysSince, "day")}`;
	return `last contact ${plural(daysSince, "day")} ago`;
}

/** dueText says when something is due, relative to today: "overdue by 8 days", "due in 3 days". */
export function dueText(due: IsoDate, today: IsoDate): string {
	const days = daysBetween(today, due);
	if (days < 0) return `overdue by ${plural(-days, "day")}`;
	if (days === 0) return "due today";
	if (days === 1) return "due tomorrow";
	return `due in ${plural(days, "day")}`;
}

function dueTone(due: IsoDate, today: IsoDate, dueSoonDays: number): Tone {
	const days = daysBetween(today, due);
	if (days < 0) return "danger";
	if (days < dueSoonDays) return "warning";
	return "muted";
}

const CHIPS: Readonly<Record<ContactStatus, { label: string; tone: Tone }>> = {
	overdue: { label: "Overdue", tone: "danger" },
	never: { label: "No contact yet", tone: "accent" },
	"due-soon": { label: "Due soon", tone: "warning" },
	ok: { label: "On track", tone: "success" },
	snoozed: { label: "Snoozed", tone: "muted" },
};

/** statusChip is the label and tone of a contact status chip. */
export function statusChip(status: ContactStatus): { label: string; tone: Tone } {
	return CHIPS[status];
}

function personDue(s: Stakeholder, today: IsoDate): { text: string; tone: Tone } {
	switch (s.status) {
		case "snoozed":
			return { text: s.snoozeUntil === null ? "snoozed" : `snoozed until ${s.snoozeUntil}`, tone: "muted" };
		case "never":
			return { text: "get in touch today", tone: "accent" };
		case "overdue":
			return { text: `overdue by ${plural(s.daysOverdue, "day")}`, tone: "danger" };
		case "due-soon":
			return { text: s.nextContact === null ? "due soon" : dueText(s.nextContact, today), tone: "warning" };
		case "ok":
			return { text: s.nextContact === null ? "" : `next contact ${dueText(s.nextContact, today).replace(/^due /, "")}`, tone: "muted" };
	}
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const LEVEL_LABEL: Readonly<Record<Level, string>> = { high: "High", medium: "Medium", low: "Low" };

function personRow(s: Stakeholder, today: IsoDate): PersonRow {
	const due = personDue(s, today);
	return {
		path: s.path,
		name: s.person,
		role: s.role,
		relationship: s.relationship,
		influenceText: s.influence === null ? null : `${LEVEL_LABEL[s.influence]} influence`,
		lastContactText: lastContactText(s.daysSinceContact),
		chip: statusChip(s.status),
		dueText: due.text,
		dueTone: due.tone,
		caresAbout: s.caresAbout,
	};
}

/** filterWords splits filter text into the lower-case words that must all match. */
export function filterWords(filter: string): string[] {
	return filter.toLowerCase().split(/\s+/).filter((w) => w !== "");
}

/** matchesFilter says whether a stakeholder's name, role, relationship or cares-about contains every filter word. */
export function matchesFilter(s: Stakeholder, words: readonly string[]): boolean {
	if (words.length === 0) return true;
	const haystack = [s.person, s.role ?? "", s.relationship ?? "", ...s.caresAbout].join("\n").toLowerCase();
	return words.every((word) => haystack.includes(word));
}

function compareLastContact(a: Stakeholder, b: Stakeholder): number {
	// Longest without contact first: never-contacted people, then the oldest last contact.
	if (a.lastContact === b.lastContact) return 0;
	if (a.lastContact === null) return -1;
	if (b.lastContact === null) return 1;
	return a.lastContact < b.lastContact ? -1 : 1;
}

const COMPARATORS: Readonly<Record<SortKey, (a: Stakeholder, b: Stakeholder) => number>> = {
	urgency: compareStakeholders,
	influence: (a, b) => levelRank(a.influence) - levelRank(b.influence) || compareStakeholders(a, b),
	name: (a, b) => compareNames(a.person, b.person) || compareNames(a.path, b.path),
	"last-contact": (a, b) => compareLastContact(a, b) || compareStakeholders(a, b),
};

interface GroupSpec {
	id: string;
	heading: string | null;
	rank: number;
}

const NO_GROUP: GroupSpec = { id: "all", heading: null, rank: 0 };

function relationshipGroup(s: Stakeholder): GroupSpec {
	if (s.relationship === null || s.relationship === "") return { id: "relationship:", heading: "No relationship", rank: 1e6 };
	const known = (KNOWN_RELATIONSHIPS as readonly string[]).indexOf(s.relationship);
	return {
		id: `relationship:${s.relationship}`,
		heading: capitalise(s.relationship),
		rank: known >= 0 ? known : KNOWN_RELATIONSHIPS.length,
	};
}

function influenceGroup(s: Stakeholder): GroupSpec {
	if (s.influence === null) return { id: "influence:", heading: "No influence set", rank: 3 };
	return { id: `influence:${s.influence}`, heading: `${LEVEL_LABEL[s.influence]} influence`, rank: levelRank(s.influence) };
}

/** placeOf is where a stakeholder sits on the map: its cell, or "unplaced" without both levels. */
export function placeOf(s: Stakeholder): MapPlace {
	return s.influence === null || s.interest === null ? "unplaced" : `${s.influence}/${s.interest}`;
}

function buildPeople(report: Report, options: DashboardOptions, map: MapModel): PeopleSection {
	const limit = options.peopleLimit ?? PEOPLE_PAGE;
	const words = filterWords(options.filter);
	const place = options.place ?? null;
	const matching =
		words.length === 0 && place === null
			? [...report.stakeholders]
			: report.stakeholders.filter((s) => (place === null || placeOf(s) === place) && matchesFilter(s, words));
	// The report is already in urgency order; sort a copy only for the other orders.
	if (options.sort !== "urgency") matching.sort(COMPARATORS[options.sort]);
	const groupOf = options.group === "relationship" ? relationshipGroup : options.group === "influence" ? influenceGroup : () => NO_GROUP;

	const groups = new Map<string, { spec: GroupSpec; members: Stakeholder[] }>();
	for (const s of matching) {
		const spec = groupOf(s);
		const group = groups.get(spec.id);
		if (group) group.members.push(s);
		else groups.set(spec.id, { spec, members: [s] });
	}
	const ordered = [...groups.values()].sort(
		(a, b) => a.spec.rank - b.spec.rank || compareNames(a.spec.heading ?? "", b.spec.heading ?? ""),
	);
	let budget = limit;
	const result: PeopleGroup[] = ordered.map(({ spec, members }) => {
		const shown = members.slice(0, Math.max(0, budget));
		budget -= shown.length;
		return { id: spec.id, heading: spec.heading, count: members.length, rows: shown.map((s) => personRow(s, report.today)) };
	});
	const built = result.reduce((n, g) => n + g.rows.length, 0);
	const hidden = matching.length - built;
	return {
		groups: result,
		total: report.stakeholders.length,
		matched: matching.length,
		hidden,
		more: Math.min(hidden, PEOPLE_PAGE),
		place: place === null ? null : { id: place, label: placeLabel(map, place) },
	};
}

function buildFollowUps(report: Report, options: DashboardOptions): FollowUpSection {
	const limit = options.followUpLimit ?? FOLLOW_UP_PAGE;
	const dueSoonDays = options.dueSoonDays ?? 7;
	const today = report.today;
	const buckets: FollowUpBucket[] = [
		{ id: "overdue", heading: "Overdue", count: 0, rows: [] },
		{ id: "due-soon", heading: "Due soon", count: 0, rows: [] },
		{ id: "later", heading: "Later", count: 0, rows: [] },
	];
	// The first day that is no longer "due soon". Comparing `yyyy-MM-dd` text is comparing days,
	// and keeps date arithmetic to the rows actually built, not every follow-up of a large vault.
	const soonEnd = addDaysIso(today, dueSoonDays);
	let built = 0;
	for (const item of report.followUps) {
		const bucket = item.due < today ? buckets[0] : item.due < soonEnd ? buckets[1] : buckets[2];
		if (!bucket) continue;
		bucket.count++;
		if (built >= limit) continue;
		built++;
		bucket.rows.push({
			key: `${item.kind}:${item.path}`,
			item,
			person: item.person,
			text: item.text,
			dueText: dueText(item.due, today),
			tone: dueTone(item.due, today, dueSoonDays),
			fromMeeting: item.kind === "follow-up" && item.personPath !== item.path,
		});
	}
	// Buckets are filled in due order, so overdue come first, then due soon, then later.
	const hidden = report.followUps.length - built;
	return { buckets: buckets.filter((b) => b.count > 0), total: report.followUps.length, hidden, more: Math.min(hidden, FOLLOW_UP_PAGE) };
}

const QUADRANTS: Readonly<Partial<Record<`${Level}/${Level}`, string>>> = {
	"high/high": "Manage closely",
	"high/low": "Keep satisfied",
	"low/high": "Keep informed",
	"low/low": "Monitor",
};

/** quadrantName is the strategy for an influence/interest pair, or null for the middle cells of the grid. */
export function quadrantName(influence: Level, interest: Level): string | null {
	return QUADRANTS[`${influence}/${interest}`] ?? null;
}

/** The name of the people not on the map, when People is narrowed to them. */
const UNPLACED_LABEL = "Not on the map: no influence or interest";

function placeLabel(map: MapModel, place: MapPlace): string {
	if (place === "unplaced") return UNPLACED_LABEL;
	for (const row of map.rows) for (const cell of row.cells) if (cell.place === place) return cell.label;
	return place;
}

function cellLabel(influence: Level, interest: Level): string {
	const levels = `${LEVEL_LABEL[influence]} influence, ${interest} interest`;
	const quadrant = quadrantName(influence, interest);
	return quadrant === null ? levels : `${quadrant}: ${levels.toLowerCase()}`;
}

function buildMap(report: Report): MapModel {
	const influences: Level[] = ["high", "medium", "low"];
	const interests: Level[] = ["low", "medium", "high"];
	const rows = influences.map((influence) => ({
		influence,
		label: LEVEL_LABEL[influence],
		cells: interests.map(
			(interest): MapCell => ({
				influence,
				interest,
				quadrant: quadrantName(influence, interest),
				place: `${influence}/${interest}`,
				label: cellLabel(influence, interest),
				dots: [],
				hidden: 0,
			}),
		),
	}));
	// A small map shows everyone; a large one the most urgent few per cell, and counts the rest,
	// so the DOM never holds a node per stakeholder of a large vault.
	const small = report.stakeholders.length <= MAP_ALL_DOTS;
	const cellLimit = small ? Infinity : MAP_CELL_LIMIT;
	const unplacedLimit = small ? Infinity : MAP_UNPLACED_LIMIT;
	const unplaced: UnplacedPerson[] = [];
	let unplacedCount = 0;
	let placed = 0;
	// Dots in each cell follow the report's urgency order, so the most pressing are drawn first.
	for (const s of report.stakeholders) {
		if (s.influence === null || s.interest === null) {
			unplacedCount++;
			if (unplaced.length < unplacedLimit) {
				const missing = s.influence === null && s.interest === null ? "influence and interest" : s.influence === null ? "influence" : "interest";
				unplaced.push({ path: s.path, label: s.person, missing: `no ${missing}` });
			}
			continue;
		}
		placed++;
		const cell = rows[influences.indexOf(s.influence)]?.cells[interests.indexOf(s.interest)];
		if (!cell) continue;
		if (cell.dots.length >= cellLimit) {
			cell.hidden++;
			continue;
		}
		const chip = statusChip(s.status);
		cell.dots.push({
			path: s.path,
			label: s.person,
			tone: chip.tone,
			title: `${s.person}: ${LEVEL_LABEL[s.influence].toLowerCase()} influence, ${LEVEL_LABEL[s.interest].toLowerCase()} interest; ${chip.label.toLowerCase()}`,
		});
	}
	return {
		rows,
		columns: interests.map((interest) => ({ interest, label: LEVEL_LABEL[interest] })),
		placed,
		unplaced,
		unplacedCount,
	};
}

/**
 * buildDashboardModel turns a report into what the dashboard shows: follow-ups in overdue, due
 * soon and later buckets; the filtered, sorted and grouped people; the influence × interest map;
 * the problems; and whether to show the empty state.
 */
export function buildDashboardModel(report: Report, options: DashboardOptions): DashboardModel {
	const followUps = buildFollowUps(report, options);
	const map = buildMap(report);
	const problemLimit = options.problemLimit ?? PROBLEM_PAGE;
	const problemsHidden = Math.max(0, report.problems.length - problemLimit);
	const count = (id: FollowUpBucket["id"]): number => followUps.buckets.find((b) => b.id === id)?.count ?? 0;
	return {
		today: report.today,
		options: { filter: options.filter, sort: options.sort, group: options.group, place: options.place ?? null },
		empty: report.stakeholders.length === 0,
		peopleFolders: (options.peopleFolders ?? []).filter((f) => f.trim() !== ""),
		summary: {
			overdue: count("overdue"),
			dueSoon: count("due-soon"),
			people: report.stakeholders.length,
			problems: report.problems.length,
		},
		followUps,
		people: buildPeople(report, options, map),
		map,
		problems: report.problems.slice(0, problemLimit).map((p) => ({ path: p.path, key: p.key, message: p.message })),
		problemsHidden,
		problemsMore: Math.min(problemsHidden, PROBLEM_PAGE),
	};
}
