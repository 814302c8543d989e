import { describe, expect, it } from "vitest";
import { formatCheck, formatReport } from "../../src/cli/text";
import { wrap } from "../../src/cli/terminal";
import { daysAgo, daysAhead } from "../../src/core/words";
import { reportOfNotes } from "../core/builder";
import { SLOW_TIMEOUT } from "../slow";
import { cli, fixture } from "./helpers";

describe("relative days", () => {
	it.each([
		[0, "today", "today"],
		[1, "yesterday", "tomorrow"],
		[23, "23 days ago", "in 23 days"],
		[-1, "tomorrow", "1 day overdue"],
		[-8, "in 8 days", "8 days overdue"],
	])("%i days: %s / %s", (days, ago, ahead) => {
		expect(daysAgo(days)).toBe(ago);
		expect(daysAhead(days)).toBe(ahead);
	});
});

describe("wrap", () => {
	it.each([
		["", 10, [""]],
		["short", 10, ["short"]],
		["one two three four", 9, ["one two", "three", "four"]],
		["a veryveryverylongword b", 8, ["a", "veryveryverylongword", "b"]],
		["Zoë Ångström zoë", 12, ["Zoë Ångström", "zoë"]],
	])("%j at %i", (text, width, lines) => {
		expect(wrap(text, width)).toEqual(lines);
	});
});

describe("formatCheck", () => {
	it("groups problems under their note and counts them", () => {
		const text = formatCheck(
			[
				{ path: "A.md", key: "cadence", value: "x", message: "cadence: 'x' is not a cadence" },
				{ path: "A.md", key: "influence", value: "y", message: "influence: 'y' is not a level" },
				{ path: "B c.md", key: null, value: null, message: "broken" },
			],
			7,
			{ color: false },
		);
		expect(text).toBe(
			[
				"A.md",
				"  cadence: 'x' is not a cadence",
				"  influence: 'y' is not a level",
				"B c.md",
				"  broken",
				"",
				"3 problems in 2 notes (7 notes read).",
				"",
			].join("\n"),
		);
	});
});

