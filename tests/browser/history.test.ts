import "../../styles.css";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { renderHistory, type HistoryHandlers } from "../../src/obsidian/render-history";
import { buildHistoryModel } from "../../src/core/viewmodel/history";
import { TODAY, mount } from "./harness";
import { historyModelOf } from "./history-notes";

/** The person history view in real Chromium: a 320 px sidebar and a phone, hostile text, the empty state. */

function handlers(): HistoryHandlers & { opened: [string, boolean][]; agendas: string[] } {
	const opened: [string, boolean][] = [];
	const agendas: string[] = [];
	return {
		opened,
		agendas,
		openNote: (path, newLeaf) => void opened.push([path, newLeaf]),
		newAgenda: (path) => void agendas.push(path),
	};
}

afterEach(() => {
	document.body.empty();
});

describe.each([320, 390] as const)("at %i px", (width) => {
	it("lists every entry, newest first, within the width", () => {
		const container = mount(width);
		const { history, model } = historyModelOf("People/Jane Doe.md", TODAY);
		renderHistory(container, model, handlers());
		const rows = [...container.querySelectorAll(".managing-up-history-entry")];
		expect(rows).toHaveLength(history.entries.length);
		expect(rows.map((row) => row.getAttribute("data-path"))).toEqual(history.entries.map((e) => e.path));
		expect([...container.querySelectorAll(".managing-up-history-heading")].map((h) => h.textContent)).toEqual([
			"December 2026",
			"November 2026",
			"October 2026",
			"September 2026",
			"No date",
		]);
		expect(container.scrollWidth).toBeLessThanOrEqual(container.clientWidth);
		for (const row of rows) expect(row.getBoundingClientRect().right).toBeLessThanOrEqual(container.getBoundingClientRect().right + 0.5);
	});
});

describe("the history view", () => {
	it("keeps hostile text as text", () => {
		const container = mount(320);
		renderHistory(container, historyModelOf("People/Jane Doe.md", TODAY).model, handlers());
		expect(container.querySelector("img")).toBeNull();
		expect(container.textContent).toContain("<img src=x onerror=alert(1)> revisit the promotion case");
		expect(container.textContent).toContain("Jane owes: Intro me to <img src=x onerror=alert(1)> the VP (due 2026-11-01)");
	});

	it("opens an entry's note on click, in a new tab on Ctrl-click, and the person's note from the name", async () => {
		const container = mount(320);
		const h = handlers();
		renderHistory(container, historyModelOf("People/Jane Doe.md", TODAY).model, h);
		const first = container.querySelector<HTMLButtonElement>(".managing-up-history-open");
		if (first === null) throw new Error("no entry");
		await userEvent.click(first);
		await userEvent.click(first, { modifiers: ["Control"] });
		const name = container.querySelector<HTMLButtonElement>(".managing-up-history-person");
		if (name === null) throw new Error("no name");
		await userEvent.click(name);
		expect(h.opened).toEqual([
			["1-1s/2026-10-18 Jane Doe.md", false],
			["1-1s/2026-10-18 Jane Doe.md", true],
			["People/Jane Doe.md", false],
		]);
		expect(first.getAttribute("aria-label")).toMatch(/^Follow-up due, Dec 1: /);
	});

	it("teaches what to do for a person without 1:1 notes, and for no person at all", async () => {
		const container = mount(320);
		const h = handlers();
		renderHistory(container, historyModelOf("People/Ann Park.md", TODAY).model, h);
		expect(container.querySelector(".managing-up-history-empty p")?.textContent).toBe("No 1:1 notes with Ann Park yet");
		const button = container.querySelector<HTMLButtonElement>(".managing-up-history-empty button");
		expect(button?.textContent).toBe("New 1:1 agenda");
		if (button) await userEvent.click(button);
		expect(h.agendas).toEqual(["People/Ann Park.md"]);
		renderHistory(container, buildHistoryModel(null, TODAY), h);
		expect(container.textContent).toMatch(/^Open a person note to see their history here/);
		expect(container.querySelector("button")).toBeNull();
	});
});
