/** The settings the core reads: the property names, the conventions of real vaults, the defaults. */

/** The properties the plugin reads, by what they mean; each is read under a list of names. */
export const PROPERTY_KEYS = [
	"person",
	"name",
	"aliases",
	"type",
	"tags",
	"role",
	"relationship",
	"influence",
	"interest",
	"lastContact",
	"cadence",
	"followUp",
	"followUpNote",
	"snoozeUntil",
	"reportsTo",
	"caresAbout",
	"with",
	"attendees",
	"date",
	"contactHistory",
	"followUpsDone",
	"followUpSent",
	"revisit",
] as const;

/** What a property means to the plugin: `lastContact`, `with`, … */
export type PropertyKey = (typeof PROPERTY_KEYS)[number];

/** The name the plugin writes for each property: the first name of its list. */
export type PropertyNames = Record<PropertyKey, string>;

/** The names each property is read under, the first present in a note winning; the first is the one the plugin writes. */
export type PropertyLists = Record<PropertyKey, readonly string[]>;

/** Default cadence in days for each influence level, and for people without one. */
export interface DefaultCadences {
	high: number;
	medium: number;
	low: number;
	unset: number;
}

/**
 * The conventions of real vaults the plugin follows, each on by default and each a toggle in
 * the settings (see design.md, "The vault as it already is").
 */
export interface ConventionRules {
	/** `person: Jane Doe`, or a link to the note itself, makes a note a person. */
	personProperty: boolean;
	/** `type` / `category` / `categories` holding a person word (`type: people`, `"[[People]]"`). */
	personType: boolean;
	/** A person tag: `person`, `people`, `type/person`, `people/colleague`. */
	personTags: boolean;
	/** Every note in a folder named like `People` or `Contacts` is a person. */
	peopleFolders: boolean;
	/** One folder per person (`People/Niko Dukic/README.md`); the folder's other notes are about them. */
	personFolders: boolean;
	/** Meetings name people in `people`, `attendees`, `participants`: links, names, lists or comma strings. */
	meetingKeys: boolean;
	/** A dated note with `person: "[[Someone else]]"` (a review, an interaction) is a contact with them. */
	aboutNotes: boolean;
	/** A note that meetings name (`attendees: [[Jane Doe]]`, a link or a name Obsidian resolves) is a person with no property of its own. */
	linkedNotes: boolean;
	/** Notes in template folders, or full of unfilled template syntax, are skipped. */
	templates: boolean;
	/** Files excluded in Obsidian's settings (Files and links, Excluded files) are skipped. */
	excluded: boolean;
	/** Person notes in archive folders (`Archive/`) are old copies, not people. */
	archives: boolean;
}

/** Where the vault itself says things: read from its config folder, never saved in the plugin's settings. */
export interface VaultConfig {
	/** Template folders of the core Templates plugin and of Templater. */
	templateFolders: readonly string[];
	/** Obsidian's excluded files (`userIgnoreFilters` of app.json): path prefixes or `/regex/`. */
	ignoreFilters: readonly string[];
}

/** The settings the core needs: a plain object, passed in, never read from a global. */
export interface CoreSettings {
	/** The names each property is read under. */
	properties: PropertyLists;
	/** Folders (vault-relative) where stakeholders are looked for; empty means the whole vault. Their notes are people. */
	peopleFolders: string[];
	/** Folder of agenda and person-note templates: its notes are never stakeholders or 1:1 notes. Empty means none. */
	templatesFolder: string;
	/** Default cadence for each influence level when a person has no `cadence`. */
	defaultCadenceDays: DefaultCadences;
	/** How many days ahead (today included) a contact counts as due soon. */
	dueSoonDays: number;
	/** Which conventions of real vaults are followed. */
	rules: ConventionRules;
	/** Words that mark a person in `type`, `categories`, tags and folder names. */
	personWords: readonly string[];
	/** The user themself: a person note's path or a name; never a stakeholder, never "without a note". Empty: not set. */
	me: string;
	/** What the vault's own config says (template folders, excluded files); none when absent. */
	vault?: VaultConfig;
}

