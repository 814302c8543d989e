import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { IncrementalReport } from "../../src/core/incremental";
import { reportJson } from "../../src/core/json";
import { pathResolver } from "../../src/core/links";
import { inferredRelationship, relationshipOf, roleOf } from "../../src/core/org";
import { readNote } from "../../src/core/read";
import { buildReport } from "../../src/core/report";
import { templatesFor } from "../../src/core/agenda";
import { DEFAULT_CORE_SETTINGS, type CoreSettings, type Frontmatter, type Report } from "../../src/core/types";
import { buildOrgSection } from "../../src/core/viewmodel/org";
import { NoteBuilder, reportOf, settingsWith } from "./builder";

const ROOT = join(__dirname, "../fixtures/org");
const expected = JSON.parse(readFileSync(join(ROOT, "expected.json"), "utf8")) as {
	today: string;
	me: string;
	up: string[];
	dotted: string[];
	peers: string[];
	reports: string[];
	chain: Record<string, string>;
	notInChain: string[];
	flags: string[];
	outsideChain: string[];
	problems: { path: string; key: string }[];
};

/** The fixture's notes, read as the CLI reads them (dates stay strings). */
function fixtureNotes(): Record<string, Frontmatter> {
	const notes: Record<string, Frontmatter> = {};
	for (const folder of ["People", "1-1"]) {
		for (const name of readdirSync(join(ROOT, folder))) {
			const parsed = parseFrontmatter(readFileSync(join(ROOT, folder, name), "utf8"));
			notes[`${folder}/${name}`] = "data" in parsed && parsed.data !== null ? (parsed.data as Frontmatter) : {};
		}
	}
	return notes;
}

function reportOfFixture(notes = fixtureNotes(), settings: CoreSettings = DEFAULT_CORE_SETTINGS): Report {
	const readings = Object.entries(notes).map(([path, fm]) => readNote(path, fm, settings));
	return buildReport(readings, pathResolver(Object.keys(notes)), settings, expected.today);
}

