import { describe, expect, it } from "vitest";
import {
	BUILT_IN_TEMPLATES,
	agendaContext,
	ago,
	escapeBraces,
	formatMoment,
	prepBrief,
	previousMeeting,
	renderAgenda,
	renderPlaceholders,
	type AgendaContext,
} from "../../../src/core/agenda";
import { context, report, stakeholder } from "./fixtures";

const PLACEHOLDER = /\{\{[^{}]+\}\}/;

describe("built-in templates", () => {
	it.each(BUILT_IN_TEMPLATES.map((t) => [t.id.replace("builtin:", ""), t.body] as const))(
		"%s renders for the fixture person as in its snapshot",
		async (id, body) => {
			const agenda = renderAgenda(body, context());
			expect(agenda).not.toMatch(PLACEHOLDER);
			await expect(agenda).toMatchFileSnapshot(`__snapshots__/${id}.md`);
		},
	);

	it.each(BUILT_IN_TEMPLATES.map((t) => [t.name, t.body] as const))("%s renders for a person with nothing noted yet", (_name, body) => {
		const person = stakeholder({
			role: null,
			relationship: null,
			lastContact: null,
			daysSinceContact: null,
			caresAbout: [],
			meetings: [],
			followUp: null,
			status: "never",
			daysOverdue: 0,
		});
		const ctx = agendaContext({ stakeholder: person, report: { ...report(person), followUps: [] }, previous: null, today: "2026-11-23", formatDate: formatMoment });
		const agenda = renderAgenda(body, ctx);
		expect(agenda).not.toMatch(PLACEHOLDER);
		expect(agenda).toContain("> - Last contact: none yet");
		expect(renderPlaceholders(agenda, ctx)).toBe(agenda);
	});
});

describe("renderPlaceholders", () => {
	const ctx = context();

	it.each([
		["{{person}}", "Jane Doe"],
		["{{ Person }}", "Jane Doe"],
		["{{role}}", "VP Engineering"],
		["{{relationship}}", "skip-level"],
		["{{date}}", "2026-11-23"],
		["{{date:YYYY-MM-DD}}", "2026-11-23"],
		["{{date:dddd, MMMM Do}}", "Monday, November 23rd"],
		["{{date:[week] W}}", "week 48"],
		["{{date:HH:mm}}", "00:00"],
		["{{last-contact}}", "2026-11-02"],
		["{{days-since-contact}}", "21"],
		["{{previous}}", "[[2026-11-02 Jane Doe]]"],
		["Cares about: {{cares-about}}.", "Cares about: Platform reliability; Hiring two staff engineers."],
		["Follow-ups: {{follow-ups}}", "Follow-ups: Send the hiring plan draft: due 2026-11-20, 3 days overdue; Revisit the promotion case: due 2026-12-01 ([[2026-11-02 Jane Doe]])"],
		["{{unknown}} {{title}} {{time:HH:mm}} {{}} {{ date", "{{unknown}} {{title}} {{time:HH:mm}} {{}} {{ date"],
		["{{person}}'s {{role}}", "Jane Doe's VP Engineering"],
	])("fills in %j", (template, text) => {
		expect(renderPlaceholders(template, ctx)).toBe(text);
	});

	it("writes list placeholders alone on a line as one line per item, with the line's indent", () => {
		expect(renderPlaceholders("## Cares\n  {{cares-about}}\nend", ctx)).toBe(
			"## Cares\n  - Platform reliability\n  - Hiring two staff engineers\nend",
		);
		expect(renderPlaceholders("{{open-items}}", ctx).split("\n")).toEqual([
			"- [ ] Share the incident review (from [[2026-11-02 Jane Doe]]) 📅 2026-11-10",
			"- [ ] Ask about the staff engineer role (from [[2026-11-02 Jane Doe]])",
			"\t- [ ] Find the level guide (from [[2026-11-02 Jane Doe]])",
			"- [ ] Get Sam's numbers (from [[2026-11-02 Jane Doe]])",
			"- [ ] Review the on-call rota (from [[2026-10-19 Jane Doe]])",
			"- [ ] Intro to the data team (from [[2026-11-02 Jane Doe]]) ⏫ 📅 2026-11-30",
		]);
		expect(renderPlaceholders("> {{follow-ups}}", ctx).split("\n")).toEqual([
			"> - Send the hiring plan draft: due 2026-11-20, 3 days overdue",
			"> - Revisit the promotion case: due 2026-12-01 ([[2026-11-02 Jane Doe]])",
		]);
	});

	it("drops a list placeholder's line when the list is empty, and says none inline", () => {
		const empty = context({ caresAbout: [] }, "no tasks here");
		expect(renderPlaceholders("a\n{{cares-about}}\n{{open-items}}\nb", empty)).toBe("a\nb");
		expect(renderPlaceholders("Open: {{open-items}}", empty)).toBe("Open: none");
	});

	it("uses the time of day only for time tokens", () => {
		const person = stakeholder();
		const timed = agendaContext({
			stakeholder: person,
			report: report(person),
			previous: null,
			today: "2026-11-23",
			now: new Date(2026, 10, 23, 14, 5, 9),
			formatDate: formatMoment,
		});
		expect(renderPlaceholders("{{date:YYYY-MM-DD HH:mm:ss}} {{date}}", timed)).toBe("2026-11-23 14:05:09 2026-11-23");
	});

	it("links the previous note with the caller's link text", () => {
		const person = stakeholder();
		const ctx2 = agendaContext({
			stakeholder: person,
			report: report(person),
			previous: { path: "1-1s/2026-11-02 Jane Doe.md", text: "- [ ] x" },
			today: "2026-11-23",
			linkText: (path) => path.replace(/\.md$/, ""),
			formatDate: formatMoment,
		});
		expect(renderPlaceholders("{{previous}} {{open-items}}", ctx2)).toBe("[[1-1s/2026-11-02 Jane Doe]] x");
		expect(renderPlaceholders("{{open-items}}", ctx2)).toBe("- [ ] x (from [[1-1s/2026-11-02 Jane Doe]])");
	});
});

