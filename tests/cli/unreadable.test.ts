import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cli, makeVault, parseJson, removeVaults } from "./helpers";

/**
 * The tests run as root, which reads every file whatever its permissions, so an unreadable
 * folder or file is simulated: node:fs fails for the paths in `failing` with their error code.
 */
const failing = vi.hoisted(() => new Map<string, string>());
/** Files that are read once and then fail (removed, or made unreadable, while the CLI runs). */
const failingLater = vi.hoisted(() => new Map<string, string>());

vi.mock("node:fs", async (importOriginal) => {
	const fs = await importOriginal<typeof import("node:fs")>();
	const check = (path: unknown, call: string): void => {
		const later = failingLater.get(String(path));
		if (later !== undefined) {
			failingLater.delete(String(path));
			failing.set(String(path), later);
			return;
		}
		const code = failing.get(String(path));
		if (code !== undefined) throw Object.assign(new Error(`${code}: permission denied, ${call} '${String(path)}'`), { code });
	};
	const readdirSync = ((path: string, options?: unknown) => {
		check(path, "scandir");
		return (fs.readdirSync as (p: string, o?: unknown) => unknown)(path, options);
	}) as typeof fs.readdirSync;
	const readFileSync = ((path: string, options?: unknown) => {
		check(path, "open");
		return (fs.readFileSync as (p: string, o?: unknown) => unknown)(path, options);
	}) as typeof fs.readFileSync;
	// The CLI reads a vault's notes with openSync (one buffer for all), anything else with readFileSync.
	const openSync = ((path: string, ...rest: unknown[]) => {
		check(path, "open");
		return (fs.openSync as (p: string, ...r: unknown[]) => number)(path, ...rest);
	}) as typeof fs.openSync;
	return { ...fs, default: { ...fs, readdirSync, readFileSync, openSync }, readdirSync, readFileSync, openSync };
});

const AGENDA_VAULT = fileURLToPath(new URL("./agenda-vault", import.meta.url));

afterEach(() => {
	failing.clear();
	failingLater.clear();
	removeVaults();
});

describe("an unreadable folder", () => {
	it("as the vault is a one-line error, exit code 2", async () => {
		const vault = makeVault({ "People/Ann.md": "---\nperson: Ann\n---\n" });
		failing.set(vault, "EACCES");
		for (const command of ["report", "check"]) {
			const { code, stdout, stderr } = await cli([command, vault]);
			expect(code).toBe(2);
			expect(stdout).toBe("");
			expect(stderr).toBe(`managing-up ${command}: cannot read the vault folder ${vault} (EACCES)\n`);
		}
	});

	it("inside the vault is a problem of that folder, and every other note is read", async () => {
		const vault = makeVault({
			"People/Ann.md": "---\nperson: Ann\n---\n",
			"Private/Deep/Bo.md": "---\nperson: Bo\n---\n",
			"Zed/Cy.md": "---\nperson: Cy\nlast-contact: someday\n---\n",
		});
		failing.set(join(vault, "Private", "Deep"), "EACCES");
		const { code, stdout } = await cli(["check", vault, "--json"]);
		expect(code).toBe(1);
		expect(parseJson(stdout).problems).toEqual([
			{ path: "Private/Deep", key: null, value: null, message: "This folder could not be read (EACCES); its notes are left out" },
			expect.objectContaining({ path: "Zed/Cy.md", key: "last-contact" }),
		]);
		const report = parseJson((await cli(["report", vault, "--json", "--today", "2026-11-23"])).stdout);
		expect((report.stakeholders as { person: string }[]).map((s) => s.person).sort()).toEqual(["Ann", "Cy"]);
		expect(report.problems).toHaveLength(2);
		const text = await cli(["report", vault, "--today", "2026-11-23"]);
		expect(text.stdout).toContain("Private/Deep\n  This folder could not be read (EACCES); its notes are left out\n");
	});
});

describe("an unreadable note the agenda needs", () => {
	it("as a template is left out with one warning; the agenda uses the other templates", async () => {
		failing.set(join(AGENDA_VAULT, "Templates", "Weekly manager sync.md"), "EACCES");
		const { code, stdout, stderr } = await cli(["agenda", "Maya Okafor", AGENDA_VAULT, "--today", "2026-11-23"]);
		expect(stderr).toBe("warning: cannot read Templates/Weekly manager sync.md (EACCES); the agenda uses the other templates\n");
		expect(code).toBe(0);
		expect(stdout).toContain("## 1:1 with Maya Okafor, Monday, November 23");
	});

	it("as the previous 1:1 note is left out with one warning; the agenda is still made", async () => {
		failingLater.set(join(AGENDA_VAULT, "1-1s", "2026-11-02 Jane Doe.md"), "EIO");
		const { code, stdout, stderr } = await cli(["agenda", "Jane Doe", AGENDA_VAULT, "--today", "2026-11-23"]);
		expect(stderr).toBe("warning: cannot read 1-1s/2026-11-02 Jane Doe.md (EIO); its open items are not carried over\n");
		expect(code).toBe(0);
		expect(stdout).toContain("## Skip-level with Jane Doe, November 23, 2026");
		// Not carried over; still in the prep brief as a commitment, read with the vault before the note failed.
		expect(stdout).not.toContain("- [ ] Share the incident review");
		expect(stdout).toContain(">   - I owe: Share the incident review (due 2026-11-10, 13 days overdue)");
	});
});