describe("hostile text", () => {
	const hostile = "\u001b[2J\u001b[31m<img src=x onerror=alert(1)>";
	const notes = {
		[`People/${hostile}.md`]: { person: hostile, role: "Boss\u0007\r", "last-contact": "2026-11-01", "follow-up": "2026-11-20", "follow-up-note": "ping\u001b]0;pwned\u0007" },
		"People/Bad.md": { person: "Bad", influence: "\u001b[1mhuge" },
	};

	it.each([false, true])("never lets a note's text reach the terminal as control characters (colour %s)", (color) => {
		const text = formatReport(reportOfNotes(notes, "2026-11-23"), { color, vaultName: "v", dueSoonDays: 7 });
		// Take out the report's own colour codes; whatever control character is left came from a note.
		// eslint-disable-next-line no-control-regex -- the colour codes start with ESC
		const fromNotes = color ? text.replace(/\u001b\[(?:1|2|22|31|32|33|36|39)m/g, "") : text;
		// eslint-disable-next-line no-control-regex -- the assertion is about control characters
		expect(fromNotes).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
		expect(text).toContain("\uFFFD[2J\uFFFD[31m<img src=x onerror=");
		expect(text).toContain("ping\uFFFD]0;pwned\uFFFD");
	});
});

describe("a large vault", () => {
	// 65,000 notes with follow-ups overflowed the stack: the column layout spread every row into Math.max.
	const ROWS = 200_000;
	const sample = reportOfNotes(
		{
			"People/Dana.md": { person: "Dana Whitfield", relationship: "peer", influence: "high", "last-contact": "2026-10-01", "follow-up": "2026-11-20", "follow-up-note": "Send the deck" },
			"People/Bad.md": { person: "Bad", influence: "huge" },
		},
		"2026-11-23",
	);
	const many = <T>(items: readonly T[], make: (item: T, i: number) => T): T[] =>
		Array.from({ length: ROWS }, (_, i) => make(items[i % items.length] as T, i));
	const report = {
		...sample,
		stakeholders: many(sample.stakeholders, (s, i) => ({ ...s, path: `People/${i}.md`, person: `Person ${i}` })),
		followUps: many(sample.followUps, (f, i) => ({ ...f, path: `People/${i}.md`, person: `Person ${i}` })),
		// Problems are listed one under another, with no columns: a few thousand are enough.
		problems: many(sample.problems, (p, i) => ({ ...p, path: `People/${i}.md` })).slice(0, 2000),
	};

	it(`formats ${ROWS.toLocaleString("en")} follow-ups and ${ROWS.toLocaleString("en")} stakeholders without overflowing the stack`, () => {
		const text = formatReport(report, { color: false, vaultName: "v", dueSoonDays: 7 });
		expect(text).toContain(`${ROWS} stakeholders`);
		expect(text).toContain(`Person ${ROWS - 1}`);
	}, SLOW_TIMEOUT);
});

describe("long names", () => {
	// Names an 80-column terminal used to cut to 12 characters: "Dana Whitfi…", and two
	// "Person - Sarah C…" that looked the same.
	const names = ["Dana Whitfield", "Person - Sarah Connor", "Person - Sarah Conway", "Alexandra Konstantinopoulou-Whitfield", "Sam Lee"];
	const notes = Object.fromEntries(
		names.map((name, i) => [
			`People/${name}.md`,
			{ person: name, relationship: "stakeholder", influence: "medium", "last-contact": `2026-08-${10 + i}`, "follow-up": "2026-11-20", "follow-up-note": `Send ${name} the written summary of what we agreed` },
		]),
	);
	const report = reportOfNotes(notes, "2026-11-23");
	const lineWidth = (line: string): number => Array.from(line).length;

	/** shown says whether a line shows the name whole, or cut after at least 20 of its characters. */
	function shown(line: string, name: string): boolean {
		if (line.includes(name)) return true;
		for (let kept = Array.from(name).length - 1; kept >= 20; kept--) if (line.includes(`${Array.from(name).slice(0, kept).join("")}…`)) return true;
		return false;
	}

	it("are never cut when the output is not a terminal: each row is one line", () => {
		const text = formatReport(report, { color: false, vaultName: "v", dueSoonDays: 7 });
		expect(text).not.toContain("…");
		for (const name of names) {
			const rows = text.split("\n").filter((line) => line.includes(name));
			// One follow-up row, one contact follow-up row and one stakeholder row, each whole on its line.
			expect(rows.filter((row) => row.includes("last contact")), name).toHaveLength(1);
			expect(rows.filter((row) => row.includes("overdue")).length, name).toBeGreaterThanOrEqual(2);
		}
	});

	it.each([80, 90, 100, 120])("keep at least 20 characters, or their row wraps, in a %i-column terminal", (columns) => {
		const text = formatReport(report, { color: false, vaultName: "v", dueSoonDays: 7, fit: true, width: columns });
		const lines = text.split("\n");
		for (const line of lines) expect(lineWidth(line), line).toBeLessThanOrEqual(Math.max(columns, 20 + 3));
		// Each name is on its two follow-up rows and its stakeholder row, whole or with 20 characters kept.
		for (const name of names) expect(lines.filter((line) => shown(line, name)).length, name).toBeGreaterThanOrEqual(3);
		for (const line of lines.filter((l) => l.includes("…"))) {
			expect(names.some((name) => shown(line, name)), line).toBe(true);
		}
		// Two names that differ after 16 characters never look the same.
		const sarahs = lines.filter((line) => line.includes("Person - Sarah")).map((line) => line.match(/Person - Sarah \S+/)?.[0]);
		expect(new Set(sarahs)).toEqual(new Set(["Person - Sarah Connor", "Person - Sarah Conway"]));
	});

	it("are cut in a terminal only where at least 20 characters remain", () => {
		const text = formatReport(report, { color: false, vaultName: "v", dueSoonDays: 7, fit: true, width: 90 });
		const row = text.split("\n").find((line) => line.includes("last contact 102 days ago"));
		expect(row).toMatch(/^ {2}Alexandra Konstantino\S*… +stakeholder/);
		expect(text).toContain("  Person - Sarah Connor  ");
	});

	it("wrap a row in a narrow terminal rather than cut a name to fewer than 20 characters", () => {
		const text = formatReport(report, { color: false, vaultName: "v", dueSoonDays: 7, fit: true, width: 80 });
		const lines = text.split("\n");
		const at = lines.findIndex((line) => line.trim() === "Alexandra Konstantinopoulou-Whitfield");
		expect(at, text).toBeGreaterThan(0);
		// The rest of the row follows on the next line, in the columns of the other rows.
		expect(lines[at + 1]).toMatch(/^ {10,}stakeholder +medium +last contact \d+ days ago +\d+ days overdue$/);
	});
});

describe("names without a note in the text report", () => {
	it("lists the first five, most meetings first, and says how many more there are", async () => {
		const { stdout } = await cli(["report", fixture("conventions/h-numbered-emoji"), "--today", "2026-11-23"]);
		const section = stdout.slice(stdout.indexOf("Without a note (3)"));
		expect(section.split("\n").slice(2, 6)).toEqual([
			"  Mika (4 meetings, last 2026-11-21)",
			"  Dev team (1 meeting, last 2026-11-05)",
			"  Priyanka (1 meeting, last 2026-11-05)",
			"  names in meetings that match no person note (managing-up explain lists them)",
		]);
		const example = await cli(["report", "example-vault", "--today", "2026-11-23"]);
		expect(example.stdout).not.toContain("Without a note");
	});
});
