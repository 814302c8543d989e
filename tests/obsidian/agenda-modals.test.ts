import { describe, expect, it } from "vitest";
import type { App as ObsidianApp } from "obsidian";
import { App, FakeElement } from "../mock/obsidian";
import { NamePrompt, StakeholderPicker, TemplatePicker, stakeholderDetail } from "../../src/obsidian/modals";
import { BUILT_IN_TEMPLATES } from "../../src/core/agenda";
import { stakeholder } from "../core/agenda/fixtures";

const app = new App() as unknown as ObsidianApp;
type Choosable<T> = { simulateChoose(item: T): void; close(): void };

describe("pickers", () => {
	it("resolve with the chosen item, though Obsidian closes the modal before it reports the choice", async () => {
		const jane = stakeholder();
		const picker = new StakeholderPicker(app, [jane]);
		const chosen = picker.pick();
		(picker as unknown as Choosable<typeof jane>).simulateChoose(jane);
		expect(await chosen).toBe(jane);
	});

	it("resolve with null when dismissed", async () => {
		const picker = new TemplatePicker(app, BUILT_IN_TEMPLATES);
		const chosen = picker.pick();
		picker.close();
		expect(await chosen).toBeNull();
		expect(picker.getItems().map((t) => t.name)).toEqual(BUILT_IN_TEMPLATES.map((t) => t.name));
	});

	it("show each person's role, relationship and status", () => {
		expect(stakeholderDetail(stakeholder())).toBe("VP Engineering · skip-level · overdue by 7 days");
		expect(stakeholderDetail(stakeholder({ role: null, relationship: null, status: "never", daysOverdue: 0 }))).toBe("no contact yet");
		const el = new FakeElement("div");
		new StakeholderPicker(app, []).renderSuggestion({ item: stakeholder({ status: "ok" }), match: { score: 0, matches: [] } }, el as unknown as HTMLElement);
		expect(el.textContent).toBe("Jane DoeVP Engineering · skip-level · on track");
	});
});

describe("name prompt", () => {
	it("resolves with the trimmed name, or null when dismissed", async () => {
		const prompt = new NamePrompt(app);
		const asked = prompt.ask();
		(prompt as unknown as { value: string }).value = "  Alex Kim ";
		prompt.submit();
		expect(await asked).toBe("Alex Kim");
		const other = new NamePrompt(app);
		const dismissed = other.ask();
		other.close();
		expect(await dismissed).toBeNull();
	});
});
