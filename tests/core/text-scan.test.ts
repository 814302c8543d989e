import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { carried, dataviewDue, holdsTemplateSyntax, headingText, headingWithHashes, withoutCarried, withoutDataviewFields, withoutTrailingTags } from "../../src/core/text-scan";

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
