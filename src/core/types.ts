/**
 * The shapes the core works with. Every date is a calendar date written `yyyy-MM-dd`
 * (an `IsoDate`): never an instant, never a `Date` object, so records serialise as they are
 * and mean the same day in every time zone.
 */

/** A calendar date written `yyyy-MM-dd`. */
export type IsoDate = string;

/** A note's frontmatter as Obsidian's metadata cache (or the CLI's YAML reader) hands it over. */
export type Frontmatter = Record<string, unknown>;

/** Influence or interest, on the three-step scale of the design. */
export type Level = "low" | "medium" | "high";

export const LEVELS: readonly Level[] = ["low", "medium", "high"];

/** The unit of a cadence: `months` are calendar months. */
export type CadenceUnit = "days" | "weeks" | "months";

/** How often the user wants to be in touch with a stakeholder. */
export interface Cadence {
	count: number;
	unit: CadenceUnit;
}

/** Contact status of a stakeholder, in the order the dashboard ranks them. */
export type ContactStatus = "overdue" | "never" | "due-soon" | "ok" | "snoozed";

export const STATUS_RANK: Readonly<Record<ContactStatus, number>> = {
	overdue: 0,
	never: 1,
	"due-soon": 2,
	ok: 3,
	snoozed: 4,
};

/** The relationships the plugin knows; any other text is kept as written. */
export const KNOWN_RELATIONSHIPS = [
	"manager",
	"skip-level",
	"peer",
	"sponsor",
	"mentor",
	"report",
	"stakeholder",
] as const;

/** A value that could not be read: shown in Problems, never dropped silently. */
export interface Problem {
	/** Vault-relative path of the note, with `/`. */
	path: string;
	/** The property key as written in the note, or null when the whole frontmatter is unreadable. */
	key: string | null;
	/** The value as found in the note. */
	value: unknown;
	/** A sentence a person understands, starting with the key. */
	message: string;
}

/** A reference to another note: a wikilink, or a plain name to match against stakeholders. */
export interface NoteRef {
	/** The link path without alias or heading (`People/Jane Doe`), or the plain name. */
	target: string;
	/** The alias of `[[Target|Alias]]`, if any. */
	alias: string | null;
	/** True for `[[…]]` links, false for plain names. */
	isLink: boolean;
	/** True when `target` is a person folder (`People/Niko Dukic`): a note in that folder is about its person. */
	folder?: boolean;
	/** True for a name guessed from words (a 1:1 note's file name, title-names.ts; a daily note's conversation, conversations.ts): it counts only when it finds a person. */
	tentative?: boolean;
}

export * from "./core-settings";
export type { Commitment, CommitmentOwner, NoteTask, TaskOwnerMarker } from "./commitment-types";
import type { Commitment, NoteTask } from "./commitment-types";
export type { ChainRole, OrgChart, OrgRole } from "./org-types";
import type { OrgChart } from "./org-types";

/** What a person note says, read and checked, before anything is computed from it. */
export interface PersonRecord {
	kind: "person";
	path: string;
	/** The note's title: its file name without `.md`. */
	title: string;
	/** Display name. */
	person: string;
	role: string | null;
	/** Lower-case relationship text, e.g. `skip-level`. */
	relationship: string | null;
	influence: Level | null;
	interest: Level | null;
	/** `last-contact` as written in the note (1:1 notes not yet applied). */
	lastContact: IsoDate | null;
	/** The key `last-contact` is written under in this note (`last_contact`), for messages. */
	lastContactKey: string | null;
	/** `cadence` as written in the note (defaults not yet applied). */
	cadence: Cadence | null;
	followUp: IsoDate | null;
	followUpNote: string | null;
	snoozeUntil: IsoDate | null;
	reportsTo: NoteRef | null;
	/** The key `reports-to` is written under in this note (`manager`), for messages; absent without one. */
	reportsToKey?: string;
	/** Dotted-line managers: the entries after the first of a `reports-to` list; absent when none. */
	dottedLines?: NoteRef[];
	caresAbout: string[];
	/** Other names for the same person (`aliases`): plain names in meetings match them. */
	aliases: string[];
	/** The rule that made this note a person, for "what it found, and why". */
	foundBy: PersonRule;
	/** Which value or folder the rule saw (`type: people`, `People/`), for the same. */
	foundDetail: string;
	/** The person folder when this is its folder note (`People/Niko Dukic`), else null. */
	folder: string | null;
	/**
	 * The subfolder of a people folder this note lies in when it is not that folder's note
	 * (`People/Work` for `People/Work/Jane.md`): a person unless the subfolder is a person folder.
	 */
	subfolder: string | null;
	/** `contact-history`: the earlier contacts logged (the dates that read, in the note's order). */
	contactHistory: IsoDate[];
	/** `follow-ups-done`: follow-ups marked done on this note. */
	followUpsDone: DoneFollowUp[];
}

/** The rules that can make a note a person. */
export type PersonRule = "person-property" | "person-type" | "person-tag" | "people-folder" | "person-folder" | "named-in-meetings";

/**
 * Why a note was left out: a template, an excluded file, an archived copy, or a meeting its
 * `status` or tags call cancelled (it did not take place, so it is no contact).
 */
export type SkipReason = "template" | "excluded" | "archive" | "cancelled";

