import type { CoreSettings, Level, PropertyKey } from "./types";
import { LEVEL_WORDS } from "./level";
import { PEOPLE_FOLDER_WORDS } from "./conventions";
import { STATUS_LABELS } from "./words";

/**
 * The ready base: `Stakeholders.base`, a file of Obsidian's core Bases plugin whose filters
 * follow the person rules in use and whose formulas compute next contact, days overdue and
 * status with Bases' own functions (`today()`, `date()`, date + duration, `if()`), so the table
 * works without this plugin. Formulas read a note's own properties only: 1:1 notes, links to
 * daily notes and the user's `me` setting count in the plugin's views, not in the table.
 */

/** The file the command writes, at the vault root. */
export const BASE_FILE_NAME = "Stakeholders.base";

/** The Bases view types this plugin registers (Obsidian 1.10+). */
export const BASES_MAP_VIEW = "managing-up-map";
export const BASES_STATUS_VIEW = "managing-up-status";

/** The formulas of the base, by name, in the order they are written. */
export type BaseFormulas = Record<string, string>;

/** A string literal in a Bases formula: JSON's quoting is JavaScript's, which Bases follows. */
function str(text: string): string {
	return JSON.stringify(text);
}

/** A note property in a formula: `note["last-contact"]` reads any name, hyphens and spaces included. */
function note(name: string): string {
	return `note[${str(name)}]`;
}

