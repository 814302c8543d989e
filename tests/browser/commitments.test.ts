import "../../styles.css";
import { afterEach, describe, expect, it } from "vitest";
import { COMMITMENTS_TODAY, commitmentsReport } from "./commitments-vault";
import { HOSTILE, Harness, mount } from "./harness";

afterEach(() => {
	document.body.empty();
});

function section(h: Harness): HTMLElement {
	const el = h.container.querySelector<HTMLElement>(".managing-up-section-commitments");
	if (el === null) throw new Error("no Commitments section");
	return el;
}

function rows(h: Harness, group: "me" | "them"): HTMLElement[] {
	return Array.from(section(h).querySelectorAll<HTMLElement>(`.managing-up-commitments-${group} .managing-up-commitment`));
}

describe("the Commitments section", () => {
	it("shows what I owe and what they owe, overdue first, with due, age, carried count and flags", () => {
		const h = new Harness(mount(360), commitmentsReport()).draw();
		const headings = Array.from(section(h).querySelectorAll(".managing-up-group-heading")).map((el) => el.textContent);
		expect(headings.map((text) => text?.replace(/\d+$/, ""))).toEqual(["I owe", "They owe"]);
		const mine = rows(h, "me");
		expect(mine[0]?.textContent).toContain("Send Sam the design doc");
		expect(mine[0]?.textContent).toContain("overdue by 6 days (2026-11-25)");
		const roadmap = mine.find((row) => row.textContent?.includes("Draft the Q1 roadmap"));
		expect(roadmap?.textContent).toContain("no date agreed");
		expect(roadmap?.textContent).toContain("open 91 days · carried over 3 times");
		expect(roadmap?.querySelector(".managing-up-commitment-flag")?.textContent).toBe("carried over 3 times since 2026-09-01");
		const theirs = rows(h, "them");
		expect(theirs[0]?.querySelector(".managing-up-commitment-flag")?.textContent).toBe("Jane Doe promised 'Send the budget' by 2026-11-20: 11 days overdue");
		// A task of a meeting with two of them is one row naming both: Done on it checks one line.
		const shared = mine.filter((row) => row.textContent?.includes("Write the deprecation timeline"));
		expect(shared).toHaveLength(1);
		expect(shared[0]?.querySelector(".managing-up-link")?.textContent).toBe("Priya Patel, Sam Lee");
		expect(section(h).querySelector(".managing-up-count")?.textContent).toBe("18");
	});

	it("keeps hostile task text as text", () => {
		const h = new Harness(mount(360), commitmentsReport()).draw();
		h.controls.showMore("commitments");
		h.draw();
		expect(section(h).querySelector("img")).toBeNull();
		expect(rows(h, "them").some((row) => row.querySelector(".managing-up-commitment-text")?.textContent === HOSTILE)).toBe(true);
	});

	it("Done and Open hand the commitment to the view", () => {
		const h = new Harness(mount(360), commitmentsReport()).draw();
		const row = rows(h, "me")[0];
		const [done, open] = Array.from(row?.querySelectorAll<HTMLButtonElement>(".managing-up-action") ?? []);
		expect(done?.textContent).toBe("Done");
		expect(open?.textContent).toBe("Open");
		done?.click();
		open?.click();
		expect(h.calls.map((call) => [call.action, "item" in call ? call.item.text : null])).toEqual([
			["commitment-done", "Send Sam the design doc"],
			["commitment-open", "Send Sam the design doc"],
		]);
	});

	it("updates in place: a commitment done leaves the other rows where they were", () => {
		const h = new Harness(mount(360), commitmentsReport()).draw();
		const before = rows(h, "me");
		h.report = commitmentsReport(COMMITMENTS_TODAY, (path, text) => (path === "1-1s/2026-11-10 Sam Lee.md" ? text.replace("- [ ] Send Sam the design doc", "- [x] Send Sam the design doc") : text));
		h.draw();
		const after = rows(h, "me");
		expect(after.some((row) => row.textContent?.includes("Send Sam the design doc"))).toBe(false);
		expect(after[0]).toBe(before[1]);
		expect(after[1]).toBe(before[2]);
	});

	it("counts each person's open commitments on their People row", () => {
		const h = new Harness(mount(360), commitmentsReport()).draw();
		const jane = h.container.querySelector('.managing-up-person[data-path="People/Jane Doe.md"] .managing-up-person-commitments');
		expect(jane?.textContent).toBe("10 open commitments: I owe 7, they owe 3");
	});

	it("is left out while no 1:1 note holds an open commitment, and comes back in its place", () => {
		const none = commitmentsReport(COMMITMENTS_TODAY, (path, text) => (path.startsWith("1-1s/") ? null : text));
		const h = new Harness(mount(360), none).draw();
		expect(h.container.querySelector(".managing-up-section-commitments")).toBeNull();
		h.report = commitmentsReport();
		h.draw();
		const ids = Array.from(h.container.children).map((el) => Array.from(el.classList).find((c) => c.startsWith("managing-up-section-")) ?? el.className);
		expect(ids.indexOf("managing-up-section-commitments")).toBe(ids.indexOf("managing-up-section-follow-ups") + 1);
	});
});
