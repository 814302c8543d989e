import { beforeEach, describe, expect, it } from "vitest";
import { App, notices } from "../mock/obsidian";
import {
	completeFollowUp,
	logContactToday,
	snoozedFollowUp,
	snoozeFollowUp,
	type ActionDeps,
} from "../../src/obsidian/actions";
import { DEFAULT_PROPERTY_LISTS, type FollowUp, type PropertyLists } from "../../src/core/types";
import { expectOnlyChanged, makeApp, makeIndex, obsidianApp, SAMPLE_VAULT, TODAY } from "./helpers";

const JANE = "People/Jane Doe.md";
const MEETING = "1-1s/2026-11-10 Sam Lee.md";

function depsFor(app: App, properties: PropertyLists = DEFAULT_PROPERTY_LISTS): ActionDeps {
	const real = obsidianApp(app);
	return {
		fileManager: real.fileManager,
		vault: real.vault,
		properties: () => properties,
		today: () => TODAY,
		personName: (path) => (path === JANE ? "Jane Doe" : path),
	};
}

function text(app: App, path: string): string {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`no file ${path}`);
	return app.vault.readSync(file);
}

function followUp(kind: FollowUp["kind"], path: string, due: string, person = "Jane Doe"): FollowUp {
	return { kind, path, person, personPath: kind === "contact" ? path : null, due, text: "", overdueDays: 0, influence: null };
}

beforeEach(() => {
	notices.splice(0);
});

describe("property actions change only their keys", () => {
	it("logContactToday rewrites last-contact, keeps the previous one in contact-history, and nothing else", async () => {
		const app = await makeApp();
		const before = text(app, JANE);
		expect(await logContactToday(depsFor(app), JANE)).toBe(true);
		expectOnlyChanged(before, text(app, JANE), { "last-contact": "2026-11-23", "contact-history": ["2026-11-01"] });
		expect(notices).toEqual(["Logged contact with Jane Doe today"]);
	});

	it("logContactToday adds last-contact at the end of the properties when it is missing", async () => {
		const app = await makeApp();
		const sam = "People/Sam Lee.md";
		const before = text(app, sam);
		await logContactToday(depsFor(app), sam);
		expect(text(app, sam)).toBe(before.replace("influence: 4\n---\n", "influence: 4\nlast-contact: 2026-11-23\n---\n"));
	});

	it("keeps Windows line endings; the block is rewritten in Obsidian's style, quoting and all", async () => {
		const original = '---\r\nperson: "Jane Doe"\r\nlast-contact: 2026-11-01\r\ntags: [a, b]   \r\n---\r\nBody\r\n';
		const app = await makeApp({ [JANE]: original });
		await logContactToday(depsFor(app), JANE);
		expect(text(app, JANE)).toBe(
			"---\r\nperson: Jane Doe\r\nlast-contact: 2026-11-23\r\ntags:\r\n  - a\r\n  - b\r\ncontact-history:\r\n  - 2026-11-01\r\n---\r\nBody\r\n",
		);
		expectOnlyChanged(original, text(app, JANE), { "last-contact": "2026-11-23", "contact-history": ["2026-11-01"] });
	});

	it("writes the property names from the settings", async () => {
		const app = await makeApp({ [JANE]: "---\nperson: Jane Doe\nlast-contact: 2026-11-01\n---\n" });
		await logContactToday(depsFor(app, { ...DEFAULT_PROPERTY_LISTS, lastContact: ["last talked"] }), JANE);
		expect(text(app, JANE)).toBe("---\nperson: Jane Doe\nlast-contact: 2026-11-01\nlast talked: 2026-11-23\n---\n");
	});

	it("writes to the key the note already uses (last_contact), not a second one", async () => {
		const app = await makeApp({ [JANE]: "---\ntype: person\nlast_contact: 2026-11-01\n---\n" });
		await logContactToday(depsFor(app), JANE);
		expect(text(app, JANE)).toBe("---\ntype: person\nlast_contact: 2026-11-23\ncontact_history:\n  - 2026-11-01\n---\n");
	});

	it("completeFollowUp removes follow-up and follow-up-note from a person note", async () => {
		const app = await makeApp();
		const before = text(app, JANE);
		expect(await completeFollowUp(depsFor(app), followUp("follow-up", JANE, "2026-11-20"))).toBe(true);
		expectOnlyChanged(before, text(app, JANE), {
			"follow-up": undefined,
			"follow-up-note": undefined,
			"follow-ups-done": ["2026-11-23: Send the hiring plan (due 2026-11-20)"],
		});
		expect(notices).toEqual(["Follow-up with Jane Doe done"]);
	});

	it("completeFollowUp removes the follow-up of a 1:1 note", async () => {
		const app = await makeApp();
		const before = text(app, MEETING);
		await completeFollowUp(depsFor(app), followUp("follow-up", MEETING, "2026-11-24", "Sam Lee"));
		expect(text(app, MEETING)).toBe(
			before.replace("follow-up: 2026-11-24\nfollow-up-note: Share the promo doc\n", 'follow-ups-done:\n  - "2026-11-23: Share the promo doc (due 2026-11-24)"\n'),
		);
	});

	it("completeFollowUp of a contact reminder logs contact today", async () => {
		const app = await makeApp();
		const before = text(app, JANE);
		await completeFollowUp(depsFor(app), followUp("contact", JANE, "2026-11-15"));
		expectOnlyChanged(before, text(app, JANE), { "last-contact": "2026-11-23", "contact-history": ["2026-11-01"] });
		expect(notices).toEqual(["Logged contact with Jane Doe today"]);
	});

	it("snoozeFollowUp moves an overdue follow-up a week from today", async () => {
		const app = await makeApp();
		const before = text(app, JANE);
		await snoozeFollowUp(depsFor(app), followUp("follow-up", JANE, "2026-11-20"));
		expectOnlyChanged(before, text(app, JANE), { "follow-up": "2026-11-30" });
		expect(notices).toEqual(["Snoozed the follow-up with Jane Doe until 2026-11-30"]);
	});

	it("snoozeFollowUp moves a follow-up that is not due yet a week from its due date", async () => {
		const app = await makeApp();
		const before = text(app, MEETING);
		await snoozeFollowUp(depsFor(app), followUp("follow-up", MEETING, "2026-11-24", "Sam Lee"));
		expect(text(app, MEETING)).toBe(before.replace("follow-up: 2026-11-24", "follow-up: 2026-12-01"));
	});

	it("snoozeFollowUp of a contact reminder sets snooze-until a week from today", async () => {
		const app = await makeApp();
		const before = text(app, JANE);
		await snoozeFollowUp(depsFor(app), followUp("contact", JANE, "2026-11-15"));
		expectOnlyChanged(before, text(app, JANE), { "snooze-until": "2026-11-30" });
		expect(notices).toEqual(["Snoozed the reminder to contact Jane Doe until 2026-11-30"]);
	});
});

