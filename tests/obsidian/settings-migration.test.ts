import { describe, expect, it } from "vitest";
import { DEFAULT_PROPERTY_LISTS, DEFAULT_RULES } from "../../src/core/types";
import { DEFAULT_SETTINGS, SETTINGS_VERSION, migrateSettings, settingsWarnings } from "../../src/settings";
import { readSettings } from "../../src/cli/vault";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** data.json as version 1 of the plugin saved it: one name per property. */
const VERSION_1 = {
	version: 1,
	properties: { ...Object.fromEntries(Object.entries(DEFAULT_PROPERTY_LISTS).map(([k, v]) => [k, v[0]])), lastContact: "lastSpoke", person: "person" },
	peopleFolders: ["Team"],
	agendaFolder: "1-1s",
	templatesFolder: "Templates",
	peopleFolder: "People",
	defaultCadenceDays: { high: 10, medium: 30, low: 90, unset: 30 },
	dueSoonDays: 5,
};

describe("settings migration to version 2 (property names become lists)", () => {
	it("puts a renamed version 1 name first and keeps the names real vaults use behind it", () => {
		const settings = migrateSettings(VERSION_1);
		expect(settings.version).toBe(SETTINGS_VERSION);
		expect(settings.properties.lastContact).toEqual(["lastSpoke", ...DEFAULT_PROPERTY_LISTS.lastContact]);
		expect(settings.properties.person).toEqual(DEFAULT_PROPERTY_LISTS.person);
		expect(settings.properties.attendees).toEqual(DEFAULT_PROPERTY_LISTS.attendees);
		expect(settings).toMatchObject({ peopleFolders: ["Team"], templatesFolder: "Templates", dueSoonDays: 5, rules: DEFAULT_RULES, me: "" });
	});

	it("keeps version 2 lists as they are, and is idempotent", () => {
		const once = migrateSettings({ ...VERSION_1, version: 2, properties: { lastContact: ["seen", "last_contact"] }, rules: { peopleFolders: false }, me: " Jason Vallery " });
		expect(once.properties.lastContact).toEqual(["seen", "last_contact"]);
		expect(once.rules).toEqual({ ...DEFAULT_RULES, peopleFolders: false });
		expect(once.me).toBe("Jason Vallery");
		expect(migrateSettings(JSON.parse(JSON.stringify(once)))).toEqual(once);
	});

	it("never reads Object.prototype's names as settings (issue 10, item 10)", () => {
		const hostile = JSON.parse('{"properties":{"person":"constructor","__proto__":{"x":1},"toString":"y"},"rules":{"__proto__":{"templates":false}}}') as unknown;
		const settings = migrateSettings(hostile);
		// Unversioned data.json is version 0: a single name comes first, the defaults stay behind it.
		expect(settings.properties.person).toEqual(["constructor", "person"]);
		expect(settings.rules).toEqual(DEFAULT_RULES);
		expect(Object.keys(settings.properties)).toEqual(Object.keys(DEFAULT_PROPERTY_LISTS));
	});

	it("drops folders that are the whole vault or outside it, and says so (issue 10, item 9)", () => {
		const saved = { templatesFolder: "/", peopleFolders: ["../Elsewhere", "People", "C:/x"], agendaFolder: "../../etc" };
		const settings = migrateSettings(saved);
		expect(settings.templatesFolder).toBe("");
		expect(settings.peopleFolders).toEqual(["People"]);
		expect(settings.agendaFolder).toBe(DEFAULT_SETTINGS.agendaFolder);
		expect(settingsWarnings(saved)).toEqual([
			"templatesFolder: '/' is the whole vault, not a folder; it is ignored",
			"agendaFolder: '../../etc' is outside the vault; it is ignored",
			"peopleFolders: '../Elsewhere' is outside the vault; it is ignored",
			"peopleFolders: 'C:/x' is outside the vault; it is ignored",
		]);
	});

	it("the CLI reads data.json through the same migration, and prints the warnings", () => {
		const root = mkdtempSync(join(tmpdir(), "managing-up-settings-"));
		mkdirSync(join(root, ".obsidian/plugins/managing-up"), { recursive: true });
		writeFileSync(join(root, ".obsidian/plugins/managing-up/data.json"), JSON.stringify({ ...VERSION_1, templatesFolder: "/" }));
		const { settings, warnings } = readSettings(root);
		expect(settings).toEqual(migrateSettings({ ...VERSION_1, templatesFolder: "/" }));
		expect(warnings).toEqual(["warning: .obsidian/plugins/managing-up/data.json: templatesFolder: '/' is the whole vault, not a folder; it is ignored"]);
	});
});

describe("the calendar file setting (added within version 2)", () => {
	it("is Managing Up.ics when data.json has none, as older versions saved it", () => {
		expect(DEFAULT_SETTINGS.calendarFile).toBe("Managing Up.ics");
		expect(migrateSettings(VERSION_1).calendarFile).toBe("Managing Up.ics");
		expect(migrateSettings(undefined).calendarFile).toBe("Managing Up.ics");
	});

	it.each([
		["Calendar/Follow-ups.ics", "Calendar/Follow-ups.ics"],
		["  Calendar\\\\Follow-ups.ICS ", "Calendar/Follow-ups.ICS"],
		// Never a note: the extension is added.
		["Calendar/Follow-ups", "Calendar/Follow-ups.ics"],
		["Notes/Jane.md", "Notes/Jane.md.ics"],
		["/", "Managing Up.ics"],
		["", "Managing Up.ics"],
		["../outside.ics", "Managing Up.ics"],
		[42, "Managing Up.ics"],
	])("reads %j as %j", (saved, path) => {
		const settings = migrateSettings({ version: 2, calendarFile: saved });
		expect(settings.calendarFile).toBe(path);
		expect(migrateSettings(JSON.parse(JSON.stringify(settings)))).toEqual(settings);
	});

	it("says when it is outside the vault", () => {
		expect(settingsWarnings({ calendarFile: "../outside.ics" })).toEqual(["calendarFile: '../outside.ics' is outside the vault; it is ignored"]);
	});
});

describe("the skip-level days setting (added within version 2)", () => {
	it.each([
		[{}, 60],
		[{ version: 1 }, 60],
		[{ version: 2, skipLevelDays: 90 }, 90],
		[{ version: 2, skipLevelDays: 0 }, 60],
		[{ version: 2, skipLevelDays: "30" }, 60],
		[{ version: 2, skipLevelDays: 45.5 }, 60],
	])("%j gives %i days", (saved, days) => {
		expect(migrateSettings(saved).skipLevelDays).toBe(days);
	});

	it("never changes the defaults", () => {
		migrateSettings({ skipLevelDays: 90 });
		expect(DEFAULT_SETTINGS.skipLevelDays).toBe(60);
	});
});