/** What a 1:1 note says. */
export interface MeetingRecord {
	kind: "meeting";
	path: string;
	title: string;
	/** The people of its `with` (the key the plugin writes), as written: a link that finds no one is a problem. */
	with: NoteRef[];
	/**
	 * The people it names in the other conventions (`people`, `attendees`, `participants`, a
	 * `person` link to another note, the person folder it lies in): a name that finds no one is
	 * someone without a note yet, not a problem.
	 */
	attendees: NoteRef[];
	/** The key or rule that made it a meeting (`with`, `attendees`, `person`, `person folder`). */
	foundBy: string;
	/** `date`, else the `yyyy-MM-dd` at the start of the file name; null when neither reads. */
	date: IsoDate | null;
	followUp: IsoDate | null;
	followUpNote: string | null;
	/** The tasks of its text that may be commitments (commitments/read-tasks.ts); absent when it has none or its text was not read. */
	tasks?: NoteTask[];
	/** `follow-ups-done`: follow-ups of this note marked done. */
	followUpsDone: DoneFollowUp[];
	/** `follow-up-sent`: the day the written follow-up of this 1:1 was sent. */
	followUpSent: IsoDate | null;
}

/** A follow-up marked done, as `follow-ups-done` keeps it: `YYYY-MM-DD: what it was`. */
export interface DoneFollowUp {
	/** The day it was marked done. */
	date: IsoDate;
	/** What it was, as written after the date; empty when nothing was. */
	text: string;
}

/** A note the plugin cares about. */
export type NoteRecord = PersonRecord | MeetingRecord;

/** The result of reading one note: its record (if it is a stakeholder or a 1:1 note) and its problems. */
export interface NoteReading {
	record: NoteRecord | null;
	problems: Problem[];
	/** Why the note was left out, when a rule skipped it. */
	skipped?: SkipReason;
	/**
	 * How a note that no rule makes a person reads as one, with the problems of its values: a
	 * person when a meeting names it (`attendees: [[Jane Doe]]`) and nothing else finds that name
	 * (linked-people.ts). Absent when the note could not be anyone (a dated note, `type: project`).
	 */
	candidate?: { record: PersonRecord; problems: Problem[] };
	/**
	 * Set on a note marked as a meeting whose properties name no one, or give no date: its text may,
	 * in Dataview's inline fields (`[participants:: [[Jane Doe]]]`). The reader of the text reads
	 * it again with them (inline-fields.ts); a reading made so never has it.
	 */
	needsText?: true;
	/** With needsText on a dated note that names no one (a daily note): only the conversations its text logs may name its people (conversations.ts). */
	conversations?: true;
}

/**
 * Finds the note a link points to, as Obsidian would, from the note that holds the link.
 * Returns the vault-relative path, or null when nothing matches.
 */
export type LinkResolver = (linkpath: string, sourcePath: string) => string | null;

/** A stakeholder with everything computed: effective last contact, cadence, status. */
export interface Stakeholder extends PersonRecord {
	/** The latest of `last-contact` and every 1:1 note with this person dated today or earlier. */
	lastContact: IsoDate | null;
	/** `last-contact` as written in the note. */
	ownLastContact: IsoDate | null;
	/** `cadence`, else the default for the influence level. */
	cadence: Cadence;
	/** True when `cadence` came from the settings' default. */
	cadenceIsDefault: boolean;
	/** Last contact plus cadence; null when never contacted. */
	nextContact: IsoDate | null;
	status: ContactStatus;
	/** Days past next contact when overdue, else 0. */
	daysOverdue: number;
	/** Days since the last contact; null when never contacted. */
	daysSinceContact: number | null;
	/** The resolved path of `reports-to`, when it points to a stakeholder. */
	reportsToPath: string | null;
	/** 1:1 notes with this person, newest first (future ones included). */
	meetings: MeetingRef[];
}

/** A 1:1 note as seen from one of its people. */
export interface MeetingRef {
	path: string;
	date: IsoDate | null;
	/** A contact logged in another note (a daily note's conversations): no 1:1 to take open items from. */
	logged?: true;
}

/** Something the user owes someone: a contact that is due, or a dated follow-up. */
export interface FollowUp {
	kind: "contact" | "follow-up";
	/** The note that holds the follow-up (the person note for contacts). */
	path: string;
	/** Display name of the person it is about. */
	person: string;
	/** The person note it is about; null when a 1:1 note's `with` resolves to no one. */
	personPath: string | null;
	due: IsoDate;
	text: string;
	/** Days past due, else 0. */
	overdueDays: number;
	/** The influence of the person, for ordering. */
	influence: Level | null;
}

/** A name in meetings that matches no person note: someone without a note yet. */
export interface UnlinkedName {
	/** The name as written in the latest meeting naming them (for a link, its alias or basename). */
	name: string;
	/** How many meetings name them. */
	meetings: number;
	/** The latest of those meetings' dates, null when none is dated. */
	lastDate: IsoDate | null;
	/** The latest meeting naming them (path), for "open". */
	lastPath: string;
}

/** Everything the dashboard and the CLI show, computed for one day. */
export interface Report {
	today: IsoDate;
	stakeholders: Stakeholder[];
	followUps: FollowUp[];
	problems: Problem[];
	/** Names in meetings without a person note, most meetings first. */
	withoutNote: UnlinkedName[];
	/** The user's own person note (the `me` setting, or the note with the alias `Me`), never a stakeholder; null when none. */
	me: string | null;
	/** Open commitments both ways, in due order (see commitment-types.ts and commitments/). */
	commitments: Commitment[];
	/** Your chain and the people around you (org.ts): absent only in reports built by hand. */
	org?: OrgChart;
}
