import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PROPERTY_TIMEOUT } from "../property";
import { IncrementalReport } from "../../src/core/incremental";
import { pathResolver } from "../../src/core/links";
import { readNote } from "../../src/core/read";
import { readTasks, withTasks } from "../../src/core/commitments";
import { buildReport, compareNames } from "../../src/core/report";
import { DEFAULT_CORE_SETTINGS, type CoreSettings, type Frontmatter, type LinkResolver, type NoteReading } from "../../src/core/types";
import { settingsWith } from "./builder";

// Random sequences of notes set and deleted, their properties and their tasks changed, with
// reports at random days and settings in between: the report kept up to date one note at a
// time must equal buildReport every time, commitments included.

const PATHS = [
	"People/Jane Doe.md",
	"Team/Jane Doe.md",
	"Jane Doe.md",
	"People/Sam Lee.md",
	"Notes/Sam Lee.md",
	"People/Ana.md",
	"Ana.md",
	"Bo.md",
	"1-1/2026-11-10 Sam Lee.md",
	"1-1/2026-11-20 Jane Doe.md",
	"1-1/Weekly.md",
	"1-1/2026-11-23 Team.md",
	// A 1:1 that names its person only in its file name or its folder's.
	"Notes/2026-11-21 1on1 Bo.md",
	"1-1s/Jane Doe/2026-11-25.md",
	"Notes/Ideas.md",
	"Notes/Jane.md",
	// A person folder, its notes about its person, and a category subfolder of a people folder.
	"People/Niko Dukic/README.md",
	"People/Niko Dukic/2026-11-18 - Sync.md",
	"People/Niko Dukic/Goals.md",
	"People/Work/Kim.md",
	"Reviews/2026 H1 Jane Doe.md",
	"Meetings/2026-11-21 Standup.md",
];

const NAMES = ["Jane Doe", "jane doe", "Sam Lee", "Ana", "Bo", "Sammy", "Niko Dukic", "Kim"];

/** Links by path, by basename, with an alias, as a plain name, to no one and to a note that is no person. */
const LINKS = [
	"[[Jane Doe]]",
	"[[People/Jane Doe]]",
	"[[Team/Jane Doe|Jane]]",
	"[[Sam Lee|Sammy]]",
	"[[Ana]]",
	"[[ana.md]]",
	"[[Bo|Jane Doe]]",
	"[[Nobody]]",
	"[[Ideas]]",
	"[[Jane]]",
	"Sam Lee",
	"jane doe",
	"Sammy",
];

const DATES = ["2026-10-01", "2026-11-01", "2026-11-10", "2026-11-20", "2026-11-22", "2026-11-23", "2026-11-24", "2026-11-30", "2026-12-15"];
const TODAYS = ["2026-11-20", "2026-11-23", "2026-11-24", "2026-12-01"];

const SETTINGS: CoreSettings[] = [
	DEFAULT_CORE_SETTINGS,
	settingsWith({ dueSoonDays: 2 }),
	settingsWith({ defaultCadenceDays: { high: 3, medium: 10, low: 40, unset: 7 } }),
	settingsWith({ properties: { ...DEFAULT_CORE_SETTINGS.properties, with: ["with"] } }),
	settingsWith({ me: "Sam Lee" }),
	settingsWith({ me: "People/Jane Doe.md", rules: { ...DEFAULT_CORE_SETTINGS.rules, aboutNotes: false, personFolders: false } }),
];

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined, freq: 2 });
const date = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...DATES) }, { weight: 1, arbitrary: fc.constantFrom("2026-13-45", "next week") });
const link = fc.constantFrom(...LINKS);

