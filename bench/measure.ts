/**
 * Timing helpers of the benchmarks. Every figure is the median of several runs after a
 * warm-up: the machine is noisy, so medians and ratios are what we compare over time.
 */

/** How many warm-up and measured runs each figure takes. */
export interface Runs {
	warmup: number;
	runs: number;
}

/** median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	if (sorted.length === 0) return Number.NaN;
	return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** timeMs runs `work` warm-up times, then measures it `runs` times and returns the median in milliseconds. */
export function timeMs(runs: Runs, work: () => unknown): number {
	for (let i = 0; i < runs.warmup; i++) work();
	const samples: number[] = [];
	for (let i = 0; i < runs.runs; i++) {
		const start = performance.now();
		work();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

/**
 * timeEachMs measures an operation too short to time once: each sample runs it `batch` times
 * (with a fresh argument each time) and counts the mean; the result is the median of the samples.
 */
export function timeEachMs(runs: Runs, batch: number, work: (i: number) => unknown): number {
	let i = 0;
	const sample = (): void => {
		for (let k = 0; k < batch; k++) work(i++);
	};
	return timeMs(runs, sample) / batch;
}

/** timeAsyncMs is timeMs for asynchronous work (child processes, the browser). */
export async function timeAsyncMs(runs: Runs, work: () => Promise<unknown>): Promise<number> {
	for (let i = 0; i < runs.warmup; i++) await work();
	const samples: number[] = [];
	for (let i = 0; i < runs.runs; i++) {
		const start = performance.now();
		await work();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

/** One line of the results table. */
export interface Row {
	/** The part of the plugin measured: core, cli, dashboard, plugin, bundle. */
	group: string;
	/** What was measured, in words. */
	name: string;
	/** Notes in the vault, when the figure depends on it. */
	notes: number | null;
	/** The figure. */
	value: number;
	unit: "ms" | "µs" | "ratio" | "KB" | "MB" | "nodes" | "count";
	/** The goal in the same unit (the figure must be at most this), if the issue sets one. */
	goal: number | null;
	/** Anything a reader needs to read the figure right. */
	note?: string;
}

/** met says whether a row meets its goal; null when it has none. */
export function met(row: Row): boolean | null {
	return row.goal === null ? null : row.value <= row.goal;
}

function format(value: number, unit: Row["unit"]): string {
	if (unit === "ratio") return `${value.toFixed(2)}×`;
	if (unit === "nodes" || unit === "count") return String(Math.round(value));
	const digits = value >= 100 ? 0 : value >= 10 ? 1 : value >= 1 ? 2 : 3;
	return `${value.toFixed(digits)} ${unit}`;
}

/** markdownTable writes the rows as a Markdown table, one line per figure, each with its ratio to its goal (≤ 1 is met). */
export function markdownTable(rows: readonly Row[]): string {
	const lines = ["| part | measure | notes | median | goal | ÷ goal | met |", "| --- | --- | ---: | ---: | ---: | ---: | :---: |"];
	for (const row of rows) {
		const ok = met(row);
		const goal = row.goal === null ? "" : `≤ ${format(row.goal, row.unit)}`;
		const name = row.note ? `${row.name} (${row.note})` : row.name;
		const ratio = row.goal === null || row.goal === 0 ? "" : `${(row.value / row.goal).toFixed(2)}`;
		lines.push(
			`| ${row.group} | ${name} | ${row.notes === null ? "" : row.notes.toLocaleString("en-US")} | ${format(row.value, row.unit)} | ${goal} | ${ratio} | ${ok === null ? "" : ok ? "yes" : "**no**"} |`,
		);
	}
	return lines.join("\n");
}

/**
 * timeInterleavedMs measures several pieces of work round by round (a, b, c, a, b, c, …) so that
 * a noisy moment of the machine hits all of them alike; it returns each one's median.
 */
export function timeInterleavedMs(runs: Runs, works: readonly (() => unknown)[]): number[] {
	for (let i = 0; i < runs.warmup; i++) for (const work of works) work();
	const samples: number[][] = works.map(() => []);
	for (let i = 0; i < runs.runs; i++) {
		works.forEach((work, k) => {
			const start = performance.now();
			work();
			samples[k]?.push(performance.now() - start);
		});
	}
	return samples.map(median);
}
