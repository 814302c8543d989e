import "../../styles.css";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { WITHOUT_NOTE_PAGE } from "../../src/core/viewmodel-found";
import { FOUND_VAULT, HOSTILE, Harness, VAULT, mount, readingsOf, reportOf } from "./harness";

function setup(width: 320 | 360 | 800, theme: "light" | "dark" = "light", notes = FOUND_VAULT): Harness {
	return new Harness(mount(width, theme), reportOf(notes), { readings: readingsOf(notes) }).draw();
}

function one<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
	const el = root.querySelector<T>(selector);
	if (!el) throw new Error(`nothing matches ${selector}`);
	return el;
}

function texts(root: ParentNode, selector: string): string[] {
	return Array.from(root.querySelectorAll(selector)).map((el) => el.textContent ?? "");
}

function button(root: ParentNode, label: string): HTMLButtonElement {
	const found = Array.from(root.querySelectorAll<HTMLButtonElement>("button")).find((b) => b.textContent === label);
	if (!found) throw new Error(`no button ${label}`);
	return found;
}

/** fits says nothing pokes out of the pane sideways. */
function expectFits(container: HTMLElement): void {
	for (const el of Array.from(container.querySelectorAll<HTMLElement>(".managing-up-found, .managing-up-section-without-note, .managing-up-found *, .managing-up-section-without-note *"))) {
		expect(el.getBoundingClientRect().right, el.className).toBeLessThanOrEqual(container.getBoundingClientRect().right + 0.5);
	}
	expect(container.scrollWidth).toBeLessThanOrEqual(container.clientWidth);
}

afterEach(() => {
	document.body.empty();
});