describe("property actions never throw", () => {
	it("turns YAML that does not parse into a notice and leaves the note alone", async () => {
		const broken = "---\nperson: Jane\nperson: twice\n---\nbody\n";
		const app = await makeApp({ [JANE]: broken });
		await expect(logContactToday(depsFor(app), JANE)).resolves.toBe(false);
		expect(text(app, JANE)).toBe(broken);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(/^Could not change the properties of Jane Doe: .*Fix them in source mode/);
	});

	it("says so when the note is gone", async () => {
		const app = await makeApp();
		await expect(snoozeFollowUp(depsFor(app), followUp("follow-up", "People/Gone.md", "2026-11-20"))).resolves.toBe(false);
		expect(notices).toEqual(["Could not find People/Gone.md; was it moved or deleted?"]);
	});
});

describe("snoozedFollowUp", () => {
	it.each([
		["2026-11-20", "2026-11-30"],
		["2026-11-23", "2026-11-30"],
		["2026-11-24", "2026-12-01"],
		["2026-12-28", "2027-01-04"],
	])("a follow-up due %s moves to %s", (due, expected) => {
		expect(snoozedFollowUp(due, TODAY)).toBe(expected);
	});
});

describe("the index sees the write", () => {
	it("a logged contact reaches the report through the metadata event", async () => {
		const app = await makeApp(SAMPLE_VAULT);
		const { index } = makeIndex(app);
		expect(index.report(TODAY).stakeholders.find((s) => s.path === JANE)?.status).toBe("overdue");
		await logContactToday(depsFor(app), JANE);
		expect(index.report(TODAY).stakeholders.find((s) => s.path === JANE)?.status).toBe("ok");
	});
});
