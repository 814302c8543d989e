import "../../styles.css";
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { PROPERTY_TIMEOUT } from "../property";
import type { GroupKey, MapPlace, SortKey } from "../../src/core/viewmodel";
import type { PagedSection } from "../../src/obsidian/render";
import { Harness, VAULT, mount, reportOf, type Call } from "./harness";

/*
 * The follow-ups and People lists are updated in place after a change to a person: the rows
 * that did not change are the very elements that were there, and nothing else moves. These
 * tests check the elements themselves, and that an updated dashboard is exactly the one drawn
 * from scratch.
 */

type Notes = Record<string, Record<string, unknown>>;

function rows(root: ParentNode, selector: ".managing-up-person" | ".managing-up-follow-up"): HTMLElement[] {
	return Array.from(root.querySelectorAll<HTMLElement>(selector));
}

function byPath(root: ParentNode): Map<string, HTMLElement> {
	return new Map(rows(root, ".managing-up-person").map((li) => [li.dataset.path ?? "", li]));
}

function byKey(root: ParentNode): Map<string, HTMLElement> {
	return new Map(rows(root, ".managing-up-follow-up").map((li) => [li.dataset.key ?? "", li]));
}

function one(root: ParentNode, selector: string): HTMLElement {
	const el = root.querySelector<HTMLElement>(selector);
	if (!el) throw new Error(`nothing matches ${selector}`);
	return el;
}

function withNote(notes: Notes, path: string, change: Record<string, unknown>): Notes {
	return { ...notes, [path]: { ...notes[path], ...change } };
}

/** changed redraws the harness after a change to the notes, as the view does after the index changed. */
function changed(h: Harness, notes: Notes): void {
	h.report = reportOf(notes);
	h.draw();
}

/** The elements added to and removed from the dashboard's lists while `work` runs. */
function mutations(root: Node, work: () => void): { added: Node[]; removed: Node[] } {
	const observer = new MutationObserver(() => undefined);
	observer.observe(root, { childList: true, subtree: true });
	work();
	const records = observer.takeRecords();
	observer.disconnect();
	const inLists = records.filter((r) => r.target.instanceOf(HTMLElement) && r.target.hasClass("managing-up-list"));
	return { added: inLists.flatMap((r) => Array.from(r.addedNodes)), removed: inLists.flatMap((r) => Array.from(r.removedNodes)) };
}

afterEach(() => {
	document.body.empty();
});

