import "../../styles.css";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { HOSTILE, mount } from "./harness";
import { baseRows, mountBasesView } from "./bases-harness";

/** The Bases views as a person sees them, in real Chromium: the map and the status rows of a base. */

afterEach(() => {
	document.body.empty();
});

describe("Stakeholder map (Bases view)", () => {
	it("draws every row of the base on the dashboard's grid, the rest beside it, hostile text as text", () => {
		const pane = mount(360);
		mountBasesView("map", pane);
		const dots = [...pane.querySelectorAll(".managing-up-dot")].map((d) => d.textContent);
		// Lee Wong is not a person to the index: read from the row's own values, high/high.
		expect(pane.querySelector(".managing-up-map-high-high")?.textContent).toContain("Lee Wong");
		expect(dots).toContain("Jane Doe");
		const unplaced = pane.querySelector(".managing-up-map-unplaced")?.textContent ?? "";
		expect(unplaced).toContain(HOSTILE);
		expect(pane.querySelector("img")).toBeNull();
		const problems = pane.querySelector(".managing-up-bases-problems")?.textContent ?? "";
		expect(problems).toContain(`influence: '${HOSTILE}' is not a level`);
		expect(problems).toContain("last-contact: '2026-02-30' is not a date");
	});

	it("opens a person's note from their dot", async () => {
		const pane = mount(360);
		const { calls } = mountBasesView("map", pane);
		const dot = [...pane.querySelectorAll<HTMLElement>(".managing-up-dot")].find((d) => d.textContent === "Lee Wong");
		if (dot === undefined) throw new Error("no dot for Lee Wong");
		await userEvent.click(dot);
		expect(calls.opened).toEqual(["Clients/Lee Wong.md"]);
	});

	it("follows the view's options: influence and interest from other properties", () => {
		const pane = mount(360);
		const rows = baseRows(["Clients/Ines Roth.md"]);
		mountBasesView("map", pane, rows, { influence: "role", interest: "role" });
		expect(pane.querySelectorAll(".managing-up-dot")).toHaveLength(0);
		expect(pane.textContent).toContain("role: 'Buyer' is not a level");
	});

	it("says so when the base has no rows", () => {
		const pane = mount(360);
		mountBasesView("map", pane, []);
		expect(pane.textContent).toContain("No notes in this base");
	});
});

describe("Stakeholder status (Bases view)", () => {
	it("draws a People row per row, in the base's order, with chips, next contact and follow-ups", () => {
		const pane = mount(360);
		mountBasesView("status", pane, baseRows(["Clients/Lee Wong.md", "People/Jane Doe.md", "Clients/Hostile.md"]));
		const rows = [...pane.querySelectorAll(".managing-up-person")];
		expect(rows.map((r) => r.querySelector(".managing-up-person-name")?.textContent)).toEqual(["Lee Wong", "Jane Doe", HOSTILE]);
		expect(rows[0]?.querySelector(".managing-up-chip")?.textContent).toBe("On track");
		expect(rows[0]?.textContent).toContain("next contact in 11 days");
		expect(rows[0]?.querySelector(".managing-up-bases-follow-ups")?.textContent).toContain("Send the proposal · due in 2 days");
		expect(rows[1]?.querySelector(".managing-up-chip")?.textContent).toBe("Overdue");
		expect(rows[2]?.querySelector(".managing-up-chip")?.textContent).toBe("No contact yet");
		expect(pane.querySelector("img")).toBeNull();
	});

	it("logs a contact from a row", async () => {
		const pane = mount(360);
		const { calls } = mountBasesView("status", pane, baseRows(["Clients/Lee Wong.md"]));
		const log = pane.querySelector<HTMLElement>("[aria-label='Log contact today: Lee Wong']");
		if (log === null) throw new Error("no Log contact button");
		await userEvent.click(log);
		expect(calls.logged).toEqual(["Clients/Lee Wong.md"]);
	});

	it("draws again when the base's rows change", () => {
		const pane = mount(360);
		const { controller } = mountBasesView("status", pane, baseRows(["Clients/Lee Wong.md"]));
		controller.setRows(baseRows(["Clients/Ines Roth.md", "Clients/Lee Wong.md"]));
		expect([...pane.querySelectorAll(".managing-up-person-name")].map((n) => n.textContent)).toEqual(["Ines Roth", "Lee Wong"]);
		expect(pane.querySelectorAll(".managing-up-bases")).toHaveLength(1);
	});
});