const person: fc.Arbitrary<Frontmatter> = fc.record(
	{
		person: fc.oneof(fc.constantFrom(...NAMES), fc.constant(true), fc.constant("[[Sam Lee|Sammy]]")),
		type: fc.constant("person"),
		influence: fc.constantFrom("high", "medium", "low", 5, "huge"),
		"last-contact": date,
		cadence: fc.constantFrom(14, "2w", "monthly", "1m", "often"),
		"follow-up": date,
		"follow-up-note": fc.constantFrom("Send notes", "Ask about the promotion"),
		"snooze-until": date,
		"reports-to": fc.oneof({ weight: 3, arbitrary: link }, { weight: 1, arbitrary: fc.array(link, { minLength: 1, maxLength: 3 }) }),
		manager: maybe(link),
		aliases: fc.constantFrom(["Jay"], ["Me"], ["Niko"], []),
		tags: fc.constantFrom(["person"], "people/colleague", "work"),
		name: fc.constantFrom("Niko Dukic", "Kim", "Jay"),
	},
	{ requiredKeys: [] },
);

/** A meeting in the conventions of real vaults: attendees as names or a comma string, a person link to another note. */
const attendeeMeeting: fc.Arbitrary<Frontmatter> = fc.record(
	{
		participants: fc.oneof(fc.constantFrom("Jane Doe, Sam Lee", "Niko, Jay, Me", "Kim; Bilal"), fc.array(link, { minLength: 1, maxLength: 3 })),
		person: maybe(fc.constantFrom("[[Jane Doe]]", "[[Niko Dukic]]", "Sam Lee", "Nobody")),
		date: maybe(date),
		type: maybe(fc.constantFrom("meeting", "people")),
		"follow-up": maybe(date),
	},
	{ requiredKeys: [] },
);

const meeting: fc.Arbitrary<Frontmatter> = fc.record(
	{
		with: fc.oneof(link, fc.array(link, { minLength: 1, maxLength: 3 })),
		date: maybe(date),
		"follow-up": maybe(date),
		"follow-up-note": maybe(fc.constant("Share the doc")),
		person: maybe(fc.constantFrom(...NAMES)),
	},
	{ requiredKeys: ["with"] },
);

const other: fc.Arbitrary<Frontmatter> = fc.constantFrom({}, { tags: ["a"] }, { influence: "high" }, { cadence: "often" }, { type: "project" });

/** Lines of a 1:1 note's text: commitment headings, owner markers, due dates, carried markers naming other 1:1 notes, done and cancelled tasks. */
const TASK_LINES = [
	"## I will",
	"## Jane will",
	"## They will",
	"## Agreed",
	"## Notes",
	"### Sam will",
	"- [ ] Send the budget 📅 2026-11-20",
	"- [x] Send the budget ✅ 2026-11-21",
	"- [-] Send the budget",
	"- [ ] @me Draft the plan (from [[2026-11-10 Sam Lee]])",
	"- [ ] Draft the plan (from [[2026-11-20 Jane Doe]])",
	"- [ ] [[Sam Lee]] Share the numbers [due:: 2026-11-24]",
	"- [ ] [[Jane Doe]] Intro to the data team",
	"- [ ] @Ana Book the room",
	"- [ ] Review the deck 📅 2026-13-45",
	"    - [ ] Nested step",
	"```",
];

const body = fc.array(fc.constantFrom(...TASK_LINES), { maxLength: 8 }).map((lines) => lines.join("\n"));

const frontmatter = fc.oneof(
	{ weight: 3, arbitrary: person },
	{ weight: 3, arbitrary: meeting },
	{ weight: 2, arbitrary: attendeeMeeting },
	{ weight: 1, arbitrary: other },
);

/** One property edit of a note that is already there: the common case the report must stay cheap for. */
const edit: fc.Arbitrary<[string, unknown]> = fc.oneof(
	fc.tuple(fc.constant("last-contact"), date),
	fc.tuple(fc.constant("influence"), fc.constantFrom("high", "low", undefined)),
	fc.tuple(fc.constant("follow-up"), maybe(date)),
	fc.tuple(fc.constant("snooze-until"), maybe(date)),
	fc.tuple(fc.constant("date"), maybe(date)),
	fc.tuple(fc.constant("with"), link),
	fc.tuple(fc.constant("reports-to"), maybe(link)),
	// Your org: a manager changes (a list is a solid line and dotted lines; `manager` a second key), or who you are.
	fc.tuple(fc.constant("reports-to"), fc.array(link, { minLength: 1, maxLength: 3 })),
	fc.tuple(fc.constant("manager"), maybe(link)),
	fc.tuple(fc.constant("person"), fc.constantFrom("Sam Lee", "Me")),
	fc.tuple(fc.constant("aliases"), fc.constantFrom(["Me"], ["Jay"], undefined)),
	fc.tuple(fc.constant("participants"), fc.constantFrom("Jane Doe, Bilal", "Niko", undefined)),
	fc.tuple(fc.constant("name"), fc.constantFrom("Niko Dukic", "Kim", undefined)),
	// A plain note that says what else it is, or stops saying so, may stop or start being a person a meeting names.
	fc.tuple(fc.constant("type"), fc.constantFrom("project", undefined)),
);