describe("updating the lists in place", () => {
	it("after a change to one person, every other row is the same element and the changed row is new, in its place", () => {
		const h = new Harness(mount(360), reportOf(VAULT)).draw();
		const people = one(h.container, ".managing-up-section-people");
		const followUps = one(h.container, ".managing-up-section-follow-ups");
		const before = byPath(h.container);
		const beforeFollowUps = byKey(h.container);
		const order = rows(h.container, ".managing-up-person").map((li) => li.dataset.path);

		changed(h, withNote(VAULT, "People/Morgan Blake.md", { role: "Chief data officer" }));

		expect(one(h.container, ".managing-up-section-people")).toBe(people);
		expect(one(h.container, ".managing-up-section-follow-ups")).toBe(followUps);
		const after = byPath(h.container);
		expect(rows(h.container, ".managing-up-person").map((li) => li.dataset.path)).toEqual(order);
		for (const [path, li] of after) {
			if (path === "People/Morgan Blake.md") expect(li).not.toBe(before.get(path));
			else expect(li).toBe(before.get(path));
		}
		expect(one(after.get("People/Morgan Blake.md") ?? h.container, ".managing-up-meta").textContent).toBe("Chief data officer · stakeholder · Medium influence");
		for (const [key, li] of byKey(h.container)) expect(li).toBe(beforeFollowUps.get(key));
	});

	it("a status change moves one person: only that row is removed and drawn again, the rest stay in place", () => {
		const h = new Harness(mount(360), reportOf(VAULT)).draw();
		const before = byPath(h.container);
		const beforeFollowUps = byKey(h.container);
		const dana = "People/Dana Ortiz.md";
		const janeLog = one(before.get("People/Jane Doe.md") ?? h.container, "[data-managing-up-focus^='person-log:']");
		janeLog.focus();

		// Dana was contacted today; without contact since September she is the most overdue.
		const { added, removed } = mutations(h.container, () => changed(h, withNote(VAULT, dana, { "last-contact": "2026-09-01" })));

		const names = rows(h.container, ".managing-up-person").map((li) => li.dataset.path);
		expect(names[0]).toBe(dana);
		const danaRow = byPath(h.container).get(dana);
		expect(danaRow).not.toBe(before.get(dana));
		for (const [path, li] of byPath(h.container)) if (path !== dana) expect(li).toBe(before.get(path));
		const contact = byKey(h.container).get(`contact:${dana}`);
		expect(contact).toBeDefined();
		for (const [key, li] of byKey(h.container)) if (key !== `contact:${dana}`) expect(li).toBe(beforeFollowUps.get(key));
		// No row was moved: the lists saw only Dana's old row go and her two new rows come.
		expect(removed).toEqual([before.get(dana)]);
		expect(added).toEqual(expect.arrayContaining([danaRow, contact]));
		expect(added).toHaveLength(2);
		// The focused button was in a row that stayed: it keeps focus without being looked up again.
		expect(document.activeElement).toBe(janeLog);
	});

	it("focus on the changed row moves to the same button of its new row", () => {
		const h = new Harness(mount(360), reportOf(VAULT)).draw();
		one(h.container, "[data-managing-up-focus='person-log:People/Morgan Blake.md']").focus();
		changed(h, withNote(VAULT, "People/Morgan Blake.md", { role: "Chief data officer" }));
		expect(document.activeElement?.getAttribute("data-managing-up-focus")).toBe("person-log:People/Morgan Blake.md");
		expect(document.activeElement?.isConnected).toBe(true);
	});

	it("Show more keeps the rows already shown and adds the next page after them", () => {
		const h = new Harness(mount(360), reportOf(VAULT));
		h.controls.peopleLimit = 4;
		h.draw();
		const first = rows(h.container, ".managing-up-person");
		const more = one(h.container, ".managing-up-section-people .managing-up-show-more");
		more.focus();
		more.click();
		const now = rows(h.container, ".managing-up-person");
		expect(now).toHaveLength(9);
		expect(now.slice(0, 4)).toEqual(first);
		now.slice(0, 4).forEach((li, i) => expect(li).toBe(first[i]));
		expect(h.container.querySelector(".managing-up-section-people .managing-up-show-more")).toBeNull();
	});

	it("a kept row's buttons stay disabled across a redraw while its action is pending", async () => {
		const h = new Harness(mount(360), reportOf(VAULT));
		let finish: () => void = () => undefined;
		h.handlers.logContactToday = () => new Promise<void>((resolve) => (finish = resolve));
		h.draw();
		const jane = byPath(h.container).get("People/Jane Doe.md");
		const log = Array.from(jane?.querySelectorAll<HTMLButtonElement>("button") ?? []).find((b) => b.textContent === "Log contact today");
		log?.click();
		changed(h, withNote(VAULT, "People/Morgan Blake.md", { role: "Chief data officer" }));
		expect(byPath(h.container).get("People/Jane Doe.md")).toBe(jane);
		expect(log?.disabled).toBe(true);
		finish();
		await Promise.resolve();
		await Promise.resolve();
		expect(log?.disabled).toBe(false);
	});

	it("a redraw with other handlers draws every row anew, so no listener calls the old ones", () => {
		const h = new Harness(mount(360), reportOf(VAULT)).draw();
		const before = new Set([...rows(h.container, ".managing-up-person"), ...rows(h.container, ".managing-up-follow-up")]);
		const other = new Harness(h.container, h.report).draw();
		const after = [...rows(h.container, ".managing-up-person"), ...rows(h.container, ".managing-up-follow-up")];
		expect(after).toHaveLength(before.size);
		for (const li of after) expect(before.has(li)).toBe(false);
		one(h.container, ".managing-up-person-name").click();
		expect(h.calls).toEqual([]);
		expect(other.calls).toHaveLength(1);
	});

	it("a kept row's buttons act on its own item after the rows around it changed", () => {
		const h = new Harness(mount(360), reportOf(VAULT)).draw();
		const roadmap = byKey(h.container).get("follow-up:1-1s/2026-11-10 Sam Lee.md");
		changed(h, withNote(VAULT, "People/Priya Patel.md", { "last-contact": "2026-11-22" }));
		expect(byKey(h.container).get("follow-up:1-1s/2026-11-10 Sam Lee.md")).toBe(roadmap);
		const done = Array.from(roadmap?.querySelectorAll("button") ?? []).find((b) => b.textContent === "Done");
		done?.click();
		expect(h.calls).toMatchObject([{ action: "done", item: { path: "1-1s/2026-11-10 Sam Lee.md", text: "Share the roadmap doc" } }]);
	});
});

