/**
 * The dashboard benchmark page, bundled for Chromium with the view's own code: a report built
 * from a vault's frontmatter (as the index holds it), then the first render and the re-render
 * after one property change, timed in the page with performance.now().
 */
import "../tests/browser/setup";
import { DEFAULT_CORE_SETTINGS, type NoteReading } from "../src/core/types";
import { buildReport } from "../src/core/report";
import { IncrementalReport } from "../src/core/incremental";
import { readNote } from "../src/core/read";
import { pathResolver } from "../src/core/links";
import { buildDashboardModel } from "../src/core/viewmodel";
import { renderDashboard, type DashboardHandlers } from "../src/obsidian/render";
import "./org-page";

interface BenchNote {
	path: string;
	frontmatter: unknown;
	error: string | null;
}

/** What the page measured, in milliseconds and counts; each time the median of the runs. */
export interface DashboardResult {
	notes: number;
	stakeholders: number;
	/** The index build and the first report, in a fresh page. */
	coldBuildMs: number;
	/** Layout ready → first dashboard: coldBuildMs and the first render (model, DOM, layout). */
	coldStartMs: number;
	reportMs: number;
	firstModelMs: number;
	firstDomMs: number;
	firstLayoutMs: number;
	firstTotalMs: number;
	coldFirstTotalMs: number;
	changeReportMs: number;
	changeModelMs: number;
	changeDomMs: number;
	changeLayoutMs: number;
	elements: number;
	nodes: number;
}

/** Main-thread time from the start of a frame's work to the end of that frame (script, style, layout, paint). */
export interface FrameResult {
	firstFrameMs: number;
	changeFrameMs: number;
}

declare global {
	interface Window {
		BENCH_NOTES: BenchNote[];
		runDashboardBench: (warmup: number, runs: number, limits?: Limits) => DashboardResult;
		runFrameBench: (warmup: number, runs: number, limits?: Limits) => Promise<FrameResult>;
	}
}

/** How many rows of each list the view model builds (the view's "Show more" raises them), and which person changes. */
export interface Limits {
	peopleLimit?: number;
	followUpLimit?: number;
	problemLimit?: number;
	/**
	 * True: the changed person is one the first page shows (among the ten most urgent), so the
	 * People list, the follow-ups and the summary change. False: any person, most of whom are
	 * off the first page, so often only a count changes.
	 */
	changeShown?: boolean;
}

/** changedNote picks the note of the i-th change: any person, or one the dashboard shows. */
function changedNote(notes: readonly BenchNote[], people: readonly BenchNote[], report: ReturnType<typeof buildReport>, i: number, shown: boolean): BenchNote | undefined {
	if (!shown) return people[(i * 7919) % people.length];
	const path = report.stakeholders[i % 10]?.path;
	return notes.find((note) => note.path === path);
}

const TODAY = "2026-11-23";
const settings = DEFAULT_CORE_SETTINGS;
const noop = (): void => undefined;
const handlers: DashboardHandlers = {
	openNote: noop,
	completeFollowUp: noop,
	snoozeFollowUp: noop,
	completeCommitment: noop,
	openCommitment: noop,
	logContactToday: noop,
	newAgenda: noop,
	newStakeholder: noop,
	setFilter: noop,
	setSort: noop,
	setGroup: noop,
	showMore: noop,
	showPlace: noop,
	toggleSection: noop,
	setFoundDismissed: noop,
	createPersonNote: noop,
	setMe: noop,
};

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function readingOf(note: BenchNote, frontmatter: unknown = note.frontmatter): NoteReading {
	if (note.error !== null) return { record: null, problems: [{ path: note.path, key: null, value: null, message: note.error }] };
	return readNote(note.path, frontmatter, settings);
}

/** sidebar is a pane the size of Obsidian's right sidebar on a laptop. */
function sidebar(): HTMLElement {
	const pane = document.body.createDiv({ cls: "view-content" });
	pane.setAttr("data-width", 360);
	pane.setAttr("data-height", 700);
	return pane;
}

/** The dashboard as the view draws it: the model, then the DOM, then the browser's layout. */
function draw(container: HTMLElement, report: ReturnType<typeof buildReport>, limits: Limits): { model: number; dom: number; layout: number } {
	const t0 = performance.now();
	const model = buildDashboardModel(report, { filter: "", sort: "urgency", group: "none", today: TODAY, ...limits });
	const t1 = performance.now();
	renderDashboard(container, model, handlers);
	const t2 = performance.now();
	// Reading a size forces style and layout now, so they are counted in this render.
	void container.getBoundingClientRect().height;
	void document.body.offsetHeight;
	const t3 = performance.now();
	return { model: t1 - t0, dom: t2 - t1, layout: t3 - t2 };
}

