import { Notice, TFile, TFolder, normalizePath, type App, type Plugin, type TAbstractFile } from "obsidian";
import { foldPath } from "../core/agenda";
import { calendarExport, calendarFilePath } from "../core/calendar";
import { todayIso } from "../core/dates";
import { isOurCalendar } from "../core/ics";
import type { IsoDate, Report } from "../core/types";
import { messageOf } from "../core/unknown";
import { plural } from "../core/words";
import type { ManagingUpSettings } from "../settings";

/** What "Export follow-ups to calendar" needs: exactly these services, passed in. */
export interface CalendarExportDeps {
	app: App;
	/** The stakeholder index: the report of a day, once the notes have been read. */
	index: { report(today: IsoDate): Report; readonly isBuilt: boolean };
	settings: () => ManagingUpSettings;
	/** The clock, read at the edge; defaults to the machine's. */
	now?: () => Date;
}

/** What an export did: written (created or replaced), or refused with the reason shown. */
export type ExportOutcome = { written: "created" | "replaced"; path: string; events: number } | { refused: string };

/** existingAt finds what is at a path, as a case-insensitive file system would (`managing up.ics` is `Managing Up.ics` on macOS). */
function existingAt(app: App, path: string): TAbstractFile | null {
	const exact = app.vault.getAbstractFileByPath(path);
	if (exact !== null) return exact;
	const wanted = foldPath(path);
	return app.vault.getFiles().find((file) => foldPath(file.path) === wanted) ?? null;
}

/**
 * exportCalendar writes the calendar file into the vault (on a phone, it is shared from there):
 * created when missing, replaced when it is a calendar the plugin wrote (it starts with our
 * PRODID), and never written over anything else. Tells the user with a notice either way.
 */
export async function exportCalendar(deps: CalendarExportDeps): Promise<ExportOutcome> {
	const refuse = (reason: string): ExportOutcome => {
		new Notice(reason);
		return { refused: reason };
	};
	const { app } = deps;
	// An index still reading the notes would write an empty calendar over a full one.
	if (!deps.index.isBuilt) return refuse("Your notes are still being read; export the calendar again in a moment.");
	const now = deps.now ? deps.now() : new Date();
	const path = normalizePath(calendarFilePath(deps.settings().calendarFile));
	try {
		const { text, events } = calendarExport(deps.index.report(todayIso(now)), app.vault.getName(), now.toISOString());
		const existing = existingAt(app, path);
		let written: "created" | "replaced";
		if (existing instanceof TFolder) return refuse(`${path} is a folder, so no calendar was written; choose another calendar file in the settings.`);
		if (existing instanceof TFile) {
			if (!isOurCalendar(await app.vault.read(existing))) {
				return refuse(`${existing.path} was not written by Managing Up, so it was left as it is; choose another calendar file in the settings.`);
			}
			await app.vault.modify(existing, text);
			written = "replaced";
		} else {
			const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
			if (folder !== "" && app.vault.getAbstractFileByPath(folder) === null) await app.vault.createFolder(folder);
			await app.vault.create(path, text);
			written = "created";
		}
		const where = existing?.path ?? path;
		new Notice(events.length === 0 ? `No follow-ups to export: ${where} has no events.` : `Exported ${plural(events.length, "event")} to ${where}.`);
		return { written, path: where, events: events.length };
	} catch (error) {
		return refuse(`Could not export the calendar to ${path}: ${messageOf(error)}`);
	}
}

/** registerCalendarExport adds "Export follow-ups to calendar" (stable id, no default hotkey). */
export function registerCalendarExport(plugin: Plugin, deps: CalendarExportDeps): void {
	plugin.addCommand({
		id: "export-calendar",
		name: "Export follow-ups to calendar",
		callback: () => void exportCalendar(deps),
	});
}