describe("idempotence", () => {
	const tricky: AgendaContext = context(
		{
			person: "{{role}} {Jane}",
			role: "{{person}}",
			relationship: "manager}}",
			caresAbout: ["{{date}}", "{{open-items}}", "a \\{\\{person}} b", "{", "}}"],
		},
		"- [ ] Ask {{person}} about {{date:YYYY}}\n- [ ] {{follow-ups}}",
	);

	it.each(BUILT_IN_TEMPLATES.map((t) => [t.name, t.body] as const))("rendering %s again changes nothing", (_name, body) => {
		for (const ctx of [context(), tricky]) {
			const once = renderAgenda(body, ctx);
			expect(renderPlaceholders(once, ctx)).toBe(once);
		}
	});

	it("escapes braces in values so they never turn into placeholders", () => {
		const once = renderPlaceholders("{{person}} / {{role}} / {{cares-about}} / {{open-items}}", tricky);
		expect(once).toBe(
			"\\{\\{role\\}\\} \\{Jane\\} / \\{\\{person\\}\\} / \\{\\{date\\}\\}; \\{\\{open-items\\}\\}; a \\{\\{person\\}\\} b; \\{; \\}\\} / Ask \\{\\{person\\}\\} about \\{\\{date:YYYY\\}\\}; \\{\\{follow-ups\\}\\}",
		);
		expect(renderPlaceholders(once, tricky)).toBe(once);
		expect(escapeBraces("\\{ {")).toBe("\\{ \\{");
	});
});

describe("prep brief", () => {
	it("says when they last talked, what is open and what they care about", () => {
		expect(prepBrief(context()).split("\n")).toEqual([
			"> [!info] Prep brief",
			"> - Last contact: 2026-11-02, 21 days ago; overdue by 7 days",
			"> - Open items: 6 from [[2026-11-02 Jane Doe]]",
			"> - Open follow-ups: 2",
			">   - Send the hiring plan draft: due 2026-11-20, 3 days overdue",
			">   - Revisit the promotion case: due 2026-12-01 ([[2026-11-02 Jane Doe]])",
			"> - Open commitments: none",
			"> - Cares about: Platform reliability; Hiring two staff engineers",
		]);
	});

	it.each([
		[0, "today"],
		[1, "yesterday"],
		[2, "2 days ago"],
		[-1, "in 1 day"],
		[-3, "in 3 days"],
	])("writes %i days as %j", (days, text) => {
		expect(ago(days)).toBe(text);
	});
});