type Change =
	| { kind: "set"; path: number; frontmatter: Frontmatter; body: string }
	| { kind: "tasks"; note: number; body: string }
	| { kind: "edit"; note: number; edit: [string, unknown] }
	| { kind: "delete"; note: number }
	| { kind: "new resolver" };

/** A change, then (mostly) a report, mostly on the same day with the same settings, so most reports are incremental. */
interface Step {
	change: Change;
	report: { today: number; settings: number } | null;
}

const change: fc.Arbitrary<Change> = fc.oneof(
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant("set" as const), path: fc.nat(PATHS.length - 1), frontmatter, body }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant("tasks" as const), note: fc.nat(), body }) },
	{ weight: 6, arbitrary: fc.record({ kind: fc.constant("edit" as const), note: fc.nat(), edit }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), note: fc.nat() }) },
	{ weight: 1, arbitrary: fc.constant({ kind: "new resolver" as const }) },
);

const report = fc.record({
	today: fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.nat(TODAYS.length - 1) }),
	settings: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat(SETTINGS.length - 1) }),
});

const step: fc.Arbitrary<Step> = fc.record({ change, report: fc.option(report, { nil: null, freq: 4 }) });

const start = fc.uniqueArray(fc.tuple(fc.constantFrom(...PATHS), frontmatter, body), { selector: ([p]) => p, maxLength: PATHS.length });

/** The notes of a test vault, and a resolver that always answers over the notes there are now. */
class Book {
	readonly notes = new Map<string, Frontmatter>();
	/** The text below each note's properties. */
	readonly bodies = new Map<string, string>();
	readonly readings = new Map<string, NoteReading>();
	resolve: LinkResolver = this.makeResolver();

	makeResolver(): LinkResolver {
		return (linkpath, source) => pathResolver(this.notes.keys())(linkpath, source);
	}

	set(path: string, frontmatter: Frontmatter, body = this.bodies.get(path) ?? ""): NoteReading {
		// The tasks' lines are counted below a frontmatter block of one line per key, as in a note.
		const text = `---\n${Object.keys(frontmatter).map((key) => `${key}: x`).join("\n")}\n---\n${body}`;
		const reading = withTasks(readNote(path, frontmatter, DEFAULT_CORE_SETTINGS), readTasks(text));
		this.notes.set(path, frontmatter);
		this.bodies.set(path, body);
		this.readings.set(path, reading);
		return reading;
	}

	remove(path: string): void {
		this.notes.delete(path);
		this.bodies.delete(path);
		this.readings.delete(path);
	}
}