/** A change a person makes: to a note's properties, or to the dashboard's controls. */
type Edit =
	| { kind: "set"; person: number; key: string; value: unknown }
	| { kind: "delete"; person: number }
	| { kind: "add"; n: number; relationship: string; lastContact: string }
	| { kind: "show-more"; section: PagedSection }
	| { kind: "sort"; sort: SortKey }
	| { kind: "group"; group: GroupKey }
	| { kind: "filter"; filter: string }
	| { kind: "place"; place: MapPlace | null }
	| { kind: "toggle"; section: "people" | "follow-ups" };

const DAYS = ["2026-09-01", "2026-10-20", "2026-11-10", "2026-11-16", "2026-11-22", "2026-11-23", "2026-11-25", "2026-12-05"];
const property = fc.oneof(
	fc.record({ key: fc.constant("last-contact"), value: fc.constantFrom(...DAYS, undefined) }),
	fc.record({ key: fc.constant("follow-up"), value: fc.constantFrom(...DAYS, undefined) }),
	fc.record({ key: fc.constant("follow-up-note"), value: fc.constantFrom("Send the packet", "Ask about the reorg", undefined) }),
	fc.record({ key: fc.constant("snooze-until"), value: fc.constantFrom("2026-12-01", undefined) }),
	fc.record({ key: fc.constant("relationship"), value: fc.constantFrom("manager", "peer", "mentor", "stakeholder", undefined) }),
	fc.record({ key: fc.constant("influence"), value: fc.constantFrom("high", "medium", "low", undefined) }),
	fc.record({ key: fc.constant("interest"), value: fc.constantFrom("high", "low", undefined) }),
	fc.record({ key: fc.constant("role"), value: fc.constantFrom("Designer", "Staff engineer", "<b>Boss</b>", undefined) }),
	fc.record({ key: fc.constant("cadence"), value: fc.constantFrom("weekly", "2w", undefined) }),
	fc.record({ key: fc.constant("cares-about"), value: fc.constantFrom(["hiring"], ["peer reviews", "budget"], undefined) }),
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
	{ weight: 12, arbitrary: fc.record({ kind: fc.constant("set" as const), person: fc.nat(), key: fc.constant(""), value: fc.constant(null) }).chain((e) => property.map((p) => ({ ...e, ...p }))) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), person: fc.nat() }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("add" as const), n: fc.nat(20), relationship: fc.constantFrom("peer", "manager"), lastContact: fc.constantFrom(...DAYS) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant("show-more" as const), section: fc.constantFrom<PagedSection>("people", "follow-ups") }) },
	fc.record({ kind: fc.constant("sort" as const), sort: fc.constantFrom<SortKey>("urgency", "name", "influence", "last-contact") }),
	fc.record({ kind: fc.constant("group" as const), group: fc.constantFrom<GroupKey>("none", "relationship", "influence") }),
	fc.record({ kind: fc.constant("filter" as const), filter: fc.constantFrom("", "peer", "e", "nobody") }),
	fc.record({ kind: fc.constant("place" as const), place: fc.constantFrom<MapPlace | null>(null, "high/high", "unplaced") }),
	fc.record({ kind: fc.constant("toggle" as const), section: fc.constantFrom<"people" | "follow-ups">("people", "follow-ups") }),
);

