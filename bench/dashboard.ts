import { resolve } from "node:path";
import { buildBenchPage } from "./page";
import { chromium } from "playwright";
import type { Row, Runs } from "./measure";
import type { ParsedNote } from "./notes";
import type { DashboardResult, FrameResult, Limits } from "./dashboard-page";

const OUT = "dist/bench/dashboard";

/**
 * The view draws the first page of each list (the view model's defaults); this is the same
 * dashboard after a few clicks on "Show more", to show what a longer list costs.
 */
const EXPANDED = { followUpLimit: 45, peopleLimit: 100, problemLimit: 30 };

/** Debian's Chromium, launched as the browser tests launch it (never a downloaded browser). */
const CHROMIUM = {
	executablePath: "/usr/bin/chromium",
	headless: true,
	args: [
		"--no-sandbox",
		"--disable-gpu",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--no-first-run",
		"--disable-quic",
	],
};

/** buildPage bundles the benchmark page (the view's code, Obsidian's DOM helpers, the stylesheets) with the vault's frontmatter. */
async function buildPage(notes: readonly ParsedNote[]): Promise<string> {
	await buildBenchPage({ out: OUT, name: "dashboard-page", dataGlobal: "BENCH_NOTES", data: notes, styles: resolve("styles.css") });
	return `file://${resolve(OUT, "index.html")}`;
}

/**
 * dashboardBenchmarks opens the dashboard in real Chromium over a vault's report and reads the
 * page's own timings: first render, re-render after one property change, DOM size.
 */
export async function dashboardBenchmarks(notes: readonly ParsedNote[], runs: Runs): Promise<Row[]> {
	const url = await buildPage(notes);
	const browser = await chromium.launch(CHROMIUM);
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const errors: string[] = [];
		page.on("pageerror", (error) => errors.push(error.message));
		await page.goto(url);
		if (errors.length > 0) throw new Error(`the benchmark page failed: ${errors.join("; ")}`);
		const measure = (limits: Limits): Promise<DashboardResult> =>
			page.evaluate(([w, n, l]) => window.runDashboardBench(w, n, l), [runs.warmup, runs.runs, limits] as const);
		const frames = (limits: Limits): Promise<FrameResult> =>
			page.evaluate(([w, n, l]) => window.runFrameBench(w, n, l), [runs.warmup, runs.runs, limits] as const);
		const r = await measure({});
		const f = await frames({});
		// A change to a person the first page shows: the summary is drawn anew, and People and the
		// follow-ups are updated in place (that person's rows drawn anew, the others kept).
		const shown = await measure({ changeShown: true });
		const shownFrames = await frames({ changeShown: true });
		// The same after "Show more" was clicked a few times.
		const s = await measure(EXPANDED);
		const sf = await frames(EXPANDED);
		const o = await page.evaluate(([w, n]) => window.runOrgBench(w, n), [runs.warmup, runs.runs] as const);
		const row = (name: string, value: number, unit: Row["unit"], goal: number | null = null, note?: string): Row => ({
			group: "dashboard",
			name,
			notes: r.notes,
			value,
			unit,
			goal,
			...(note ? { note } : {}),
		});
		const parts = (model: number, dom: number, layout: number): string =>
			`${model.toFixed(1)} model + ${dom.toFixed(1)} DOM + ${layout.toFixed(1)} layout`;
		const screens = `${EXPANDED.followUpLimit} follow-ups, ${EXPANDED.peopleLimit} people, ${EXPANDED.problemLimit} problems shown`;
		return [
			row("layout ready → first dashboard: index build, first report and first render, in a fresh page", r.coldStartMs, "ms", 50, `${r.coldBuildMs.toFixed(1)} index build and report`),
			row("first render from the index's report", r.firstTotalMs, "ms", 50, parts(r.firstModelMs, r.firstDomMs, r.firstLayoutMs)),
			row("first render, cold (first ever, before the JIT warms up)", r.coldFirstTotalMs, "ms"),
			row(
				"re-render after one property change (view: model + DOM + layout)",
				r.changeModelMs + r.changeDomMs + r.changeLayoutMs,
				"ms",
				16,
				parts(r.changeModelMs, r.changeDomMs, r.changeLayoutMs),
			),
			row("report recompute after one property change (index.report)", r.changeReportMs, "ms", null, "IncrementalReport after one note changed, before the re-render"),
			row("re-render after one property change, report recompute included", r.changeReportMs + r.changeModelMs + r.changeDomMs + r.changeLayoutMs, "ms", 16),
			row("first render to the end of its frame (style, layout, paint)", f.firstFrameMs, "ms", 50, "rendered inside requestAnimationFrame"),
			row("re-render after one change to the end of its frame", f.changeFrameMs, "ms", 16, "report recompute not included; any person, most are off the first page"),
			row(
				"re-render after a change to a person the first page shows (view: model + DOM + layout)",
				shown.changeModelMs + shown.changeDomMs + shown.changeLayoutMs,
				"ms",
				16,
				parts(shown.changeModelMs, shown.changeDomMs, shown.changeLayoutMs),
			),
			row("re-render after a change to a person the first page shows, to the end of its frame", shownFrames.changeFrameMs, "ms", 16),
			row("DOM elements of the dashboard", r.elements, "nodes", null, `${r.nodes} nodes with text; ${r.stakeholders.toLocaleString("en-US")} stakeholders; the first page of each list`),
			row(`first render after Show more, ${screens}`, s.firstTotalMs, "ms", null, parts(s.firstModelMs, s.firstDomMs, s.firstLayoutMs)),
			row(
				`re-render after one change after Show more, ${screens}`,
				s.changeModelMs + s.changeDomMs + s.changeLayoutMs,
				"ms",
				null,
				parts(s.changeModelMs, s.changeDomMs, s.changeLayoutMs),
			),
			row(`re-render after one change to the end of its frame after Show more, ${screens}`, sf.changeFrameMs, "ms"),
			row(`DOM elements after Show more, ${screens}`, s.elements, "nodes"),
			row(
				"Org section: view model + DOM + layout, you the manager of the largest team",
				o.modelMs + o.domMs + o.layoutMs,
				"ms",
				null,
				`${parts(o.modelMs, o.domMs, o.layoutMs)}; ${o.reports} reports, ${o.peers} peers`,
			),
			row("report recompute after one reports-to change (the org redone from the people it touches)", o.changeReportMs, "ms", null, "IncrementalReport: one note re-read, OrgBuilder moves one person"),
		];
	} finally {
		await browser.close();
	}
}
