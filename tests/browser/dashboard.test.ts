import "../../styles.css";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { FOLLOW_UP_PAGE, MAP_CELL_LIMIT, MAP_UNPLACED_LIMIT, PEOPLE_PAGE, PROBLEM_PAGE, buildDashboardModel } from "../../src/core/viewmodel";
import { renderDashboard } from "../../src/obsidian/render";
import { Harness, TODAY, VAULT, mount, reportOf } from "./harness";

function texts(root: ParentNode, selector: string): string[] {
	return Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? "");
}

function one<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
	const el = root.querySelector<T>(selector);
	if (!el) throw new Error(`nothing matches ${selector}`);
	return el;
}

function personRow(root: ParentNode, name: string): HTMLElement {
	const row = Array.from(root.querySelectorAll<HTMLElement>(".managing-up-person")).find(
		(li) => li.querySelector(".managing-up-person-name")?.textContent === name,
	);
	if (!row) throw new Error(`no row for ${name}`);
	return row;
}

function button(root: ParentNode, label: string): HTMLButtonElement {
	const found = Array.from(root.querySelectorAll<HTMLButtonElement>("button")).find((b) => b.textContent === label);
	if (!found) throw new Error(`no button ${label}`);
	return found;
}

function setup(width: 360 | 800 = 360, options: ConstructorParameters<typeof Harness>[2] = {}, notes = VAULT): Harness {
	return new Harness(mount(width), reportOf(notes), options).draw();
}

afterEach(() => {
	document.body.empty();
});

describe("what a person sees", () => {
	it("keeps each follow-up row as tall as its text (a rule for another element must not reach it)", () => {
		const { container } = setup();
		const rows = Array.from(container.querySelectorAll<HTMLElement>(".managing-up-follow-up"));
		expect(rows.length).toBeGreaterThan(0);
		const line = parseFloat(getComputedStyle(container).fontSize) * 1.5;
		for (const row of rows) {
			const text = row.querySelector<HTMLElement>(".managing-up-follow-up-text");
			expect(text).not.toBeNull();
			// One short line of text: never a box several lines tall.
			expect(text?.getBoundingClientRect().height ?? 0).toBeLessThan(line * 3);
			expect(row.getBoundingClientRect().height).toBeLessThan(line * 6);
		}
	});

	it("shows follow-ups overdue first, then due soon, with counts", () => {
		const { container } = setup();
		const section = one(container, ".managing-up-section-follow-ups");
		expect(one(section, ".managing-up-section-header").textContent).toBe("Follow-ups8");
		expect(texts(section, ".managing-up-group-heading")).toEqual(["Overdue3", "Due soon5"]);
		const rows = Array.from(section.querySelectorAll(".managing-up-follow-up")).map(
			(li) => `${one(li, ".managing-up-link").textContent}: ${one(li, ".managing-up-follow-up-text").textContent} (${one(li, ".managing-up-due").textContent})`,
		);
		expect(rows).toEqual([
			"Priya Patel: Get in touch (overdue by 23 days)",
			"Jane Doe: Get in touch (overdue by 8 days)",
			"Sam Lee: Share the roadmap doc (overdue by 8 days)",
			"Alex Kim: Get in touch (due today)",
			"Robin Fischer: Get in touch (due today)",
			"Sam Lee: Send the promotion packet draft (due in 2 days)",
			"Taylor Nguyen: Get in touch (due in 3 days)",
			"Sam Lee: Get in touch (due in 4 days)",
		]);
		expect(texts(container, ".managing-up-summary-item")).toEqual(["3 overdue", "5 due soon", "9 people", "1 problem"]);
	});

	it("lists people in urgency order with role, relationship, last contact and a status chip", () => {
		const { container } = setup();
		expect(texts(container, ".managing-up-person-name")).toEqual([
			"Priya Patel",
			"Jane Doe",
			"Alex Kim",
			"Robin Fischer",
			"Taylor Nguyen",
			"Sam Lee",
			"Morgan Blake",
			"Dana Ortiz",
			"Chris Moreau",
		]);
		expect(texts(container, ".managing-up-chip")).toEqual([
			"Overdue",
			"Overdue",
			"No contact yet",
			"No contact yet",
			"Due soon",
			"Due soon",
			"On track",
			"On track",
			"Snoozed",
		]);
		const jane = personRow(container, "Jane Doe");
		expect(texts(jane, ".managing-up-meta")).toEqual([
			"VP Engineering · skip-level · High influence",
			"last contact 22 days ago · overdue by 8 days",
		]);
		expect(one(jane, ".managing-up-cares").textContent).toBe("Cares about: platform reliability, hiring");
		expect(texts(personRow(container, "Alex Kim"), ".managing-up-contact")).toEqual(["never contacted · get in touch today"]);
		expect(texts(personRow(container, "Dana Ortiz"), ".managing-up-contact")).toEqual(["last contact today · next contact in 30 days"]);
	});

	it("draws the map with the four quadrant names and a labelled dot per person", () => {
		const { container } = setup();
		const map = one(container, ".managing-up-map");
		expect(texts(map, ".managing-up-map-quadrant")).toEqual(["Keep satisfied", "Manage closely", "Monitor", "Keep informed"]);
		const cell = (influence: string, interest: string): string[] =>
			texts(one(map, `.managing-up-map-${influence}-${interest}`), ".managing-up-dot-label");
		expect(cell("high", "high")).toEqual(["Sam Lee"]);
		expect(cell("high", "low")).toEqual(["Alex Kim"]);
		expect(cell("high", "medium")).toEqual(["Jane Doe"]);
		expect(cell("medium", "high")).toEqual(["Priya Patel"]);
		expect(cell("medium", "medium")).toEqual(["Morgan Blake"]);
		expect(cell("low", "high")).toEqual(["Taylor Nguyen"]);
		expect(cell("low", "low")).toEqual(["Chris Moreau"]);
		expect(texts(container, ".managing-up-unplaced-list li")).toEqual([
			"Robin Fischer (no influence and interest)",
			"Dana Ortiz (no influence and interest)",
		]);
	});

	it("lists problems with their note, and opens the note on click", () => {
		const h = setup();
		const problem = one<HTMLButtonElement>(h.container, ".managing-up-problem");
		expect(one(problem, ".managing-up-problem-message").textContent).toBe("last-contact: '2026-13-45' is not a date; use YYYY-MM-DD");
		expect(one(problem, ".managing-up-problem-path").textContent).toBe("People/Robin.md");
		problem.click();
		expect(h.calls).toEqual([{ action: "open", path: "People/Robin.md", newLeaf: false }]);
	});
});

