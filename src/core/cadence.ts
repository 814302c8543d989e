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
	["everyquarter", { count: 3, unit: "months" }],
	["semimonthly", { count: 2, unit: "weeks" }],
	["everyweekday", { count: 1, unit: "days" }],
	["weekdays", { count: 1, unit: "days" }],
]);

/** Counts written as words (`every two weeks`), up to twelve. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
	["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].map((word, i) => [word, i + 1]),
);

/** How often each time is when something happens N times a period: the period in its own unit, else in days. */
const PERIODS: ReadonlyMap<string, { days: number; weeks?: number; months?: number }> = new Map([
	["day", { days: 1 }],
	["week", { days: 7, weeks: 1 }],
	["month", { days: 30, weeks: 4, months: 1 }],
	["quarter", { days: 91, months: 3 }],
	["year", { days: 365, months: 12 }],
]);

/**
 * frequencyCadence reads a cadence written as how many times a period (`once a quarter`, `twice a
 * month`, `2x/month`, `1x per week`, `3 times a year`): the period divided by the times, in the
 * period's own unit when it divides (twice a month is every 2 weeks), else in whole days.
 */
function frequencyCadence(text: string): Cadence | null {
	const words = text.replaceAll("/", " per ").replace(/\s+/g, " ").trim();
	const match = /^(once|twice|\d+ ?x|\d+ times?) (?:(?:a|an|per|every|each) )?(day|week|month|quarter|year)$/.exec(words);
	if (match === null) return null;
	const times = match[1] === "once" ? 1 : match[1] === "twice" ? 2 : Number.parseInt(match[1] ?? "", 10);
	const period = PERIODS.get(match[2] ?? "");
	if (period === undefined || !(times > 0) || times > period.days) return null;
	if (period.months !== undefined && period.months % times === 0) return { count: period.months / times, unit: "months" };
	if (period.weeks !== undefined && period.weeks % times === 0) return { count: period.weeks / times, unit: "weeks" };
	return { count: Math.max(1, Math.round(period.days / times)), unit: "days" };
}

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
	["q", { unit: "months", times: 3 }],
	["quarter", { unit: "months", times: 3 }],
	["quarters", { unit: "months", times: 3 }],
	["y", { unit: "months", times: 12 }],
	["yr", { unit: "months", times: 12 }],
	["year", { unit: "months", times: 12 }],
	["years", { unit: "months", times: 12 }],
]);

/** readCadence reads how often to be in touch: whole days, `Nd`, `Nw`, `Nm`, `Ny`, `every N weeks` (`every two weeks`), a named cadence, or times a period (`twice a month`). */
export function readCadence(value: unknown): Reading<Cadence> {
	if (isEmpty(value)) return null;
	if (typeof value === "number") {
		if (Number.isInteger(value) && value > 0 && value <= MAX_CADENCE) return { count: value, unit: "days" };
		return reject(`${describe(value)} is not a cadence; ${CADENCE_HINT}`);
	}
	if (typeof value !== "string") return reject(`${describe(value)} is not a cadence; ${CADENCE_HINT}`);
	// `weekly-ish`, `~monthly`, `about every 2 weeks`: the cadence meant.
	let text = value.trim().toLowerCase().replace(/^(?:~|about |roughly |approx\. |approximately )\s*/, "");
	if (text.endsWith("-ish") || text.endsWith(" ish")) text = text.slice(0, -4);
	text = text.replace(/\b[a-z]{3,6}\b/g, (word) => String(NUMBER_WORDS.get(word) ?? word));
	const named = NAMED_CADENCES.get(text.replace(/[\s_-]+/g, ""));
	if (named) return { ...named };
	const frequency = frequencyCadence(text);
	if (frequency !== null) return frequency;
	const match = /^(?:every\s+)?(\d+)\s*([a-z]*)$/.exec(text);
	if (match) {
		const count = Number(match[1]);
		const unit = match[2] === "" ? { unit: "days" as const, times: 1 } : UNIT_WORDS.get(match[2] ?? "");
		if (unit && count > 0 && count * unit.times <= MAX_CADENCE) return { count: count * unit.times, unit: unit.unit };
	}
	return reject(`${describe(value)} is not a cadence; ${CADENCE_HINT}`);
}
