import "../../styles.css";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { HOSTILE, Harness, mount, reportOf } from "./harness";
import { ORG_VAULT } from "./org-vault";

/** The Org section in real Chromium: a 320 px sidebar and a phone, hostile names, clicks. */

afterEach(() => {
	document.body.empty();
	document.body.removeClass("is-mobile");
});

function orgOnly(h: Harness): Harness {
	for (const id of ["follow-ups", "people", "map", "problems"] as const) h.collapsed.add(id);
	return h.draw();
}

describe.each([320, 390] as const)("the Org section at %i px", (width) => {
	it("fits without scrolling sideways; a long name is cut short and said in full", () => {
		if (width === 390) document.body.addClass("is-mobile");
		const h = orgOnly(new Harness(mount(width), reportOf(ORG_VAULT), { org: {} }));
		const section = h.container.querySelector<HTMLElement>(".managing-up-section-org");
		expect(section).not.toBeNull();
		expect(h.container.scrollWidth).toBeLessThanOrEqual(h.container.clientWidth);
		const rows = Array.from(h.container.querySelectorAll<HTMLElement>(".managing-up-org-person"));
		expect(rows).toHaveLength(12);
		for (const row of rows) expect(row.getBoundingClientRect().right).toBeLessThanOrEqual(h.container.getBoundingClientRect().right + 0.5);
		const long = rows.find((row) => row.getAttribute("aria-label")?.startsWith("Maximiliana Konstantinopoulou-Wetherington") === true);
		const name = long?.querySelector<HTMLElement>(".managing-up-org-name");
		expect(name && name.scrollWidth > name.clientWidth).toBe(true);
		expect(long?.title).toContain("Maximiliana Konstantinopoulou-Wetherington: peer, overdue");
	});
});

describe("the Org section", () => {
	it("keeps a hostile name as text", () => {
		const h = orgOnly(new Harness(mount(320), reportOf(ORG_VAULT), { org: {} }));
		const org = h.container.querySelector(".managing-up-section-org");
		expect(org?.querySelector("img")).toBeNull();
		expect(org?.textContent).toContain(HOSTILE);
	});

	it("opens a person's note on click, and a flag's person too", async () => {
		const h = orgOnly(new Harness(mount(320), reportOf(ORG_VAULT), { org: {} }));
		const dana = h.container.querySelector<HTMLElement>('.managing-up-org-person[aria-label^="Dana Lee"]');
		expect(dana).not.toBeNull();
		if (dana) await userEvent.click(dana);
		const flag = h.container.querySelector<HTMLElement>(".managing-up-org-flag-outside-chain button");
		if (flag) await userEvent.click(flag);
		expect(h.calls).toEqual([
			{ action: "open", path: "People/Dana Lee.md", newLeaf: false },
			{ action: "open", path: "People/Harper Quinn.md", newLeaf: false },
		]);
		expect(h.container.querySelector(".managing-up-org-flag-skip-level")?.textContent).toContain("Skip-level not met in 60 days");
	});

	it("teaches how to say who you are when me is not set: the suggested name, else a picker", async () => {
		const notes = { ...ORG_VAULT, "People/Alex Rivera.md": { ...ORG_VAULT["People/Alex Rivera.md"], aliases: [] } };
		const suggested = orgOnly(new Harness(mount(320), reportOf(notes), { org: { suggestion: "Alex Rivera" } }));
		const button = suggested.container.querySelector<HTMLElement>(".managing-up-org-set-me");
		expect(button?.textContent).toBe("I am Alex Rivera");
		if (button) await userEvent.click(button);
		expect(suggested.calls).toEqual([{ action: "set-me", name: "Alex Rivera" }]);
		const picker = orgOnly(new Harness(mount(320), reportOf(notes), { org: {} }));
		const choose = picker.container.querySelector<HTMLElement>(".managing-up-org-set-me");
		expect(choose?.textContent).toBe("Choose your note");
		if (choose) await userEvent.click(choose);
		expect(picker.calls).toEqual([{ action: "choose-me" }]);
	});
});