/** Escapes text for a regular expression literal in a formula. */
function regexText(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** firstText is the first of a property's names that has a value, as trimmed text; "" when none has. */
function firstText(names: readonly string[], lower = false): string {
	const tail = lower ? ".toString().trim().lower()" : ".toString().trim()";
	return names.reduceRight((rest, name) => `if(${note(name)}, ${note(name)}${tail}, ${rest})`, '""');
}

/**
 * A written date, as the plugin reads one: `YYYY-MM-DD` or an ISO date-time (its written date
 * counts). The round trip through `format` turns away days that do not exist (`2026-02-30`),
 * which a date parser would roll over into March.
 */
const DATE_PATTERN = String.raw`/^\d{4}-\d{2}-\d{2}([Tt ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?\s*([Zz]|[+-]\d{2}(:?\d{2})?)?)?$/`;

function dateOf(text: string, notAfterToday: boolean): string {
	const day = `${text}.slice(0, 10)`;
	const checks = [`${DATE_PATTERN}.matches(${text})`, `date(${day}).format("YYYY-MM-DD") == ${day}`];
	if (notAfterToday) checks.push(`date(${day}) <= today()`);
	return `if(${checks.join(" && ")}, date(${day}))`;
}

/**
 * Named cadences and units, as the plugin reads them (cadence.ts), in Bases' duration units (`M`
 * is a month, `m` a minute), with the common phrases people write (`twice a month`); the plugin
 * reads any count in words and any times a period, the base these.
 */
const CADENCE_WORDS: readonly [string, readonly string[]][] = [
	["1d", ["daily", "everyday", "everyweekday", "weekdays"]],
	["1w", ["weekly", "everyweek", "onceaweek", "onceperweek", "weeklyish", "~weekly"]],
	["2w", ["biweekly", "fortnightly", "everyotherweek", "semimonthly", "twiceamonth", "twicepermonth", "2x/month", "everytwoweeks"]],
	["3w", ["everythreeweeks"]],
	["1M", ["monthly", "everymonth", "onceamonth", "oncepermonth", "monthlyish", "~monthly"]],
	["2M", ["bimonthly", "everytwomonths"]],
	["3M", ["quarterly", "everyquarter", "onceaquarter", "everythreemonths"]],
	["6M", ["semiannually", "semiannual", "biannually", "biannual", "halfyearly", "twiceayear", "everysixmonths"]],
	["1y", ["yearly", "annually", "annual", "everyyear", "onceayear"]],
];

const CADENCE_UNITS: readonly [string, string][] = [
	["d", "d|day|days"],
	["w", "w|wk|wks|week|weeks"],
	["M", "m|mo|month|months"],
	["y", "y|yr|year|years"],
];

function cadenceFormula(settings: CoreSettings): string {
	const d = settings.defaultCadenceDays;
	const byInfluence = `if(formula.influence_level == "high", "${d.high}d", if(formula.influence_level == "medium", "${d.medium}d", if(formula.influence_level == "low", "${d.low}d", "${d.unset}d")))`;
	const named = CADENCE_WORDS.reduceRight(
		(rest, [duration, words]) => `if([${words.map(str).join(", ")}].contains(formula.cadence_word), "${duration}", ${rest})`,
		byInfluence,
	);
	const count = String.raw`(every\s+)?0*([1-9]\d*)\s*`;
	return CADENCE_UNITS.reduceRight((rest, [unit, words]) => {
		// A bare number is days, as in the plugin.
		const suffix = unit === "d" ? `(${words})?` : `(${words})`;
		return `if(/^${count}${suffix}$/.matches(formula.cadence_text), formula.cadence_text.replace(/^${count}[a-z]*$/, "$2") + "${unit}", ${rest})`;
	}, named);
}

/** The words of a level (level.ts), as a pattern's alternatives. */
function levelWords(level: Level): string {
	return [...LEVEL_WORDS].filter(([, of]) => of === level).map(([word]) => word.replace(/[-\s]/g, "[-\\s]")).join("|");
}

/**
 * levelFormula reads influence as the plugin does: low, medium, high and the words people write
 * for them (any case), a whole number 1–5, or a scale (`3/5`, `8/10`). Stars and a note after the
 * word (`high 🔥`) are the plugin's alone.
 */
function levelFormula(): string {
	const high = `/^(${levelWords("high")}|0*[45]|0*[45]\\/5|0*([7-9]|10)\\/10)$/`;
	const medium = `/^(${levelWords("medium")}|0*3|0*3\\/5|0*[56]\\/10)$/`;
	const low = `/^(${levelWords("low")}|0*[12]|0*[12]\\/5|0*[1-4]\\/10)$/`;
	return `if(${high}.matches(formula.influence_text), "high", if(${medium}.matches(formula.influence_text), "medium", if(${low}.matches(formula.influence_text), "low")))`;
}

function statusFormula(settings: CoreSettings): string {
	const soon = `today() + "${settings.dueSoonDays}d"`;
	const l = STATUS_LABELS;
	return `if(formula.snooze_until && formula.snooze_until > today(), ${str(l.snoozed)}, if(!formula.last_contact, ${str(l.never)}, if(formula.next_contact < today(), ${str(l.overdue)}, if(formula.next_contact < ${soon}, ${str(l["due-soon"])}, ${str(l.ok)}))))`;
}

/** baseFormulas are the base's formulas for the settings in use; each later one reads only earlier ones. */
export function baseFormulas(settings: CoreSettings): BaseFormulas {
	const names = (key: PropertyKey): readonly string[] => settings.properties[key];
	const l = STATUS_LABELS;
	return {
		last_contact_text: firstText(names("lastContact")),
		last_contact: dateOf("formula.last_contact_text", true),
		influence_text: firstText(names("influence"), true),
		influence_level: levelFormula(),
		cadence_text: firstText(names("cadence"), true),
		cadence_word: String.raw`formula.cadence_text.replace(/[\s_-]+/g, "")`,
		cadence: cadenceFormula(settings),
		next_contact: "if(formula.last_contact, formula.last_contact + formula.cadence)",
		snooze_until_text: firstText(names("snoozeUntil")),
		snooze_until: dateOf("formula.snooze_until_text", false),
		status: statusFormula(settings),
		// Days between two local midnights: rounded, since a day across a daylight-saving change is 23 or 25 hours.
		days_overdue: `if(formula.status == ${str(l.overdue)}, ((today() - formula.next_contact) / 86400000).round(), 0)`,
		status_rank: `if(formula.status == ${str(l.overdue)}, 0, if(formula.status == ${str(l.never)}, 1, if(formula.status == ${str(l["due-soon"])}, 2, if(formula.status == ${str(l.ok)}, 3, 4))))`,
	};
}

/** A filter of a base: a statement, or an and/or/not of filters. */
export type BaseFilter = string | { and: BaseFilter[] } | { or: BaseFilter[] } | { not: BaseFilter[] };

/** withoutSlashes is a folder path without the slashes at its ends. */
function withoutSlashes(path: string): string {
	let start = 0;
	let end = path.length;
	while (start < end && path[start] === "/") start++;
	while (end > start && path[end - 1] === "/") end--;
	return path.slice(start, end);
}

/** baseFilters choose the notes the plugin would call people, as far as Bases' filters can say it. */
export function baseFilters(settings: CoreSettings): { and: BaseFilter[] } {
	const rules = settings.rules;
	const words = settings.personWords.map((w) => w.trim().toLowerCase()).filter((w) => w !== "");
	const wordList = words.map(regexText).join("|");
	const folders = settings.peopleFolders.map((f) => withoutSlashes(f.trim())).filter((f) => f !== "");
	const people: BaseFilter[] = [];
	if (folders.length > 0) {
		// People folders in the settings: their notes are the people, and no note elsewhere is.
		people.push(...folders.map((f) => `file.inFolder(${str(f)})`));
	} else if (words.length > 0) {
		// A folder named with a person word anywhere on the path (`People`, `Work/Contacts`).
		const folderWords = [...words, ...PEOPLE_FOLDER_WORDS].map(regexText).join("|");
		if (rules.peopleFolders || rules.personFolders) people.push(`/(^|\\/)[^a-z\\/]*(${folderWords})[^a-z\\/]*(\\/|$)/.matches(file.folder.lower())`);
		if (rules.personType) {
			for (const name of settings.properties.type) {
				people.push(`${note(name)} && /(^|[^a-z])(${wordList})([^a-z]|$)/.matches(list(${note(name)}).join(",").lower())`);
			}
		}
		if (rules.personTags) people.push(`file.hasTag(${words.map(str).join(", ")})`);
	}
	if (folders.length === 0 && rules.personProperty) {
		const person = settings.properties.person[0] ?? "person";
		const withKey = settings.properties.with[0] ?? "with";
		people.push({ and: [note(person), `!${note(withKey)}`, ...settings.properties.date.map((d) => `!${note(d)}`)] });
	}
	const and: BaseFilter[] = ['file.ext == "md"', { or: people.length > 0 ? people : ["false"] }];
	const templates = withoutSlashes(settings.templatesFolder.trim());
	if (templates !== "") and.push({ not: [`file.inFolder(${str(templates)})`] });
	return { and };
}

/** What the formulas are called in the table's header. */
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
	"formula.status": "Status",
	"formula.next_contact": "Next contact",
	"formula.days_overdue": "Days overdue",
	"formula.last_contact": "Last contact",
	"formula.cadence": "Cadence",
};

