import {
	DEFAULT_CORE_SETTINGS,
	DEFAULT_PERSON_WORDS,
	DEFAULT_PROPERTY_LISTS,
	DEFAULT_RULES,
	PROPERTY_KEYS,
	type ConventionRules,
	type CoreSettings,
	type DefaultCadences,
	type PropertyLists,
	type VaultConfig,
} from "./core/types";
import { isRecord } from "./core/unknown";
import { isOutsideVault, normalizeFolderPath } from "./core/conventions";
import { DEFAULT_CALENDAR_FILE, calendarFilePath } from "./core/calendar";

/** The current version of the saved settings; bump it and add a step to `migrateSettings` when the shape changes. */
export const SETTINGS_VERSION = 2;

/** Everything the plugin saves in data.json (the vault's own config is read, never saved). */
export interface ManagingUpSettings extends Omit<CoreSettings, "vault"> {
	/** Shape version of these settings, for migrations. */
	version: number;
	/** The names each property is read under; the first is the one the plugin writes. */
	properties: PropertyLists;
	/** Folders where stakeholders are looked for; empty means the whole vault. */
	peopleFolders: string[];
	/** Folder where new 1:1 agendas are created. */
	agendaFolder: string;
	/** Folder whose notes are agenda templates (and the person-note template). */
	templatesFolder: string;
	/** Folder where "New stakeholder" creates person notes. */
	peopleFolder: string;
	/** Default cadence in days for each influence level. */
	defaultCadenceDays: DefaultCadences;
	/** How many days ahead (today included) a contact counts as due soon. */
	dueSoonDays: number;
	/** Which conventions of real vaults are followed. */
	rules: ConventionRules;
	/** Words that mark a person in `type`, `categories`, tags and folder names. */
	personWords: readonly string[];
	/** The user themself: their person note's path or their name. */
	me: string;
	/** Whether the user said "Got it" to "What it found" on the dashboard: it is then one line. */
	foundDismissed: boolean;
	/** The `.ics` file "Export follow-ups to calendar" writes, vault-relative. */
	calendarFile: string;
	/** Days without a conversation after which the Org section says your skip-level was not met. */
	skipLevelDays: number;
}

export const DEFAULT_SETTINGS: Readonly<ManagingUpSettings> = Object.freeze({
	version: SETTINGS_VERSION,
	properties: DEFAULT_CORE_SETTINGS.properties,
	peopleFolders: [],
	agendaFolder: "1-1s",
	templatesFolder: "",
	peopleFolder: "People",
	defaultCadenceDays: DEFAULT_CORE_SETTINGS.defaultCadenceDays,
	dueSoonDays: DEFAULT_CORE_SETTINGS.dueSoonDays,
	rules: DEFAULT_RULES,
	personWords: DEFAULT_PERSON_WORDS,
	me: "",
	foundDismissed: false,
	calendarFile: DEFAULT_CALENDAR_FILE,
	skipLevelDays: 60,
});

/** coreSettings joins the saved settings and what the vault's config says into what the core reads. */
export function coreSettings(settings: ManagingUpSettings, vault: VaultConfig): CoreSettings {
	return { ...settings, vault };
}