describe("actions", () => {
	it("Open, Done and Snooze act on the follow-up of their row", () => {
		const h = setup();
		const rows = h.container.querySelectorAll<HTMLElement>(".managing-up-follow-up");
		const roadmap = rows[2];
		if (!roadmap) throw new Error("no third follow-up");
		button(roadmap, "Open").click();
		button(roadmap, "Done").click();
		button(roadmap, "Snooze").click();
		const [open, done, snooze] = h.calls;
		expect(open).toEqual({ action: "open", path: "1-1s/2026-11-10 Sam Lee.md", newLeaf: false });
		expect(done).toMatchObject({ action: "done", item: { kind: "follow-up", path: "1-1s/2026-11-10 Sam Lee.md", personPath: "People/Sam Lee.md", due: "2026-11-15" } });
		expect(snooze).toMatchObject({ action: "snooze", item: { kind: "follow-up", text: "Share the roadmap doc" } });
	});

	it("the person's name opens the person note; Ctrl-click asks for a new tab", async () => {
		const h = setup();
		const name = one(h.container.querySelectorAll(".managing-up-follow-up")[2] ?? h.container, ".managing-up-link");
		await userEvent.click(name);
		await userEvent.keyboard("{Control>}");
		await userEvent.click(one(personRow(h.container, "Jane Doe"), ".managing-up-person-name"));
		await userEvent.keyboard("{/Control}");
		expect(h.calls).toEqual([
			{ action: "open", path: "People/Sam Lee.md", newLeaf: false },
			{ action: "open", path: "People/Jane Doe.md", newLeaf: true },
		]);
	});

	it("row actions log contact and create an agenda for that person", () => {
		const h = setup();
		const taylor = personRow(h.container, "Taylor Nguyen");
		expect(texts(taylor, ".managing-up-action")).toEqual(["Open", "Log contact today", "New 1:1 agenda"]);
		button(taylor, "Log contact today").click();
		button(taylor, "New 1:1 agenda").click();
		button(taylor, "Open").click();
		expect(h.calls).toEqual([
			{ action: "log", path: "People/Taylor Nguyen.md" },
			{ action: "agenda", path: "People/Taylor Nguyen.md" },
			{ action: "open", path: "People/Taylor Nguyen.md", newLeaf: false },
		]);
	});

	it("hides New 1:1 agenda when the host has no agenda action", () => {
		const h = setup(360, { agenda: false });
		expect(texts(personRow(h.container, "Jane Doe"), ".managing-up-action")).toEqual(["Open", "Log contact today"]);
		expect(h.container.textContent).not.toContain("New 1:1 agenda");
	});

	it("a map dot opens the person's note", async () => {
		const h = setup();
		const dot = Array.from(h.container.querySelectorAll<HTMLElement>(".managing-up-dot")).find((d) => d.textContent === "Morgan Blake");
		if (!dot) throw new Error("no dot");
		expect(dot.getAttribute("aria-label")).toBe("Morgan Blake: medium influence, medium interest; on track");
		await userEvent.click(dot);
		expect(h.calls).toEqual([{ action: "open", path: "People/Morgan Blake.md", newLeaf: false }]);
	});

	it("keeps buttons disabled while an action is pending", async () => {
		const h = new Harness(mount(360), reportOf(VAULT));
		let finish: () => void = () => undefined;
		h.handlers.logContactToday = () => new Promise<void>((resolve) => (finish = resolve));
		h.draw();
		const log = button(personRow(h.container, "Jane Doe"), "Log contact today");
		log.click();
		expect(log.disabled).toBe(true);
		finish();
		await Promise.resolve();
		await Promise.resolve();
		expect(log.disabled).toBe(false);
	});

	it("closing a section hides it and tells the view", async () => {
		const h = setup();
		const header = one(one(h.container, ".managing-up-section-map"), ".managing-up-section-header");
		await userEvent.click(header);
		expect(header.getAttribute("aria-expanded")).toBe("false");
		expect(one(h.container, ".managing-up-map").isShown()).toBe(false);
		expect(h.calls).toEqual([{ action: "toggle", section: "map", open: false }]);
		h.draw();
		expect(one(h.container, ".managing-up-section-map").hasClass("is-collapsed")).toBe(true);
	});
});

