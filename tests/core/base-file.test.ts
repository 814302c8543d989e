import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { BASES_MAP_VIEW, BASES_STATUS_VIEW, baseFileText, baseFormulas } from "../../src/core/base-file";
import { Calendar, stakeholderOf } from "../../src/core/contact";
import { PersonDirectory } from "../../src/core/directory";
import { readAsPerson } from "../../src/core/read";
import { DEFAULT_CORE_SETTINGS, type CoreSettings } from "../../src/core/types";
import { STATUS_LABELS } from "../../src/core/words";
import { BDate, check } from "./bases-formula";
import { evaluate, keeps, type Filter, type Row } from "./bases-eval";

const TODAY = "2026-11-23";
const HOSTILE = "<img src=x onerror=alert(1)>";

interface BaseFile {
	filters: Filter;
	formulas: Record<string, string>;
	properties: Record<string, { displayName: string }>;
	views: { type: string; name: string; order?: string[]; sort?: { property: string; direction: string }[] }[];
}

function baseOf(settings: CoreSettings = DEFAULT_CORE_SETTINGS, pluginViews = true): BaseFile {
	return parseYaml(baseFileText(settings, { pluginViews })) as BaseFile;
}

/** What the core computes for a note with these properties and no 1:1 notes. */
function core(properties: Record<string, unknown>, today = TODAY, settings = DEFAULT_CORE_SETTINGS) {
	const calendar = new Calendar(today);
	const { record } = readAsPerson("People/Row.md", properties, settings);
	return stakeholderOf(record, [], new PersonDirectory([], () => null), settings, calendar);
}