describe("your org in the fixture vault", () => {
	const report = reportOfFixture();
	const org = report.org;

	it("finds you by the alias Me, never a stakeholder", () => {
		expect(org?.me).toBe(expected.me);
		expect(report.stakeholders.map((s) => s.path)).not.toContain(expected.me);
	});

	it("walks your chain up three levels above your skip-level's manager, with the dotted line, peers and reports", () => {
		expect(org?.up).toEqual(expected.up);
		expect(org?.dotted).toEqual(expected.dotted);
		expect(org?.peers).toEqual(expected.peers);
		expect(org?.reports).toEqual(expected.reports);
		for (const [path, chain] of Object.entries(expected.chain)) expect(roleOf(org, path)?.chain, path).toBe(chain);
		for (const path of expected.notInChain) expect(roleOf(org, path), path).toBeNull();
	});

	it("says each problem of reports-to in a sentence: a circle, a self-link, a missing link, two managers", () => {
		const orgProblems = report.problems.filter((p) => p.key === "reports-to" || p.key === "manager");
		expect(orgProblems.map(({ path, key }) => ({ path, key }))).toEqual(expected.problems);
		expect(orgProblems.map((p) => p.message)).toEqual([
			"manager: names a second manager (Dana Lee) beside reports-to (Lena Park); write both in reports-to as a list, the solid line first and the dotted line after it",
			"reports-to: [[Nonexistent Person]] finds no person note; link to their manager's person note, or write their name",
			"reports-to: [[Pat Self]] is this note itself; name their manager instead",
			"reports-to: Quinn Adler → Robin Baker → Quinn Adler report to each other in a circle; give one of them another manager",
			"reports-to: Quinn Adler → Robin Baker → Quinn Adler report to each other in a circle; give one of them another manager",
		]);
	});

	it("keeps the old manager's 1:1 notes after a manager change, and their written relationship", () => {
		const chris = report.stakeholders.find((s) => s.path === "People/Chris Wu.md");
		expect(chris?.meetings.map((m) => m.date)).toEqual(["2026-09-15", "2026-06-09", "2026-05-12"]);
		expect(chris?.relationship).toBe("manager");
		expect(chris && inferredRelationship(chris, org)).toBeNull();
	});

	it("infers the relationship from the chain when none is written, and it picks the agenda template", () => {
		const json = reportJson(report).stakeholders;
		const of = (path: string) => json.find((s) => s.path === path);
		expect(of("People/Sam Ortiz.md")).toMatchObject({ relationship: null, inferredRelationship: "manager", chain: "manager", reportsToPath: "People/Dana Lee.md" });
		expect(of("People/Morgan Blake.md")).toMatchObject({ inferredRelationship: "skip-level", chain: "skip-level", reportsToPath: null });
		expect(of("People/Jordan Kim.md")).toMatchObject({ inferredRelationship: "peer", chain: "peer" });
		expect(of("People/Taylor Brooks.md")).toMatchObject({ inferredRelationship: "report", chain: "report" });
		expect(of("People/Chris Wu.md")).toMatchObject({ relationship: "manager", inferredRelationship: null, chain: null });
		const dana = report.stakeholders.find((s) => s.path === "People/Dana Lee.md");
		expect(dana && templatesFor(relationshipOf(dana, org), [])[0]?.id).toBe(templatesFor("skip-level", [])[0]?.id);
	});

	it("flags the skip-level not met in 60 days and the high-influence people outside your chain", () => {
		const section = buildOrgSection(report);
		expect(section.flags.map((f) => f.id)).toEqual(expected.flags);
		expect(section.flags[0]?.text).toBe("Skip-level not met in 60 days (last met 95 days ago):");
		expect(section.flags[1]?.people.map((p) => p.path)).toEqual(expected.outsideChain);
		// With a longer setting, the skip-level (95 days) is fine.
		expect(buildOrgSection(report, { skipLevelDays: 100 }).flags.map((f) => f.id)).toEqual(["outside-chain"]);
	});

	it("draws the chain top-most first, you under your managers, your reports under you", () => {
		const rows = buildOrgSection(report).rows;
		expect(rows.map((r) => `${r.depth} ${r.roleText} ${r.name}`)).toEqual([
			// Four levels above you: the top two share the first indent, so your reports fit under you.
			"0 4 levels up Morgan Blake",
			"0 3 levels up Priya Nair",
			"1 Skip-level Dana Lee",
			"2 Manager Sam Ortiz",
			"2 Dotted line Lena Park",
			"3 You Alex Rivera",
			"4 Report Riley Chen",
			"4 Report Taylor Brooks",
			"4 Dotted report Casey Jones",
			"3 Peer <img src=x onerror=alert(1)>",
			"3 Peer Jordan Kim",
			"3 Peer Maximiliana Konstantinopoulou-Wetherington",
		]);
	});

	it("has no chain without you: the reports-to links only, and no flags", () => {
		const notes = fixtureNotes();
		notes["People/Alex Rivera.md"] = { ...notes["People/Alex Rivera.md"], aliases: [] };
		const none = reportOfFixture(notes);
		expect(none.org).toMatchObject({ me: null, up: [], peers: [], reports: [], roles: {}, noManager: false });
		expect(none.stakeholders.find((s) => s.path === "People/Sam Ortiz.md")?.reportsToPath).toBe("People/Dana Lee.md");
		expect(buildOrgSection(none, { suggestion: "Alex" })).toEqual({ known: false, suggestion: "Alex", rows: [], moreText: [], flags: [] });
	});

	it("lets --me (the me setting) name someone else, who then has their own chain", () => {
		const jordan = reportOfFixture(fixtureNotes(), settingsWith({ me: "Jordan Kim" }));
		expect(jordan.org?.up[0]).toBe("People/Sam Ortiz.md");
		expect(jordan.org?.peers).toContain("People/Alex Rivera.md");
	});
});

