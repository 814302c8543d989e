import { afterEach, describe, expect, it } from "vitest";
import { parseCalendar } from "../core/calendar-helpers";
import { cli, fixture, makeVault, removeVaults } from "./helpers";

/** `managing-up follow-up` and `managing-up calendar` on a fixture vault (the plugin gives the same: tests/obsidian/follow-up.test.ts). */

const VAULT = fixture("vault-follow-up");
const JANE_NOTE = "1-1s/2026-11-23 Jane Doe.md";

const JANE_FOLLOW_UP = [
	"Thanks for the time today, Jane.",
	"",
	"What we agreed:",
	"- I lead the platform migration, with Alex as reviewer",
	"- Budget stays flat; headcount +1, \"maybe\" 2 — 予算は据え置き 🎉",
	"",
	// The task under Agreed is a commitment of both sides (the commitments reader).
	"I will:",
	"- Send the migration plan by Fri 27 Nov",
	"",
	"You will:",
	"- Send the migration plan by Fri 27 Nov",
	"",
	"Next check-in: Mon 7 Dec.",
	"Let's revisit on Sat 1 May 2027: Promotion case.",
	"",
].join("\n");

afterEach(removeVaults);

describe("managing-up follow-up", () => {
	it.each([JANE_NOTE, "1-1s/2026-11-23 Jane Doe", "2026-11-23 jane doe", "./1-1s/2026-11-23 Jane Doe.md"])("prints the follow-up of %j", async (note) => {
		const { code, stdout, stderr } = await cli(["follow-up", note, VAULT, "--today", "2026-11-23"]);
		expect(stderr).toBe("");
		expect(code).toBe(0);
		expect(stdout).toBe(JANE_FOLLOW_UP);
	});

	it("is day-aware: the next day it thanks for yesterday", async () => {
		const { stdout } = await cli(["follow-up", JANE_NOTE, VAULT, "--today", "2026-11-24"]);
		expect(stdout.split("\n")[0]).toBe("Thanks for the time yesterday, Jane.");
	});

	it("uses the clock's day without --today", async () => {
		const { stdout } = await cli(["follow-up", JANE_NOTE, VAULT]);
		expect(stdout).toBe(JANE_FOLLOW_UP);
	});

	it("reads a revisit date and a Decisions heading", async () => {
		const { stdout } = await cli(["follow-up", "2026-11-09 Sam Lee", VAULT, "--today", "2026-11-23"]);
		expect(stdout).toBe(
			"Thanks for the time on Mon 9 Nov, Sam.\n\nWhat we agreed:\n- Keep the team at five\n- Revisit the on-call rota in January\n\nNext check-in: Mon 23 Nov.\nLet's revisit on Fri 15 Jan 2027.\n",
		);
	});

	it.each([
		["nope", "managing-up follow-up: no note named 'nope' in this vault"],
		["People/Sam Lee.md", "managing-up follow-up: People/Sam Lee.md is not a 1:1 note: it names no one to follow up with"],
		["Ideas", "managing-up follow-up: Notes/Ideas.md is not a 1:1 note: it names no one to follow up with"],
		["<img src=x onerror=alert(1)>\u001b[31m", "managing-up follow-up: no note named '<img src=x onerror=alert(1)>\uFFFD[31m' in this vault"],
	])("%j: one line on stderr, exit code 2", async (note, message) => {
		const { code, stdout, stderr } = await cli(["follow-up", note, VAULT]);
		expect(code).toBe(2);
		expect(stdout).toBe("");
		expect(stderr).toBe(`${message}\n`);
	});

	it("says which notes a shared title names", async () => {
		const root = makeVault({
			"A/2026-11-23 Jane.md": "---\nwith: Jane\n---\n",
			"B/2026-11-23 Jane.md": "---\nwith: Jane\n---\n",
		});
		const { code, stderr } = await cli(["follow-up", "2026-11-23 Jane", root]);
		expect(code).toBe(2);
		expect(stderr).toBe("managing-up follow-up: '2026-11-23 Jane' names 2 1:1 notes (A/2026-11-23 Jane.md, B/2026-11-23 Jane.md); give the note's path instead\n");
		expect((await cli(["follow-up", "B/2026-11-23 Jane.md", root, "--today", "2026-11-23"])).stdout).toBe("Thanks for the time today.\n");
	});

	it("reads a note with CRLF line ends as the same note", async () => {
		const root = makeVault({
			"People/Jane Doe.md": "---\nperson: Jane Doe\n---\n",
			"1-1/2026-11-23 Jane.md": "---\r\nwith: \"[[Jane Doe]]\"\r\nrevisit: 2027-01-04\r\n---\r\n## Agreed\r\n- one\r\n",
		});
		const { stdout } = await cli(["follow-up", "2026-11-23 Jane", root, "--today", "2026-11-23"]);
		expect(stdout).toBe("Thanks for the time today, Jane.\n\nWhat we agreed:\n- one\n\nNext check-in: Wed 23 Dec.\nLet's revisit on Mon 4 Jan 2027.\n");
	});
});

describe("managing-up calendar", () => {
	it("prints an .ics calendar of the vault, stamped with the clock", async () => {
		const { code, stdout, stderr } = await cli(["calendar", VAULT, "--today", "2026-11-23"]);
		expect(stderr).toBe("");
		expect(code).toBe(0);
		expect(stdout.startsWith("BEGIN:VCALENDAR\r\nPRODID:-//Managing Up//Obsidian plugin//EN\r\n")).toBe(true);
		const { events } = parseCalendar(stdout);
		expect(events.map((e) => [e.start, e.summary])).toEqual([
			["2026-11-23", "Get in touch with Sam Lee"],
			["2026-11-27", "Jane Doe owes you: Send the migration plan"],
			["2026-11-27", "You promised Jane Doe: Send the migration plan"],
			["2026-11-30", "Follow up with Sam Lee: Share the promo doc; ask about Q1, budget"],
			["2026-12-07", "Check in with Jane Doe (high influence)"],
			["2026-12-20", "Check in with <img src=x onerror=alert(1)> (high influence)"],
			["2027-05-01", "Follow up with Jane Doe: Promotion case"],
		]);
		expect(events[0]?.url).toBe("obsidian://open?vault=vault-follow-up&file=People%2FSam%20Lee.md");
		expect(new Set(events.map((e) => e.stamp))).toEqual(new Set([new Date(2026, 10, 23, 12, 0).toISOString().replace(/\.\d+Z$/, "Z")]));
	});

	it("gives the same UIDs on every run", async () => {
		const uids = async (now: Date) => parseCalendar((await cli(["calendar", VAULT, "--today", "2026-11-23"], { now: () => now })).stdout).events.map((e) => e.uid);
		expect(await uids(new Date(2026, 10, 24, 8, 0))).toEqual(await uids(new Date(2026, 10, 23, 12, 0)));
	});

	it("names the vault by its folder", async () => {
		const root = makeVault({ "People/Zoë.md": "---\nperson: Zoë\ninfluence: high\nlast-contact: 2026-11-20\n---\n" });
		const { stdout } = await cli(["calendar", root, "--today", "2026-11-23"]);
		const folder = encodeURIComponent(root.split(/[\\/]/).pop() ?? "");
		expect(parseCalendar(stdout).events.map((e) => e.url)).toEqual([`obsidian://open?vault=${folder}&file=People%2FZo%C3%AB.md`]);
	});
});
