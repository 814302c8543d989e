import { describe, expect, it } from "vitest";
import type { Report } from "../../src/core/types";
import {
	FOLLOW_UP_PAGE,
	MAP_CELL_LIMIT,
	MAP_UNPLACED_LIMIT,
	PEOPLE_PAGE,
	PROBLEM_PAGE,
	buildDashboardModel,
	dueText,
	lastContactText,
	quadrantName,
	type DashboardModel,
	type DashboardOptions,
} from "../../src/core/viewmodel";
import { reportOfNotes } from "./builder";

const TODAY = "2026-11-23";

/** reportOf builds a report the way the plugin does, from note paths and their frontmatter. */
function reportOf(notes: Record<string, Record<string, unknown>>, today = TODAY): Report {
	return reportOfNotes(notes, today);
}

/** A small, realistic vault: a manager, a skip-level, peers, a sponsor and a 1:1 note. */
const VAULT: Record<string, Record<string, unknown>> = {
	"People/Jane Doe.md": {
		person: "Jane Doe",
		role: "VP Engineering",
		relationship: "skip-level",
		influence: "high",
		interest: "medium",
		"last-contact": "2026-11-01",
		"cares-about": ["platform reliability", "hiring"],
	},
	"People/Sam Lee.md": {
		person: "Sam Lee",
		role: "Engineering manager",
		relationship: "manager",
		influence: "high",
		interest: "high",
		"last-contact": "2026-11-20",
		cadence: "weekly",
		"follow-up": "2026-11-25",
		"follow-up-note": "Send the promotion packet draft",
	},
	"People/Priya Patel.md": {
		person: "Priya Patel",
		role: "Staff engineer",
		relationship: "peer",
		influence: "medium",
		interest: "high",
		"last-contact": "2026-10-01",
	},
	"People/Alex Kim.md": {
		person: "Alex Kim",
		role: "Product director",
		relationship: "sponsor",
		influence: "high",
		interest: "low",
	},
	"People/Chris Moreau.md": {
		type: "person",
		role: "Designer",
		relationship: "peer",
		influence: "low",
		interest: "low",
		"last-contact": "2026-11-22",
		"snooze-until": "2026-12-01",
	},
	"People/Dana Ortiz.md": {
		person: "Dana Ortiz",
		relationship: "mentor",
		"last-contact": "2026-11-23",
		"cares-about": "career growth",
	},
	"People/Broken.md": { person: "Robin Broken", "last-contact": "2026-13-45", influence: "huge" },
	"1-1s/2026-11-10 Sam Lee.md": {
		with: "[[Sam Lee]]",
		date: "2026-11-10",
		"follow-up": "2026-11-15",
		"follow-up-note": "Share the roadmap doc",
	},
};

function model(options: Partial<DashboardOptions> = {}, notes = VAULT, today = TODAY): DashboardModel {
	return buildDashboardModel(reportOf(notes, today), { filter: "", sort: "urgency", group: "none", today, ...options });
}

function names(m: DashboardModel): string[] {
	return m.people.groups.flatMap((g) => g.rows.map((r) => r.name));
}

describe("relative texts", () => {
	it.each([
		[null, "never contacted"],
		[0, "last contact today"],
		[1, "last contact yesterday"],
		[23, "last contact 23 days ago"],
		[-1, "last contact tomorrow"],
		[-3, "last contact in 3 days"],
	])("lastContactText(%s) is %s", (days, text) => {
		expect(lastContactText(days)).toBe(text);
	});

	it.each([
		["2026-11-15", "overdue by 8 days"],
		["2026-11-22", "overdue by 1 day"],
		["2026-11-23", "due today"],
		["2026-11-24", "due tomorrow"],
		["2026-11-26", "due in 3 days"],
		// Across the US daylight-saving end and a month end.
		["2026-10-31", "overdue by 23 days"],
		["2026-12-01", "due in 8 days"],
	])("dueText(%s) is %s", (due, text) => {
		expect(dueText(due, TODAY)).toBe(text);
	});
});