describe("previousMeeting", () => {
	const meetings = [
		{ path: "1-1s/2026-11-30 Jane Doe.md", date: "2026-11-30" },
		{ path: "1-1s/2026-11-23 Jane Doe.md", date: "2026-11-23" },
		{ path: "1-1s/undated.md", date: null },
		{ path: "1-1s/2026-11-02 Jane Doe.md", date: "2026-11-02" },
	];

	it("is the newest 1:1 note dated before today", () => {
		expect(previousMeeting(stakeholder({ meetings }), "2026-11-23")?.path).toBe("1-1s/2026-11-02 Jane Doe.md");
		expect(previousMeeting(stakeholder({ meetings }), "2026-11-24")?.path).toBe("1-1s/2026-11-23 Jane Doe.md");
		expect(previousMeeting(stakeholder({ meetings }), "2026-11-24", "1-1s/2026-11-23 Jane Doe.md")?.path).toBe(
			"1-1s/2026-11-02 Jane Doe.md",
		);
		expect(previousMeeting(stakeholder({ meetings: [] }), "2026-11-24")).toBeNull();
	});

	it("of the newest day's notes, is one outside an archive folder: a copy kept there has that day's items as they were", () => {
		const copies = [
			{ path: "VAST/_archive/pre-reimport/People/Jeff/2026-01-05 - 1-1 with Jeff.md", date: "2026-01-05" },
			{ path: "VAST/People/Jeff/2026-01-05 - 1-1 with Jeff.md", date: "2026-01-05" },
			{ path: "Archive/2025/2025-12-19 Jeff.md", date: "2025-12-19" },
		];
		expect(previousMeeting(stakeholder({ meetings: copies }), "2026-01-10")?.path).toBe("VAST/People/Jeff/2026-01-05 - 1-1 with Jeff.md");
		expect(previousMeeting(stakeholder({ meetings: copies }), "2026-01-10", "VAST/People/Jeff/2026-01-05 - 1-1 with Jeff.md")?.path).toBe(
			"VAST/_archive/pre-reimport/People/Jeff/2026-01-05 - 1-1 with Jeff.md",
		);
		// An older live note does not beat a newer archived one: the archive may hold the last of them.
		expect(previousMeeting(stakeholder({ meetings: copies.slice(2) }), "2026-01-10")?.path).toBe("Archive/2025/2025-12-19 Jeff.md");
		expect(previousMeeting(stakeholder({ meetings: [copies[0]!, copies[2]!] }), "2026-01-10")?.path).toBe(copies[0]?.path);
	});

	it("is the newest note filed under this person alone, not a later group meeting of several stakeholders; else the newest of any", () => {
		const dana = stakeholder({
			path: "People/Dana.md",
			meetings: [
				{ path: "Projects/2026-11-19 Launch sync.md", date: "2026-11-19" },
				{ path: "People/Dana/2026-11-16 1-1 with Dana.md", date: "2026-11-16" },
			],
		});
		const ravi = stakeholder({ path: "People/Ravi.md", meetings: [{ path: "Projects/2026-11-19 Launch sync.md", date: "2026-11-19" }] });
		expect(previousMeeting(dana, "2026-11-23", null, [dana, ravi])?.path).toBe("People/Dana/2026-11-16 1-1 with Dana.md");
		// Without the others, every note is this person's alone.
		expect(previousMeeting(dana, "2026-11-23")?.path).toBe("Projects/2026-11-19 Launch sync.md");
		// Only group meetings: the newest of them.
		expect(previousMeeting(ravi, "2026-11-23", null, [dana, ravi])?.path).toBe("Projects/2026-11-19 Launch sync.md");
		expect(previousMeeting(dana, "2026-11-23", "People/Dana/2026-11-16 1-1 with Dana.md", [dana, ravi])?.path).toBe("Projects/2026-11-19 Launch sync.md");
	});
});

describe("renderAgenda", () => {
	it("does not carry an item the template itself asks again", () => {
		const career = BUILT_IN_TEMPLATES.find((t) => t.id === "builtin:career")?.body ?? "";
		const previous = "- [ ] Ask: what exactly must I show to be ready?\n- [ ] Call Sam";
		const agenda = renderAgenda(career, context({}, previous));
		expect(agenda.match(/what exactly must I show/g)).toHaveLength(1);
		expect(agenda).toContain("- [ ] Call Sam (from [[2026-11-02 Jane Doe]])");
		expect(agenda).toContain("> - Open items: 1 from [[2026-11-02 Jane Doe]]");
	});
});
