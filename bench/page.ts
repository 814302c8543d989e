import { mkdirSync, writeFileSync } from "node:fs";
import * as esbuild from "esbuild";

/** What a Chromium benchmark page is made of. */
export interface BenchPage {
	/** The folder the page is written to (`dist/bench/…`). */
	out: string;
	/** The page's module under bench/, without `.ts` (`dashboard-page`): bundled to `<name>.js`, with its `<name>.css`. */
	name: string;
	/** The global the page reads its notes from (`window.BENCH_NOTES`), and the notes. */
	dataGlobal: string;
	data: unknown;
	/** Where the page finds the plugin's styles.css: a file path, or a name its server answers. */
	styles: string;
	/** Modules the bundle takes from elsewhere (`obsidian` → a stand-in). */
	alias?: Record<string, string>;
}

/** buildBenchPage bundles a benchmark page and writes it with its data as `index.html` in its folder. */
export async function buildBenchPage(page: BenchPage): Promise<void> {
	mkdirSync(page.out, { recursive: true });
	await esbuild.build({
		entryPoints: [`bench/${page.name}.ts`],
		bundle: true,
		platform: "browser",
		format: "iife",
		target: "es2021",
		outdir: page.out,
		...(page.alias === undefined ? {} : { alias: page.alias }),
		logLevel: "warning",
	});
	writeFileSync(`${page.out}/data.js`, `window.${page.dataGlobal} = ${JSON.stringify(page.data)};\n`);
	writeFileSync(
		`${page.out}/index.html`,
		[
			"<!doctype html>",
			'<html><head><meta charset="utf-8">',
			`<link rel="stylesheet" href="${page.name}.css">`,
			`<link rel="stylesheet" href="${page.styles}">`,
			'</head><body class="theme-light">',
			'<script src="data.js"></script>',
			`<script src="${page.name}.js"></script>`,
			"</body></html>",
		].join("\n"),
	);
}
