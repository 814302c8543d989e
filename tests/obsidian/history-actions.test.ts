import { beforeEach, describe, expect, it } from "vitest";
import { App, notices } from "../mock/obsidian";
import { completeFollowUp, logContactToday, type ActionDeps } from "../../src/obsidian/actions";
import { readNote } from "../../src/core/read";
import { DEFAULT_CORE_SETTINGS, DEFAULT_PROPERTY_LISTS, type FollowUp } from "../../src/core/types";
import { makeApp, obsidianApp, propertiesAndBody } from "./helpers";

/** Logging keeps history: what Log contact today and Done leave in the note, and what reads back. */

const JANE = "People/Jane Doe.md";

function depsOn(app: App, day: { today: string }): ActionDeps {
	const real = obsidianApp(app);
	return {
		fileManager: real.fileManager,
		vault: real.vault,
		properties: () => DEFAULT_PROPERTY_LISTS,
		today: () => day.today,
		personName: () => "Jane Doe",
	};
}

function text(app: App, path: string): string {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return app.vault.readSync(file);
}

function readBack(app: App, path: string) {
	return readNote(path, propertiesAndBody(text(app, path)).properties, DEFAULT_CORE_SETTINGS);
}

beforeEach(() => {
	notices.splice(0);
});

describe("Log contact today keeps the earlier contacts", () => {
	it("twice on different days keeps both dates, oldest first, and reads them back", async () => {
		const app = await makeApp({ [JANE]: "---\nperson: Jane Doe\nlast-contact: 2026-10-01\n---\nBody\n" });
		const day = { today: "2026-11-20" };
		await logContactToday(depsOn(app, day), JANE);
		day.today = "2026-11-23";
		await logContactToday(depsOn(app, day), JANE);
		expect(text(app, JANE)).toBe("---\nperson: Jane Doe\nlast-contact: 2026-11-23\ncontact-history:\n  - 2026-10-01\n  - 2026-11-20\n---\nBody\n");
		const record = readBack(app, JANE).record;
		expect(record?.kind === "person" ? [record.lastContact, record.contactHistory] : null).toEqual(["2026-11-23", ["2026-10-01", "2026-11-20"]]);
	});

	it("twice on the same day adds nothing to the history", async () => {
		const original = "---\nperson: Jane Doe\nlast-contact: 2026-11-23\n---\n";
		const app = await makeApp({ [JANE]: original });
		await logContactToday(depsOn(app, { today: "2026-11-23" }), JANE);
		expect(text(app, JANE)).toBe(original);
	});

	it("the first contact ever logged writes last-contact only", async () => {
		const app = await makeApp({ [JANE]: "---\nperson: Jane Doe\n---\n" });
		await logContactToday(depsOn(app, { today: "2026-11-23" }), JANE);
		expect(text(app, JANE)).toBe("---\nperson: Jane Doe\nlast-contact: 2026-11-23\n---\n");
	});

	it.each([
		["last_contact", "contact_history"],
		["lastContact", "contactHistory"],
		["Last-Contact", "contact-history"],
	])("beside %s it writes %s", async (key, history) => {
		const app = await makeApp({ [JANE]: `---\ntype: person\n${key}: 2026-11-01\n---\n` });
		await logContactToday(depsOn(app, { today: "2026-11-23" }), JANE);
		expect(text(app, JANE)).toBe(`---\ntype: person\n${key}: 2026-11-23\n${history}:\n  - 2026-11-01\n---\n`);
	});

	it("adds to the list the note already has, under its own name, in date order, without repeats", async () => {
		const app = await makeApp({ [JANE]: "---\ntype: person\ncontactHistory: [2026-09-01, 2026-11-01]\nlast_contact: 2026-10-10\n---\n" });
		await logContactToday(depsOn(app, { today: "2026-11-23" }), JANE);
		expect(propertiesAndBody(text(app, JANE)).properties).toEqual({
			type: "person",
			contactHistory: ["2026-09-01", "2026-10-10", "2026-11-01"],
			last_contact: "2026-11-23",
		});
		const again = await makeApp({ [JANE]: "---\ntype: person\ncontact-history: [2026-11-01]\nlast-contact: 2026-11-01\n---\n" });
		await logContactToday(depsOn(again, { today: "2026-11-23" }), JANE);
		expect(propertiesAndBody(text(again, JANE)).properties["contact-history"]).toEqual(["2026-11-01"]);
	});

	it("never loses a malformed value: an unreadable last-contact and list items are kept as written, each a problem", async () => {
		const app = await makeApp({ [JANE]: "---\nperson: Jane Doe\ncontact-history:\n  - whenever\n  - 2026-10-01\nlast-contact: next week\n---\n" });
		await logContactToday(depsOn(app, { today: "2026-11-23" }), JANE);
		expect(propertiesAndBody(text(app, JANE)).properties).toEqual({
			person: "Jane Doe",
			"contact-history": ["whenever", "2026-10-01", "next week"],
			"last-contact": "2026-11-23",
		});
		const reading = readBack(app, JANE);
		expect(reading.record?.kind === "person" ? reading.record.contactHistory : null).toEqual(["2026-10-01"]);
		expect(reading.problems.map((p) => p.message)).toEqual([
			"contact-history: 'whenever' is not a date; use YYYY-MM-DD; the list keeps it as written",
			"contact-history: 'next week' is not a date; use YYYY-MM-DD; the list keeps it as written",
		]);
	});

	it("a history that is one value, not a list, becomes a list that keeps it", async () => {
		const app = await makeApp({ [JANE]: "---\nperson: Jane Doe\ncontact-history: 2026-09-01\nlast-contact: 2026-10-01\n---\n" });
		await logContactToday(depsOn(app, { today: "2026-11-23" }), JANE);
		expect(propertiesAndBody(text(app, JANE)).properties["contact-history"]).toEqual(["2026-09-01", "2026-10-01"]);
	});

	it("keeps Windows line endings and the body byte for byte", async () => {
		const original = "---\r\nperson: Jane Doe\r\nlast-contact: 2026-11-01\r\n---\r\n# Jane\r\n\r\nNotes   \r\n<!-- a comment -->\r\n";
		const app = await makeApp({ [JANE]: original });
		await logContactToday(depsOn(app, { today: "2026-11-23" }), JANE);
		expect(text(app, JANE)).toBe(
			"---\r\nperson: Jane Doe\r\nlast-contact: 2026-11-23\r\ncontact-history:\r\n  - 2026-11-01\r\n---\r\n# Jane\r\n\r\nNotes   \r\n<!-- a comment -->\r\n",
		);
	});
});

