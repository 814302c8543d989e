import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decodeNote } from "../../src/cli/note-file";
import { cli, makeVault, parseJson, removeVaults } from "./helpers";

afterEach(removeVaults);

const NOTE = "---\nperson: José\nrole: VP\n---\n";

function utf16be(text: string): Buffer {
	const le = Buffer.from(text, "utf16le");
	for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
	return le;
}

describe("note encodings", () => {
	it.each([
		["UTF-16 LE with a byte-order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(NOTE, "utf16le")])],
		["UTF-16 BE with a byte-order mark", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(NOTE)])],
		["UTF-16 LE without one", Buffer.from(NOTE, "utf16le")],
	])("%s is a problem, not silently ignored", (_name, bytes) => {
		expect(decodeNote(bytes)).toEqual({
			text: null,
			problem: "This note is not UTF-8 text (it looks like UTF-16); Obsidian cannot read its properties either",
		});
	});

	it("reads UTF-8 with or without a byte-order mark", () => {
		expect(decodeNote(Buffer.from(NOTE))).toEqual({ text: NOTE, problem: null });
		expect(decodeNote(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTE)]))).toEqual({ text: NOTE, problem: null });
	});

	it("reads Latin-1 bytes as Obsidian shows them, and says what is wrong", () => {
		expect(decodeNote(Buffer.from(NOTE, "latin1"))).toEqual({
			text: NOTE.replace("é", "\uFFFD"),
			problem: "This note has bytes that are not UTF-8 (Latin-1?); save it as UTF-8",
		});
	});

	it("makes each a problem of its note in check, and reads every other note", async () => {
		const vault = makeVault({
			"People/Ann.md": "---\nperson: Ann\n---\n",
			"People/Latin.md": Buffer.from(NOTE, "latin1"),
			"People/Wide.md": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("---\nperson: Wide\n---\n", "utf16le")]),
		});
		// A name that is not UTF-8 (Latin-1 "Bé.md"), and a folder named so, with a note inside.
		writeFileSync(Buffer.concat([Buffer.from(join(vault, "People/B")), Buffer.from([0xe9]), Buffer.from(".md")]), "---\nperson: B\n---\n");
		const { code, stdout, stderr } = await cli(["check", vault, "--json"]);
		expect(stderr).toBe("");
		expect(code).toBe(1);
		expect(parseJson(stdout).problems).toEqual([
			{ path: "People/B\uFFFD.md", key: null, value: null, message: "This file name is not valid UTF-8; rename it" },
			{ path: "People/Latin.md", key: null, value: null, message: "This note has bytes that are not UTF-8 (Latin-1?); save it as UTF-8" },
			{
				path: "People/Wide.md",
				key: null,
				value: null,
				message: "This note is not UTF-8 text (it looks like UTF-16); Obsidian cannot read its properties either",
			},
		]);
		const report = parseJson((await cli(["report", vault, "--json", "--today", "2026-11-23"])).stdout);
		expect((report.stakeholders as { person: string }[]).map((s) => s.person).sort()).toEqual(["Ann", "Jos\uFFFD"]);
	});

	it("makes a folder whose name is not UTF-8 a problem", async () => {
		const vault = makeVault({ "People/Ann.md": "---\nperson: Ann\n---\n" });
		const folder = Buffer.concat([Buffer.from(join(vault, "Caf")), Buffer.from([0xe9])]);
		mkdirSync(folder);
		writeFileSync(Buffer.concat([folder, Buffer.from("/Cy.md")]), "---\nperson: Cy\n---\n");
		const { stdout } = await cli(["check", vault, "--json"]);
		expect(parseJson(stdout).problems).toEqual([
			{ path: "Caf\uFFFD", key: null, value: null, message: "This folder name is not valid UTF-8; rename it; its notes are left out" },
		]);
	});
});