export const DEFAULT_PROPERTY_LISTS: Readonly<PropertyLists> = Object.freeze({
	person: ["person"],
	// `title` is read as the name too, but only when the file name holds it ("Person - Sarah Chen"
	// with `title: Sarah Chen`): in many CRMs `title` is the job title.
	name: ["name", "full_name", "fullName", "full-name"],
	aliases: ["aliases", "alias"],
	// `fileClass` is Metadata Menu's: `fileClass: Person` (`class: Meetings` where a vault renamed its key).
	type: ["type", "category", "categories", "fileClass", "class", "noteType", "note_type", "note-type"],
	tags: ["tags", "tag"],
	role: ["role", "job_title", "jobTitle", "job-title", "position"],
	relationship: ["relationship", "relationship_type", "relationshipType", "relationship-type", "relation"],
	influence: ["influence"],
	interest: ["interest"],
	lastContact: ["last-contact", "last_contact", "lastContact", "last-contacted", "last_contacted", "lastContacted", "last-touch", "last_touch", "lastTouch", "last-interaction", "last_interaction", "lastInteraction", "last-chat", "last_chat", "lastChat"],
	cadence: ["cadence", "frequency", "contact_frequency", "contactFrequency", "contact-frequency"],
	followUp: ["follow-up", "next_followup", "next-followup", "follow_up_date", "follow-up-date", "followUp", "follow_up", "next_follow_up"],
	followUpNote: ["follow-up-note", "follow_up_note", "followUpNote"],
	snoozeUntil: ["snooze-until", "snooze_until", "snoozeUntil"],
	reportsTo: ["reports-to", "reports_to", "reportsTo", "manager"],
	caresAbout: ["cares-about", "cares_about", "caresAbout"],
	with: ["with"],
	attendees: ["people", "attendees", "participants", "attending"],
	date: ["date", "meeting-date", "meeting_date", "meetingDate"],
	// History (see src/core/history.ts): earlier contacts, done follow-ups, a 1:1's follow-up sent.
	contactHistory: ["contact-history", "contact_history", "contactHistory"],
	followUpsDone: ["follow-ups-done", "follow_ups_done", "followUpsDone"],
	followUpSent: ["follow-up-sent", "follow_up_sent", "followUpSent"],
	revisit: ["revisit", "revisit-date", "revisit_date", "revisitDate"],
} satisfies PropertyLists);

/** writeNames are the names the plugin writes: the first of each list. */
export function writeNames(lists: PropertyLists): PropertyNames {
	const names = {} as PropertyNames;
	for (const key of PROPERTY_KEYS) names[key] = lists[key][0] ?? DEFAULT_PROPERTY_LISTS[key][0] ?? key;
	return names;
}

export const DEFAULT_PROPERTY_NAMES: Readonly<PropertyNames> = Object.freeze(writeNames(DEFAULT_PROPERTY_LISTS));

export const DEFAULT_RULES: Readonly<ConventionRules> = Object.freeze({
	personProperty: true,
	personType: true,
	personTags: true,
	peopleFolders: true,
	personFolders: true,
	meetingKeys: true,
	aboutNotes: true,
	linkedNotes: true,
	templates: true,
	excluded: true,
	archives: true,
});

export const DEFAULT_PERSON_WORDS: readonly string[] = Object.freeze(["person", "people", "persons", "contact", "contacts"]);

export const DEFAULT_CORE_SETTINGS: Readonly<CoreSettings> = Object.freeze({
	properties: DEFAULT_PROPERTY_LISTS,
	peopleFolders: [],
	templatesFolder: "",
	defaultCadenceDays: Object.freeze({ high: 14, medium: 30, low: 90, unset: 30 }),
	dueSoonDays: 7,
	rules: DEFAULT_RULES,
	personWords: DEFAULT_PERSON_WORDS,
	me: "",
	vault: Object.freeze({ templateFolders: [], ignoreFilters: [] }),
});