function own(record: Record<string, unknown>, key: string): unknown {
	return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function text(value: unknown, fallback: string): string {
	return typeof value === "string" ? value : fallback;
}

function wholeNumber(value: unknown, fallback: number, min: number): number {
	return typeof value === "number" && Number.isInteger(value) && value >= min ? value : fallback;
}

/** textList reads a list of non-empty, distinct strings (a single string is a list of one). */
function textList(value: unknown): string[] {
	const items: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
	const out: string[] = [];
	for (const item of items) {
		if (typeof item !== "string") continue;
		const clean = item.trim();
		if (clean !== "" && !out.includes(clean)) out.push(clean);
	}
	return out;
}

/**
 * propertyLists reads the saved property names. Version 1 kept one name per property: a name the
 * user chose comes first and the names real vaults use stay behind it, so a renamed
 * `last-contact` keeps working and `last_contact` is read too.
 */
function propertyLists(saved: Record<string, unknown>): PropertyLists {
	const lists = {} as Record<keyof PropertyLists, readonly string[]>;
	for (const key of PROPERTY_KEYS) {
		const defaults = DEFAULT_PROPERTY_LISTS[key];
		const chosen = textList(own(saved, key));
		lists[key] = chosen.length === 0 ? defaults : Array.isArray(own(saved, key)) ? chosen : [...chosen, ...defaults.filter((n) => !chosen.includes(n))];
	}
	return lists;
}

/** A folder setting that is the whole vault or outside it: ignored, with a warning. */
function folderSetting(value: unknown, fallback: string): string {
	if (typeof value !== "string") return fallback;
	if (isOutsideVault(value)) return fallback;
	return normalizeFolderPath(value);
}

/**
 * migrateSettings turns whatever data.json holds (nothing, an older version, a hand-edited
 * file) into current settings: unknown keys are dropped, wrong types fall back to defaults,
 * folders outside the vault are dropped, and the defaults are never mutated.
 */
export function migrateSettings(saved: unknown): ManagingUpSettings {
	const data = isRecord(saved) ? saved : {};
	// Version 0 (before versions existed) kept a single `peopleFolder` string as the search scope.
	const version = typeof data.version === "number" ? data.version : 0;
	const savedProperties = isRecord(own(data, "properties")) ? (data.properties as Record<string, unknown>) : {};
	const cadences = isRecord(own(data, "defaultCadenceDays")) ? (data.defaultCadenceDays as Record<string, unknown>) : {};
	const defaults = DEFAULT_SETTINGS.defaultCadenceDays;
	let peopleFolders = textList(own(data, "peopleFolders")).filter((f) => !isOutsideVault(f)).map(normalizeFolderPath).filter((f) => f !== "");
	if (version < 1 && typeof data.peopleFolder === "string" && data.peopleFolder.trim() !== "" && peopleFolders.length === 0) {
		peopleFolders = [normalizeFolderPath(data.peopleFolder)].filter((f) => f !== "" && !isOutsideVault(f));
	}
	const savedRules = isRecord(own(data, "rules")) ? (data.rules as Record<string, unknown>) : {};
	const rules = { ...DEFAULT_RULES };
	for (const key of Object.keys(rules) as (keyof ConventionRules)[]) {
		const value = own(savedRules, key);
		if (typeof value === "boolean") rules[key] = value;
	}
	const personWords = textList(own(data, "personWords"));
	return {
		version: SETTINGS_VERSION,
		properties: propertyLists(savedProperties),
		peopleFolders,
		agendaFolder: folderSetting(own(data, "agendaFolder"), DEFAULT_SETTINGS.agendaFolder),
		templatesFolder: folderSetting(own(data, "templatesFolder"), DEFAULT_SETTINGS.templatesFolder),
		peopleFolder: folderSetting(own(data, "peopleFolder"), DEFAULT_SETTINGS.peopleFolder),
		defaultCadenceDays: {
			high: wholeNumber(cadences.high, defaults.high, 1),
			medium: wholeNumber(cadences.medium, defaults.medium, 1),
			low: wholeNumber(cadences.low, defaults.low, 1),
			unset: wholeNumber(cadences.unset, defaults.unset, 1),
		},
		dueSoonDays: wholeNumber(own(data, "dueSoonDays"), DEFAULT_SETTINGS.dueSoonDays, 0),
		rules,
		personWords: personWords.length === 0 ? DEFAULT_PERSON_WORDS : personWords,
		me: text(own(data, "me"), "").trim(),
		// Added within version 2: absent in older files, so "What it found" shows once more.
		foundDismissed: own(data, "foundDismissed") === true,
		// Added within version 2 too: absent in older files, so the default file name.
		calendarFile: calendarFilePath(own(data, "calendarFile")),
		// Added within version 2 (an added key with a default needs no step): absent or not a whole number of days, 60.
		skipLevelDays: wholeNumber(own(data, "skipLevelDays"), DEFAULT_SETTINGS.skipLevelDays, 1),
	};
}

/** settingsWarnings says, in a sentence each, which saved folders were ignored: the whole vault (`/`) or outside it (`..`). */
export function settingsWarnings(saved: unknown): string[] {
	const data = isRecord(saved) ? saved : {};
	const warnings: string[] = [];
	const check = (key: string, value: unknown): void => {
		if (typeof value !== "string" || value.trim() === "") return;
		if (isOutsideVault(value)) warnings.push(`${key}: '${value}' is outside the vault; it is ignored`);
		else if (normalizeFolderPath(value) === "" && key !== "peopleFolder") warnings.push(`${key}: '${value}' is the whole vault, not a folder; it is ignored`);
	};
	check("templatesFolder", own(data, "templatesFolder"));
	check("agendaFolder", own(data, "agendaFolder"));
	check("peopleFolder", own(data, "peopleFolder"));
	const folders = own(data, "peopleFolders");
	if (Array.isArray(folders)) for (const folder of folders) check("peopleFolders", folder);
	const calendar = own(data, "calendarFile");
	if (typeof calendar === "string" && isOutsideVault(calendar)) warnings.push(`calendarFile: '${calendar}' is outside the vault; it is ignored`);
	return warnings;
}
