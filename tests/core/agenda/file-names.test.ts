import { describe, expect, it } from "vitest";
import { agendaBaseName, normalizeFolder, personNotePath, sanitizeFileName, uniqueNotePath } from "../../../src/core/agenda";

describe("sanitizeFileName", () => {
	it.each([
		["Jane/Doe", "Jane-Doe"],
		["Jane\\Doe", "Jane-Doe"],
		["Jane: VP", "Jane- VP"],
		["A|B", "A-B"],
		["Who*?", "Who"],
		['"Jay" <jay>', "Jay jay"],
		["C# [lead] ^x", "C lead x"],
		["..hidden", "hidden"],
		[". .dots. ", "dots"],
		["  spaced   out  ", "spaced out"],
		["tab\there\nnewline", "tab here newline"],
		["José Núñez 山田", "José Núñez 山田"],
		["", "Untitled"],
		["///", "---"],
		["...", "Untitled"],
	])("makes %j safe as %j", (name, safe) => {
		expect(sanitizeFileName(name)).toBe(safe);
	});

	it("leaves no character Obsidian refuses and no leading dot", () => {
		const nasty = '../.a/b\\c:d*e?f"g<h>i|j#k^l[m]n';
		const safe = sanitizeFileName(nasty);
		expect(safe).not.toMatch(/[\\/:*?"<>|#^[\]]/);
		expect(safe.startsWith(".")).toBe(false);
	});

	it("keeps names short enough for every file system", () => {
		expect(sanitizeFileName("x".repeat(500)).length).toBeLessThanOrEqual(180);
	});
});

describe("agenda file names", () => {
	it("starts with the date and the person", () => {
		expect(agendaBaseName("2026-11-23", "Jane Doe")).toBe("2026-11-23 Jane Doe");
		expect(agendaBaseName("2026-11-23", "R&D: Ops/Infra")).toBe("2026-11-23 R&D- Ops-Infra");
	});

	it("gives three agendas for the same person on the same day three distinct notes", () => {
		const taken = new Set<string>();
		const paths: string[] = [];
		for (let i = 0; i < 3; i++) {
			const path = uniqueNotePath("1-1s", agendaBaseName("2026-11-23", "Jane Doe"), (p) => taken.has(p));
			taken.add(path);
			paths.push(path);
		}
		expect(paths).toEqual(["1-1s/2026-11-23 Jane Doe.md", "1-1s/2026-11-23 Jane Doe 2.md", "1-1s/2026-11-23 Jane Doe 3.md"]);
	});

	it.each([
		["", "x.md"],
		["/", "x.md"],
		["1-1s/", "1-1s/x.md"],
		["/Work//1-1s/", "Work/1-1s/x.md"],
		["Work\\1-1s", "Work/1-1s/x.md"],
	])("puts a note in folder %j at %j", (folder, path) => {
		expect(normalizeFolder(folder) === "" ? "x.md" : `${normalizeFolder(folder)}/x.md`).toBe(path);
		expect(uniqueNotePath(folder, "x", () => false)).toBe(path);
	});

	it("never reuses a person note's path", () => {
		expect(personNotePath("People", "Jane Doe", (p) => p === "People/Jane Doe.md")).toBe("People/Jane Doe 2.md");
	});
});