describe("filter, sort and group", () => {
	it("filters as you type and keeps focus and caret in the filter box", async () => {
		const h = setup();
		const filter = one<HTMLInputElement>(h.container, ".managing-up-filter");
		await userEvent.click(filter);
		await userEvent.keyboard("stakeholder");
		expect(h.filter).toBe("stakeholder");
		expect(texts(h.container, ".managing-up-person-name")).toEqual(["Taylor Nguyen", "Morgan Blake"]);
		const now = one<HTMLInputElement>(h.container, ".managing-up-filter");
		expect(document.activeElement).toBe(now);
		expect(now.value).toBe("stakeholder");
		expect(now.selectionStart).toBe("stakeholder".length);
		expect(one(h.container, ".managing-up-section-people .managing-up-count").textContent).toBe("2");
		expect(texts(h.container, ".managing-up-section-people > .managing-up-section-body > .managing-up-note")).toEqual(["Showing 2 of 9 people"]);

		// Editing in the middle keeps the caret where it was.
		await userEvent.keyboard("{ArrowLeft}{ArrowLeft}{ArrowLeft}{Backspace}");
		expect(h.filter).toBe("stakehoder");
		expect(one<HTMLInputElement>(h.container, ".managing-up-filter").selectionStart).toBe(7);
		expect(document.activeElement).toBe(one(h.container, ".managing-up-filter"));

		await userEvent.keyboard("{Escape}");
		expect(h.filter).toBe("");
		expect(texts(h.container, ".managing-up-person-name")).toHaveLength(9);
	});

	it("matches role, relationship and cares-about, and says when nothing matches", async () => {
		const h = setup();
		h.handlers.setFilter("HIRING");
		expect(texts(h.container, ".managing-up-person-name")).toEqual(["Jane Doe"]);
		h.handlers.setFilter("designer");
		expect(texts(h.container, ".managing-up-person-name")).toEqual(["Chris Moreau"]);
		h.handlers.setFilter("nobody at all");
		expect(one(h.container, ".managing-up-no-match").textContent).toBe("No one matches “nobody at all”. Clear the filter");
		await userEvent.click(button(h.container, "Clear the filter"));
		expect(texts(h.container, ".managing-up-person-name")).toHaveLength(9);
	});

	it("sorts by name, influence and last contact", async () => {
		const h = setup();
		const sort = one<HTMLSelectElement>(h.container, "select[data-managing-up-focus=sort]");
		await userEvent.selectOptions(sort, "name");
		expect(texts(h.container, ".managing-up-person-name")).toEqual([
			"Alex Kim",
			"Chris Moreau",
			"Dana Ortiz",
			"Jane Doe",
			"Morgan Blake",
			"Priya Patel",
			"Robin Fischer",
			"Sam Lee",
			"Taylor Nguyen",
		]);
		expect(one<HTMLSelectElement>(h.container, "select[data-managing-up-focus=sort]").value).toBe("name");
		h.handlers.setSort("influence");
		expect(texts(h.container, ".managing-up-person-name").slice(0, 3)).toEqual(["Jane Doe", "Alex Kim", "Sam Lee"]);
		h.handlers.setSort("last-contact");
		expect(texts(h.container, ".managing-up-person-name").slice(0, 3)).toEqual(["Alex Kim", "Robin Fischer", "Priya Patel"]);
	});

	it("groups by relationship and influence with headings and counts", async () => {
		const h = setup();
		await userEvent.selectOptions(one<HTMLSelectElement>(h.container, "select[data-managing-up-focus=group]"), "relationship");
		const people = one(h.container, ".managing-up-section-people");
		expect(texts(people, ".managing-up-group-heading")).toEqual([
			"Manager1",
			"Skip-level1",
			"Peer2",
			"Sponsor1",
			"Mentor1",
			"Stakeholder2",
			"No relationship1",
		]);
		h.handlers.setGroup("influence");
		expect(people.isConnected).toBe(false);
		expect(texts(one(h.container, ".managing-up-section-people"), ".managing-up-group-heading")).toEqual([
			"High influence3",
			"Medium influence2",
			"Low influence2",
			"No influence set2",
		]);
	});

	it("keeps the scroll position across a redraw", () => {
		const h = new Harness(mount(360, "light", 400), reportOf(VAULT)).draw();
		h.container.scrollTop = 500;
		expect(h.container.scrollTop).toBe(500);
		h.draw();
		expect(h.container.scrollTop).toBe(500);
	});
});

