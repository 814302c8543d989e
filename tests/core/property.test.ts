import fc from "fast-check";
import { describe, it } from "vitest";
import { PROPERTY_TIMEOUT } from "../property";
import { validIsoDate } from "../../src/core/dates";
import { reportJson } from "../../src/core/json";
import { pathResolver } from "../../src/core/links";
import { readNote } from "../../src/core/read";
import { buildReport } from "../../src/core/report";
import {
	DEFAULT_CORE_SETTINGS,
	STATUS_RANK,
	type CoreSettings,
	type Frontmatter,
	type NoteReading,
	type Problem,
	type Report,
} from "../../src/core/types";

/**
 * Property-based tests: random frontmatter, realistic and not, never makes the core throw, and
 * every value it does not take is a problem. Runs in each core time-zone project.
 */

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** A `yyyy-MM-dd` day that may or may not exist (2026-02-30, 2026-13-45). */
const dateParts = fc
	.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
	.map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
/** Days around the US daylight-saving end, and the ends of the writable range. */
const nearDates = fc.constantFrom("2026-10-31", "2026-11-01", "2026-11-02", "2026-11-23", "2028-02-29", "2026-01-31", "0000-01-01", "9999-12-31");
const dayText = fc.oneof(nearDates, dateParts);
const dateTime = fc
	.tuple(dayText, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom("", ":00", ":59.5", "Z", "+14:00", "-08:00", ":30-0700"))
	.map(([day, h, m, rest]) => `${day}T${pad(h, 2)}:${pad(m, 2)}${rest}`);
const text = fc.string({ unit: "grapheme", maxLength: 20 });
const name = fc.oneof(fc.constantFrom("Jane Doe", "Ann", "Sam Roe", "jane doe", "Zoë", "李雷"), text);
const link = fc
	.tuple(fc.constantFrom("", "People/", "Daily/", "Archive/People/"), fc.oneof(name, dayText), fc.option(name, { nil: undefined }))
	.map(([folder, target, alias]) => `[[${folder}${target}${alias === undefined ? "" : `|${alias}`}]]`);
/** YAML reads an unquoted `[[x]]` as a list holding a list. */
const unquotedLink = link.map((l) => [[l.slice(2, -2)]]);

const scalar = fc.oneof(
	dayText,
	dateTime,
	link,
	unquotedLink,
	name,
	fc.constantFrom("low", "Medium", "HIGH", "huge", "weekly", "biweekly", "fortnightly", "monthly", "quarterly", "often", "14d", "2w", "3m", "0", "-3", " ", ""),
	fc.integer({ min: -10, max: 400 }),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.date(),
);
const value = fc.oneof(
	{ weight: 6, arbitrary: scalar },
	{ weight: 2, arbitrary: fc.array(fc.oneof(scalar, unquotedLink), { maxLength: 4 }) },
	{
		weight: 1,
		arbitrary: fc.anything({
			withBigInt: true,
			withBoxedValues: true,
			withDate: true,
			withNullPrototype: true,
			withSparseArray: true,
			withTypedArray: true,
			maxDepth: 2,
		}),
	},
);

const PERSON_KEYS = {
	person: "person",
	role: "role",
	relationship: "relationship",
	influence: "influence",
	interest: "interest",
	"last-contact": "lastContact",
	cadence: "cadence",
	"follow-up": "followUp",
	"follow-up-note": "followUpNote",
	"snooze-until": "snoozeUntil",
	"cares-about": "caresAbout",
} as const;
const OTHER_KEYS = ["reports-to", "manager", "type", "with", "date"] as const;
const ALL_KEYS = [...Object.keys(PERSON_KEYS), ...OTHER_KEYS];

const frontmatter: fc.Arbitrary<Frontmatter> = fc
	.tuple(
		fc.record(Object.fromEntries(ALL_KEYS.map((key) => [key, value])), { requiredKeys: [] }),
		fc.constantFrom<Frontmatter>({}, { type: "person" }, { person: "Jane Doe" }, { with: "[[Jane Doe]]" }),
		fc.dictionary(text, value, { maxKeys: 2 }),
	)
	.map(([known, base, extra]) => ({ ...extra, ...base, ...known }));

const path = fc.constantFrom(
	"People/Jane Doe.md",
	"People/Ann.md",
	"Archive/People/Jane Doe.md",
	"1-1/2026-11-01 Jane Doe.md",
	"1-1/2026-02-30 Ann.md",
	"Sam Roe.md",
	"Notes/Zoë ünïcode.md",
);

