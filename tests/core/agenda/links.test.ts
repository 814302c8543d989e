import { describe, expect, it } from "vitest";
import { canLinkTo, personReference, wikilink } from "../../../src/core/agenda";

describe("links to notes with odd names", () => {
	it.each([
		["Jane Doe", true],
		["José Núñez", true],
		["Odd]]|Name#x", false],
		["A|B", false],
		["C#", false],
		["Block^1", false],
		["[[Nested", false],
		["One ] bracket", false],
	])("%j can be a wikilink target: %s", (name, ok) => {
		expect(canLinkTo(name)).toBe(ok);
	});

	it("writes a markdown link by path in the text, and plain text in with, when no wikilink can find the note", () => {
		expect(wikilink("1-1s/Odd]]|Name#x.md")).toBe("[Odd\\]\\]|Name#x](1-1s/Odd%5D%5D%7CName%23x.md)");
		expect(personReference("People/Odd]]|Name#x.md")).toEqual({ text: "Odd]]|Name#x", isLink: false });
		expect(personReference("People/Jane Doe.md")).toEqual({ text: "[[Jane Doe]]", isLink: true });
		expect(wikilink("People/Jane Doe.md", (path) => path.replace(/\.md$/, ""))).toBe("[[People/Jane Doe]]");
	});
});