/** prettyHtml writes an element's HTML with one tag per line, indented, for a readable snapshot. */
function prettyHtml(el: Element, depth = 0): string {
	const pad = "  ".repeat(depth);
	const attrs = Array.from(el.attributes)
		.map((a) => ` ${a.name}="${a.value.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`)
		.join("");
	const tag = el.tagName.toLowerCase();
	const children = Array.from(el.childNodes);
	if (children.every((c) => c.nodeType === Node.TEXT_NODE)) {
		const text = (el.textContent ?? "").replace(/&/g, "&amp;").replace(/</g, "&lt;");
		return `${pad}<${tag}${attrs}>${text}</${tag}>\n`;
	}
	const inner = children
		.map((c) => (c.instanceOf(Element) ? prettyHtml(c, depth + 1) : `${pad}  ${(c.textContent ?? "").replace(/</g, "&lt;")}\n`))
		.join("");
	return `${pad}<${tag}${attrs}>\n${inner}${pad}</${tag}>\n`;
}

describe("rendered HTML", () => {
	it("matches the approved snapshot for a small vault, and drawing twice gives the same HTML", async () => {
		const notes = {
			"People/Jane Doe.md": VAULT["People/Jane Doe.md"] ?? {},
			"People/Dana Ortiz.md": VAULT["People/Dana Ortiz.md"] ?? {},
			"People/Robin.md": VAULT["People/Robin.md"] ?? {},
		};
		const h = setup(360, {}, notes);
		const first = prettyHtml(h.container);
		h.draw();
		expect(prettyHtml(h.container)).toBe(first);
		await expect(first).toMatchFileSnapshot("./__snapshots__/dashboard-small.html");
	});
});