function run(initial: [string, Frontmatter, string][], steps: Step[]): void {
	const book = new Book();
	const state = new IncrementalReport();
	let today = TODAYS[1] ?? "";
	let settings = DEFAULT_CORE_SETTINGS;
	const check = (): void => {
		const expected = buildReport(book.readings.values(), book.resolve, settings, today);
		expect(state.report(book.resolve, settings, today)).toStrictEqual(expected);
	};
	for (const [at, fm, text] of initial) state.set(at, book.set(at, fm, text));
	check();
	for (const { change, report } of steps) {
		// Edits and deletes pick one of the notes there are.
		const existing = [...book.notes.keys()].sort();
		switch (change.kind) {
			case "set": {
				const at = PATHS[change.path] ?? "";
				state.set(at, book.set(at, change.frontmatter, change.body));
				break;
			}
			case "tasks": {
				const at = existing[change.note % Math.max(1, existing.length)];
				const fm = at === undefined ? undefined : book.notes.get(at);
				if (at === undefined || fm === undefined) break;
				state.set(at, book.set(at, fm, change.body));
				break;
			}
			case "edit": {
				const at = existing[change.note % Math.max(1, existing.length)];
				const before = at === undefined ? undefined : book.notes.get(at);
				if (at === undefined || before === undefined) break;
				const [key, value] = change.edit;
				const after = { ...before };
				if (value === undefined) delete after[key];
				else after[key] = value;
				state.set(at, book.set(at, after));
				break;
			}
			case "delete": {
				const at = existing[change.note % Math.max(1, existing.length)];
				if (at === undefined) break;
				expect(state.delete(at)).toBe(true);
				book.remove(at);
				break;
			}
			case "new resolver":
				book.resolve = book.makeResolver();
				break;
		}
		if (report !== null) {
			today = TODAYS[report.today] ?? today;
			settings = SETTINGS[report.settings] ?? settings;
			check();
		}
	}
	check();
	expect(state.delete("Nowhere.md")).toBe(false);
	expect(state.size).toBe(book.readings.size);
}