describe("follow-ups", () => {
	it("puts overdue items first, then due soon, then later, with counts", () => {
		const m = model();
		expect(m.followUps.buckets.map((b) => [b.heading, b.count])).toEqual([
			["Overdue", 3],
			["Due soon", 4],
		]);
		const rows = m.followUps.buckets.flatMap((b) => b.rows.map((r) => `${r.person}: ${r.text} (${r.dueText})`));
		expect(rows).toEqual([
			"Priya Patel: Get in touch (overdue by 23 days)",
			"Jane Doe: Get in touch (overdue by 8 days)",
			"Sam Lee: Share the roadmap doc (overdue by 8 days)",
			"Alex Kim: Get in touch (due today)",
			"Robin Broken: Get in touch (due today)",
			"Sam Lee: Send the promotion packet draft (due in 2 days)",
			"Sam Lee: Get in touch (due in 4 days)",
		]);
		expect(m.summary).toMatchObject({ overdue: 3, dueSoon: 4, people: 7 });
	});

	it("marks a 1:1 note's follow-up and keeps the item for the handlers", () => {
		const row = model().followUps.buckets[0]?.rows[2];
		expect(row?.fromMeeting).toBe(true);
		expect(row?.item.path).toBe("1-1s/2026-11-10 Sam Lee.md");
		expect(row?.item.personPath).toBe("People/Sam Lee.md");
		expect(row?.tone).toBe("danger");
	});

	it("puts items beyond the due-soon window in Later", () => {
		const m = model({ dueSoonDays: 2 });
		expect(m.followUps.buckets.map((b) => [b.id, b.count])).toEqual([
			["overdue", 3],
			["due-soon", 2],
			["later", 2],
		]);
		expect(m.followUps.buckets[2]?.rows[0]?.tone).toBe("muted");
	});

	it("builds at most followUpLimit rows and counts the rest", () => {
		const m = model({ followUpLimit: 2 });
		expect(m.followUps.buckets.flatMap((b) => b.rows)).toHaveLength(2);
		expect(m.followUps.hidden).toBe(5);
		expect(m.followUps.buckets.map((b) => b.count)).toEqual([3, 4]);
	});
});