describe("empty state", () => {
	it("teaches which properties to add and offers New stakeholder", () => {
		const h = setup(360, {}, { "Notes/Idea.md": { tags: ["idea"] } });
		const empty = one(h.container, ".managing-up-empty");
		expect(one(empty, ".managing-up-empty-title").textContent).toBe("No stakeholders yet");
		expect(one(empty, "code").textContent).toBe("---\nperson: Jane Doe\nrelationship: manager\ninfluence: high\nlast-contact: 2026-11-01\n---");
		button(empty, "New stakeholder").click();
		expect(h.calls).toEqual([{ action: "new-stakeholder" }]);
		expect(h.container.querySelector(".managing-up-section-people")).toBeNull();
	});

	it("links to Obsidian's help on properties when the host cannot create a stakeholder, and still lists problems", () => {
		const h = setup(360, { newStakeholder: false }, { "1-1s/2026-11-01 Ghost.md": { with: "[[Ghost]]" } });
		expect(h.container.textContent).not.toContain("New stakeholder");
		const link = one<HTMLAnchorElement>(h.container, ".managing-up-help");
		expect(link.textContent).toBe("How to add properties to a note");
		expect(link.getAttribute("href")).toBe("https://help.obsidian.md/properties");
		expect(texts(h.container, ".managing-up-problem-path")).toEqual(["1-1s/2026-11-01 Ghost.md"]);
	});
});

describe("hostile text", () => {
	it("shows names and roles as literal text and runs nothing", () => {
		const flags = window as unknown as Record<string, unknown>;
		delete flags.managingUpPwned;
		const h = setup(360, {}, {
			"People/x.md": {
				person: "<img src=x onerror=\"window.managingUpPwned=1\">",
				role: "<script>window.managingUpPwned=2</script>",
				relationship: "<b>boss</b>",
				influence: "high",
				interest: "high",
				"cares-about": ["<svg onload=\"window.managingUpPwned=3\">"],
				"follow-up": "2026-11-20",
				"follow-up-note": "<iframe src=javascript:alert(1)>",
			},
		});
		expect(texts(h.container, ".managing-up-person-name")).toEqual(["<img src=x onerror=\"window.managingUpPwned=1\">"]);
		expect(h.container.textContent).toContain("<script>window.managingUpPwned=2</script> · <b>boss</b> · High influence");
		expect(h.container.textContent).toContain("<iframe src=javascript:alert(1)>");
		expect(h.container.querySelectorAll("img, script, svg, iframe, b")).toHaveLength(0);
		expect(texts(h.container, ".managing-up-dot-label")).toEqual(["<img src=x onerror=\"window.managingUpPwned=1\">"]);
		expect(flags.managingUpPwned).toBeUndefined();
	});
});

