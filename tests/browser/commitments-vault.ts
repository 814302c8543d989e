/**
 * The commitments fixture vault (tests/fixtures/commitments), read in the browser as the plugin
 * reads it: each note's properties, then its text's tasks. Vite hands over the files' text.
 */
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { readTasks, withTasks } from "../../src/core/commitments";
import { pathResolver } from "../../src/core/links";
import { readNote } from "../../src/core/read";
import { buildReport } from "../../src/core/report";
import type { Report } from "../../src/core/types";
import { settingsWith } from "../core/builder";

const FILES = import.meta.glob<string>("../fixtures/commitments/**/*.md", { query: "?raw", import: "default", eager: true });
const PREFIX = "../fixtures/commitments/";

/** The day the fixture's expected answer is for. */
export const COMMITMENTS_TODAY = "2026-12-01";

/** commitmentsReport is the report of the fixture vault for a day, with a note's text changed or left out when asked. */
export function commitmentsReport(today = COMMITMENTS_TODAY, change: (path: string, text: string) => string | null = (_path, text) => text): Report {
	const settings = settingsWith({ vault: { templateFolders: ["Templates"], ignoreFilters: [] } });
	const notes = Object.entries(FILES).flatMap(([file, text]) => {
		const path = file.slice(PREFIX.length);
		const changed = change(path, text);
		return changed === null ? [] : [{ path, text: changed }];
	});
	const readings = notes.map(({ path, text }) => withTasks(readNote(path, parseFrontmatter(text.replace(/\r\n/g, "\n")).data, settings), readTasks(text)));
	return buildReport(readings, pathResolver(notes.map((n) => n.path)), settings, today);
}
