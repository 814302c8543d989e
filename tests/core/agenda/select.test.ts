import { describe, expect, it } from "vitest";
import {
	agendaNote,
	defaultBuiltIn,
	findTemplate,
	isPersonTemplate,
	personNoteProperties,
	renderPersonTemplate,
	templatesFor,
	userTemplate,
} from "../../../src/core/agenda";
import { DEFAULT_PROPERTY_NAMES as NAMES } from "../../../src/core";
import { context } from "./fixtures";

const weekly = userTemplate({
	path: "Templates/Weekly with my manager.md",
	frontmatter: { relationships: ["Manager", "skip-level"], tags: ["1-1"], with: "[[x]]" },
	text: "---\nrelationships: [Manager, skip-level]\ntags: [1-1]\n---\n# Weekly {{person}}\n",
});
const general = userTemplate({ path: "Templates/Any meeting.md", frontmatter: null, text: "Any {{person}}\n" });
const peerOnly = userTemplate({ path: "Templates/Peer sync.md", frontmatter: { relationship: "peer, stakeholder" }, text: "x" });

describe("user templates", () => {
	it("read the relationships they fit and keep their other properties", () => {
		expect(weekly).toMatchObject({
			id: "Templates/Weekly with my manager.md",
			name: "Weekly with my manager",
			relationships: ["manager", "skip-level"],
			body: "# Weekly {{person}}\n",
			builtIn: false,
			properties: { tags: ["1-1"] },
		});
		expect(peerOnly.relationships).toEqual(["peer", "stakeholder"]);
		expect(general.relationships).toEqual([]);
	});

	it("tell the person-note template apart", () => {
		expect(isPersonTemplate("Templates/Stakeholder.md")).toBe(true);
		expect(isPersonTemplate("Templates/person.md")).toBe(true);
		expect(isPersonTemplate("Templates/Manager 1-1.md")).toBe(false);
	});
});

describe("templatesFor", () => {
	const names = (relationship: string | null): string[] =>
		templatesFor(relationship, [general, peerOnly, weekly]).map((t) => t.name);

	it.each([
		["manager", ["Weekly with my manager", "Manager 1:1", "Any meeting", "Career conversation"]],
		["skip-level", ["Weekly with my manager", "Skip-level 1:1", "Any meeting", "Career conversation"]],
		["peer", ["Peer sync", "Peer and stakeholder check-in", "Any meeting"]],
		["mentor", ["Career conversation", "Any meeting", "Peer and stakeholder check-in"]],
		["board member", ["Peer and stakeholder check-in", "Any meeting"]],
		[null, ["Peer and stakeholder check-in", "Any meeting"]],
	])("lists the templates for %s, the default first", (relationship, expected) => {
		expect(names(relationship)).toEqual(expected);
	});

	it("picks a built-in by relationship when there are no user templates", () => {
		expect(templatesFor("manager", [])[0]?.id).toBe("builtin:manager");
		expect(templatesFor("report", []).map((t) => t.id)).toEqual(["builtin:peer"]);
		expect(defaultBuiltIn("SPONSOR").id).toBe("builtin:career");
	});
});

describe("findTemplate", () => {
	it.each([
		["career", "builtin:career"],
		["Career conversation", "builtin:career"],
		["skip-level", "builtin:skip-level"],
		["weekly with my manager", "Templates/Weekly with my manager.md"],
		["Templates/Any meeting.md", "Templates/Any meeting.md"],
		["nope", null],
	])("finds %j", (name, id) => {
		expect(findTemplate(name, [general, weekly])?.id ?? null).toBe(id);
	});
});

describe("agendaNote", () => {
	it("names the note by date and person, never over a taken path, with and date first", () => {
		const note = agendaNote({
			template: weekly,
			context: context({ person: "Jane: Doe" }),
			personLink: "[[Jane Doe]]",
			folder: "1-1s/",
			names: NAMES,
			exists: (path) => path === "1-1s/2026-11-23 Jane- Doe.md",
		});
		expect(note.path).toBe("1-1s/2026-11-23 Jane- Doe 2.md");
		expect(Object.entries(note.properties)).toEqual([
			["with", "[[Jane Doe]]"],
			["date", "2026-11-23"],
			["tags", ["1-1"]],
		]);
		expect(note.body).toMatch(/^> \[!info\] Prep brief\n[^]*\n\n# Weekly Jane: Doe\n$/);
	});
});

describe("new person notes", () => {
	it("have every property in place", () => {
		expect(personNoteProperties("Jane Doe", NAMES)).toEqual({
			person: "Jane Doe",
			role: null,
			relationship: null,
			influence: null,
			interest: null,
			"last-contact": null,
			cadence: null,
			"follow-up": null,
			"follow-up-note": null,
			"snooze-until": null,
			"reports-to": null,
			"cares-about": [],
		});
	});

	it("keep a template's values and the renamed keys", () => {
		const props = personNoteProperties("Sam", { ...NAMES, lastContact: "last-talked" }, { type: "person", role: "Engineer", person: "x" });
		expect(props).toMatchObject({ type: "person", role: "Engineer", person: "Sam", "last-talked": null });
		expect(Object.keys(props)).not.toContain("last-contact");
	});

	it("fill in a template's person, title and date only", () => {
		expect(renderPersonTemplate("# {{title}}\n{{person}} since {{date}} {{role}}", "Sam {x}", "2026-11-23")).toBe(
			"# Sam \\{x\\}\nSam \\{x\\} since 2026-11-23 {{role}}",
		);
	});
});
