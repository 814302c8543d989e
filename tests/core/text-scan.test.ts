import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carried, dataviewDue, holdsTemplateSyntax, headingText, headingWithHashes, withoutCarried, withoutDataviewFields, withoutTrailingTags } from "../../src/core/text-scan";
import { folderWord } from "../../src/core/conventions";
import { foldName } from "../../src/core/values";

/** The patterns the scanners replace, as they were written. */
const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const AGREED_HEADING = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const CARRIED = /\s*\(from \[\[([^\]]*)\]\]\)/;
const DATAVIEW_DUE = /[[(]due::\s*([^\])]*?)\s*[\])]/i;
const DATAVIEW_FIELD = /\s*[[(][\w -]+::[^\])]*[\])]/g;
const TRAILING_TAGS = /(?:\s+#[^\s#]+)+\s*$/u;
const TEMPLATE_TEXT = /\{\{[^{}]*\}\}|<%[\s\S]*%>/;

/** Text made of the pieces the patterns turn on, so that near misses are common. */
const pieces = ["#", "##", " ", "\t", "a", "x y", "(", ")", "[", "]", "[[", "]]", "(from [[", "]])", "due::", "DUE::", "::", "-", "_", "{{", "}}", "{", "}", "<%", "%>", "\u00a0", "\r", "2026-12-01", "@me", "é"];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(""));
const RUNS = { numRuns: 20_000, seed: 20261204 };

describe("the one-pass readers give what the patterns gave", () => {
	it("headingText", () => {
		fc.assert(
			fc.property(text, (line) => {
				for (const heading of [line, `## ${line}`, `  ${line}`]) {
					const match = HEADING.exec(heading);
					expect(headingText(heading)).toEqual(match === null ? null : { level: (match[1] ?? "").length, text: (match[2] ?? "").trim() });
				}
			}),
			RUNS,
		);
	});

	it("headingWithHashes", () => {
		fc.assert(
			fc.property(text, (line) => {
				for (const heading of [line, `# ${line}`]) {
					const match = AGREED_HEADING.exec(heading);
					expect(headingWithHashes(heading)).toEqual(match === null ? null : { level: (match[1] ?? "").length, text: match[2] ?? "" });
				}
			}),
			RUNS,
		);
	});

	it("carried and withoutCarried", () => {
		fc.assert(
			fc.property(text, (task) => {
				const match = CARRIED.exec(task);
				expect(carried(task)?.link).toBe(match?.[1]);
				expect(withoutCarried(task)).toBe(task.replace(CARRIED, ""));
			}),
			RUNS,
		);
	});

	it("dataviewDue and withoutDataviewFields", () => {
		fc.assert(
			fc.property(text, (task) => {
				expect(dataviewDue(task)).toBe(DATAVIEW_DUE.exec(task)?.[1]);
				expect(withoutDataviewFields(task)).toBe(task.replace(DATAVIEW_FIELD, ""));
			}),
			RUNS,
		);
	});

	it("withoutTrailingTags and holdsTemplateSyntax", () => {
		fc.assert(
			fc.property(text, (value) => {
				expect(withoutTrailingTags(value)).toBe(value.replace(TRAILING_TAGS, ""));
				expect(holdsTemplateSyntax(value)).toBe(TEMPLATE_TEXT.test(value));
			}),
			RUNS,
		);
	});
});

describe("the patterns rewritten so that no run of one character is tried from every start", () => {
	const FOLDER_ENDS = [/^[^\p{L}]+/u, /[^\p{L}]+$/u] as const;
	const names = fc.array(fc.constantFrom("03", " - ", "👥", "People", "é", "𝒜", "_", "+", " ", "\ud835", "x", "ß", "١"), { maxLength: 8 }).map((parts) => parts.join(""));

	it("folderWord is the folded name without the non-letters at its ends", () => {
		fc.assert(
			fc.property(names, (name) => {
				expect(folderWord(name)).toBe(foldName(name).replace(FOLDER_ENDS[0], "").replace(FOLDER_ENDS[1], ""));
			}),
			RUNS,
		);
	});

	it.each([
		["a task's text after its box", /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+\[(.)\](?:[ \t]+(.*))?$/, /^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+\[(.)\](?:[ \t](.*))?$/, 3],
		["a list item's text", /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+(.*)$/, /^[ \t]*(?:[-*+]|\d+[.)])[ \t](.*)$/, 1],
		["a done follow-up's text", /^(\d{4}-\d{2}-\d{2})(?:\s*:\s*([\s\S]*))?$/, /^(\d{4}-\d{2}-\d{2})(?:\s*:([\s\S]*))?$/, 2],
	] as const)("%s: the same lines match, with the same trimmed text", (_name, before, after, group) => {
		const line = fc.array(fc.constantFrom("- ", "1. ", "* ", "[ ]", "[x]", " ", "\t", "2026-11-23", ":", " : ", "a", "\u2028", "\r"), { maxLength: 8 }).map((p) => p.join(""));
		fc.assert(
			fc.property(line, (text) => {
				const was = before.exec(text);
				const is = after.exec(text);
				expect(is === null).toBe(was === null);
				expect(is?.[group]?.trim()).toBe(was?.[group]?.trim());
			}),
			RUNS,
		);
	});
});

describe("on hostile lines the patterns took minutes over", () => {
	const N = 400_000;
	it.each([
		["spaces in a heading", () => headingText(`# a${" ".repeat(N)}x`)?.text, "a" + " ".repeat(N) + "x"],
		["a heading's text of hashes and spaces", () => headingWithHashes(`# a${" #".repeat(N)}x`)?.text.length, 2 * N + 2],
		["(from [[ again and again", () => carried("(from [[".repeat(N / 8)), null],
		["spaces before no field", () => withoutDataviewFields(`a${" ".repeat(N)}x`).length, N + 2],
		["fields that never close", () => withoutDataviewFields("(a::".repeat(N / 4)).length, N],
		["a due field that never closes", () => dataviewDue(`(due::${" ".repeat(N)}x`), undefined],
		["tags after tags", () => withoutTrailingTags(`${" #a".repeat(N / 3)} x`).length, Math.floor(N / 3) * 3 + 2],
		["template openings", () => holdsTemplateSyntax("<%".repeat(N / 2) + "{{".repeat(N / 2)), false],
	])("%s: read at once, with the pattern's answer", (_name, read, expected) => {
		expect(read()).toBe(expected);
	});
});
