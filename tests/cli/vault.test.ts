import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readNoteBytes, yamlReason } from "../../src/cli/note-file";
import { markdownPaths, readSettings, settingsFile } from "../../src/cli/vault";
import { cli, fixture, makeVault, parseJson, removeVaults, repoRoot } from "./helpers";

const temporary: string[] = [];

function tempVault(): string {
	const folder = mkdtempSync(join(tmpdir(), "managing-up-"));
	temporary.push(folder);
	return folder;
}

afterEach(() => {
	removeVaults();
	for (const folder of temporary.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("markdownPaths", () => {
	it("lists .md files outside dot-folders, sorted, with / separators", () => {
		expect(markdownPaths(join(repoRoot, fixture("vault-basic")))).toEqual([
			"Meetings/2026-10-20 Jane Doe.md",
			"Meetings/2026-11-05 Zoë Ångström.md",
			"Meetings/2026-11-18 Team sync.md",
			"Meetings/2026-12-02 Jane Doe.md",
			"Notes/Plain note.md",
			"Notes/bad yaml.md",
			"Notes/list frontmatter.md",
			"Notes/unclosed.md",
			"People/Bo Marker.md",
			"People/Chris Windows.md",
			"People/Jane Doe.md",
			"People/Sam Lee.md",
			"People/Victor Ng.md",
			"People/Zoë Ångström.md",
		]);
	});

	it("follows a symbolic link once and does not loop", () => {
		const vault = tempVault();
		mkdirSync(join(vault, "People"));
		writeFileSync(join(vault, "People", "A.md"), "---\nperson: A\n---\n");
		symlinkSync(vault, join(vault, "People", "loop"), "dir");
		expect(markdownPaths(vault)).toEqual(["People/A.md"]);
	});

	it("does not follow a link to a folder that holds the vault (its parent, /) across the disk", () => {
		const parent = tempVault();
		const vault = join(parent, "Vault");
		mkdirSync(join(vault, "People"), { recursive: true });
		writeFileSync(join(vault, "People", "A.md"), "---\nperson: A\n---\n");
		writeFileSync(join(parent, "Beside the vault.md"), "---\nperson: B\n---\n");
		symlinkSync(parent, join(vault, "People", "up"), "dir");
		symlinkSync("/", join(vault, "root"), "dir");
		mkdirSync(join(parent, "Shared"));
		writeFileSync(join(parent, "Shared", "C.md"), "---\nperson: C\n---\n");
		symlinkSync(join(parent, "Shared"), join(vault, "Shared"), "dir");
		// A folder outside the vault that does not hold it is still followed, once.
		expect(markdownPaths(vault)).toEqual(["People/A.md", "Shared/C.md"]);
	});
});

describe("settings", () => {
	it("finds data.json in the vault's config folder, whatever its name", () => {
		const vault = tempVault();
		mkdirSync(join(vault, ".config-phone", "plugins", "managing-up"), { recursive: true });
		writeFileSync(join(vault, ".config-phone", "plugins", "managing-up", "data.json"), '{ "dueSoonDays": 2 }');
		expect(settingsFile(vault)).toBe(".config-phone/plugins/managing-up/data.json");
		expect(readSettings(vault)).toMatchObject({ settings: { dueSoonDays: 2 }, warning: null });
	});

	it("uses the defaults without a warning when there is no data.json", () => {
		const vault = tempVault();
		expect(settingsFile(vault)).toBeNull();
		expect(readSettings(vault)).toMatchObject({ settings: { dueSoonDays: 7, peopleFolders: [] }, warning: null });
	});
});

describe("yamlReason", () => {
	it.each([
		["Map keys must be unique at line 4, column 1:\n\nb: 2\na: 3\n^\n", "Map keys must be unique at line 4"],
		[
			"Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:\n\n",
			"Flow sequence in block collection must be sufficiently indented and end with a ] at line 3",
		],
		["Something else.", "Something else"],
	])("shortens %j", (message, expected) => {
		expect(yamlReason(message)).toBe(expected);
	});
});

describe("readNoteBytes (one buffer for every note)", () => {
	it("reads a note larger than the buffer whole, and the small note after it as itself", () => {
		const folder = tempVault();
		const large = `---\nperson: Large\n---\n${"word ".repeat(60_000)}the end\n`;
		writeFileSync(join(folder, "large.md"), large);
		writeFileSync(join(folder, "small.md"), "---\nperson: Small\n---\n");
		expect(new TextDecoder().decode(readNoteBytes(join(folder, "large.md")))).toBe(large);
		expect(new TextDecoder().decode(readNoteBytes(join(folder, "small.md")))).toBe("---\nperson: Small\n---\n");
		expect(readNoteBytes(join(folder, "small.md")).length).toBe(22);
	});

	it("reads an empty file as no bytes, and a missing one throws as readFileSync does", () => {
		const folder = tempVault();
		writeFileSync(join(folder, "empty.md"), "");
		expect(readNoteBytes(join(folder, "empty.md")).length).toBe(0);
		expect(() => readNoteBytes(join(folder, "gone.md"))).toThrow(expect.objectContaining({ code: "ENOENT" }) as Error);
	});
});

describe("a vault with a note of megabytes between small ones", () => {
	it("reads every note's properties, the large note's too", async () => {
		const vault = makeVault({
			"People/Ann.md": "---\nperson: Ann\nlast-contact: 2026-11-02\n---\n",
			"People/Big.md": `---\nperson: Big\nlast-contact: 2026-11-03\n---\n${"- a line of notes\n".repeat(300_000)}`,
			"People/Cy.md": "---\nperson: Cy\nlast-contact: 2026-11-04\n---\n",
		});
		const { code, stdout } = await cli(["report", vault, "--json", "--no-cache", "--today", "2026-11-10"]);
		expect(code).toBe(0);
		const report = parseJson(stdout) as { stakeholders: { person: string; lastContact: string }[] };
		expect(report.stakeholders.map((s) => [s.person, s.lastContact]).sort()).toEqual([
			["Ann", "2026-11-02"],
			["Big", "2026-11-03"],
			["Cy", "2026-11-04"],
		]);
	});
});
