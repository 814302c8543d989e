import "../../styles.css";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { commitmentsReport } from "./commitments-vault";
import { FOUND_VAULT, Harness, TODAY, VAULT, mount, readingsOf, reportOf } from "./harness";
import { historyModelOf } from "./history-notes";
import { renderHistory } from "../../src/obsidian/render-history";
import { mountBasesView } from "./bases-harness";
import { ORG_VAULT } from "./org-vault";

/**
 * Screenshots for the README: the dashboard in a narrow sidebar and a wide pane, light and
 * dark, drawn from the realistic vault. Saved to docs/screenshots/ (paths are relative to this
 * file). Panes are at most 700 px high: a taller test frame is scaled down to fit the browser
 * window, and the screenshots would shrink with it.
 */

const SHOTS = "../../docs/screenshots";
const HEIGHT = 700 as const;

beforeAll(async () => {
	await page.viewport(860, HEIGHT);
});

/** shoot saves a screenshot of an element with the pointer moved off it, so no hover state shows. */
async function shoot(element: HTMLElement, name: string): Promise<void> {
	await userEvent.unhover(element);
	await page.screenshot({ element, path: `${SHOTS}/${name}.png` });
}

afterEach(() => {
	document.body.empty();
});

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
	it("narrow sidebar (360 px)", async () => {
		const h = new Harness(mount(360, theme, HEIGHT), reportOf(VAULT)).draw();
		await shoot(h.container, `dashboard-${theme}-360`);
	});

	it("people, grouped, in a narrow sidebar", async () => {
		const h = new Harness(mount(360, theme, HEIGHT), reportOf(VAULT));
		h.collapsed.add("follow-ups");
		h.group = "relationship";
		h.draw();
		await shoot(h.container, `people-${theme}-360`);
	});

	it("map and problems in a narrow sidebar", async () => {
		const h = new Harness(mount(360, theme, HEIGHT), reportOf(VAULT));
		h.collapsed.add("follow-ups");
		h.collapsed.add("people");
		h.draw();
		expect(h.container.scrollHeight).toBeLessThanOrEqual(HEIGHT);
		await shoot(h.container, `map-${theme}-360`);
	});

	it("map of a large vault, and People narrowed to one cell", async () => {
		const notes: Record<string, Record<string, unknown>> = {};
		const first = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"];
		const last = ["Ng", "Ortiz", "Park", "Quinn", "Rossi", "Sato", "Tran", "Ueda", "Vega", "Weiss"];
		for (let i = 0; i < 240; i++) {
			const name = `${first[i % 12] ?? ""} ${last[Math.floor(i / 12) % 10] ?? ""}${i >= 120 ? " II" : ""}`;
			notes[`People/${name}.md`] = {
				person: name,
				influence: ["low", "medium", "high"][i % 3],
				...(i % 10 === 9 ? {} : { interest: ["high", "low", "medium"][Math.floor(i / 3) % 3] }),
				"last-contact": `2026-${i % 2 === 0 ? "10" : "11"}-${String(1 + (i % 20)).padStart(2, "0")}`,
			};
		}
		const h = new Harness(mount(360, theme, HEIGHT), reportOf(notes));
		h.collapsed.add("follow-ups");
		h.collapsed.add("people");
		h.draw();
		await shoot(h.container, `map-large-${theme}-360`);
		h.handlers.showPlace("high/high");
		h.container.scrollTop = 0;
		await shoot(h.container, `map-narrowed-${theme}-360`);
	});

	it("person history in a 320 px sidebar", async () => {
		const container = mount(320, theme, HEIGHT);
		renderHistory(container, historyModelOf("People/Jane Doe.md", TODAY).model, { openNote: () => undefined, newAgenda: () => undefined });
		await shoot(container, `history-${theme}-320`);
	});

	it("Bases: Stakeholder map and Stakeholder status of a base (360 px)", async () => {
		const map = mount(360, theme, HEIGHT);
		mountBasesView("map", map);
		await shoot(map, `bases-map-${theme}-360`);
		const status = mount(360, theme, HEIGHT);
		mountBasesView("status", status);
		await shoot(status, `bases-status-${theme}-360`);
	});

	it("wide pane (800 px)", async () => {
		const h = new Harness(mount(800, theme, HEIGHT), reportOf(VAULT)).draw();
		await shoot(h.container, `dashboard-${theme}-800`);
	});

	it("phone (is-mobile, 390 px)", async () => {
		const h = new Harness(mount(390, theme, HEIGHT), reportOf(VAULT));
		document.body.addClass("is-mobile");
		h.collapsed.add("follow-ups");
		h.draw();
		await shoot(h.container, `phone-${theme}-390`);
		document.body.removeClass("is-mobile");
	});

	it("what it found, and the people without a note (360 px)", async () => {
		const h = new Harness(mount(360, theme, HEIGHT), reportOf(FOUND_VAULT), { readings: readingsOf(FOUND_VAULT) });
		h.collapsed.add("follow-ups");
		h.collapsed.add("people");
		h.draw();
		await shoot(h.container, `found-${theme}-360`);
	});

	it("what it found, as one line after Got it (360 px)", async () => {
		const h = new Harness(mount(360, theme, HEIGHT), reportOf(FOUND_VAULT), { readings: readingsOf(FOUND_VAULT) });
		h.foundDismissed = true;
		h.collapsed.add("follow-ups");
		h.draw();
		await shoot(h.container, `found-dismissed-${theme}-360`);
	});

	it("commitments, I owe and they owe, in a narrow sidebar", async () => {
		// A few of the fixture's commitments each way, so both groups and their flags fit the shot.
		const shown = ["Send Sam the design doc", "Prepare the promotion packet", "Draft the Q1 roadmap", "Send the budget", "Share the API usage numbers", "Book the demo room"];
		const report = commitmentsReport();
		const h = new Harness(mount(360, theme, HEIGHT), { ...report, commitments: report.commitments.filter((c) => shown.includes(c.text)) });
		h.collapsed.add("follow-ups");
		h.draw();
		await shoot(h.container, `commitments-${theme}-360`);
	});

	it("org: your chain in a 320 px sidebar and on a phone (390 px)", async () => {
		for (const width of [320, 390] as const) {
			if (width === 390) document.body.addClass("is-mobile");
			const h = new Harness(mount(width, theme, HEIGHT), reportOf(ORG_VAULT), { org: {} });
			for (const id of ["follow-ups", "people", "map", "problems"] as const) h.collapsed.add(id);
			h.draw();
			await shoot(h.container, `org-${theme}-${width}`);
			document.body.removeClass("is-mobile");
		}
	});

	it("empty state", async () => {
		const h = new Harness(mount(360, theme), reportOf({})).draw();
		await shoot(h.container, `empty-${theme}-360`);
	});
});
