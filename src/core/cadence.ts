import { describe, isEmpty, reject, type Reading } from "./values";
import type { Cadence, CadenceUnit } from "./types";

/** Reading a cadence: how often the user wants to be in touch, in the words of this plugin and of others. */

const CADENCE_HINT =
	"use a number of days (14), 2w, 3m, weekly, biweekly, monthly, quarterly, bi-annually or yearly";

/** The largest count a cadence may have: beyond it the next contact is past any writable date. */
const MAX_CADENCE = 100000;

/**
 * Named cadences, with the words of other plugins (Orbit's `Bi-Weekly`, `Bi-Annually`, `Yearly`),
 * compared without case, spaces, hyphens or underscores. A Map, not an object: a cadence named
 * `constructor` must not find Object.prototype's.
 */
const NAMED_CADENCES: ReadonlyMap<string, Cadence> = new Map<string, Cadence>([
	["daily", { count: 1, unit: "days" }],
	["everyday", { count: 1, unit: "days" }],
	["weekly", { count: 1, unit: "weeks" }],
	["everyweek", { count: 1, unit: "weeks" }],
	["biweekly", { count: 2, unit: "weeks" }],
	["fortnightly", { count: 2, unit: "weeks" }],
	["everyotherweek", { count: 2, unit: "weeks" }],
	["monthly", { count: 1, unit: "months" }],
	["everymonth", { count: 1, unit: "months" }],
	["bimonthly", { count: 2, unit: "months" }],
	["quarterly", { count: 3, unit: "months" }],
	["semiannually", { count: 6, unit: "months" }],
	["semiannual", { count: 6, unit: "months" }],
	["biannually", { count: 6, unit: "months" }],
	["biannual", { count: 6, unit: "months" }],
	["halfyearly", { count: 6, unit: "months" }],
	["yearly", { count: 12, unit: "months" }],
	["annually", { count: 12, unit: "months" }],
	["annual", { count: 12, unit: "months" }],
	["everyyear", { count: 12, unit: "months" }],
]);

const UNIT_WORDS: ReadonlyMap<string, { unit: CadenceUnit; times: number }> = new Map([
	["d", { unit: "days", times: 1 }],
	["day", { unit: "days", times: 1 }],
	["days", { unit: "days", times: 1 }],
	["w", { unit: "weeks", times: 1 }],
	["wk", { unit: "weeks", times: 1 }],
	["wks", { unit: "weeks", times: 1 }],
	["week", { unit: "weeks", times: 1 }],
	["weeks", { unit: "weeks", times: 1 }],
	["m", { unit: "months", times: 1 }],
	["mo", { unit: "months", times: 1 }],
	["month", { unit: "months", times: 1 }],
	["months", { unit: "months", times: 1 }],
	["y", { unit: "months", times: 12 }],
	["yr", { unit: "months", times: 12 }],
	["year", { unit: "months", times: 12 }],
	["years", { unit: "months", times: 12 }],
]);

/** readCadence reads how often to be in touch: whole days, `Nd`, `Nw`, `Nm`, `Ny`, `every N weeks` or a named cadence. */
export function readCadence(value: unknown): Reading<Cadence> {
	if (isEmpty(value)) return null;
	if (typeof value === "number") {
		if (Number.isInteger(value) && value > 0 && value <= MAX_CADENCE) return { count: value, unit: "days" };
		return reject(`${describe(value)} is not a cadence; ${CADENCE_HINT}`);
	}
	if (typeof value !== "string") return reject(`${describe(value)} is not a cadence; ${CADENCE_HINT}`);
	const text = value.trim().toLowerCase();
	const named = NAMED_CADENCES.get(text.replace(/[\s_-]+/g, ""));
	if (named) return { ...named };
	const match = /^(?:every\s+)?(\d+)\s*([a-z]*)$/.exec(text);
	if (match) {
		const count = Number(match[1]);
		const unit = match[2] === "" ? { unit: "days" as const, times: 1 } : UNIT_WORDS.get(match[2] ?? "");
		if (unit && count > 0 && count * unit.times <= MAX_CADENCE) return { count: count * unit.times, unit: unit.unit };
	}
	return reject(`${describe(value)} is not a cadence; ${CADENCE_HINT}`);
}