describe("Done leaves a trace", () => {
	const item = (path: string, due: string): FollowUp => ({ kind: "follow-up", path, person: "Jane Doe", personPath: JANE, due, text: "", overdueDays: 0, influence: null });

	it("appends the day, what it was and its due date to follow-ups-done, which reads back", async () => {
		const app = await makeApp({
			[JANE]: "---\nperson: Jane Doe\nfollow-up: 2026-11-20\nfollow-up-note: Send the plan\nfollow-ups-done:\n  - \"2026-10-01: Intro call\"\n---\nBody\n",
		});
		await completeFollowUp(depsOn(app, { today: "2026-11-23" }), item(JANE, "2026-11-20"));
		expect(text(app, JANE)).toBe(
			'---\nperson: Jane Doe\nfollow-ups-done:\n  - "2026-10-01: Intro call"\n  - "2026-11-23: Send the plan (due 2026-11-20)"\n---\nBody\n',
		);
		const record = readBack(app, JANE).record;
		expect(record?.kind === "person" ? record.followUpsDone : null).toEqual([
			{ date: "2026-10-01", text: "Intro call" },
			{ date: "2026-11-23", text: "Send the plan (due 2026-11-20)" },
		]);
	});

	it("without a note it says Follow up; beside follow_up_date it writes follow_ups_done; an unreadable due date is kept as written", async () => {
		const app = await makeApp({ [JANE]: "---\ntype: person\nfollow_up_date: early December\n---\n" });
		await completeFollowUp(depsOn(app, { today: "2026-11-23" }), item(JANE, "2026-11-20"));
		expect(text(app, JANE)).toBe('---\ntype: person\nfollow_ups_done:\n  - "2026-11-23: Follow up (due early December)"\n---\n');
	});
});

describe("hostile text stays text", () => {
	it("a follow-up note with markup is kept as written", async () => {
		const hostile = "<img src=x onerror=alert(1)>";
		const app = await makeApp({ [JANE]: `---\nperson: Jane Doe\nfollow-up: 2026-11-20\nfollow-up-note: "${hostile}"\n---\n` });
		await completeFollowUp(depsOn(app, { today: "2026-11-23" }), {
			kind: "follow-up",
			path: JANE,
			person: "Jane Doe",
			personPath: JANE,
			due: "2026-11-20",
			text: hostile,
			overdueDays: 0,
			influence: null,
		});
		expect(propertiesAndBody(text(app, JANE)).properties["follow-ups-done"]).toEqual([`2026-11-23: ${hostile} (due 2026-11-20)`]);
	});
});
