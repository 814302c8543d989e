/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/core/report";
import { pathResolver } from "../../src/core/links";
import { coreSettings, DEFAULT_SETTINGS } from "../../src/settings";
import { readingFromCache } from "../../src/obsidian/index";
import { computeCache } from "../mock/obsidian";
import { Harness, mount } from "./harness";

/**
 * The fixture vaults of tests/fixtures/conventions/, read in real Chromium the way the plugin
 * reads them (each note's metadata cache, then the plugin's readingFromCache), drawn as the
 * dashboard draws them: the People list shows exactly the people of each answer key, with the
 * names as the vault writes them, and What it found counts them.
 */

const notes = import.meta.glob<string>("../fixtures/conventions/*/**/*.md", { query: "?raw", import: "default", eager: true });
const configs = import.meta.glob<string>("../fixtures/conventions/*/.obsidian/**/*.json", { query: "?raw", import: "default", eager: true });
const keys = import.meta.glob<{ people: { path: string; person: string }[]; today: string }>("../fixtures/conventions/*/expected.json", {
	import: "default",
	eager: true,
});

function vaultOf(key: string): string {
	return key.split("/")[3] ?? "";
}

function jsonOf(vault: string, path: string): Record<string, unknown> | null {
	const text = configs[`../fixtures/conventions/${vault}/.obsidian/${path}`];
	return text === undefined ? null : (JSON.parse(text) as Record<string, unknown>);
}

const vaults = Object.keys(keys).map(vaultOf).sort();

describe.each(vaults)("the %s vault in the dashboard", (vault) => {
	it("lists exactly the people of its answer key, by their names, and says how many it found", () => {
		const expected = keys[`../fixtures/conventions/${vault}/expected.json`];
		if (expected === undefined) throw new Error(`no answer key for ${vault}`);
		const prefix = `../fixtures/conventions/${vault}/`;
		const paths = Object.keys(notes).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
		const folders = [jsonOf(vault, "templates.json")?.folder, jsonOf(vault, "plugins/templater-obsidian/data.json")?.templates_folder];
		const filters = jsonOf(vault, "app.json")?.userIgnoreFilters;
		const settings = coreSettings(
			DEFAULT_SETTINGS,
			{
				templateFolders: folders.filter((f): f is string => typeof f === "string"),
				ignoreFilters: Array.isArray(filters) ? filters.filter((f): f is string => typeof f === "string") : [],
			},
		);
		const readings = paths.map((path) => readingFromCache(path, computeCache(notes[prefix + path] ?? ""), settings));
		const report = buildReport(readings, pathResolver(paths), settings, expected.today);
		const h = new Harness(mount(360), report, { readings }).draw();
		while (h.container.querySelector(".managing-up-section-people .managing-up-show-more") !== null) h.controls.showMore("people");
		h.draw();
		const shown = Array.from(h.container.querySelectorAll(".managing-up-section-people .managing-up-person-name"), (el) => el.textContent ?? "");
		expect(shown.sort()).toEqual(expected.people.map((p) => p.person).sort());
		const found = h.container.querySelector(".managing-up-found")?.textContent ?? "";
		expect(found).toContain(`${expected.people.length} ${expected.people.length === 1 ? "person" : "people"}`);
	});
});
