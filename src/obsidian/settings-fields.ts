import { calendarFilePath } from "../core/calendar";
import { DEFAULT_SETTINGS, type ManagingUpSettings } from "../settings";

/** One setting of the settings tab: how to show it, read it from the settings and write it back. */
export interface Field {
	key: string;
	name: string;
	desc: string;
	kind: "text" | "textarea" | "number";
	placeholder: string;
	/** Smallest whole number allowed (number fields). */
	min?: number;
	get: (settings: ManagingUpSettings) => string | number;
	set: (settings: ManagingUpSettings, value: string | number) => ManagingUpSettings;
}

/** The calendar file: where "Export follow-ups to calendar" writes; always an `.ics` path inside the vault. */
export const CALENDAR_FILE_FIELD: Field = {
	key: "calendarFile",
	name: "Calendar file",
	desc: "Where the export of follow-ups to your calendar is written, as an .ics file to import or share. Leave empty for the default.",
	kind: "text",
	placeholder: DEFAULT_SETTINGS.calendarFile,
	get: (s) => s.calendarFile,
	set: (s, value) => ({ ...s, calendarFile: calendarFilePath(String(value)) }),
};
