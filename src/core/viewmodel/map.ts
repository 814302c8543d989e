import type { Level, Report, Stakeholder } from "../types";
import { LEVEL_LABELS } from "../words";
import { statusChip } from "./tone";
import { MAP_ALL_DOTS, MAP_CELL_LIMIT, MAP_UNPLACED_LIMIT, type MapCell, type MapModel, type MapPlace, type UnplacedPerson } from "./types";

/** The influence × interest map: a 3×3 grid of dots, the four corners named by their strategy. */

/** placeOf is where a stakeholder sits on the map: its cell, or "unplaced" without both levels. */
export function placeOf(s: Stakeholder): MapPlace {
	return s.influence === null || s.interest === null ? "unplaced" : `${s.influence}/${s.interest}`;
}

const QUADRANTS: Readonly<Partial<Record<`${Level}/${Level}`, string>>> = {
	"high/high": "Manage closely",
	"high/low": "Keep satisfied",
	"low/high": "Keep informed",
	"low/low": "Monitor",
};

/** quadrantName is the strategy for an influence/interest pair, or null for the middle cells of the grid. */
export function quadrantName(influence: Level, interest: Level): string | null {
	return QUADRANTS[`${influence}/${interest}`] ?? null;
}

/** The name of the people not on the map, when People is narrowed to them. */
const UNPLACED_LABEL = "Not on the map: no influence or interest";

/** placeLabel names a place for People when it is narrowed to it. */
export function placeLabel(map: MapModel, place: MapPlace): string {
	if (place === "unplaced") return UNPLACED_LABEL;
	for (const row of map.rows) for (const cell of row.cells) if (cell.place === place) return cell.label;
	return place;
}

function cellLabel(influence: Level, interest: Level): string {
	const levels = `${LEVEL_LABELS[influence]} influence, ${interest} interest`;
	const quadrant = quadrantName(influence, interest);
	return quadrant === null ? levels : `${quadrant}: ${levels.toLowerCase()}`;
}

/** buildMap places each stakeholder with both levels in its cell, the most urgent first; the rest are listed as not on the map. */
export function buildMap(report: Report): MapModel {
	const influences: Level[] = ["high", "medium", "low"];
	const interests: Level[] = ["low", "medium", "high"];
	const rows = influences.map((influence) => ({
		influence,
		label: LEVEL_LABELS[influence],
		cells: interests.map(
			(interest): MapCell => ({
				influence,
				interest,
				quadrant: quadrantName(influence, interest),
				place: `${influence}/${interest}`,
				label: cellLabel(influence, interest),
				dots: [],
				hidden: 0,
			}),
		),
	}));
	// A small map shows everyone; a large one the most urgent few per cell, and counts the rest,
	// so the DOM never holds a node per stakeholder of a large vault.
	const small = report.stakeholders.length <= MAP_ALL_DOTS;
	const cellLimit = small ? Infinity : MAP_CELL_LIMIT;
	const unplacedLimit = small ? Infinity : MAP_UNPLACED_LIMIT;
	const unplaced: UnplacedPerson[] = [];
	let unplacedCount = 0;
	let placed = 0;
	// Dots in each cell follow the report's urgency order, so the most pressing are drawn first.
	for (const s of report.stakeholders) {
		if (s.influence === null || s.interest === null) {
			unplacedCount++;
			if (unplaced.length < unplacedLimit) {
				const missing = s.influence === null && s.interest === null ? "influence and interest" : s.influence === null ? "influence" : "interest";
				unplaced.push({ path: s.path, label: s.person, missing: `no ${missing}` });
			}
			continue;
		}
		placed++;
		const cell = rows[influences.indexOf(s.influence)]?.cells[interests.indexOf(s.interest)];
		if (!cell) continue;
		if (cell.dots.length >= cellLimit) {
			cell.hidden++;
			continue;
		}
		const chip = statusChip(s.status);
		cell.dots.push({
			path: s.path,
			label: s.person,
			tone: chip.tone,
			title: `${s.person}: ${LEVEL_LABELS[s.influence].toLowerCase()} influence, ${LEVEL_LABELS[s.interest].toLowerCase()} interest; ${chip.label.toLowerCase()}`,
		});
	}
	return {
		rows,
		columns: interests.map((interest) => ({ interest, label: LEVEL_LABELS[interest] })),
		placed,
		unplaced,
		unplacedCount,
	};
}
