import { describe, expect, it } from "vitest";
import { carriedTaskLines, isCarried, itemKey, markCarried, openItems, stripFrontmatter } from "../../../src/core/agenda";
import { PREVIOUS_NOTE } from "./fixtures";

describe("openItems", () => {
	it("carries unchecked tasks, skipping done, cancelled, empty and repeated ones", () => {
		expect(openItems(PREVIOUS_NOTE)).toEqual([
			{ text: "Share the incident review 📅 2026-11-10", depth: 0 },
			{ text: "Ask about the staff engineer role", depth: 0 },
			{ text: "Find the level guide", depth: 1 },
			{ text: "Get Sam's numbers", depth: 0 },
			{ text: "Review the on-call rota (from [[2026-10-19 Jane Doe]])", depth: 0 },
			{ text: "Intro to the data team ⏫ 📅 2026-11-30", depth: 0 },
		]);
	});

	it.each([
		["- [x] done", []],
		["- [X] done", []],
		["- [-] cancelled", []],
		["- [/] in progress is not unchecked", []],
		["- [ ] open", ["open"]],
		["  + [ ] plus marker", ["plus marker"]],
		["1. [ ] numbered", ["numbered"]],
		["3) [ ] numbered with a parenthesis", ["numbered with a parenthesis"]],
		["-[ ] no space is not a task", []],
		["- [ ]    ", []],
		["> - [ ] in a quote", []],
	])("reads %j", (line, texts) => {
		expect(openItems(line).map((item) => item.text)).toEqual(texts);
	});

	it("keeps nesting under carried parents and moves items up under finished ones", () => {
		const note = ["- [ ] a", "    - [ ] a1", "        - [ ] a1x", "    - [x] a2", "        - [ ] a2x", "- [ ] b"].join("\n");
		expect(openItems(note)).toEqual([
			{ text: "a", depth: 0 },
			{ text: "a1", depth: 1 },
			{ text: "a1x", depth: 2 },
			{ text: "a2x", depth: 1 },
			{ text: "b", depth: 0 },
		]);
	});

	it("treats the same text as one item, whatever its case and spacing", () => {
		expect(openItems("- [ ] Call  Sam\n- [ ] call sam\n- [ ] Call Sam (from [[2026-10-01 Jane]])")).toEqual([
			{ text: "Call  Sam", depth: 0 },
		]);
	});

	it("carries an already carried item again, keeping where it was first written", () => {
		expect(openItems("- [ ] Call Sam (from [[2026-10-01 Jane]]) 📅 2026-12-01")).toEqual([
			{ text: "Call Sam (from [[2026-10-01 Jane]]) 📅 2026-12-01", depth: 0 },
		]);
	});

	it("reads CRLF notes and ignores frontmatter", () => {
		expect(openItems("---\r\ntags: [x]\r\n---\r\n- [ ] one\r\n- [ ] two\r\n").map((i) => i.text)).toEqual(["one", "two"]);
		expect(stripFrontmatter("---\na: 1\n---\nbody")).toBe("body");
		expect(stripFrontmatter("no frontmatter")).toBe("no frontmatter");
	});
});

describe("carry-over marker", () => {
	it("goes before Tasks fields so that their dates still parse", () => {
		expect(markCarried("Share the review 📅 2026-11-10", "[[2026-11-02 Jane]]")).toBe(
			"Share the review (from [[2026-11-02 Jane]]) 📅 2026-11-10",
		);
		expect(markCarried("Intro ⏫ 📅 2026-11-30 🔁 every week", "[[P]]")).toBe("Intro (from [[P]]) ⏫ 📅 2026-11-30 🔁 every week");
		expect(markCarried("Plain", "[[P]]")).toBe("Plain (from [[P]])");
	});

	it("is recognised and kept: a task carried over keeps its origin", () => {
		const carried = carriedTaskLines(openItems("- [ ] Call Sam 📅 2026-12-01"), "[[2026-11-02 Jane]]");
		expect(carried).toEqual(["- [ ] Call Sam (from [[2026-11-02 Jane]]) 📅 2026-12-01"]);
		expect(isCarried(carried[0] ?? "")).toBe(true);
		expect(carriedTaskLines(openItems(carried.join("\n")), "[[2026-11-16 Jane]]")).toEqual(carried);
		expect(itemKey("Call Sam (from [[X]]) 📅 2026-12-01")).toBe("call sam 📅 2026-12-01");
	});

	it("indents nested items with tabs under the line's own indent", () => {
		expect(carriedTaskLines([{ text: "a", depth: 0 }, { text: "b", depth: 1 }], "[[P]]", "  ")).toEqual([
			"  - [ ] a (from [[P]])",
			"  \t- [ ] b (from [[P]])",
		]);
	});
});
