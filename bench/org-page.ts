/**
 * The Org section's part of the dashboard benchmark page: on the bench vault, you are the
 * manager most people report to (the largest team), and the page times what the section costs:
 * the report's recompute after one person's `reports-to` changes (OrgBuilder re-resolves that
 * person and redraws the chart from the people around you), the view model, and its DOM with the
 * browser's layout.
 */
import { DEFAULT_CORE_SETTINGS, type NoteReading } from "../src/core/types";
import { IncrementalReport } from "../src/core/incremental";
import { readNote } from "../src/core/read";
import { pathResolver } from "../src/core/links";
import { buildOrgSection } from "../src/core/viewmodel/org";
import { renderOrg } from "../src/obsidian/render-org";
import type { DashboardHandlers } from "../src/obsidian/render";

const TODAY = "2026-11-23";

/** What the page measured for the Org section, in milliseconds (medians). */
export interface OrgResult {
	people: number;
	peers: number;
	reports: number;
	changeReportMs: number;
	modelMs: number;
	domMs: number;
	layoutMs: number;
}

declare global {
	interface Window {
		runOrgBench: (warmup: number, runs: number) => OrgResult;
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

window.runOrgBench = (warmup: number, runs: number): OrgResult => {
	const notes = window.BENCH_NOTES;
	const resolve = pathResolver(notes.map((note) => note.path));
	const readingOf = (path: string, frontmatter: unknown, settings = DEFAULT_CORE_SETTINGS): NoteReading => readNote(path, frontmatter, settings);
	const first = new IncrementalReport();
	for (const note of notes) if (note.error === null) first.set(note.path, readingOf(note.path, note.frontmatter));
	const teams = new Map<string, number>();
	for (const s of first.report(resolve, DEFAULT_CORE_SETTINGS, TODAY).stakeholders) {
		if (s.reportsToPath !== null) teams.set(s.reportsToPath, (teams.get(s.reportsToPath) ?? 0) + 1);
	}
	const me = [...teams].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
	const settings = { ...DEFAULT_CORE_SETTINGS, me };
	const incremental = new IncrementalReport();
	for (const note of notes) if (note.error === null) incremental.set(note.path, readingOf(note.path, note.frontmatter, settings));
	let report = incremental.report(resolve, settings, TODAY);
	const people = notes.filter((note) => note.error === null && note.path !== me && incremental.get(note.path)?.record?.kind === "person");
	const handlers = new Proxy({}, { get: () => () => undefined }) as DashboardHandlers;
	const times = { change: [] as number[], model: [] as number[], dom: [] as number[], layout: [] as number[] };
	for (let i = 0; i < warmup + runs; i++) {
		// One person's manager changes: to you, then back, so your team keeps its size.
		const note = people[(i * 7919) % people.length];
		if (note === undefined) break;
		const frontmatter = { ...(note.frontmatter as Record<string, unknown>), "reports-to": i % 2 === 0 ? `[[${me.replace(/\.md$/, "")}]]` : "[[Nobody]]" };
		const t0 = performance.now();
		incremental.set(note.path, readingOf(note.path, frontmatter, settings));
		report = incremental.report(resolve, settings, TODAY);
		const t1 = performance.now();
		const section = buildOrgSection(report);
		const t2 = performance.now();
		document.body.empty();
		const pane = document.body.createDiv({ cls: "view-content managing-up-dashboard" });
		renderOrg(pane, section, handlers, { collapsed: new Set() });
		const t3 = performance.now();
		void pane.getBoundingClientRect().height;
		const t4 = performance.now();
		if (i < warmup) continue;
		times.change.push(t1 - t0);
		times.model.push(t2 - t1);
		times.dom.push(t3 - t2);
		times.layout.push(t4 - t3);
	}
	return {
		people: report.stakeholders.length,
		peers: report.org?.peers.length ?? 0,
		reports: report.org?.reports.length ?? 0,
		changeReportMs: median(times.change),
		modelMs: median(times.model),
		domMs: median(times.dom),
		layoutMs: median(times.layout),
	};
};
