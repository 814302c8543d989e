import { describe, expect, it } from "vitest";
import { problemJson, reportJson } from "../../src/core/json";
import { readNote } from "../../src/core/read";
import { DEFAULT_CORE_SETTINGS } from "../../src/core/types";
import { NoteBuilder, reportOf } from "./builder";

describe("reportJson", () => {
	const today = "2026-11-23";
	const report = reportOf(
		[
			NoteBuilder.person("Jane Doe")
				.set("role", "VP Engineering")
				.set("relationship", "Skip-level")
				.influence("high")
				.set("interest", "medium")
				.lastContact("2026-11-01"),
			NoteBuilder.person("Sam").lastContact("2026-13-45").followUp("2026-11-30"),
			NoteBuilder.note("People/Dee.md").set("person", "Dee").set("follow-up", new Date(Number.NaN)),
			NoteBuilder.meeting("2026-11-02 Sync", "[[Nobody]]"),
		],
		today,
	);
	const json = reportJson(report);

	it("is the design's example, with the contract's keys in order", () => {
		expect(Object.keys(json)).toEqual(["today", "stakeholders", "followUps", "problems", "withoutNote", "commitments"]);
		expect(json.today).toBe(today);
		const jane = json.stakeholders.find((s) => s.person === "Jane Doe");
		expect(JSON.stringify(jane)).toBe(
			JSON.stringify({
				path: "People/Jane Doe.md",
				person: "Jane Doe",
				role: "VP Engineering",
				relationship: "skip-level",
				influence: "high",
				interest: "medium",
				lastContact: "2026-11-01",
				cadence: { count: 14, unit: "days" },
				nextContact: "2026-11-15",
				status: "overdue",
				daysOverdue: 8,
				// Added with the org chart (issue 13): no me in this vault, so no chain.
				reportsToPath: null,
				inferredRelationship: null,
				chain: null,
			}),
		);
		expect(JSON.stringify(json.followUps[0])).toBe(
			JSON.stringify({
				kind: "contact",
				path: "People/Jane Doe.md",
				person: "Jane Doe",
				personPath: "People/Jane Doe.md",
				due: "2026-11-15",
				text: "Get in touch",
				overdueDays: 8,
			}),
		);
		expect(JSON.stringify(json.problems.find((p) => p.path === "People/Sam.md"))).toBe(
			JSON.stringify({
				path: "People/Sam.md",
				key: "last-contact",
				value: "2026-13-45",
				message: "last-contact: '2026-13-45' is not a date; use YYYY-MM-DD",
			}),
		);
	});

	it("keeps exactly the contract's keys on every item, and nulls rather than undefined", () => {
		for (const s of json.stakeholders) {
			expect(Object.keys(s)).toEqual([
				"path",
				"person",
				"role",
				"relationship",
				"influence",
				"interest",
				"lastContact",
				"cadence",
				"nextContact",
				"status",
				"daysOverdue",
				"reportsToPath",
				"inferredRelationship",
				"chain",
			]);
			expect(Object.keys(s.cadence)).toEqual(["count", "unit"]);
		}
		for (const f of json.followUps) {
			expect(Object.keys(f)).toEqual(["kind", "path", "person", "personPath", "due", "text", "overdueDays"]);
		}
		for (const p of json.problems) expect(Object.keys(p)).toEqual(["path", "key", "value", "message"]);
		const sam = json.stakeholders.find((s) => s.person === "Sam");
		expect(sam).toMatchObject({ role: null, relationship: null, influence: null, interest: null, lastContact: null, nextContact: null, status: "never", daysOverdue: 0 });
		const values = (value: unknown): unknown[] =>
			value !== null && typeof value === "object" ? Object.values(value).flatMap(values) : [value];
		expect(values(json)).not.toContain(undefined);
	});

	it("survives a JSON round trip unchanged, Date values made text or null", () => {
		const dee = json.problems.find((p) => p.path === "People/Dee.md");
		expect(dee?.value).toBeNull();
		expect(JSON.parse(JSON.stringify(json))).toEqual(json);
	});

	it("writes a Date value of a problem as ISO text", () => {
		const withDate = reportJson({
			today,
			stakeholders: [],
			followUps: [],
			problems: [{ path: "a.md", key: "x", value: { when: new Date(Date.UTC(2026, 10, 1)), missing: undefined }, message: "x: …" }],
			withoutNote: [],
			me: null,
			commitments: [],
		});
		expect(withDate.problems[0]?.value).toEqual({ when: "2026-11-01T00:00:00.000Z", missing: null });
	});
});

describe("values YAML makes that JSON cannot hold (issue 10, item 17)", () => {
	it.each([
		["!!binary", "role", new Uint8Array([104, 105]), "(binary data, 2 bytes)", "role: is binary data; use text"],
		["!!set", "role", new Set(["a", "b"]), ["a", "b"], "role: is a set; use text"],
		[".inf", "influence", Infinity, ".inf", "influence: .inf is not a level; use low, medium, high or a whole number from 1 to 5"],
		["-.inf", "influence", -Infinity, "-.inf", "influence: -.inf is not a level; use low, medium, high or a whole number from 1 to 5"],
		[".nan", "influence", Number.NaN, ".nan", "influence: .nan is not a level; use low, medium, high or a whole number from 1 to 5"],
	])("%s: the problem's value in JSON is what its message names", (_tag, key, value, json, message) => {
		const reading = readNote("People/Jane Doe.md", { person: "Jane Doe", [key]: value }, DEFAULT_CORE_SETTINGS);
		const problem = reading.problems[0];
		expect(problem?.message).toBe(message);
		if (problem === undefined) return;
		expect(JSON.parse(JSON.stringify(problemJson(problem))) as unknown).toEqual({ ...problemJson(problem), value: json });
	});
});