function apply(h: Harness, notes: Notes, e: Edit): Notes {
	const paths = Object.keys(notes).filter((p) => p.startsWith("People/"));
	const path = paths.length > 0 ? paths[("person" in e ? e.person : 0) % paths.length] : undefined;
	switch (e.kind) {
		case "set": {
			if (path === undefined) return notes;
			const note: Record<string, unknown> = { ...notes[path] };
			if (e.value === undefined) delete note[e.key];
			else note[e.key] = e.value;
			return { ...notes, [path]: note };
		}
		case "delete": {
			if (path === undefined) return notes;
			const rest = { ...notes };
			delete rest[path];
			return rest;
		}
		case "add":
			return { ...notes, [`People/New ${e.n}.md`]: { person: `New ${e.n}`, relationship: e.relationship, "last-contact": e.lastContact } };
		case "show-more":
			h.handlers.showMore(e.section);
			return notes;
		case "sort":
			h.handlers.setSort(e.sort);
			return notes;
		case "group":
			h.handlers.setGroup(e.group);
			return notes;
		case "filter":
			h.handlers.setFilter(e.filter);
			return notes;
		case "place":
			h.handlers.showPlace(e.place);
			return notes;
		case "toggle": {
			// The empty state has no sections to open or close.
			const header = h.container.querySelector<HTMLElement>(`.managing-up-section-${e.section} .managing-up-section-header`);
			if (header === null) return notes;
			const open = h.collapsed.has(e.section);
			header.click();
			expect(h.collapsed.has(e.section)).toBe(!open);
			h.draw();
			return notes;
		}
	}
}

const serializer = new XMLSerializer();

/** fromScratch draws what `h` shows into a new pane, with the same controls. */
function fromScratch(h: Harness): Harness {
	const pane = document.body.createDiv({ cls: "view-content", attr: { "data-width": 360 } });
	const fresh = new Harness(pane, h.report);
	const c = h.controls;
	Object.assign(fresh.controls, { filter: c.filter, sort: c.sort, group: c.group, peopleLimit: c.peopleLimit, followUpLimit: c.followUpLimit, problemLimit: c.problemLimit, place: c.place });
	for (const id of c.collapsed) fresh.collapsed.add(id);
	return fresh.draw();
}

/** clickRows clicks every button of every row and returns what the handlers were asked to do. */
function clickRows(h: Harness): Call[] {
	h.calls.splice(0);
	for (const b of h.container.querySelectorAll<HTMLButtonElement>(".managing-up-item button")) b.click();
	return [...h.calls];
}

describe("an updated dashboard is the dashboard drawn from scratch", () => {
	it("after any sequence of realistic edits to part of the vault: the same HTML, and every row's buttons act on the same items", () => {
		fc.assert(
			fc.property(fc.subarray(Object.keys(VAULT)), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 6 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (paths, peopleLimit, followUpLimit, edits) => {
				document.body.empty();
				let notes: Notes = Object.fromEntries(paths.map((path) => [path, VAULT[path] ?? {}]));
				const h = new Harness(mount(360), reportOf(notes));
				h.controls.peopleLimit = peopleLimit;
				h.controls.followUpLimit = followUpLimit;
				h.draw();
				for (const e of edits) {
					const next = apply(h, notes, e);
					if (next !== notes) changed(h, (notes = next));
					const fresh = fromScratch(h);
					expect(serializer.serializeToString(h.container)).toBe(serializer.serializeToString(fresh.container));
					fresh.container.remove();
				}
				const fresh = fromScratch(h);
				expect(clickRows(h)).toEqual(clickRows(fresh));
			}),
			{ numRuns: 150 },
		);
	}, PROPERTY_TIMEOUT);
});
