import { PersonDirectory } from "../directory";
import { Calendar, personProblems, stakeholderFollowUps, stakeholderOf } from "../contact";
import { readAsPerson } from "../read";
import type { CoreSettings, FollowUp, Frontmatter, IsoDate, Level, Problem, Report, Stakeholder } from "../types";
import { isRejected } from "../values";
import { readLevel } from "../level";
import { dueBucketOf } from "../words";
import { dueText } from "./follow-ups";
import { buildMap, placeLabel, placeOf } from "./map";
import { buildPeople } from "./people";
import { BUCKET_TONES } from "./tone";
import type { MapModel, MapPlace, PersonRow, ProblemRow, Tone } from "./types";

/**
 * The Bases views' model: the rows of any base (Obsidian's core database views) as the
 * dashboard's map or as its People rows. A row the index knows as a stakeholder is the index's
 * reading of that note (1:1 notes applied); any other row is read from its own property values
 * by the same readers, so a missing, malformed or hostile value gives the dashboard's words.
 */

/** A level read from the property a view's options chose, when it is not the plugin's own. */
export interface ChosenLevel {
	/** The property's name as the view shows it (`power`, `formula.weight`), for problems. */
	key: string;
	/** Its value in this row, as a plain value (null when the row has none). */
	value: unknown;
}

/** One row of a base, as the adapter hands it over. */
export interface BasesRow {
	/** Vault-relative path of the note. */
	path: string;
	/** The row's own property values by name (those the plugin reads), as plain values. */
	values: Frontmatter;
	/** The map's influence and interest from the properties the view chose; absent, the plugin's own. */
	influence?: ChosenLevel;
	interest?: ChosenLevel;
}

/** The most rows a Bases view draws: a base of every note in a large vault stays quick. */
export const BASES_ROW_LIMIT = 200;

/**
 * basesReport computes a report of a base's rows, in the base's order: each row the index's
 * stakeholder with that path when there is one (`index` null before the index is built), else a
 * stakeholder read from the row's values; with each row's follow-ups and problems.
 */
export function basesReport(rows: readonly BasesRow[], index: Report | null, settings: CoreSettings, today: IsoDate): Report {
	const known = new Map<string, Stakeholder>((index?.stakeholders ?? []).map((s) => [s.path, s]));
	const inBase = new Set(rows.map((r) => r.path));
	const calendar = new Calendar(today);
	const directory = new PersonDirectory([], () => null);
	const stakeholders: Stakeholder[] = [];
	const problems: Problem[] = [];
	const followUps: FollowUp[] = [];
	for (const row of rows) {
		let s = known.get(row.path);
		if (s === undefined) {
			const read = readAsPerson(row.path, row.values, settings);
			s = stakeholderOf(read.record, [], directory, settings, calendar);
			problems.push(...read.problems, ...personProblems(read.record, today));
			followUps.push(...stakeholderFollowUps(s, calendar));
		}
		const influence = chosenLevel(row.path, row.influence, problems);
		const interest = chosenLevel(row.path, row.interest, problems);
		// A chosen property that cannot be read leaves the row off the map, as an unreadable `influence` does.
		stakeholders.push(influence === undefined && interest === undefined ? s : { ...s, influence: influence === undefined ? s.influence : influence, interest: interest === undefined ? s.interest : interest });
	}
	for (const p of index?.problems ?? []) if (inBase.has(p.path) && known.has(p.path)) problems.push(p);
	for (const f of index?.followUps ?? []) if (f.personPath !== null && inBase.has(f.personPath) && known.has(f.personPath)) followUps.push(f);
	followUps.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
	return { today, stakeholders, followUps, problems, withoutNote: [], me: null, commitments: [] };
}

/** chosenLevel reads a level from a chosen property: undefined when none was chosen, null (and a problem) when it cannot be read. */
function chosenLevel(path: string, chosen: ChosenLevel | undefined, problems: Problem[]): Level | null | undefined {
	if (chosen === undefined) return undefined;
	const level = readLevel(chosen.value);
	if (!isRejected(level)) return level;
	problems.push({ path, key: chosen.key, value: chosen.value, message: `${chosen.key}: ${level.rejected}` });
	return null;
}

/** A follow-up under a status row: what it is and when it is due. */
export interface BasesFollowUp {
	text: string;
	dueText: string;
	tone: Tone;
}

/** A status row: the dashboard's People row, and the person's follow-ups. */
export interface BasesStatusRow {
	person: PersonRow;
	followUps: BasesFollowUp[];
}

/** What both Bases views show under their rows. */
interface BasesCommon {
	/** Rows in the base. */
	total: number;
	/** Rows not drawn because of BASES_ROW_LIMIT. */
	hidden: number;
	problems: ProblemRow[];
}

export interface BasesMapModel extends BasesCommon {
	map: MapModel;
	/** The people of one part of the map (a cell's "+N more"), listed under it; null when none is chosen. */
	place: { id: MapPlace; label: string; people: { path: string; label: string }[] } | null;
}

export interface BasesStatusModel extends BasesCommon {
	rows: BasesStatusRow[];
}

function common(report: Report): BasesCommon {
	const total = report.stakeholders.length;
	return { total, hidden: Math.max(0, total - BASES_ROW_LIMIT), problems: report.problems.map((p) => ({ path: p.path, key: p.key, message: p.message })) };
}

function limited(report: Report): Report {
	return report.stakeholders.length <= BASES_ROW_LIMIT ? report : { ...report, stakeholders: report.stakeholders.slice(0, BASES_ROW_LIMIT) };
}

/** basesMapModel is the "Stakeholder map" view: the dashboard's influence × interest grid of the base's rows. */
export function basesMapModel(report: Report, place: MapPlace | null = null): BasesMapModel {
	const shown = limited(report);
	const map = buildMap(shown);
	const people = place === null ? [] : shown.stakeholders.filter((s) => placeOf(s) === place).map((s) => ({ path: s.path, label: s.person }));
	return { ...common(report), map, place: place === null ? null : { id: place, label: placeLabel(map, place), people } };
}

/** basesStatusModel is the "Stakeholder status" view: the dashboard's People rows in the base's order, each with its follow-ups. */
export function basesStatusModel(report: Report, dueSoonDays: number): BasesStatusModel {
	const shown = limited(report);
	const map = buildMap(shown);
	const people = buildPeople(shown, { filter: "", sort: "urgency", group: "none", today: report.today, peopleLimit: BASES_ROW_LIMIT }, map);
	const bucketOf = dueBucketOf(report.today, dueSoonDays);
	const byPerson = new Map<string, BasesFollowUp[]>();
	for (const f of report.followUps) {
		if (f.kind !== "follow-up" || f.personPath === null) continue;
		const list = byPerson.get(f.personPath) ?? [];
		list.push({ text: f.text, dueText: dueText(f.due, report.today), tone: BUCKET_TONES[bucketOf(f.due)] });
		byPerson.set(f.personPath, list);
	}
	const rows = people.groups.flatMap((g) => g.rows).map((person) => ({ person, followUps: byPerson.get(person.path) ?? [] }));
	return { ...common(report), rows };
}