describe("large vaults", () => {
	const many: Record<string, Record<string, unknown>> = {};
	for (let i = 0; i < 10_000; i++) {
		const day = String(1 + (i % 28)).padStart(2, "0");
		many[`People/Person ${i}.md`] = {
			person: `Person ${i}`,
			role: i % 3 === 0 ? "Engineer" : "Manager",
			relationship: ["peer", "manager", "stakeholder", "sponsor"][i % 4],
			influence: ["low", "medium", "high"][i % 3],
			interest: ["high", "low", "medium"][Math.floor(i / 3) % 3],
			"last-contact": `2026-${i % 2 === 0 ? "10" : "11"}-${day}`,
			...(i % 7 === 0 ? { "follow-up": `2026-11-${day}` } : {}),
		};
	}
	const report = reportOf(many);

	it("draws the first page of each list, and Show more adds the next page with the counts unchanged", async () => {
		const h = new Harness(mount(360), report).draw();
		const people = one(h.container, ".managing-up-section-people");
		const followUps = one(h.container, ".managing-up-section-follow-ups");
		expect(h.container.querySelectorAll(".managing-up-person")).toHaveLength(PEOPLE_PAGE);
		expect(h.container.querySelectorAll(".managing-up-follow-up")).toHaveLength(FOLLOW_UP_PAGE);
		const headings = texts(followUps, ".managing-up-group-heading");
		expect(one(people, ".managing-up-count").textContent).toBe("10000");

		await userEvent.click(button(people, "Show 25 more (9975 not shown)"));
		expect(h.container.querySelectorAll(".managing-up-person")).toHaveLength(2 * PEOPLE_PAGE);
		expect(document.activeElement?.textContent).toBe("Show 25 more (9950 not shown)");
		expect(one(h.container, ".managing-up-section-people .managing-up-count").textContent).toBe("10000");
		// The new page follows the first in the same order: the rows are the report's first 50.
		expect(texts(h.container, ".managing-up-person-name")).toEqual(report.stakeholders.slice(0, 50).map((s) => s.person));

		const total = report.followUps.length;
		await userEvent.click(button(one(h.container, ".managing-up-section-follow-ups"), `Show 15 more (${total - 15} not shown)`));
		expect(h.container.querySelectorAll(".managing-up-follow-up")).toHaveLength(2 * FOLLOW_UP_PAGE);
		expect(texts(one(h.container, ".managing-up-section-follow-ups"), ".managing-up-group-heading")).toEqual(headings);
		expect(one(h.container, ".managing-up-section-follow-ups .managing-up-count").textContent).toBe(String(total));
	});

	it("keeps the scroll position when Show more adds a page", () => {
		const h = new Harness(mount(360, "light", 400), report).draw();
		h.container.scrollTop = 900;
		button(one(h.container, ".managing-up-section-people"), "Show 25 more (9975 not shown)").click();
		expect(h.container.querySelectorAll(".managing-up-person")).toHaveLength(2 * PEOPLE_PAGE);
		expect(h.container.scrollTop).toBe(900);
	});

	it("a filter starts again from the first page", () => {
		const h = new Harness(mount(360), report).draw();
		h.handlers.showMore("people");
		h.handlers.setFilter("engineer");
		expect(h.container.querySelectorAll(".managing-up-person")).toHaveLength(PEOPLE_PAGE);
		expect(one(h.container, ".managing-up-section-people .managing-up-count").textContent).toBe("3334");
		expect(button(h.container, "Show 25 more (3309 not shown)")).toBeTruthy();
	});

	it("draws one page of a 10k-person report, never more, on every redraw", () => {
		// The time goals (first render ≤ 50 ms, redraw ≤ 16 ms on an idle desktop) are measured
		// by `npm run bench`; a wall-clock bound here failed on a loaded 2-core machine. What
		// keeps a redraw fast is how much is drawn: a page of each list and a capped map (about
		// 900 elements; all 10,000 rows would be some 200,000).
		const container = mount(360, "light", 700);
		const options = { filter: "", sort: "urgency" as const, group: "none" as const, today: TODAY };
		const handlers = new Harness(container, report).handlers;
		for (const filter of ["", "engineer", ""]) {
			renderDashboard(container, buildDashboardModel(report, { ...options, filter }), handlers);
			expect(container.querySelectorAll(".managing-up-person")).toHaveLength(PEOPLE_PAGE);
			expect(container.querySelectorAll(".managing-up-follow-up")).toHaveLength(FOLLOW_UP_PAGE);
			expect(container.querySelectorAll(".managing-up-dot").length).toBeLessThanOrEqual(9 * MAP_CELL_LIMIT);
			expect(container.querySelectorAll("*").length).toBeLessThan(1500);
		}
	});
});

