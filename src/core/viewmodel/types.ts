import type { Commitment, FollowUp, IsoDate, Level } from "../types";
import type { FoundModel, WithoutNoteSection } from "../viewmodel-found";

/** The view model's shapes: the options the dashboard is built with, and every section it shows. */

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
	/** How many commitment rows to build; default COMMITMENT_PAGE. */
	commitmentLimit?: number;
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
/** Commitment rows in one page, "I owe" and "They owe" together. */
export const COMMITMENT_PAGE = 15;
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
	/** "3 open commitments: I owe 2, they owe 1"; null when there are none. */
	commitmentsText: string | null;
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

/** One open commitment as the dashboard shows it. */
export interface CommitmentRow {
	/** Stable key for this row across re-renders. */
	key: string;
	item: Commitment;
	text: string;
	/** Who it is owed to or by: every person of a task owed to several, in the report's order. */
	person: string;
	/** "overdue by 11 days (2026-11-20)", "due in 3 days (2026-12-04)", "no date agreed". */
	dueText: string;
	tone: Tone;
	/** "open 47 days", "made today"; empty when the note has no date. */
	ageText: string;
	/** "carried over 3 times"; null when never carried. */
	carriedText: string | null;
	/** The flag sentences (words.ts commitmentFlags): overdue promises, carried over three times. */
	flags: string[];
}

/** "I owe" or "They owe", counted like a follow-up bucket. */
export interface CommitmentGroup extends Omit<FollowUpBucket, "id" | "rows"> {
	id: "me" | "them";
	rows: CommitmentRow[];
}

/** The Commitments section, paged like the follow-ups; `overdue` counts those past due, both ways. */
export interface CommitmentSection extends Omit<FollowUpSection, "buckets"> {
	groups: CommitmentGroup[];
	overdue: number;
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

/* The Org section (built in viewmodel/org.ts). */

/** One person in the tree. */
export interface OrgRow {
	path: string;
	name: string;
	/** "Manager", "Skip-level", "3 levels up", "Dotted line", "You", "Peer", "Report", "Dotted report". */
	roleText: string;
	/** Indentation, 0 to ORG_MAX_DEPTH (viewmodel/org.ts). */
	depth: number;
	/** Their contact status chip (the People rows' words); null for you. */
	chip: { label: string; tone: Tone } | null;
	/** Everything the row says in one line, for the tooltip and screen readers (the name may be cut short on screen). */
	title: string;
	you: boolean;
	dotted: boolean;
}

/** A sentence worth acting on, with the people it names. */
export interface OrgFlag {
	id: "skip-level" | "outside-chain" | "no-manager";
	text: string;
	people: { path: string; name: string }[];
	/** People the flag is about beyond those listed. */
	more: number;
}

/** What the Org section shows. */
export interface OrgSection {
	/** False when `me` is not set: the section teaches how to set it. */
	known: boolean;
	/** The name most meetings hold, offered as you when `me` is not set; else null. */
	suggestion: string | null;
	rows: OrgRow[];
	/** "and 3 more peers", "and 12 more reports"; empty when all are drawn. */
	moreText: string[];
	flags: OrgFlag[];
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
	/** Open commitments both ways. */
	commitments: CommitmentSection;
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
	/** "Org" (viewmodel/org.ts); absent, the dashboard does not show it. */
	org?: OrgSection;
}
