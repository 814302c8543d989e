import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cli, fixture, parseJson, repoRoot } from "./helpers";

const VAULT = fixture("commitments");
const TODAY = "2026-12-01";
const expected = JSON.parse(readFileSync(join(repoRoot, VAULT, "expected.json"), "utf8")) as Record<string, unknown>;
const caches: string[] = [];

afterAll(() => {
	for (const folder of caches) rmSync(folder, { recursive: true, force: true });
});

describe("report on the commitments vault", () => {
	it("--json lists every open commitment both ways, in due order, with the contract's keys", async () => {
		const { code, stdout } = await cli(["report", VAULT, "--today", TODAY, "--json"]);
		expect(code).toBe(0);
		const json = parseJson(stdout);
		expect(json.commitments).toEqual(expected.commitments);
		expect(json.problems).toEqual(expected.problems);
		const [first] = json.commitments as Record<string, unknown>[];
		expect(Object.keys(first ?? {})).toEqual(["path", "line", "person", "personPath", "owner", "text", "due", "overdueDays", "carriedOver", "firstPath", "firstDate", "ageDays"]);
	});

	it("gives the same answer from its cache, cold and warm", async () => {
		const folder = mkdtempSync(join(tmpdir(), "managing-up-cache-"));
		caches.push(folder);
		const env = { XDG_CACHE_HOME: folder };
		const plain = await cli(["report", VAULT, "--today", TODAY, "--json", "--no-cache"]);
		const cold = await cli(["report", VAULT, "--today", TODAY, "--json"], { env });
		const warm = await cli(["report", VAULT, "--today", TODAY, "--json"], { env });
		expect(cold.stdout).toBe(plain.stdout);
		expect(warm.stdout).toBe(plain.stdout);
	});

	it("prints a Commitments section: I owe, they owe, with the flags", async () => {
		const { stdout } = await cli(["report", VAULT, "--today", TODAY]);
		// A task of a meeting with two of them is owed to both: one line naming both.
		expect(stdout).toContain("Commitments (18)");
		expect(stdout).toContain("I owe (10)");
		expect(stdout).toContain("  Priya Patel, Sam Lee: Write the deprecation timeline · overdue by 4 days");
		expect(stdout).toContain("They owe (8)");
		expect(stdout).toContain("  ! Jane Doe promised 'Send the budget' by 2026-11-20: 11 days overdue");
		expect(stdout).toContain("  ! carried over 3 times since 2026-09-01");
		expect(stdout).toContain("Jane Doe: <img src=x onerror=alert(1)> · no date agreed");
		expect(stdout.indexOf("Commitments (18)")).toBeLessThan(stdout.indexOf("Stakeholders"));
	});

	it("check lists the unreadable due date with the task's line", async () => {
		const { code, stdout } = await cli(["check", VAULT]);
		expect(code).toBe(1);
		expect(stdout.replace(/\n\s+/g, " ")).toContain(`due: '2026-13-45' is not a date; use YYYY-MM-DD (the task on line 12: "Review the deck")`);
	});
});