describe("the map of a large vault", () => {
	// 2,000 people, as in the 10k-note vault; every tenth has no interest set.
	const notes: Record<string, Record<string, unknown>> = {};
	for (let i = 0; i < 2000; i++) {
		notes[`People/Person ${i}.md`] = {
			person: `Person ${i}`,
			influence: ["low", "medium", "high"][i % 3],
			...(i % 10 === 9 ? {} : { interest: ["high", "low", "medium"][Math.floor(i / 3) % 3] }),
			"last-contact": `2026-11-${String(1 + (i % 20)).padStart(2, "0")}`,
		};
	}
	const report = reportOf(notes);
	const inCell = (influence: string, interest: string): number =>
		report.stakeholders.filter((s) => s.influence === influence && s.interest === interest).length;

	it("draws at most a few dots per cell and counts the rest on a +N more button", () => {
		const h = new Harness(mount(360), report).draw();
		const cells = Array.from(h.container.querySelectorAll<HTMLElement>(".managing-up-map-cell"));
		expect(cells).toHaveLength(9);
		let drawn = 0;
		for (const cell of cells) {
			const dots = cell.querySelectorAll(".managing-up-dot").length;
			expect(dots).toBeLessThanOrEqual(MAP_CELL_LIMIT);
			drawn += dots;
		}
		expect(drawn).toBe(9 * MAP_CELL_LIMIT);
		const manage = one(h.container, ".managing-up-map-high-high");
		const more = one<HTMLButtonElement>(manage, "button.managing-up-map-more");
		const count = inCell("high", "high");
		expect(more.textContent).toBe(`+${count - MAP_CELL_LIMIT} more`);
		expect(more.getAttribute("aria-label")).toBe(`+${count - MAP_CELL_LIMIT} more: list all ${count} people in Manage closely: high influence, high interest under People`);
		// The people beside the map are capped too.
		expect(h.container.querySelectorAll(".managing-up-unplaced-list li")).toHaveLength(MAP_UNPLACED_LIMIT);
		expect(one(h.container, ".managing-up-map-unplaced button.managing-up-map-more").textContent).toBe(`+${200 - MAP_UNPLACED_LIMIT} more`);
		// One dot per person would be 1,800 buttons; the whole dashboard stays under a thousand elements.
		expect(h.container.querySelectorAll("*").length).toBeLessThan(1000);
	});

	it("+N more lists that cell's people under People, and Show everyone lists everyone again", async () => {
		const h = new Harness(mount(360, "light", 700), report);
		h.collapsed.add("people");
		h.draw();
		await userEvent.click(one(one(h.container, ".managing-up-map-high-high"), "button.managing-up-map-more"));
		const people = one(h.container, ".managing-up-section-people");
		expect(people.hasClass("is-collapsed")).toBe(false);
		expect(one(people, ".managing-up-place-label").textContent).toBe("Manage closely: high influence, high interest");
		expect(one(people, ".managing-up-count").textContent).toBe(String(inCell("high", "high")));
		expect(texts(people, ":scope > .managing-up-section-body > .managing-up-note")).toEqual([`Showing ${inCell("high", "high")} of 2000 people`]);
		const paths = Array.from(people.querySelectorAll<HTMLElement>(".managing-up-person")).map((li) => li.dataset.path);
		expect(paths).toHaveLength(PEOPLE_PAGE);
		const cellOf = new Map(report.stakeholders.map((s) => [s.path, `${s.influence}/${s.interest}`]));
		expect(new Set(paths.map((p) => cellOf.get(p ?? "")))).toEqual(new Set(["high/high"]));
		expect(one(h.container, ".managing-up-map-high-high").hasClass("is-selected")).toBe(true);
		// Focus moves to the narrowed list, which brings it into view.
		const everyone = button(people, "Show everyone");
		expect(document.activeElement).toBe(everyone);
		const top = everyone.getBoundingClientRect().top - h.container.getBoundingClientRect().top;
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(700);

		await userEvent.click(everyone);
		expect(h.container.querySelector(".managing-up-place")).toBeNull();
		expect(one(h.container, ".managing-up-section-people .managing-up-count").textContent).toBe("2000");
		expect(h.container.querySelector(".managing-up-map-cell.is-selected")).toBeNull();
	});

	it("+N more beside the map lists the people without levels", async () => {
		const h = new Harness(mount(360), report).draw();
		await userEvent.click(one(h.container, ".managing-up-map-unplaced button.managing-up-map-more"));
		expect(one(h.container, ".managing-up-place-label").textContent).toBe("Not on the map: no influence or interest");
		expect(one(h.container, ".managing-up-section-people .managing-up-count").textContent).toBe("200");
	});

	it("a small vault shows every dot, even many in one cell", () => {
		const few: Record<string, Record<string, unknown>> = {};
		for (let i = 0; i < 30; i++) few[`People/P${i}.md`] = { person: `P${i}`, influence: "high", interest: "high" };
		for (let i = 0; i < 10; i++) few[`People/Q${i}.md`] = { person: `Q${i}` };
		const h = setup(360, {}, few);
		expect(one(h.container, ".managing-up-map-high-high").querySelectorAll(".managing-up-dot")).toHaveLength(30);
		expect(h.container.querySelectorAll(".managing-up-unplaced-list li")).toHaveLength(10);
		expect(h.container.querySelector(".managing-up-map-more")).toBeNull();
	});
});

describe("problems of a large vault", () => {
	it("lists a page of problems and Show more adds the next", async () => {
		const notes: Record<string, Record<string, unknown>> = { "People/Jane.md": { person: "Jane" } };
		for (let i = 0; i < 25; i++) notes[`People/Bad ${i}.md`] = { person: `Bad ${i}`, "last-contact": "someday" };
		const h = setup(360, {}, notes);
		const problems = one(h.container, ".managing-up-section-problems");
		expect(one(problems, ".managing-up-count").textContent).toBe("25");
		expect(problems.querySelectorAll(".managing-up-problem")).toHaveLength(PROBLEM_PAGE);
		await userEvent.click(button(problems, "Show 10 more (15 not shown)"));
		expect(h.container.querySelectorAll(".managing-up-problem")).toHaveLength(2 * PROBLEM_PAGE);
		expect(document.activeElement?.textContent).toBe("Show 5 more (5 not shown)");
	});
});
