import { DEFAULT_CORE_SETTINGS, DEFAULT_PROPERTY_NAMES, type CoreSettings, type DefaultCadences, type PropertyNames } from "./core/types";

/** The current version of the saved settings; bump it and add a step to `migrateSettings` when the shape changes. */
export const SETTINGS_VERSION = 1;

/** Everything the plugin saves in data.json. */
export interface ManagingUpSettings extends CoreSettings {
	/** Shape version of these settings, for migrations. */
	version: number;
	/** The property names to read and write. */
	properties: PropertyNames;
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
}

export const DEFAULT_SETTINGS: Readonly<ManagingUpSettings> = Object.freeze({
	...DEFAULT_CORE_SETTINGS,
	version: SETTINGS_VERSION,
	properties: DEFAULT_PROPERTY_NAMES,
	peopleFolders: [],
	agendaFolder: "1-1s",
	templatesFolder: "",
	peopleFolder: "People",
});

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown, fallback: string): string {
	return typeof value === "string" ? value : fallback;
}

function wholeNumber(value: unknown, fallback: number, min: number): number {
	return typeof value === "number" && Number.isInteger(value) && value >= min ? value : fallback;
}

/**
 * migrateSettings turns whatever data.json holds (nothing, an older version, a hand-edited
 * file) into current settings: unknown keys are dropped, wrong types fall back to defaults,
 * and the defaults are never mutated.
 */
export function migrateSettings(saved: unknown): ManagingUpSettings {
	const data = isRecord(saved) ? saved : {};
	// Version 0 (before versions existed) kept a single `peopleFolder` string as the search scope.
	const version = typeof data.version === "number" ? data.version : 0;
	const savedProperties = isRecord(data.properties) ? data.properties : {};
	const properties = { ...DEFAULT_PROPERTY_NAMES };
	for (const key of Object.keys(properties) as (keyof PropertyNames)[]) {
		const value = savedProperties[key];
		if (typeof value === "string" && value.trim() !== "") properties[key] = value.trim();
	}
	const cadences = isRecord(data.defaultCadenceDays) ? data.defaultCadenceDays : {};
	const defaults = DEFAULT_SETTINGS.defaultCadenceDays;
	let peopleFolders = Array.isArray(data.peopleFolders)
		? data.peopleFolders.filter((f): f is string => typeof f === "string" && f.trim() !== "")
		: [];
	if (version < 1 && typeof data.peopleFolder === "string" && data.peopleFolder.trim() !== "" && peopleFolders.length === 0) {
		peopleFolders = [data.peopleFolder.trim()];
	}
	return {
		version: SETTINGS_VERSION,
		properties,
		peopleFolders,
		agendaFolder: text(data.agendaFolder, DEFAULT_SETTINGS.agendaFolder),
		templatesFolder: text(data.templatesFolder, DEFAULT_SETTINGS.templatesFolder),
		peopleFolder: text(data.peopleFolder, DEFAULT_SETTINGS.peopleFolder),
		defaultCadenceDays: {
			high: wholeNumber(cadences.high, defaults.high, 1),
			medium: wholeNumber(cadences.medium, defaults.medium, 1),
			low: wholeNumber(cadences.low, defaults.low, 1),
			unset: wholeNumber(cadences.unset, defaults.unset, 1),
		},
		dueSoonDays: wholeNumber(data.dueSoonDays, DEFAULT_SETTINGS.dueSoonDays, 0),
	};
}
