import { describe, expect, it } from "vitest";
import { agendaBaseName, cutToBytes, normalizeFolder, personNotePath, sanitizeFileName, takenPaths, uniqueNotePath, utf8Length } from "../../../src/core/agenda";

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
		["../../etc", "etc/x.md"],
		["/etc/cron.d", "etc/cron.d/x.md"],
		["Work/../../../1-1s", "1-1s/x.md"],
		["Work/./1-1s/..", "Work/x.md"],
		["C:\\Users\\me", "Users/me/x.md"],
		["..", "x.md"],
	])("puts a note in folder %j at %j", (folder, path) => {
		expect(normalizeFolder(folder) === "" ? "x.md" : `${normalizeFolder(folder)}/x.md`).toBe(path);
		expect(uniqueNotePath(folder, "x", () => false)).toBe(path);
	});

	it("never reuses a person note's path", () => {
		expect(personNotePath("People", "Jane Doe", (p) => p === "People/Jane Doe.md")).toBe("People/Jane Doe 2.md");
	});
});

/** fileName is the last segment of a path: what the file system limits to 255 bytes. */
function fileName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

describe("file names within the file system's limits", () => {
	it("counts UTF-8 bytes, not UTF-16 units", () => {
		expect(utf8Length("aΩ山😀")).toBe(1 + 2 + 3 + 4);
		expect(Buffer.byteLength("aΩ山😀")).toBe(10);
	});

	it.each([
		["169 × Ω", "Ω".repeat(169)],
		["100 emoji", "😀".repeat(100)],
		["300 × 山", "山".repeat(300)],
		["emoji after an odd number of letters", `${"a".repeat(171)}${"😀".repeat(40)}`],
		["a family emoji", "👨‍👩‍👧‍👦".repeat(40)],
	])("keeps `yyyy-MM-dd Name 2.md` within 255 bytes and whole characters for %s", (_name, person) => {
		const first = uniqueNotePath("1-1s", agendaBaseName("2026-11-23", person), () => false);
		const second = uniqueNotePath("1-1s", agendaBaseName("2026-11-23", person), (path) => path === first);
		for (const path of [first, second]) {
			expect(Buffer.byteLength(fileName(path))).toBeLessThanOrEqual(255);
			// encodeURIComponent throws on a lone half of a surrogate pair.
			expect(() => encodeURIComponent(path)).not.toThrow();
			expect(fileName(path).startsWith("2026-11-23 ")).toBe(true);
		}
		expect(second).toMatch(/ 2\.md$/);
	});

	it("cuts at whole code points", () => {
		expect(cutToBytes("a😀b", 4)).toBe("a");
		expect(cutToBytes("a😀b", 5)).toBe("a😀");
		expect(cutToBytes("👍\u200d", 5)).toBe("👍");
	});

	it.each([
		["a name in another case", "1-1s/2026-11-23 twin.md", "2026-11-23 Twin"],
		["the decomposed form of the name (macOS)", "1-1s/2026-11-23 Jose\u0301.md", "2026-11-23 Jos\u00e9"],
		["the composed form of a decomposed name", "1-1s/2026-11-23 Jos\u00e9.md", "2026-11-23 Jose\u0301"],
		["a folder in another case", "1-1S/2026-11-23 Twin.md", "2026-11-23 Twin"],
	])("treats %s as taken", (_name, existing, base) => {
		const path = uniqueNotePath("1-1s", base, [existing]);
		expect(path.endsWith(" 2.md")).toBe(true);
		expect(takenPaths([existing])(path)).toBe(false);
	});
});
