import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildReport, pathResolver, readNote, reportJson, type NoteReading } from "../src/core";
import { parseFrontmatter } from "../src/cli/frontmatter";
import { markdownPaths, readSettings } from "../src/cli/vault";

/**
 * Where the time of `managing-up report --json` goes, phase by phase, in a fresh Node process
 * (the CLI always runs cold): `node dist/bench/cli-phases.mjs VAULT` prints one JSON object of
 * milliseconds. The phases are the CLI's own functions, run one after the other.
 */
function main(): void {
	const root = resolve(process.argv[2] ?? ".");
	const times: Record<string, number> = {};
	let mark = performance.now();
	const lap = (name: string): void => {
		const now = performance.now();
		times[name] = now - mark;
		mark = now;
	};
	const { settings } = readSettings(root);
	const paths = markdownPaths(root);
	lap("list notes");
	const texts = paths.map((path) => readFileSync(join(root, path), "utf8"));
	lap("read files");
	const parsed = texts.map((text) => parseFrontmatter(text.replace(/^\uFEFF/, "")));
	lap("parse YAML (fast path, else the yaml package)");
	const readings: NoteReading[] = parsed.map((result, i) =>
		result.error === null ? readNote(paths[i] ?? "", result.data, settings) : { record: null, problems: [] },
	);
	lap("records (readNote)");
	const report = buildReport(readings, pathResolver(paths), settings, "2026-11-23");
	lap("report (buildReport)");
	const text = JSON.stringify(reportJson(report), null, 2);
	lap("JSON text");
	process.stdout.write(`${JSON.stringify({ times, chars: text.length })}\n`);
}

main();