describe.each([320, 800] as const)("at %d px", (width) => {
	describe.each(["light", "dark"] as const)("%s theme", (theme) => {
		it("says what it found first, open, with Got it", () => {
			const { container } = setup(width, theme);
			const found = one(container, ".managing-up-found");
			expect(container.firstElementChild).toBe(found);
			expect(texts(found, "li")).toEqual([
				"9 people — a person property (person) 8, a person type or category (type: person) 1",
				"5 meetings name them — participants 2, attendees 1, person 1, with 1",
				"3 names in meetings have no note yet",
				"Skipped 1 template",
				"Nothing in your notes was changed.",
			]);
			expect(button(found, "Got it").getAttribute("aria-label")).toMatch(/^Got it/);
			expectFits(container);
		});

		it("lists the people without a note after People, each with Open and Create note, and asks whether the owner is you", () => {
			const { container } = setup(width, theme);
			const sections = Array.from(container.querySelectorAll(".managing-up-section")).map((s) => s.className.replace(/.*managing-up-section-/, ""));
			expect(sections).toEqual(["follow-ups", "people", "without-note", "map", "problems"]);
			const section = one(container, ".managing-up-section-without-note");
			expect(one(section, ".managing-up-section-header").textContent).toBe("People without a note3");
			expect(texts(section, ".managing-up-unlinked-name")).toEqual(["Avery Stone", "Noor Haddad", HOSTILE]);
			expect(texts(section, ".managing-up-unlinked .managing-up-meta")).toEqual(["4 meetings, last 16 Nov", "2 meetings, last 2 Nov", "1 meeting, last 9 Nov"]);
			expect(one(section, ".managing-up-me-question").textContent).toBe("Is this you? Most of your meetings name “Avery Stone”.");
			for (const b of Array.from(section.querySelectorAll("button"))) {
				expect(b.getAttribute("aria-label") ?? b.textContent ?? "").toMatch(new RegExp(`^${(b.textContent ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
			}
			expectFits(container);
		});
	});
});

describe("what it found, and the people without a note", () => {
	it("Got it folds it into one line, Details opens it again, and focus follows", async () => {
		const h = setup(360);
		const openHeight = one(h.container, ".managing-up-found").getBoundingClientRect().height;
		await userEvent.click(button(h.container, "Got it"));
		expect(h.foundDismissed).toBe(true);
		const found = one(h.container, ".managing-up-found");
		expect(found.hasClass("is-collapsed")).toBe(true);
		expect(found.textContent).toBe("What it found: 9 people, 5 meetings, 3 names without a note" + "Details");
		expect(document.activeElement?.textContent).toBe("Details");
		expect(found.getBoundingClientRect().height).toBeLessThan(openHeight / 3);
		await userEvent.click(button(h.container, "Details"));
		expect(h.foundDismissed).toBe(false);
		expect(document.activeElement?.textContent).toBe("Got it");
	});

	it("is always open, without Got it, while no one is found", () => {
		const notes = { "Meetings/2026-11-02 Sync.md": { attendees: ["Avery Stone"] } };
		const h = setup(360, "light", notes);
		h.foundDismissed = true;
		h.draw();
		const found = one(h.container, ".managing-up-found");
		expect(found.hasClass("is-collapsed")).toBe(false);
		expect(found.querySelector("button")).toBeNull();
		expect(texts(found, "li")[0]).toBe("No people found yet: no note has a person property, type, tag or folder.");
		// The empty state follows, and the name can still get its note.
		expect(h.container.querySelector(".managing-up-empty")).not.toBeNull();
		expect(texts(h.container, ".managing-up-unlinked-name")).toEqual(["Avery Stone"]);
	});

	it("Open opens the latest meeting that names them, Create note and That's me send the name", async () => {
		const h = setup(360);
		const section = one(h.container, ".managing-up-section-without-note");
		const avery = one(section, ".managing-up-unlinked");
		await userEvent.click(button(avery, "Open"));
		await userEvent.click(button(avery, "Create note"));
		await userEvent.click(button(section, "That's me"));
		expect(h.calls).toEqual([
			{ action: "open", path: "Meetings/2026-11-16 Review.md", newLeaf: false },
			{ action: "create-note", name: "Avery Stone" },
			{ action: "set-me", name: "Avery Stone" },
		]);
	});

	it("keeps a hostile name as text", async () => {
		const h = setup(320, "dark");
		const row = Array.from(h.container.querySelectorAll(".managing-up-unlinked")).find((li) => li.textContent?.includes("onerror"));
		if (!row) throw new Error("no row for the hostile name");
		expect(h.container.querySelector("img")).toBeNull();
		expect(one(row, ".managing-up-unlinked-name").textContent).toBe(HOSTILE);
		expect(button(row, "Create note").getAttribute("aria-label")).toBe(`Create note for ${HOSTILE}`);
		await userEvent.click(button(row, "Create note"));
		expect(h.calls).toEqual([{ action: "create-note", name: HOSTILE }]);
	});

	it("shows a page of names at a time", async () => {
		const notes: Record<string, Record<string, unknown>> = { "People/Jane Doe.md": { person: "Jane Doe" } };
		for (let i = 1; i <= 30; i++) notes[`Meetings/2026-10-${String(i).padStart(2, "0")} Guest.md`] = { attendees: [`Guest ${String(i).padStart(2, "0")}`] };
		const h = setup(360, "light", notes);
		const section = (): HTMLElement => one(h.container, ".managing-up-section-without-note");
		expect(section().querySelectorAll(".managing-up-unlinked")).toHaveLength(WITHOUT_NOTE_PAGE);
		await userEvent.click(one(section(), ".managing-up-show-more"));
		expect(section().querySelectorAll(".managing-up-unlinked")).toHaveLength(30);
		expect(section().querySelector(".managing-up-show-more")).toBeNull();
		expect(section().querySelector(".managing-up-me-ask")).toBeNull();
	});

	it("is left out when every name in meetings has a note", () => {
		const h = new Harness(mount(360), reportOf(VAULT), { readings: readingsOf(VAULT) }).draw();
		expect(h.container.querySelector(".managing-up-section-without-note")).toBeNull();
		expect(texts(h.container, ".managing-up-found li")).toContain("Everyone your meetings name has a note.");
	});
});