/** A YAML scalar in single quotes: backslashes stay as written, a quote is doubled. */
function yamlText(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

function filterLines(filter: BaseFilter, indent: string): string[] {
	if (typeof filter === "string") return [`${indent}- ${yamlText(filter)}`];
	const [key, items] = "and" in filter ? ["and", filter.and] : "or" in filter ? ["or", filter.or] : ["not", filter.not];
	return [`${indent}- ${key}:`, ...items.flatMap((item) => filterLines(item, `${indent}    `))];
}

/**
 * baseFileText is the text of `Stakeholders.base`: the filters, the formulas, a table ordered
 * by status and days overdue, and (when the app has Bases views of plugins) the stakeholder map
 * and status views. YAML written line by line: every value is a quoted scalar, tested by parsing.
 */
export function baseFileText(settings: CoreSettings, options: { pluginViews: boolean }): string {
	const lines = ["# Stakeholders: made by Managing Up; the formulas work without the plugin.", "filters:", "  and:"];
	for (const item of baseFilters(settings).and) lines.push(...filterLines(item, "    "));
	lines.push("formulas:");
	for (const [name, formula] of Object.entries(baseFormulas(settings))) lines.push(`  ${name}: ${yamlText(formula)}`);
	lines.push("properties:");
	for (const [id, displayName] of Object.entries(DISPLAY_NAMES)) lines.push(`  ${id}:`, `    displayName: ${yamlText(displayName)}`);
	const p = settings.properties;
	const columns = ["file.name", "formula.status", "formula.next_contact", "formula.days_overdue", "formula.last_contact", "formula.cadence", ...[p.relationship[0], p.role[0], p.influence[0], p.interest[0]].filter((n): n is string => n !== undefined).map((n) => `note.${n}`)];
	lines.push("views:", "  - type: table", "    name: Stakeholders", "    order:", ...columns.map((c) => `      - ${yamlText(c)}`));
	lines.push("    sort:");
	for (const [property, direction] of [["formula.status_rank", "ASC"], ["formula.days_overdue", "DESC"], ["formula.next_contact", "ASC"]] as const) {
		lines.push(`      - property: ${property}`, `        direction: ${direction}`);
	}
	if (options.pluginViews) {
		lines.push(`  - type: ${BASES_MAP_VIEW}`, "    name: Stakeholder map", `  - type: ${BASES_STATUS_VIEW}`, "    name: Stakeholder status");
	}
	return `${lines.join("\n")}\n`;
}
