import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReportJson } from "../../src/core";
import { cli, fixture, parseJson, repoRoot } from "./helpers";

const TODAY = ["--today", "2026-11-23"];

const STAKEHOLDER_KEYS = [
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
	// Added with the org chart (issue 13).
	"reportsToPath",
	"inferredRelationship",
	"chain",
];
const FOLLOW_UP_KEYS = ["kind", "path", "person", "personPath", "due", "text", "overdueDays"];
const PROBLEM_KEYS = ["path", "key", "value", "message"];

async function reportOf(vault: string): Promise<ReportJson> {
	const { code, stdout, stderr } = await cli(["report", vault, ...TODAY, "--json"]);
	expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
	return parseJson(stdout) as unknown as ReportJson;
}

describe("report --json", () => {
	it("matches the snapshot of the fixture vault", async () => {
		const { stdout } = await cli(["report", fixture("vault-basic"), ...TODAY, "--json"]);
		await expect(stdout).toMatchFileSnapshot("./__snapshots__/vault-basic.report.json");
	});

	it("matches the snapshot of the example vault", async () => {
		const { stdout } = await cli(["report", "example-vault", ...TODAY, "--json"]);
		await expect(stdout).toMatchFileSnapshot("./__snapshots__/example-vault.report.json");
	});

	it("prints the design's example stakeholder exactly", async () => {
		const report = await reportOf(fixture("vault-basic"));
		expect(report.today).toBe("2026-11-23");
		expect(report.stakeholders.find((s) => s.person === "Jane Doe")).toEqual({
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
			reportsToPath: "People/Victor Ng.md",
			inferredRelationship: null,
			chain: null,
		});
		expect(report.followUps[0]).toEqual({
			kind: "contact",
			path: "People/Jane Doe.md",
			person: "Jane Doe",
			personPath: "People/Jane Doe.md",
			due: "2026-11-15",
			text: "Get in touch",
			overdueDays: 8,
		});
	});

	it("keeps the contract's keys, in order, with null for absent values", async () => {
		const report = await reportOf(fixture("vault-basic"));
		expect(Object.keys(report)).toEqual(["today", "stakeholders", "followUps", "problems", "withoutNote", "commitments"]);
		for (const s of report.stakeholders) expect(Object.keys(s)).toEqual(STAKEHOLDER_KEYS);
		for (const f of report.followUps) expect(Object.keys(f)).toEqual(FOLLOW_UP_KEYS);
		for (const p of report.problems) expect(Object.keys(p)).toEqual(PROBLEM_KEYS);
		const sam = report.stakeholders.find((s) => s.person === "Sam Lee");
		expect(sam).toMatchObject({ role: null, influence: null, interest: null, lastContact: null, nextContact: null, status: "never", daysOverdue: 0 });
	});

	it("gives 0 for daysOverdue and overdueDays unless overdue", async () => {
		const report = await reportOf("example-vault");
		for (const s of report.stakeholders) expect(s.daysOverdue > 0).toBe(s.status === "overdue");
		for (const f of report.followUps) expect(f.overdueDays > 0).toBe(f.due < report.today);
	});

	it("reads every note outside dot-folders, with vault-relative / paths, spaces and non-ASCII names", async () => {
		const report = await reportOf(fixture("vault-basic"));
		const paths = [...report.stakeholders, ...report.followUps, ...report.problems].map((row) => row.path);
		expect(paths).toContain("People/Zoë Ångström.md");
		expect(paths).toContain("Notes/bad yaml.md");
		for (const path of paths) {
			expect(path).not.toMatch(/^\.|\\|^\//);
		}
		const names = report.stakeholders.map((s) => s.person);
		expect(names).not.toContain("Hidden In Config");
		expect(names).not.toContain("Deleted Person");
	});

	it("reads a CRLF note without a stray carriage return, and a note that starts with a byte-order mark", async () => {
		const report = await reportOf(fixture("vault-basic"));
		expect(report.stakeholders.find((s) => s.person === "Chris Windows")).toMatchObject({
			role: "Engineering Manager",
			lastContact: "2026-11-20",
		});
		expect(report.stakeholders.map((s) => s.person)).toContain("Bo Marker");
	});

	it("lists broken YAML and list frontmatter as problems with key null, and reads every other note", async () => {
		const report = await reportOf(fixture("vault-basic"));
		expect(report.problems.filter((p) => p.key === null)).toEqual([
			{
				path: "Notes/bad yaml.md",
				key: null,
				value: null,
				message:
					"The properties at the top of this note are not valid YAML (Map keys must be unique at line 4); Obsidian ignores them too",
			},
			{
				path: "Notes/list frontmatter.md",
				key: null,
				value: ["person", "Jane"],
				message: 'The properties are a list, not a list of "key: value" lines; no property of this note can be read',
			},
		]);
		expect(report.stakeholders).toHaveLength(6);
	});

	it("orders stakeholders by status, next contact, influence, name, and follow-ups by due date", async () => {
		const report = await reportOf("example-vault");
		const rank = ["overdue", "never", "due-soon", "ok", "snoozed"];
		const ranks = report.stakeholders.map((s) => rank.indexOf(s.status));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		const dues = report.followUps.map((f) => f.due);
		expect(dues).toEqual([...dues].sort());
	});

	it("reads renamed properties, people folders and default cadences from data.json", async () => {
		const report = await reportOf(fixture("vault-settings"));
		expect(report.stakeholders.map((s) => [s.person, s.relationship, s.lastContact, s.cadence, s.status])).toEqual([
			["Alex Rivera", "manager", "2026-11-10", { count: 7, unit: "days" }, "overdue"],
			["Blake", null, "2026-11-01", { count: 45, unit: "days" }, "ok"],
		]);
		expect(report.followUps.map((f) => [f.kind, f.due, f.text])).toEqual([
			["contact", "2026-11-17", "Get in touch"],
			["follow-up", "2026-11-24", "Confirm the offsite date"],
		]);
		expect(report.problems).toEqual([]);
	});

	it("warns in one line about a broken data.json and uses the defaults", async () => {
		const { code, stdout, stderr } = await cli(["report", fixture("vault-broken-settings"), ...TODAY, "--json"]);
		expect(code).toBe(0);
		expect(stderr).toMatch(/^warning: \.\w+\/plugins\/managing-up\/data\.json is not valid JSON \(.+\); using the default settings\n$/);
		const report = parseJson(stdout) as unknown as ReportJson;
		expect(report.stakeholders[0]).toMatchObject({ person: "Pat", cadence: { count: 30, unit: "days" }, status: "ok" });
	});

	it("defaults VAULT to the current folder and --today to the local date", async () => {
		const { code, stdout } = await cli(["report", "--json"], {
			cwd: join(repoRoot, fixture("vault-settings")),
			now: () => new Date(2026, 11, 31, 23, 59),
		});
		expect(code).toBe(0);
		const report = parseJson(stdout) as unknown as ReportJson;
		expect(report.today).toBe("2026-12-31");
		expect(report.stakeholders.map((s) => s.person)).toEqual(["Alex Rivera", "Blake"]);
	});
});

describe("report as text", () => {
	it("matches the snapshot of the example vault", async () => {
		const { code, stdout } = await cli(["report", "example-vault", ...TODAY]);
		expect(code).toBe(0);
		await expect(stdout).toMatchFileSnapshot("./__snapshots__/example-vault.report.txt");
	});

	it("matches the snapshot of the fixture vault", async () => {
		const { stdout } = await cli(["report", fixture("vault-basic"), ...TODAY]);
		await expect(stdout).toMatchFileSnapshot("./__snapshots__/vault-basic.report.txt");
	});

	it("fits an 80-column terminal", async () => {
		for (const vault of ["example-vault", fixture("vault-basic")]) {
			const { stdout } = await cli(["report", vault, ...TODAY], { isTTY: true, columns: 80, env: { NO_COLOR: "1" } });
			for (const line of stdout.split("\n")) expect(Array.from(line).length, line).toBeLessThanOrEqual(80);
		}
	});

	it("groups follow-ups, stakeholders by status, and problems", async () => {
		const { stdout } = await cli(["report", "example-vault", ...TODAY]);
		const order = ["Follow-ups", "Overdue (5)", "Due soon (8)", "Later (1)", "Stakeholders", "Overdue (4)", "No contact yet (1)", "On track (5)", "Snoozed (1)", "Problems (5)"];
		const lines = stdout.split("\n");
		let at = -1;
		for (const title of order) {
			const next = lines.indexOf(title, at + 1);
			expect(next, title).toBeGreaterThan(at);
			at = next;
		}
		expect(stdout).toContain("last contact 49 days ago");
	});

	it("uses colours on a terminal only, and never with NO_COLOR", async () => {
		const args = ["report", fixture("vault-basic"), ...TODAY];
		const escape = "\u001b[";
		expect((await cli(args, { isTTY: true })).stdout).toContain(escape);
		expect((await cli(args, { isTTY: false })).stdout).not.toContain(escape);
		expect((await cli(args, { isTTY: true, env: { NO_COLOR: "1" } })).stdout).not.toContain(escape);
	});

	it("says so when there is nothing to show", async () => {
		const { stdout } = await cli(["report", fixture("vault-basic/Notes"), ...TODAY]);
		expect(stdout).toContain("Nothing to follow up.");
		expect(stdout).toContain("No stakeholders yet");
	});
});

describe("report of long names", () => {
	// An 80-column terminal cut names to 12 characters: "Dana Whitfi…" and two "Person - Sarah C…".
	const vault = mkdtempSync(join(tmpdir(), "managing-up-names-"));
	afterAll(() => rmSync(vault, { recursive: true, force: true }));
	mkdirSync(join(vault, "People"));
	const names = ["Dana Whitfield", "Person - Sarah Connor", "Person - Sarah Conway", "Sam Lee", "Alexandra Konstantinopoulou-Whitfield"];
	for (const name of names) {
		writeFileSync(join(vault, "People", `${name}.md`), `---\nperson: ${name}\nrelationship: stakeholder\ninfluence: medium\nlast-contact: 2026-08-15\n---\n`);
	}
	const terminal = { isTTY: true, env: { NO_COLOR: "1" } };

	it("cuts nothing when the output is not a terminal", async () => {
		const { stdout } = await cli(["report", vault, ...TODAY]);
		expect(stdout).not.toContain("…");
		for (const name of names) expect(stdout).toMatch(new RegExp(`^  ${name} +stakeholder +medium +last contact 100 days ago`, "m"));
	});

	it.each([40, 80, 130, undefined])("keeps whole names, or 20 characters of them, in a terminal %s columns wide", async (columns) => {
		const { stdout } = await cli(["report", vault, ...TODAY], { ...terminal, columns });
		const width = columns ?? 80;
		// In 40 columns the other cells of a row take 67: only its name fits.
		if (width >= 80) for (const line of stdout.split("\n")) expect(Array.from(line).length, line).toBeLessThanOrEqual(width);
		// Every stakeholder row shows its whole name (the longest on a line of its own below 130 columns)…
		for (const name of names) expect(stdout).toMatch(new RegExp(`^ {2}${name}( {2}|$)`, "m"));
		// …and a name cut in a follow-up row keeps at least 20 characters.
		for (const [, kept] of stdout.matchAll(/ {2}(\S[^…]*?)…/g)) expect(Array.from(kept ?? "").length, kept).toBeGreaterThanOrEqual(20);
	});

	it("cuts a name only past 20 characters, to fit the terminal's width", async () => {
		const { stdout } = await cli(["report", vault, ...TODAY], { ...terminal, columns: 90 });
		for (const line of stdout.split("\n")) expect(Array.from(line).length, line).toBeLessThanOrEqual(90);
		expect(stdout).toMatch(/^ {2}Alexandra Konstantino\S*… +stakeholder/m);
		expect(stdout).toMatch(/^ {2}Person - Sarah Connor +stakeholder/m);
		expect(stdout).toMatch(/^ {2}Person - Sarah Conway +stakeholder/m);
	});
});