describe("IncrementalReport", () => {
	it("equals buildReport after every step of any sequence of changes", () => {
		fc.assert(
			fc.property(start, fc.array(step, { minLength: 1, maxLength: 40 }), (initial, steps) => run(initial, steps)),
			// Enough runs that a bug needing three changes in a row (a note comes, a link changes, another note comes) is found.
			{ numRuns: 3000 },
		);
	}, PROPERTY_TIMEOUT);

	it("recomputes only a changed person's stakeholder and keeps the rest of the report as it was", () => {
		const book = new Book();
		const state = new IncrementalReport();
		state.set("People/Jane Doe.md", book.set("People/Jane Doe.md", { person: "Jane Doe", "last-contact": "2026-11-01" }));
		state.set("People/Sam Lee.md", book.set("People/Sam Lee.md", { person: "Sam Lee", "last-contact": "2026-11-20" }));
		state.set("1-1/a.md", book.set("1-1/a.md", { with: "[[Sam Lee]]", date: "2026-11-22", "follow-up": "2026-11-30" }));
		const first = state.report(book.resolve, DEFAULT_CORE_SETTINGS, "2026-11-23");
		expect(state.report(book.resolve, DEFAULT_CORE_SETTINGS, "2026-11-23")).toBe(first);
		state.set("People/Jane Doe.md", book.set("People/Jane Doe.md", { person: "Jane Doe", "last-contact": "2026-11-23" }));
		const second = state.report(book.resolve, DEFAULT_CORE_SETTINGS, "2026-11-23");
		expect(second).toStrictEqual(buildReport(book.readings.values(), book.resolve, DEFAULT_CORE_SETTINGS, "2026-11-23"));
		const sam = (report: typeof first) => report.stakeholders.find((s) => s.person === "Sam Lee");
		expect(sam(second)).toBe(sam(first));
		expect(second.stakeholders.find((s) => s.person === "Jane Doe")?.lastContact).toBe("2026-11-23");
		// Each report has lists of its own: a caller sorting one leaves the next alone.
		expect(second.stakeholders).not.toBe(first.stakeholders);
	});

	it("a new 1:1 note with a person named by meetings only recomputes them, and the last one gone takes them away", () => {
		const book = new Book();
		const state = new IncrementalReport();
		state.set("Jane Doe.md", book.set("Jane Doe.md", {}));
		state.set("People/Sam Lee.md", book.set("People/Sam Lee.md", { person: "Sam Lee", "last-contact": "2026-11-20" }));
		state.set("1-1/a.md", book.set("1-1/a.md", { attendees: ["[[Jane Doe]]", "[[Sam Lee]]"], date: "2026-11-10" }));
		const first = state.report(book.resolve, DEFAULT_CORE_SETTINGS, "2026-11-23");
		const jane = (report: typeof first) => report.stakeholders.find((s) => s.path === "Jane Doe.md");
		expect(jane(first)).toMatchObject({ person: "Jane Doe", foundBy: "named-in-meetings", lastContact: "2026-11-10" });
		const sam = (report: typeof first) => report.stakeholders.find((s) => s.person === "Sam Lee");
		state.set("1-1/b.md", book.set("1-1/b.md", { with: "[[Jane Doe]]", date: "2026-11-22" }));
		const second = state.report(book.resolve, DEFAULT_CORE_SETTINGS, "2026-11-23");
		expect(second).toStrictEqual(buildReport(book.readings.values(), book.resolve, DEFAULT_CORE_SETTINGS, "2026-11-23"));
		expect(jane(second)?.lastContact).toBe("2026-11-22");
		expect(sam(second)).toBe(sam(first));
		for (const path of ["1-1/a.md", "1-1/b.md"]) {
			state.delete(path);
			book.remove(path);
		}
		const third = state.report(book.resolve, DEFAULT_CORE_SETTINGS, "2026-11-23");
		expect(third).toStrictEqual(buildReport(book.readings.values(), book.resolve, DEFAULT_CORE_SETTINGS, "2026-11-23"));
		expect(jane(third)).toBeUndefined();
	});

	it("on a new day, moves every overdue count and age without resolving a link again", () => {
		const book = new Book();
		const state = new IncrementalReport();
		state.set("People/Sam Lee.md", book.set("People/Sam Lee.md", { person: "Sam Lee", cadence: "2w", "last-contact": "2026-11-20" }));
		state.set("People/Jane Doe.md", book.set("People/Jane Doe.md", { person: "Jane Doe", "last-contact": "2026-11-24" }));
		const body = "- [ ] @me Send [[Sam Lee]] the plan [due:: 2026-11-30]";
		state.set("1-1/a.md", book.set("1-1/a.md", { with: "[[Sam Lee]]", date: "2026-11-22", "follow-up": "2026-11-23" }, body));
		let asked = 0;
		const resolve: LinkResolver = (linkpath, source) => {
			asked++;
			return book.resolve(linkpath, source);
		};
		state.report(resolve, DEFAULT_CORE_SETTINGS, "2026-11-23");
		asked = 0;
		// Past midnight, then a week later: Jane's last contact is no longer in the future, Sam is overdue.
		for (const today of ["2026-11-24", "2026-12-07"]) {
			const report = state.report(resolve, DEFAULT_CORE_SETTINGS, today);
			expect(report).toStrictEqual(buildReport(book.readings.values(), book.resolve, DEFAULT_CORE_SETTINGS, today));
		}
		expect(asked).toBe(0);
		const later = state.report(resolve, DEFAULT_CORE_SETTINGS, "2026-12-07");
		expect(later.followUps.find((f) => f.kind === "follow-up")?.overdueDays).toBe(14);
		expect(later.stakeholders.find((s) => s.person === "Sam Lee")?.status).toBe("overdue");
		expect(later.commitments[0]?.ageDays).toBe(15);
		expect(later.problems).toStrictEqual([]);
	});
});

describe("buildReport", () => {
	it("does not depend on the order of the readings", () => {
		fc.assert(
			fc.property(start, fc.constantFrom(...TODAYS), (entries, today) => {
				const readings = entries.map(([p, fm, text]) => ({ path: p, reading: withTasks(readNote(p, fm, DEFAULT_CORE_SETTINGS), readTasks(text)) }));
				const resolve = pathResolver(entries.map(([p]) => p));
				const byPath = [...readings].sort((a, b) => compareNames(a.path, b.path)).map((r) => r.reading);
				const asGiven = readings.map((r) => r.reading);
				const reversed = [...asGiven].reverse();
				const expected = buildReport(byPath, resolve, DEFAULT_CORE_SETTINGS, today);
				expect(buildReport(asGiven, resolve, DEFAULT_CORE_SETTINGS, today)).toStrictEqual(expected);
				expect(buildReport(reversed, resolve, DEFAULT_CORE_SETTINGS, today)).toStrictEqual(expected);
			}),
			{ numRuns: 300 },
		);
	}, PROPERTY_TIMEOUT);
});
