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
}

/** The property names the plugin reads; each can be renamed in the settings. */
export interface PropertyNames {
	person: string;
	role: string;
	relationship: string;
	influence: string;
	interest: string;
	lastContact: string;
	cadence: string;
	followUp: string;
	followUpNote: string;
	snoozeUntil: string;
	reportsTo: string;
	caresAbout: string;
	with: string;
	date: string;
}

/** Default cadence in days for each influence level, and for people without one. */
export interface DefaultCadences {
	high: number;
	medium: number;
	low: number;
	unset: number;
}

/** The settings the core needs: a plain object, passed in, never read from a global. */
export interface CoreSettings {
	/** The property names to read. */
	properties: PropertyNames;
	/** Folders (vault-relative) where stakeholders are looked for; empty means the whole vault. */
	peopleFolders: string[];
	/** Folder of agenda and person-note templates: its notes are never stakeholders or 1:1 notes. Empty means none. */
	templatesFolder: string;
	/** Default cadence for each influence level when a person has no `cadence`. */
	defaultCadenceDays: DefaultCadences;
	/** How many days ahead (today included) a contact counts as due soon. */
	dueSoonDays: number;
}

export const DEFAULT_PROPERTY_NAMES: Readonly<PropertyNames> = Object.freeze({
	person: "person",
	role: "role",
	relationship: "relationship",
	influence: "influence",
	interest: "interest",
	lastContact: "last-contact",
	cadence: "cadence",
	followUp: "follow-up",
	followUpNote: "follow-up-note",
	snoozeUntil: "snooze-until",
	reportsTo: "reports-to",
	caresAbout: "cares-about",
	with: "with",
	date: "date",
});

export const DEFAULT_CORE_SETTINGS: Readonly<CoreSettings> = Object.freeze({
	properties: DEFAULT_PROPERTY_NAMES,
	peopleFolders: [],
	templatesFolder: "",
	defaultCadenceDays: Object.freeze({ high: 14, medium: 30, low: 90, unset: 30 }),
	dueSoonDays: 7,
});

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
	/** `cadence` as written in the note (defaults not yet applied). */
	cadence: Cadence | null;
	followUp: IsoDate | null;
	followUpNote: string | null;
	snoozeUntil: IsoDate | null;
	reportsTo: NoteRef | null;
	caresAbout: string[];
}

/** What a 1:1 note says. */
export interface MeetingRecord {
	kind: "meeting";
	path: string;
	title: string;
	/** The people it was with, as written. */
	with: NoteRef[];
	/** `date`, else the `yyyy-MM-dd` at the start of the file name; null when neither reads. */
	date: IsoDate | null;
	followUp: IsoDate | null;
	followUpNote: string | null;
}

/** A note the plugin cares about. */
export type NoteRecord = PersonRecord | MeetingRecord;

/** The result of reading one note: its record (if it is a stakeholder or a 1:1 note) and its problems. */
export interface NoteReading {
	record: NoteRecord | null;
	problems: Problem[];
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

/** Everything the dashboard and the CLI show, computed for one day. */
export interface Report {
	today: IsoDate;
	stakeholders: Stakeholder[];
	followUps: FollowUp[];
	problems: Problem[];
}