describe("org edge cases", () => {
	const today = "2026-11-23";
	const me = (): NoteBuilder => NoteBuilder.person("Me Myself").set("aliases", ["Me"]);

	it("flags 'no manager recorded for you' only when you are known and have none", () => {
		const report = reportOf([me(), NoteBuilder.person("Ann").set("reports-to", "[[Me Myself]]")], today);
		expect(report.org?.noManager).toBe(true);
		expect(buildOrgSection(report).flags.map((f) => f.id)).toEqual(["no-manager"]);
		expect(report.org?.reports).toEqual(["People/Ann.md"]);
	});

	it("names you as your note does: its name property, not a slug file name", () => {
		// The 1:1 Manager plugin's people profiles: 1-1s/people/Priya-Patel.md with `name: Priya Patel`.
		const you = NoteBuilder.note("1-1s/people/Priya-Patel.md").set("person", true).set("name", "Priya Patel");
		const report = reportOf([you, NoteBuilder.person("John Smith").set("reportsTo", "Priya Patel")], today, settingsWith({ me: "Priya Patel" }));
		expect(report.org?.meName).toBe("Priya Patel");
		const rows = buildOrgSection(report).rows.map((row) => `${row.roleText} ${row.name}`);
		expect(rows).toEqual(["You Priya Patel", "Report John Smith"]);
	});

	it("never hangs on a long circle, and names it once per note", () => {
		const names = Array.from({ length: 200 }, (_, i) => `P${i}`);
		const notes = names.map((name, i) => NoteBuilder.person(name).set("reports-to", `[[${names[(i + 1) % names.length] ?? ""}]]`));
		const report = reportOf([me().set("reports-to", "[[P0]]"), ...notes], today);
		expect(report.problems.filter((p) => p.message.includes("circle"))).toHaveLength(200);
		expect(report.org?.up).toHaveLength(200);
		expect(report.problems[0]?.message).toMatch(/^reports-to: P\d+ → P\d+ → P\d+ → P\d+ → P\d+ → P\d+ → … → P\d+ report to each other in a circle/);
	});

	it("reads a manager name (manager: Jane) like a link, and a you who reports to yourself is a problem", () => {
		const report = reportOf([me().set("reports-to", "Me Myself"), NoteBuilder.person("Jane").set("manager", "Me Myself")], today);
		expect(report.org?.reports).toEqual(["People/Jane.md"]);
		expect(report.problems.map((p) => p.message)).toEqual(["reports-to: Me Myself is this note itself; name their manager instead"]);
	});

	it("keeps the incremental report equal to a rebuild when a manager changes", () => {
		const notes: Record<string, Frontmatter> = {
			"People/Me.md": { person: "Me", aliases: ["Me"], "reports-to": "[[Old]]" },
			"People/Old.md": { person: "Old", "reports-to": "[[Boss]]" },
			"People/New.md": { person: "New", "reports-to": "[[Boss]]" },
			"People/Boss.md": { person: "Boss" },
			"People/Pal.md": { person: "Pal", "reports-to": "[[Old]]" },
		};
		const resolve = pathResolver(Object.keys(notes));
		const state = new IncrementalReport();
		for (const [path, fm] of Object.entries(notes)) state.set(path, readNote(path, fm, DEFAULT_CORE_SETTINGS));
		expect(state.report(resolve, DEFAULT_CORE_SETTINGS, today).org?.peers).toEqual(["People/Pal.md"]);
		// Pal's manager changes: your peers change without your note changing.
		state.set("People/Pal.md", readNote("People/Pal.md", { person: "Pal", "reports-to": "[[New]]" }, DEFAULT_CORE_SETTINGS));
		const after = state.report(resolve, DEFAULT_CORE_SETTINGS, today);
		expect(after.org?.peers).toEqual([]);
		const readings = [...state.paths()].map((path) => state.get(path)).filter((r) => r !== undefined);
		expect(after).toStrictEqual(buildReport(readings, resolve, DEFAULT_CORE_SETTINGS, today));
	});
});