describe("people", () => {
	it("lists everyone in urgency order with the texts a person reads", () => {
		const m = model();
		expect(names(m)).toEqual(["Priya Patel", "Jane Doe", "Alex Kim", "Robin Broken", "Sam Lee", "Dana Ortiz", "Chris Moreau"]);
		const jane = m.people.groups[0]?.rows[1];
		expect(jane).toMatchObject({
			name: "Jane Doe",
			role: "VP Engineering",
			relationship: "skip-level",
			influenceText: "High influence",
			lastContactText: "last contact 22 days ago",
			chip: { label: "Overdue", tone: "danger" },
			dueText: "overdue by 8 days",
			caresAbout: ["platform reliability", "hiring"],
		});
		const byName = new Map(m.people.groups[0]?.rows.map((r) => [r.name, r]));
		expect(byName.get("Alex Kim")).toMatchObject({ lastContactText: "never contacted", chip: { label: "No contact yet" } });
		expect(byName.get("Sam Lee")).toMatchObject({ lastContactText: "last contact 3 days ago", chip: { label: "Due soon" }, dueText: "due in 4 days" });
		expect(byName.get("Dana Ortiz")).toMatchObject({ lastContactText: "last contact today", chip: { label: "On track", tone: "success" }, dueText: "next contact in 30 days", influenceText: null });
		expect(byName.get("Chris Moreau")).toMatchObject({ chip: { label: "Snoozed", tone: "muted" }, dueText: "snoozed until 2026-12-01", lastContactText: "last contact yesterday" });
	});

	it.each([
		["influence", ["Jane Doe", "Alex Kim", "Sam Lee", "Priya Patel", "Chris Moreau", "Robin Broken", "Dana Ortiz"]],
		["name", ["Alex Kim", "Chris Moreau", "Dana Ortiz", "Jane Doe", "Priya Patel", "Robin Broken", "Sam Lee"]],
		["last-contact", ["Alex Kim", "Robin Broken", "Priya Patel", "Jane Doe", "Sam Lee", "Chris Moreau", "Dana Ortiz"]],
	] as const)("sorts by %s", (sort, expected) => {
		expect(names(model({ sort }))).toEqual(expected);
	});

	it.each([
		["jane", ["Jane Doe"]],
		["ENGINEER", ["Priya Patel", "Jane Doe", "Sam Lee"]],
		["peer", ["Priya Patel", "Chris Moreau"]],
		["hiring", ["Jane Doe"]],
		["career growth", ["Dana Ortiz"]],
		["  manager  ", ["Sam Lee"]],
		["nobody", []],
	])("filters %j by name, role, relationship and cares-about", (filter, expected) => {
		const m = model({ filter });
		expect(names(m)).toEqual(expected);
		expect(m.people.matched).toBe(expected.length);
		expect(m.people.total).toBe(7);
		expect(m.empty).toBe(false);
	});

	it("groups by relationship in the known order, unknown and missing last", () => {
		const m = model({ group: "relationship" });
		expect(m.people.groups.map((g) => [g.heading, g.count])).toEqual([
			["Manager", 1],
			["Skip-level", 1],
			["Peer", 2],
			["Sponsor", 1],
			["Mentor", 1],
			["No relationship", 1],
		]);
		expect(m.people.groups[2]?.rows.map((r) => r.name)).toEqual(["Priya Patel", "Chris Moreau"]);
	});

	it("groups by influence, high first and unset last", () => {
		const m = model({ group: "influence", sort: "name" });
		expect(m.people.groups.map((g) => `${g.heading} (${g.count})`)).toEqual([
			"High influence (3)",
			"Medium influence (1)",
			"Low influence (1)",
			"No influence set (2)",
		]);
		expect(m.people.groups[0]?.rows.map((r) => r.name)).toEqual(["Alex Kim", "Jane Doe", "Sam Lee"]);
	});

	it("builds at most peopleLimit rows across groups and keeps the full counts", () => {
		const m = model({ group: "relationship", peopleLimit: 3 });
		expect(names(m)).toEqual(["Sam Lee", "Jane Doe", "Priya Patel"]);
		expect(m.people.groups.map((g) => g.count)).toEqual([1, 1, 2, 1, 1, 1]);
		expect(m.people.hidden).toBe(4);
	});
});

describe("map", () => {
	it("names the four corners and leaves the middle cells unnamed", () => {
		expect(quadrantName("high", "high")).toBe("Manage closely");
		expect(quadrantName("high", "low")).toBe("Keep satisfied");
		expect(quadrantName("low", "high")).toBe("Keep informed");
		expect(quadrantName("low", "low")).toBe("Monitor");
		expect(quadrantName("medium", "high")).toBeNull();
		expect(quadrantName("high", "medium")).toBeNull();
	});

	it("places each person with both levels as a labelled dot and lists the others beside it", () => {
		const m = model().map;
		const cells = m.rows.flatMap((row) => row.cells.map((c) => `${c.influence}/${c.interest}: ${c.dots.map((d) => d.label).join(", ")}`));
		expect(cells).toEqual([
			"high/low: Alex Kim",
			"high/medium: Jane Doe",
			"high/high: Sam Lee",
			"medium/low: ",
			"medium/medium: ",
			"medium/high: Priya Patel",
			"low/low: Chris Moreau",
			"low/medium: ",
			"low/high: ",
		]);
		expect(m.placed).toBe(5);
		expect(m.unplaced).toEqual([
			{ path: "People/Broken.md", label: "Robin Broken", missing: "no influence and interest" },
			{ path: "People/Dana Ortiz.md", label: "Dana Ortiz", missing: "no influence and interest" },
		]);
		expect(m.rows[0]?.cells[2]?.dots[0]?.title).toBe("Sam Lee: high influence, high interest; due soon");
	});
});