const note = fc.record({ path, frontmatter });
const today = fc.oneof(nearDates, fc.date({ min: new Date(Date.UTC(0, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));

const settingsArb: fc.Arbitrary<CoreSettings> = fc.record({
	rules: fc.constant(DEFAULT_CORE_SETTINGS.rules),
	personWords: fc.constant(DEFAULT_CORE_SETTINGS.personWords),
	me: fc.constantFrom("", "Ann", "People/Jane Doe.md"),
	properties: fc.constant(DEFAULT_CORE_SETTINGS.properties),
	peopleFolders: fc.constantFrom([], ["People"], ["Archive/People", "Nowhere"]),
	templatesFolder: fc.constantFrom("", "Templates"),
	defaultCadenceDays: fc.record({ high: fc.integer({ min: 1, max: 400 }), medium: fc.integer({ min: 1, max: 400 }), low: fc.integer({ min: 1, max: 400 }), unset: fc.integer({ min: 1, max: 400 }) }),
	dueSoonDays: fc.integer({ min: 0, max: 60 }),
});

/** Absent, in the design's words: missing, null, blank text, or a list of nothing else. */
function isAbsent(v: unknown): boolean {
	if (v === undefined || v === null) return true;
	if (typeof v === "string") return v.trim() === "";
	return Array.isArray(v) && v.every(isAbsent);
}

/** check throws when a condition fails: much cheaper than expect() in a loop of 10,000 runs. */
function check(condition: boolean, what: string, detail?: unknown): void {
	if (!condition) throw new Error(`${what}: ${JSON.stringify(detail, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))}`);
}

function hasProblem(problems: Problem[], key: string): boolean {
	return problems.some((p) => p.key === key);
}

/** checkEveryValueIsTakenOrAProblem: each known key with a value is in the record or is a problem. */
function checkEveryValueIsTakenOrAProblem(fm: Frontmatter, reading: NoteReading): void {
	const { record, problems } = reading;
	const missed: string[] = [];
	const takenOrProblem = (key: string, taken: boolean): void => {
		if (!isAbsent(fm[key]) && !taken && !hasProblem(problems, key)) missed.push(key);
	};
	if (record?.kind === "person") {
		for (const [key, field] of Object.entries(PERSON_KEYS)) {
			const got: unknown = record[field];
			takenOrProblem(key, Array.isArray(got) ? got.length > 0 : got !== null);
		}
		const reportsToKey = isAbsent(fm["reports-to"]) ? "manager" : "reports-to";
		takenOrProblem(reportsToKey, record.reportsTo !== null);
	} else if (record?.kind === "meeting") {
		takenOrProblem("with", record.with.length > 0);
		takenOrProblem("date", record.date !== null);
		takenOrProblem("follow-up", record.followUp !== null);
		takenOrProblem("follow-up-note", record.followUpNote !== null);
	}
	check(missed.length === 0, "values neither taken nor a problem", missed);
}

function checkReport(report: Report, when: string): void {
	const dates: (string | null)[] = [];
	for (const s of report.stakeholders) {
		dates.push(s.lastContact, s.nextContact, s.ownLastContact, s.followUp, s.snoozeUntil);
		check(Number.isInteger(s.cadence.count) && s.cadence.count > 0, "cadence", s.cadence);
		check(s.daysOverdue >= 0, "daysOverdue", s);
		check(s.status !== "never" || s.lastContact === null, "never with a last contact", s);
		check(s.status !== "overdue" || (s.nextContact !== null && s.nextContact < when), "overdue", s);
		check(s.status !== "snoozed" || (s.snoozeUntil !== null && s.snoozeUntil > when), "snoozed", s);
		// A last-contact after today is a problem and does not count.
		const own = s.ownLastContact !== null && s.ownLastContact <= when ? s.ownLastContact : "";
		check(s.lastContact === null || s.lastContact >= own, "last contact before last-contact", s);
	}
	for (const f of report.followUps) {
		dates.push(f.due);
		check(f.overdueDays >= 0, "overdueDays", f);
	}
	for (const d of dates) check(d === null || validIsoDate(d) === d, "not a date", d);
	const ranks = report.stakeholders.map((s) => STATUS_RANK[s.status]);
	check(ranks.every((r, i) => i === 0 || (ranks[i - 1] ?? 0) <= r), "stakeholder order", ranks);
	const dues = report.followUps.map((f) => f.due);
	check(dues.every((d, i) => i === 0 || (dues[i - 1] ?? "") <= d), "follow-up order", dues);
	for (const p of report.problems) {
		check(typeof p.message === "string" && (p.key === null || p.message.startsWith(`${p.key}: `)), "problem message", p.message);
	}
}

describe("random frontmatter", () => {
	it("never makes readNote or buildReport throw, and every value not taken is a problem", () => {
		fc.assert(
			fc.property(fc.array(note, { minLength: 1, maxLength: 4 }), today, settingsArb, (notes, when, settings) => {
				const readings = notes.map(({ path: p, frontmatter: fm }) => {
					const reading = readNote(p, fm, settings);
					for (const problem of reading.problems) {
						check(problem.path === p && problem.message.startsWith(`${problem.key}: `), "problem", problem.message);
					}
					checkEveryValueIsTakenOrAProblem(fm, reading);
					return reading;
				});
				const report = buildReport(readings, pathResolver(notes.map((n) => n.path)), settings, when);
				checkReport(report, when);
				const json = JSON.stringify(reportJson(report));
				check((JSON.parse(json) as { today: unknown }).today === when, "json today", json.slice(0, 40));
			}),
			{ numRuns: 10000 },
		);
	}, PROPERTY_TIMEOUT);

	it("reads any frontmatter at all, even one that is not a map, without throwing", () => {
		fc.assert(
			fc.property(fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withBoxedValues: true }), path, (fm, p) => {
				const reading = readNote(p, fm, DEFAULT_CORE_SETTINGS);
				buildReport([reading], pathResolver([p]), DEFAULT_CORE_SETTINGS, "2026-11-01");
			}),
			{ numRuns: 2000 },
		);
	}, PROPERTY_TIMEOUT);
});
