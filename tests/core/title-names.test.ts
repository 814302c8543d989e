import { describe, expect, it } from "vitest";
import { folderNames, hasOneOnOneWord, inMeetingFolder, titleNames } from "../../src/core/title-names";
import { readNote } from "../../src/core/read";
import { DEFAULT_CORE_SETTINGS } from "../../src/core/types";
import { NoteBuilder, reportOf } from "./builder";

const names = (title: string): string[] => titleNames(title).map((ref) => ref.target);

describe("the names in a 1:1 note's file name", () => {
	it.each([
		["2026-11-20 1-1 Jane Doe", ["Jane Doe"]],
		["Bo Chen 1on1 2026-11-18", ["Bo Chen"]],
		["2026-11-20-1030 1-1 with Jane Doe", ["Jane Doe"]],
		["2026-11-18 - Bo Chen", ["Bo Chen"]],
		["2026-11-20 Me <> Jane Doe", ["Me", "Jane Doe"]],
		["2026-11-20 one on one with Priya", ["Priya"]],
		["2026-11-20 Jane Doe: promo packet", ["Jane Doe", "promo packet"]],
		["20261120_1-1_Jane_Doe", ["Jane Doe"]],
		["2026-11-20 (Jane Doe) weekly sync", ["Jane Doe"]],
		["2026-11-20", []],
		["2026-11-20 1-1", []],
	])("%s names %j", (title, expected) => {
		expect(names(title)).toEqual(expected);
		expect(titleNames(title).every((ref) => ref.tentative === true && !ref.isLink)).toBe(true);
	});

	it("knows a 1:1 by its words and a folder for meetings by its name", () => {
		expect(["2026-11-20 1-1 Jane", "Jane 1on1", "One on one - Jane", "2026-11-20 121 Bo"].every(hasOneOnOneWord)).toBe(true);
		expect(["2026-11-20 Jane Doe", "2026-11-20 Q1 planning", "11-11 Sale"].some(hasOneOnOneWord)).toBe(false);
		expect(inMeetingFolder("Work/04 - Meetings/2026-11-20 Jane.md")).toBe(true);
		expect(inMeetingFolder("1-1s/Jane Doe/2026-11-25.md")).toBe(true);
		expect(inMeetingFolder("Journal/2026-11-20.md")).toBe(false);
		expect(folderNames("1-1s/Jane Doe/2026-11-25.md").map((ref) => ref.target)).toEqual(["Jane Doe"]);
		// A folder of years and months names no one.
		expect(folderNames("Meetings/2026/11/2026-11-25.md")).toEqual([]);
		expect(folderNames("Notes/Jane Doe/2026-11-25.md")).toEqual([]);
	});

	it("reads hostile names as text, and gives up on a name too long to be a file's", () => {
		expect(names("2026-11-20 1-1 <img src=x onerror=alert(1)>")).toEqual(["<img src=x onerror=alert(1)>"]);
		expect(titleNames(`2026-11-20 1-1 ${"a ".repeat(5_000)}`)).toEqual([]);
	});
});

describe("a 1:1 note that names its person only in its file name", () => {
	const today = "2026-11-23";

	it("is a contact with the person the name finds, and names no one without a note when it finds no one", () => {
		const report = reportOf(
			[
				NoteBuilder.person("Jane Doe"),
				NoteBuilder.note("Meetings/2026-11-20 1-1 Jane Doe.md"),
				NoteBuilder.note("Notes/2026-11-19 Roadmap 1-1 prep.md"),
				NoteBuilder.note("Meetings/2026-11-21 Team retro.md").set("tags", ["meeting"]),
			],
			today,
		);
		expect(report.stakeholders.map((s) => [s.person, s.lastContact])).toEqual([["Jane Doe", "2026-11-20"]]);
		expect(report.withoutNote).toEqual([]);
	});

	it("asks for its text, whose people come first, and is no meeting when cancelled or undated", () => {
		expect(readNote("Meetings/2026-11-20 1-1 Jane Doe.md", null, DEFAULT_CORE_SETTINGS)).toMatchObject({ record: { kind: "meeting", foundBy: "the note's name" }, needsText: true });
		expect(readNote("Meetings/2026-11-20 1-1 Jane Doe.md", { status: "cancelled" }, DEFAULT_CORE_SETTINGS).record).toBeNull();
		expect(readNote("Meetings/1-1 Jane Doe.md", null, DEFAULT_CORE_SETTINGS).record).toBeNull();
		// A note that is no 1:1 (no 1:1 word, no mark, no folder for meetings) keeps its name to itself.
		expect(readNote("Journal/2026-11-20 Jane Doe.md", null, DEFAULT_CORE_SETTINGS).record).toBeNull();
	});
});