describe("problems and the empty state", () => {
	it("lists every problem with its note", () => {
		const m = model();
		expect(m.problems.map((p) => p.message)).toEqual([
			"influence: 'huge' is not a level; use low, medium, high or a whole number from 1 to 5",
			"last-contact: '2026-13-45' is not a date; use YYYY-MM-DD",
		]);
		expect(m.problems[0]?.path).toBe("People/Broken.md");
		expect(m.summary.problems).toBe(2);
	});

	it("is empty when there is no stakeholder, and keeps the problems", () => {
		const m = model({}, { "Notes/Idea.md": { tags: ["x"] }, "1-1s/2026-11-01 Ghost.md": { with: "[[Ghost]]" } });
		expect(m.empty).toBe(true);
		expect(m.people.groups).toEqual([]);
		expect(m.problems).toHaveLength(1);
		expect(m.problems[0]?.message).toContain("'[[Ghost]]' does not match any person note");
	});

	it("is pure: building twice gives equal models and leaves the report alone", () => {
		const report = reportOf(VAULT);
		const before = JSON.stringify(report);
		const options: DashboardOptions = { filter: "", sort: "name", group: "influence", today: TODAY };
		expect(buildDashboardModel(report, options)).toEqual(buildDashboardModel(report, options));
		expect(JSON.stringify(report)).toBe(before);
	});
});

describe("pages and caps of a large vault", () => {
	const notes: Record<string, Record<string, unknown>> = {};
	for (let i = 0; i < 300; i++) {
		notes[`People/P${i}.md`] = {
			person: `P${i}`,
			influence: ["low", "medium", "high"][i % 3],
			...(i % 10 === 9 ? {} : { interest: ["high", "low", "medium"][Math.floor(i / 3) % 3] }),
			"last-contact": i % 20 === 0 ? "someday" : `2026-10-${String(1 + (i % 28)).padStart(2, "0")}`,
		};
	}
	const report = reportOf(notes);
	const build = (options: Partial<DashboardOptions> = {}): DashboardModel =>
		buildDashboardModel(report, { filter: "", sort: "urgency", group: "none", today: TODAY, ...options });

	it("builds the first page of each list and says how many the next page adds", () => {
		const m = build();
		expect(names(m)).toHaveLength(PEOPLE_PAGE);
		expect(m.people).toMatchObject({ total: 300, matched: 300, hidden: 300 - PEOPLE_PAGE, more: PEOPLE_PAGE, place: null });
		expect(m.followUps.buckets.flatMap((b) => b.rows)).toHaveLength(FOLLOW_UP_PAGE);
		expect(m.followUps.more).toBe(FOLLOW_UP_PAGE);
		expect(m.problems).toHaveLength(PROBLEM_PAGE);
		expect(m.problemsHidden).toBe(15 - PROBLEM_PAGE);
		expect(m.problemsMore).toBe(5);
		expect(build({ problemLimit: 20 }).problems).toHaveLength(15);
	});

	it("caps the dots of each cell and the people beside the map, and counts the rest", () => {
		const { map } = build();
		const cells = map.rows.flatMap((row) => row.cells);
		for (const cell of cells) expect(cell.dots.length).toBeLessThanOrEqual(MAP_CELL_LIMIT);
		expect(cells.reduce((n, c) => n + c.dots.length + c.hidden, 0)).toBe(map.placed);
		expect(map.placed).toBe(270);
		expect(map.unplaced).toHaveLength(MAP_UNPLACED_LIMIT);
		expect(map.unplacedCount).toBe(30);
		expect(cells.map((c) => c.label).slice(0, 3)).toEqual([
			"Keep satisfied: high influence, low interest",
			"High influence, medium interest",
			"Manage closely: high influence, high interest",
		]);
	});

	it("narrows People to one cell of the map, or to the people not on it, with the filter", () => {
		const high = build({ place: "high/high" });
		expect(high.people.place).toEqual({ id: "high/high", label: "Manage closely: high influence, high interest" });
		expect(high.people.matched).toBe(report.stakeholders.filter((s) => s.influence === "high" && s.interest === "high").length);
		expect(high.options.place).toBe("high/high");
		const unplaced = build({ place: "unplaced", filter: "P1" });
		expect(unplaced.people.place?.label).toBe("Not on the map: no influence or interest");
		expect(names(unplaced).every((n) => n.startsWith("P1"))).toBe(true);
		expect(unplaced.people.matched).toBe(report.stakeholders.filter((s) => s.interest === null && s.person.startsWith("P1")).length);
		// The map itself is not narrowed.
		expect(high.map).toEqual(build().map);
	});
});
