import type { Plugin as ObsidianPlugin } from "obsidian";
import manifest from "../../manifest.json";
import { DEFAULT_CORE_SETTINGS } from "../../src/core/types";
import type { BasesDeps } from "../../src/obsidian/bases";
import { registerBasesViews } from "../../src/obsidian/bases";
import { App, BasesEntry, BasesViewConfig, Plugin, QueryController, TFile } from "../mock/obsidian";
import { HOSTILE, TODAY, VAULT, reportOf } from "./harness";

/**
 * Bases views in a real browser: the plugin's registration on the mock's Plugin, each view
 * mounted by a QueryController stand-in on rows of a base, the index's report made from the
 * realistic vault. A base of people is rarely only the plugin's people: it has a client the
 * index does not know, and rows with broken and hostile values.
 */

/** Rows the index does not know as people: read from their own values. */
export const OTHER_ROWS: Record<string, Record<string, unknown>> = {
	"Clients/Lee Wong.md": { role: "CTO, Acme", influence: "high", interest: "high", "last-contact": "2026-11-20", "follow-up": "2026-11-25", "follow-up-note": "Send the proposal" },
	"Clients/Ines Roth.md": { role: "Buyer", influence: 2, interest: "medium", "last-contact": "2026-02-30", cadence: "monthly" },
	"Clients/Hostile.md": { person: HOSTILE, role: HOSTILE, influence: HOSTILE, "last-contact": HOSTILE },
};

/** The base's rows: the vault's people (their notes' values, as Bases reads them), then the other rows. */
export function baseRows(paths: readonly string[] = [...Object.keys(VAULT).filter((p) => p.startsWith("People/")), ...Object.keys(OTHER_ROWS)]): BasesEntry[] {
	const app = new App();
	return paths.map((path) => new BasesEntry(new TFile(path, app.vault), VAULT[path] ?? OTHER_ROWS[path] ?? {}));
}

/** What a Bases view asked of the host: notes opened, contacts logged. */
export interface BasesCalls {
	opened: string[];
	logged: string[];
}

/** mountBasesView registers the views and mounts one of them in a pane of the given width. */
export function mountBasesView(kind: "map" | "status", containerEl: HTMLElement, rows: BasesEntry[] = baseRows(), options: Record<string, unknown> = {}): { controller: QueryController; calls: BasesCalls } {
	const app = new App();
	const plugin = new (class extends Plugin {})(app, manifest);
	plugin.load();
	const calls: BasesCalls = { opened: [], logged: [] };
	const report = reportOf(VAULT);
	const deps: BasesDeps = {
		host: {
			today: () => TODAY,
			ready: () => true,
			report: () => report,
			onChange: () => () => undefined,
			openNote: (path) => {
				calls.opened.push(path);
				return Promise.resolve();
			},
			logContactToday: (path) => {
				calls.logged.push(path);
				return Promise.resolve();
			},
			newAgenda: null,
		},
		settings: () => DEFAULT_CORE_SETTINGS,
	};
	// The one cast to a real type: the mock Plugin stands in for Obsidian's.
	registerBasesViews(plugin as unknown as ObsidianPlugin, deps);
	const registration = app.basesViews.get(kind === "map" ? "managing-up-map" : "managing-up-status");
	if (registration === undefined) throw new Error("the Bases views were not registered");
	const controller = new QueryController(new BasesViewConfig(kind === "map" ? "Stakeholder map" : "Stakeholder status", options), rows);
	controller.mount(registration.factory, containerEl);
	return { controller, calls };
}
