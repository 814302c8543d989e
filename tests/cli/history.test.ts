import { describe, expect, it } from "vitest";
import { cli, fixture } from "./helpers";

/** `managing-up history PERSON [VAULT]`: the text form, and its mistakes in one line. */

const VAULT = fixture("vault-history");

describe("managing-up history", () => {
	it("takes --me as report does: you are never the person asked for", async () => {
		const asYou = await cli(["history", "Jane Doe", VAULT, "--today", "2026-11-23", "--me", "Jane Doe"]);
		expect(asYou.code).toBe(2);
		const asSomeoneElse = await cli(["history", "Jane Doe", VAULT, "--today", "2026-11-23", "--me", "Someone Else"]);
		expect(asSomeoneElse.code).toBe(0);
		expect(asSomeoneElse.stdout.split("\n")[0]).toBe("Jane Doe (People/Jane Doe.md): 30 entries, newest first");
	});

	it("prints one line per entry, newest first: date, kind, note, summary", async () => {
		const { code, stdout, stderr } = await cli(["history", "Jane Doe", VAULT, "--today", "2026-11-23"]);
		expect(code).toBe(0);
		expect(stderr).toBe("");
		const lines = stdout.trimEnd().split("\n");
		expect(lines[0]).toBe("Jane Doe (People/Jane Doe.md): 30 entries, newest first");
		expect(lines[1]).toBe("  2026-12-01  Follow-up due      1-1s/2026-10-18 Jane Doe.md  <img src=x onerror=alert(1)> revisit the promotion case");
		expect(lines[3]).toBe("  2026-11-20  1:1                1-1s/2026-11-20 Jane Doe.md  Jane Doe");
		expect(lines).toContain("  2026-10-25  Commitment missed  1-1s/2026-11-20 Jane Doe.md  I missed: Send the deck (due 2026-10-25, still open, carried over 2 times)");
		expect(lines).toContain("  2026-11-03  Commitment kept    1-1s/2026-11-02 Jane Doe.md  Jane kept: Review my promo doc (late, due 2026-10-30)");
		expect(lines).toContain("  2026-10-18  Commitment made    1-1s/2026-10-18 Jane Doe.md  Jane owes: Intro me to <img src=x onerror=alert(1)> the VP (due 2026-11-01)");
		expect(lines.at(-3)).toBe("  undated     1:1                1-1s/Jane Doe, undated.md  Jane Doe, undated");
		expect(lines.at(-1)).toBe("  undated     Commitment made    1-1s/Jane Doe, undated.md  Jane owes: Move our 1:1 to Fridays");
		expect(lines).toHaveLength(31);
	});

	it("says so when a person has no history yet", async () => {
		const { code, stdout } = await cli(["history", "Sam Lee", VAULT, "--today", "2026-11-23"]);
		expect(code).toBe(0);
		expect(stdout).toContain("Sam Lee (People/Sam Lee.md): 2 entries, newest first");
	});

	it("an unknown person is one line on stderr, exit code 2", async () => {
		const { code, stdout, stderr } = await cli(["history", "Nobody", VAULT]);
		expect(code).toBe(2);
		expect(stdout).toBe("");
		expect(stderr).toBe("managing-up history: no stakeholder named 'Nobody' (known: Jane Doe, Sam Lee)\n");
	});

	it("a missing vault is one line on stderr, exit code 2", async () => {
		const { code, stderr } = await cli(["history", "Jane Doe", "does-not-exist"]);
		expect(code).toBe(2);
		expect(stderr).toBe("managing-up history: vault folder not found: does-not-exist\n");
	});

	it("a control character in a name cannot reach the terminal", async () => {
		const { stderr } = await cli(["history", "Ev\u001b[31mil", VAULT]);
		expect(stderr).not.toContain("\u001b");
	});
});
