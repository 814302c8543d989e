import {
	DEFAULT_CORE_SETTINGS,
	buildReport,
	compareFollowUps,
	compareStakeholders,
	pathResolver,
	readNote,
	type NoteReading,
} from "../src/core";
import { buildDashboardModel, type SortKey } from "../src/core/viewmodel";
import { mulberry32 } from "./vault";
import { timeEachMs, timeMs, type Row, type Runs } from "./measure";
import type { ParsedNote } from "./notes";

/** The day every benchmark computes its report for. */
const TODAY = "2026-11-23";
const settings = DEFAULT_CORE_SETTINGS;

function readingOf(note: ParsedNote): NoteReading {
	if (note.error !== null) return { record: null, problems: [{ path: note.path, key: null, value: null, message: note.error }] };
	return readNote(note.path, note.frontmatter, settings);
}

/** readAll builds every record from the frontmatter objects: the first half of a full rebuild. */
function readAll(notes: readonly ParsedNote[]): Map<string, NoteReading> {
	const readings = new Map<string, NoteReading>();
	for (const note of notes) readings.set(note.path, readingOf(note));
	return readings;
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
	const random = mulberry32(seed);
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}

/**
 * coreBenchmarks times the pure core on one vault's frontmatter: every record from scratch,
 * the report, the sorted lists, and one-note updates of the record map against the rebuild
 * they replace.
 */
export function coreBenchmarks(notes: readonly ParsedNote[], runs: Runs): Row[] {
	const n = notes.length;
	const paths = notes.map((note) => note.path);
	const rows: Row[] = [];
	const row = (name: string, value: number, unit: Row["unit"], goal: number | null = null, note?: string): void => {
		rows.push({ group: "core", name, notes: n, value, unit, goal, ...(note ? { note } : {}) });
	};

	const readMs = timeMs(runs, () => readAll(notes));
	row("records from frontmatter (readNote × every note)", readMs, "ms");
	const readings = readAll(notes);
	const reportMs = timeMs(runs, () => buildReport(readings.values(), pathResolver(paths), settings, TODAY));
	row("report from records (buildReport + link resolver)", reportMs, "ms", null, "O(n log n), run lazily when the view renders");
	const rebuildMs = timeMs(runs, () => buildReport(readAll(notes).values(), pathResolver(paths), settings, TODAY));
	row("full rebuild (records + report)", rebuildMs, "ms");

	// One-note updates of the record map, as the index does on metadataCache `changed`,
	// vault `rename` and `deleted`: re-read one note, then mark a new revision.
	const people = notes.filter((note) => readings.get(note.path)?.record?.kind === "person");
	let revision = 0;
	const changeMs = timeEachMs(runs, 1000, (i) => {
		const note = people[i % people.length] as ParsedNote;
		const frontmatter = { ...(note.frontmatter as Record<string, unknown>), "last-contact": `2026-11-${String(1 + (i % 20)).padStart(2, "0")}` };
		readings.set(note.path, readNote(note.path, frontmatter, settings));
		revision++;
	});
	row("incremental change of one note (re-read + revision)", changeMs * 1000, "µs", 1000);
	// Each rename moves a person note to the other of two names, so the vault keeps its size.
	const current = people.map((note) => note.path);
	const renameMs = timeEachMs(runs, 1000, (i) => {
		const k = i % people.length;
		const note = people[k] as ParsedNote;
		const from = current[k] as string;
		const to = from === note.path ? `${note.path.slice(0, -3)} (renamed).md` : note.path;
		readings.delete(from);
		readings.set(to, readNote(to, note.frontmatter, settings));
		current[k] = to;
		revision++;
	});
	people.forEach((note, k) => {
		readings.delete(current[k] as string);
		readings.set(note.path, readingOf(note));
	});
	row("incremental rename of one note", renameMs * 1000, "µs", 1000);
	// Deleting alternates with re-creating so the vault keeps its size; only the delete is timed.
	const deleteMs = timeEachMs(runs, 1000, (i) => {
		const note = people[i % people.length] as ParsedNote;
		readings.delete(note.path);
		revision++;
	});
	for (const note of people) readings.set(note.path, readingOf(note));
	if (readings.size !== n) throw new Error(`the record map has ${readings.size} notes, not ${n}`);
	row("incremental delete of one note", deleteMs * 1000, "µs", 1000);
	row("full rebuild ÷ incremental change", rebuildMs / changeMs, "ratio", null, "what one update saves");
	if (revision < 0) throw new Error("unreachable: keeps the revision counter alive");

	const report = buildReport(readings.values(), pathResolver(paths), settings, TODAY);
	const stakeholders = shuffled(report.stakeholders, 7);
	const followUps = shuffled(report.followUps, 8);
	row(
		`order stakeholders (${report.stakeholders.length.toLocaleString("en-US")})`,
		timeMs(runs, () => [...stakeholders].sort(compareStakeholders)),
		"ms",
	);
	row(
		`order follow-up list (${report.followUps.length.toLocaleString("en-US")})`,
		timeMs(runs, () => [...followUps].sort(compareFollowUps)),
		"ms",
	);
	for (const sort of ["urgency", "influence", "name", "last-contact"] as SortKey[]) {
		row(
			`dashboard view model, sorted by ${sort}`,
			timeMs(runs, () => buildDashboardModel(report, { filter: "", sort, group: "none", today: TODAY })),
			"ms",
			null,
			"buildDashboardModel from the report",
		);
	}
	row(
		"dashboard view model, filtered and grouped by relationship",
		timeMs(runs, () => buildDashboardModel(report, { filter: "eng", sort: "urgency", group: "relationship", today: TODAY })),
		"ms",
	);
	return rows;
}