describe("Stakeholders.base", () => {
	it("is YAML with filters, formulas, display names and views, the plugin's views only when asked", () => {
		const base = baseOf();
		expect(Object.keys(base)).toEqual(["filters", "formulas", "properties", "views"]);
		expect(base.views.map((v) => v.type)).toEqual(["table", BASES_MAP_VIEW, BASES_STATUS_VIEW]);
		expect(baseOf(DEFAULT_CORE_SETTINGS, false).views.map((v) => v.type)).toEqual(["table"]);
		const table = base.views[0];
		expect(table?.sort).toEqual([
			{ property: "formula.status_rank", direction: "ASC" },
			{ property: "formula.days_overdue", direction: "DESC" },
			{ property: "formula.next_contact", direction: "ASC" },
		]);
		expect(table?.order).toContain("formula.status");
		for (const column of table?.order ?? []) expect(column).toMatch(/^(file|note|formula)\./);
		for (const id of Object.keys(base.properties)) if (id.startsWith("formula.")) expect(base.formulas).toHaveProperty(id.slice(8));
	});

	it("writes every formula in Bases' documented syntax, each reading only formulas defined before it", () => {
		const formulas = baseFormulas(DEFAULT_CORE_SETTINGS);
		const seen: string[] = [];
		for (const [name, formula] of Object.entries(formulas)) {
			expect(check(formula, seen), `${name}: ${formula}`).toEqual([]);
			seen.push(name);
		}
		expect(baseOf().formulas).toEqual(formulas);
	});

	it("checks what it is given: unknown functions, methods, fields, formulas and durations, unbalanced quotes and brackets", () => {
		expect(check("daysBetween(today(), date(x))", [])).toEqual(expect.arrayContaining(["daysBetween() is not a function"]));
		expect(check('note["a"].weekday()', [])).toEqual([".weekday() is not a method"]);
		expect(check("file.colour", [])).toEqual(["file.colour is not a file field"]);
		expect(check("formula.later + 1", [])).toEqual(["formula.later is not defined before"]);
		expect(check('today() + "14x"', [])).toEqual(['"14x" is not a duration']);
		expect(check('if(a, "b)', [])[0]).toMatch(/unclosed string/);
		expect(check("if((today()", [])[0]).toMatch(/expected \)/);
		expect(check("note[\"a\"]]", [])[0]).toMatch(/stray token/);
	});

	it("writes filter statements in the same syntax", () => {
		const statements: string[] = [];
		const walk = (f: Filter): void => {
			if (typeof f === "string") statements.push(f);
			else for (const g of "and" in f ? f.and : "or" in f ? f.or : f.not) walk(g);
		};
		walk(baseOf().filters);
		expect(statements.length).toBeGreaterThan(3);
		for (const s of statements) expect(check(s, []), s).toEqual([]);
	});

	it("keeps the notes the person rules find and leaves out meetings, other notes and templates", () => {
		const { filters } = baseOf({ ...DEFAULT_CORE_SETTINGS, templatesFolder: "Templates" });
		const rows: [Row, boolean][] = [
			[{ path: "People/Jane Doe.md", properties: {} }, true],
			[{ path: "Work/03 Contacts/Sam.md", properties: {} }, true],
			[{ path: "Stakeholders/Dana Lee.md", properties: {} }, true],
			[{ path: "Work/Direct Reports/Omar.md", properties: {} }, true],
			[{ path: "Notes/Ana.md", properties: { type: "Person" } }, true],
			[{ path: "Notes/Bo.md", properties: { categories: ["[[People]]"] } }, true],
			[{ path: "Notes/Cy.md", properties: {}, tags: ["people/colleague"] }, true],
			[{ path: "Notes/Di.md", properties: { person: "Di" } }, true],
			[{ path: "Notes/2026-11-01 Di.md", properties: { person: "[[Di]]", date: "2026-11-01" } }, false],
			[{ path: "Notes/1-1.md", properties: { person: "Di", with: "[[Di]]" } }, false],
			[{ path: "Notes/Personal goals.md", properties: { type: "personal" } }, false],
			[{ path: "Templates/Person.md", properties: { type: "person" } }, false],
			[{ path: "People.base", properties: {} }, false],
		];
		for (const [row, kept] of rows) expect(keeps(filters, row, TODAY), row.path).toBe(kept);
	});

	it("with people folders in the settings, keeps exactly their notes", () => {
		const { filters } = baseOf({ ...DEFAULT_CORE_SETTINGS, peopleFolders: ["Team/", "Clients"] });
		expect(keeps(filters, { path: "Team/Jo.md", properties: {} }, TODAY)).toBe(true);
		expect(keeps(filters, { path: "Clients/Acme/Lee.md", properties: {} }, TODAY)).toBe(true);
		expect(keeps(filters, { path: "People/Ana.md", properties: { type: "person" } }, TODAY)).toBe(false);
	});

	// The rows a table of stakeholders meets: month ends, no contact, every kind of broken value.
	const rows: [string, Record<string, unknown>][] = [
		["overdue by 8 days", { "last-contact": "2026-11-01", influence: "high" }],
		["month end: Jan 31 + 1 month is Feb 28", { "last-contact": "2026-01-31", cadence: "monthly" }],
		["month end: Oct 31 + 1m is Nov 30", { "last-contact": "2026-10-31", cadence: "1m" }],
		["leap day + yearly", { "last-contact": "2024-02-29", cadence: "Yearly" }],
		["across the daylight-saving end", { "last-contact": "2026-10-25", cadence: 14 }],
		["never contacted", {}],
		["never contacted, a high influence", { influence: 5 }],
		["malformed month", { "last-contact": "2026-13-45" }],
		["a day that does not exist", { "last-contact": "2026-02-30" }],
		["words", { "last-contact": "next week" }],
		["a number", { "last-contact": 20261101 }],
		["a list", { "last-contact": ["2026-11-01", "2026-11-02"] }],
		["hostile text everywhere", { "last-contact": HOSTILE, cadence: HOSTILE, influence: HOSTILE, "snooze-until": HOSTILE }],
		["a date-time", { last_contact: "2026-11-10T09:30", cadence: "2w" }],
		["an impossible time", { "last-contact": "2026-11-10T25:30" }],
		["after today", { "last-contact": "2026-12-01" }],
		["due soon: next contact in 6 days", { "last-contact": "2026-11-15", cadence: "Bi-Weekly" }],
		["on track: next contact in 7 days", { "last-contact": "2026-11-16", cadence: "every 2 weeks" }],
		["due today", { "last-contact": "2026-11-09", cadence: "fortnightly" }],
		["snoozed", { "last-contact": "2026-01-01", "snooze-until": "2026-12-01" }],
		["snooze over", { "last-contact": "2026-01-01", "snooze-until": "2026-11-23" }],
		["quarterly, low influence default", { "last-contact": "2026-08-31", cadence: "quarterly", influence: "low" }],
		["broken cadence falls back to the influence default", { "last-contact": "2026-10-01", cadence: "0", influence: "Medium" }],
		["a fractional cadence", { "last-contact": "2026-10-01", cadence: 14.5, influence: 2 }],
		["an influence out of range", { "last-contact": "2026-10-01", influence: 7 }],
		["an empty value is absent", { "last-contact": "", lastContact: "2026-11-20", cadence: "3 days" }],
		// Levels and cadences as people write them.
		["influence H", { "last-contact": "2026-10-01", influence: "H" }],
		["influence very high", { "last-contact": "2026-11-01", influence: "Very High" }],
		["influence medium-high", { "last-contact": "2026-11-01", influence: "medium-high" }],
		["influence on a scale of five", { "last-contact": "2026-11-01", influence: "3/5" }],
		["influence on a scale of ten", { "last-contact": "2026-11-01", influence: "8/10" }],
		["influence moderate", { "last-contact": "2026-10-01", influence: "moderate" }],
		["cadence twice a month", { "last-contact": "2026-11-10", cadence: "twice a month" }],
		["cadence 2x/month", { "last-contact": "2026-11-10", cadence: "2x/month" }],
		["cadence once a quarter", { "last-contact": "2026-08-31", cadence: "Once a quarter" }],
		["cadence every two weeks", { "last-contact": "2026-11-10", cadence: "every two weeks" }],
		["cadence weekly-ish", { "last-contact": "2026-11-10", cadence: "weekly-ish" }],
		["cadence semi-monthly", { "last-contact": "2026-11-10", cadence: "semi-monthly" }],
	];

	it.each(rows)("%s: next contact, days overdue and status as the core computes them", (_name, properties) => {
		const formulas = baseFormulas(DEFAULT_CORE_SETTINGS);
		const out = evaluate(formulas, { path: "People/Row.md", properties }, TODAY);
		const s = core(properties);
		expect({
			next: out.next_contact instanceof BDate ? out.next_contact.format() : out.next_contact,
			days: out.days_overdue,
			status: out.status,
		}).toEqual({ next: s.nextContact, days: s.daysOverdue, status: STATUS_LABELS[s.status] });
		expect(out.status_rank).toBe(["overdue", "never", "due-soon", "ok", "snoozed"].indexOf(s.status));
	});

	it("follows the settings: other property names, default cadences and due-soon days", () => {
		const settings: CoreSettings = {
			...DEFAULT_CORE_SETTINGS,
			properties: { ...DEFAULT_CORE_SETTINGS.properties, lastContact: ["talked"], influence: ["power"] },
			defaultCadenceDays: { high: 7, medium: 21, low: 60, unset: 45 },
			dueSoonDays: 3,
		};
		for (const properties of [{ talked: "2026-11-10", power: "high" }, { talked: "2026-10-01" }, { talked: "2026-11-18", power: "high" }]) {
			const out = evaluate(baseFormulas(settings), { path: "People/Row.md", properties }, TODAY);
			const s = core(properties, TODAY, settings);
			expect([out.next_contact instanceof BDate ? out.next_contact.format() : null, out.status]).toEqual([s.nextContact, STATUS_LABELS[s.status]]);
		}
	});

	it("keeps a property name with quotes and backslashes as text, in YAML and in the formula", () => {
		const settings: CoreSettings = { ...DEFAULT_CORE_SETTINGS, properties: { ...DEFAULT_CORE_SETTINGS.properties, lastContact: [`it's "last"\\`] } };
		const base = parseYaml(baseFileText(settings, { pluginViews: false })) as BaseFile;
		const out = evaluate(base.formulas, { path: "People/Row.md", properties: { [`it's "last"\\`]: "2026-11-20" } }, TODAY);
		expect(out.last_contact instanceof BDate ? out.last_contact.format() : null).toBe("2026-11-20");
	});
});
