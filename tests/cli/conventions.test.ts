import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONVENTION_VAULTS, expectedOf } from "./conventions";
import { cli, fixture, parseJson } from "./helpers";

/** Words a meeting uses for the user themself: never someone without a note. */
const SELF = new Set(["me", "myself", "@myself"]);

/**
 * The vaults of tests/fixtures/conventions/ copy the shapes of real public vaults (see its
 * README); each expected.json says what a person would count there. With no settings, the
 * report must find exactly those people, with their names as the vault writes them and their
 * last contacts from the vault's own meeting notes, and list the names without a note.
 */

describe.each(CONVENTION_VAULTS)("the %s vault, with no settings", (name) => {
	const expected = expectedOf(name);

	it("finds exactly its people, named as the vault names them, with their last contact", async () => {
		const { stdout, code } = await cli(["report", fixture(`conventions/${name}`), "--today", expected.today, "--json"]);
		expect(code).toBe(0);
		const json = parseJson(stdout) as { stakeholders: { path: string; person: string; lastContact: string | null }[] };
		const found = json.stakeholders.map(({ path, person, lastContact }) => ({ path, person, lastContact }));
		const byPath = (a: { path: string }, b: { path: string }): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
		expect(found.sort(byPath)).toEqual([...expected.people].sort(byPath));
		for (const path of expected.notPeople) expect(found.map((s) => s.path)).not.toContain(path);
	});

	it("lists the names in meetings that have no note, and only the problems a person would fix", async () => {
		const { stdout, stderr } = await cli(["report", fixture(`conventions/${name}`), "--today", expected.today, "--json"]);
		const json = parseJson(stdout) as { problems: { path: string; key: string | null }[]; withoutNote: { name: string; meetings: number }[] };
		const names = (list: { name: string; meetings: number }[]): string[] => list.map((n) => `${n.name.toLowerCase()} ×${n.meetings}`).sort();
		expect(names(json.withoutNote)).toEqual(names(expected.withoutNote.filter((n) => !SELF.has(n.name.toLowerCase()))));
		const problems = (list: { path: string; key: string | null }[]): string[] => list.map((p) => `${p.path} ${String(p.key)}`).sort();
		expect(problems(json.problems)).toEqual(problems(expected.problems));
		expect(stderr).toBe("");
	});
});

describe("explain and --me", () => {
	it("says what each rule found, suggests the name in most meetings as you, and --me makes that person no stakeholder", async () => {
		const vault = fixture("conventions/e-folder-per-person");
		const explained = parseJson((await cli(["explain", vault, "--today", "2026-11-23", "--json"])).stdout) as {
			people: { total: number; byRule: { rule: string; count: number }[] };
			skipped: { template: number };
		};
		expect(explained.people.total).toBe(expectedOf("e-folder-per-person").people.length);
		expect(explained.people.byRule.reduce((sum, r) => sum + r.count, 0)).toBe(explained.people.total);
		expect(explained.skipped.template).toBeGreaterThan(0);
		const text = (await cli(["explain", vault, "--today", "2026-11-23"])).stdout;
		expect(text).toContain("Nothing in your notes was changed.");
		const person = expectedOf("e-folder-per-person").people[0];
		if (person === undefined) throw new Error("no person in the fixture");
		const withMe = parseJson((await cli(["report", vault, "--today", "2026-11-23", "--json", "--me", person.person])).stdout) as {
			stakeholders: { path: string }[];
		};
		expect(withMe.stakeholders.map((s) => s.path)).not.toContain(person.path);
		expect(withMe.stakeholders).toHaveLength(expectedOf("e-folder-per-person").people.length - 1);
		const jv = parseJson((await cli(["explain", vault, "--today", "2026-11-23", "--json", "--me", "Someone Else"])).stdout) as { me: { suggestion: string | null } };
		expect(jv.me.suggestion).toBeNull();
	});
});

describe("explain, on meetings that link to notes that are no one's", () => {
	it("lists those notes, why when their reading says, and how a note becomes a person's", async () => {
		const text = (await cli(["explain", fixture("conventions/o-meeting-minutes"), "--today", "2026-11-23"])).stdout;
		expect(text).toContain("1 note your meetings link to as people is no one's, most linked:\n      1  Teams/Security Guild.md (last 2026-11-19)\n");
		expect(text).toContain("add its type to the person words if it is one");
		const archived = (await cli(["explain", fixture("conventions/k-linked-notes"), "--today", "2026-11-23"])).stdout;
		expect(archived).toContain("      1  Archive/Mark Old.md (in an archive folder, last 2025-06-02)\n");
		const none = (await cli(["explain", fixture("conventions/a-type-person-orbit"), "--today", "2026-11-23"])).stdout;
		expect(none).not.toContain("no one's");
	});
});

describe("templates with broken YAML", () => {
	it("are never problems, in the CLI and in the plugin's index alike", async () => {
		const root = mkdtempSync(join(tmpdir(), "managing-up-templates-"));
		mkdirSync(join(root, "5_system/templates"), { recursive: true });
		// Templater syntax that is not valid YAML, as in a real vault's templates folder.
		writeFileSync(join(root, "5_system/templates/general_note.md"), '---\ntitle: "<% tp.file.title.replace(/\\d/, "") %>"\ncreated: <% tp.date.now() %>\n---\n');
		writeFileSync(join(root, "Broken.md"), "---\nperson: A\nperson: B\n---\n");
		const { stdout, code } = await cli(["check", root, "--json"]);
		expect(code).toBe(1);
		expect((parseJson(stdout) as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual(["Broken.md"]);
	});
});