window.runDashboardBench = (warmup: number, runs: number, limits: Limits = {}): DashboardResult => {
	const notes = window.BENCH_NOTES;
	const paths = notes.map((note) => note.path);
	// Layout ready → first dashboard, as the plugin does it the first time in a fresh page: the
	// index build (every note read), the first report, the first render; each the first run of its code.
	const buildStart = performance.now();
	const readings = new Map<string, NoteReading>(notes.map((note) => [note.path, readingOf(note)]));
	const resolve = pathResolver(paths);
	// What StakeholderIndex.report does: the report kept up to date one note at a time.
	const incremental = new IncrementalReport();
	for (const [path, reading] of readings) incremental.set(path, reading);
	const report = (): ReturnType<typeof buildReport> => incremental.report(resolve, settings, TODAY);
	const firstReport = report();
	const coldBuildMs = performance.now() - buildStart;
	const coldDraw = draw(sidebar(), firstReport, limits);
	const coldStartMs = coldBuildMs + coldDraw.model + coldDraw.dom + coldDraw.layout;
	document.body.empty();

	const reportTimes: number[] = [];
	let current = buildReport(readings.values(), resolve, settings, TODAY);
	for (let i = 0; i < warmup + runs; i++) {
		const start = performance.now();
		current = buildReport(readings.values(), resolve, settings, TODAY);
		if (i >= warmup) reportTimes.push(performance.now() - start);
	}
	report();

	// First render: a fresh pane each time.
	const first = { model: [] as number[], dom: [] as number[], layout: [] as number[], total: [] as number[] };
	const coldFirst = coldDraw.model + coldDraw.dom + coldDraw.layout;
	for (let i = 0; i < warmup + runs; i++) {
		document.body.empty();
		const t = draw(sidebar(), current, limits);
		if (i < warmup) continue;
		first.model.push(t.model);
		first.dom.push(t.dom);
		first.layout.push(t.layout);
		first.total.push(t.model + t.dom + t.layout);
	}
	const container = document.body.querySelector<HTMLElement>(".view-content") ?? sidebar();
	const elements = container.querySelectorAll("*").length;
	let nodes = 0;
	const walker = document.createTreeWalker(container, NodeFilter.SHOW_ALL);
	while (walker.nextNode()) nodes++;

	// Re-render after one property change: a person's last-contact moves, the index re-reads
	// that note, the report is recomputed and the open dashboard redraws.
	const people = notes.filter((note) => readings.get(note.path)?.record?.kind === "person");
	const change = { report: [] as number[], model: [] as number[], dom: [] as number[], layout: [] as number[] };
	for (let i = 0; i < warmup + runs; i++) {
		const note = changedNote(notes, people, current, i, limits.changeShown === true);
		if (!note) break;
		const frontmatter = { ...(note.frontmatter as Record<string, unknown>), "last-contact": `2026-11-${String(10 + (i % 10))}` };
		readings.set(note.path, readingOf(note, frontmatter));
		const start = performance.now();
		incremental.set(note.path, readings.get(note.path) ?? readingOf(note, frontmatter));
		current = report();
		const reportMs = performance.now() - start;
		const t = draw(container, current, limits);
		if (i < warmup) continue;
		change.report.push(reportMs);
		change.model.push(t.model);
		change.dom.push(t.dom);
		change.layout.push(t.layout);
	}
	return {
		notes: notes.length,
		stakeholders: current.stakeholders.length,
		coldBuildMs,
		coldStartMs,
		reportMs: median(reportTimes),
		firstModelMs: median(first.model),
		firstDomMs: median(first.dom),
		firstLayoutMs: median(first.layout),
		firstTotalMs: median(first.total),
		coldFirstTotalMs: coldFirst,
		changeReportMs: median(change.report),
		changeModelMs: median(change.model),
		changeDomMs: median(change.dom),
		changeLayoutMs: median(change.layout),
		elements,
		nodes,
	};
};

/**
 * inFrame runs the work at the start of an animation frame and resolves with the time until
 * that frame's rendering is done: a message posted from a requestAnimationFrame callback is
 * handled only after the frame's style, layout and paint, so nothing waits for vsync.
 */
function inFrame(work: () => void): Promise<number> {
	return new Promise((resolve) => {
		window.requestAnimationFrame(() => {
			const start = performance.now();
			work();
			const channel = new MessageChannel();
			channel.port1.onmessage = () => resolve(performance.now() - start);
			channel.port2.postMessage(null);
		});
	});
}

window.runFrameBench = async (warmup: number, runs: number, limits: Limits = {}): Promise<FrameResult> => {
	const notes = window.BENCH_NOTES;
	const readings = new Map<string, NoteReading>(notes.map((note) => [note.path, readingOf(note)]));
	const resolve = pathResolver(notes.map((note) => note.path));
	const report = (): ReturnType<typeof buildReport> => buildReport(readings.values(), resolve, settings, TODAY);
	const options = { filter: "", sort: "urgency" as const, group: "none" as const, today: TODAY, ...limits };
	let current = report();
	const first: number[] = [];
	for (let i = 0; i < warmup + runs; i++) {
		document.body.empty();
		const pane = sidebar();
		const ms = await inFrame(() => renderDashboard(pane, buildDashboardModel(current, options), handlers));
		if (i >= warmup) first.push(ms);
	}
	const container = document.body.querySelector<HTMLElement>(".view-content") ?? sidebar();
	const people = notes.filter((note) => readings.get(note.path)?.record?.kind === "person");
	const change: number[] = [];
	for (let i = 0; i < warmup + runs; i++) {
		const note = changedNote(notes, people, current, i, limits.changeShown === true);
		if (!note) break;
		const frontmatter = { ...(note.frontmatter as Record<string, unknown>), "last-contact": `2026-11-${String(10 + (i % 10))}` };
		readings.set(note.path, readingOf(note, frontmatter));
		current = report();
		const ms = await inFrame(() => renderDashboard(container, buildDashboardModel(current, options), handlers));
		if (i >= warmup) change.push(ms);
	}
	return { firstFrameMs: median(first), changeFrameMs: median(change) };
};
