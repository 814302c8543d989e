import { setImmediate } from "node:timers/promises";
import { beforeEach, describe, expect, it } from "vitest";
import type { Plugin as ObsidianPlugin } from "obsidian";
import { App, Plugin, notices } from "../mock/obsidian";
import { exportCalendar, registerCalendarExport, type CalendarExportDeps } from "../../src/obsidian/calendar-export";
import { DEFAULT_SETTINGS, type ManagingUpSettings } from "../../src/settings";
import { parseCalendar } from "../core/calendar-helpers";
import { cli, fixture, repoRoot } from "../cli/helpers";
import { makeApp, makeIndex, obsidianApp, vaultFiles } from "./helpers";

/** "Export follow-ups to calendar" through the mock: creates its file, replaces only its own, and says how many events. */

const VAULT = fixture("vault-follow-up");
const NOW = new Date(2026, 10, 23, 12, 0);

async function setup(options: { files?: Record<string, string>; settings?: Partial<ManagingUpSettings> } = {}) {
	const app = await makeApp({ ...vaultFiles(`${repoRoot}/${VAULT}`), ...options.files });
	app.vault.name = "vault-follow-up";
	const current = { ...DEFAULT_SETTINGS, ...options.settings };
	const { index } = makeIndex(app, () => current);
	const deps: CalendarExportDeps = { app: obsidianApp(app), index, settings: () => current, now: () => NOW };
	return { app, deps };
}

function read(app: App, path: string): string | null {
	const file = app.vault.getFileByPath(path);
	return file === null ? null : app.vault.readSync(file);
}

beforeEach(() => {
	notices.length = 0;
});

describe("Export follow-ups to calendar", () => {
	it("creates Managing Up.ics with the same calendar as managing-up calendar", async () => {
		const { app, deps } = await setup();
		expect(await exportCalendar(deps)).toEqual({ written: "created", path: "Managing Up.ics", events: 7 });
		const written = read(app, "Managing Up.ics");
		expect(written).toBe((await cli(["calendar", VAULT, "--today", "2026-11-23"])).stdout);
		expect(parseCalendar(written ?? "").events).toHaveLength(7);
		expect(notices).toEqual(["Exported 7 events to Managing Up.ics."]);
	});

	it("is a command", async () => {
		const { app, deps } = await setup();
		const plugin = new Plugin(app, { id: "managing-up", name: "Managing Up", version: "0.1.0", minAppVersion: "1.7.2" });
		plugin.load();
		registerCalendarExport(plugin as unknown as ObsidianPlugin, deps);
		const command = app.commands.commands["managing-up:export-calendar"];
		expect(command?.name).toBe("Export follow-ups to calendar");
		command?.callback?.();
		await setImmediate();
		expect(read(app, "Managing Up.ics")).toContain("BEGIN:VEVENT");
	});

	it("replaces its own file the next time, with the same UIDs", async () => {
		const { app, deps } = await setup();
		await exportCalendar(deps);
		const first = parseCalendar(read(app, "Managing Up.ics") ?? "").events.map((e) => e.uid);
		const later = { ...deps, now: () => new Date(2026, 10, 23, 18, 0) };
		expect(await exportCalendar(later)).toEqual({ written: "replaced", path: "Managing Up.ics", events: 7 });
		expect(parseCalendar(read(app, "Managing Up.ics") ?? "").events.map((e) => e.uid)).toEqual(first);
		expect(app.vault.getFiles().filter((f) => f.extension === "ics")).toHaveLength(1);
	});

	it.each([
		["Managing Up.ics", "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nEND:VCALENDAR\r\n"],
		["managing up.ics", "my own notes in a file that happens to have this name\n"],
	])("never writes over %j when another program wrote it", async (path, theirs) => {
		const { app, deps } = await setup({ files: { [path]: theirs } });
		expect(await exportCalendar(deps)).toEqual({ refused: `${path} was not written by Managing Up, so it was left as it is; choose another calendar file in the settings.` });
		expect(read(app, path)).toBe(theirs);
		expect(app.vault.getFiles().filter((f) => f.extension === "ics").map((f) => f.path)).toEqual([path]);
		expect(notices).toHaveLength(1);
	});

	it("replaces its own file under another case", async () => {
		const ours = "BEGIN:VCALENDAR\nPRODID:-//Managing Up//Obsidian plugin//EN\nEND:VCALENDAR\n";
		const { app, deps } = await setup({ files: { "managing up.ics": ours } });
		expect(await exportCalendar(deps)).toEqual({ written: "replaced", path: "managing up.ics", events: 7 });
		expect(read(app, "Managing Up.ics")).toBeNull();
	});

	it("writes into a folder the setting names, creating it", async () => {
		const { app, deps } = await setup({ settings: { calendarFile: "Calendars/Work follow-ups.ics" } });
		expect(await exportCalendar(deps)).toMatchObject({ written: "created", path: "Calendars/Work follow-ups.ics" });
		expect(app.vault.getFolderByPath("Calendars")).not.toBeNull();
		expect(notices).toEqual(["Exported 7 events to Calendars/Work follow-ups.ics."]);
	});

	it("refuses a folder at the path", async () => {
		const { app, deps } = await setup();
		await app.vault.createFolder("Managing Up.ics");
		expect(await exportCalendar(deps)).toEqual({ refused: "Managing Up.ics is a folder, so no calendar was written; choose another calendar file in the settings." });
	});

	it("waits for the notes to be read, so an empty calendar never replaces a full one", async () => {
		const { app, deps } = await setup();
		expect(await exportCalendar({ ...deps, index: { isBuilt: false, report: deps.index.report.bind(deps.index) } })).toEqual({
			refused: "Your notes are still being read; export the calendar again in a moment.",
		});
		expect(read(app, "Managing Up.ics")).toBeNull();
	});

	it("says when there is nothing to export", async () => {
		const app = await makeApp({ "Notes/Ideas.md": "no properties\n" });
		const { index } = makeIndex(app);
		const deps: CalendarExportDeps = { app: obsidianApp(app), index, settings: () => DEFAULT_SETTINGS, now: () => NOW };
		expect(await exportCalendar(deps)).toEqual({ written: "created", path: "Managing Up.ics", events: 0 });
		expect(notices).toEqual(["No follow-ups to export: Managing Up.ics has no events."]);
	});
});
