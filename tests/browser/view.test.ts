import "../../styles.css";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import type { WorkspaceLeaf as ObsidianLeaf } from "obsidian";
import { App, WorkspaceLeaf, notices } from "../mock/obsidian";
import { todayIso } from "../../src/core/dates";
import type { Report } from "../../src/core/types";
import type { DashboardHost } from "../../src/obsidian/dashboard-host";
import { DashboardView, VIEW_TYPE_DASHBOARD } from "../../src/obsidian/dashboard-view";
import { explain, type Explanation } from "../../src/core/explain";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { VAULT, readingsOf, reportOf } from "./harness";
import { WAIT_TIMEOUT } from "../slow";
import { afterPaint } from "../../src/obsidian/idle";
import type { StoredFirstScreen } from "../../src/obsidian/snapshot";
import { DashboardControls } from "../../src/obsidian/controls";
import { dashboardInputs, storedFirstScreen } from "../../src/obsidian/dashboard-model";

/** A host over a fixed set of notes, whose revision the test bumps by hand. */
class FakeHost implements DashboardHost {
	notes: Record<string, Record<string, unknown>> = { ...VAULT };
	rev = 1;
	reports: string[] = [];
	opened: [string, boolean][] = [];
	private listeners: (() => void)[] = [];
	newAgenda = null;
	newStakeholder = null;

	isReady = true;
	ready(): boolean {
		return this.isReady;
	}
	/** The first screen kept with the snapshot, offered while the host is not ready. */
	first: StoredFirstScreen | null = null;
	firstScreen(): StoredFirstScreen | null {
		return this.isReady ? null : this.first;
	}
	/** The host's clock is the test's (vi.setSystemTime), as the plugin's is the machine's. */
	today(): string {
		return todayIso(new Date());
	}
	report(today: string): Report {
		this.reports.push(today);
		return reportOf(this.notes, today);
	}
	revision(): number {
		return this.rev;
	}
	onChange(listener: () => void): () => void {
		this.listeners.push(listener);
		return () => (this.listeners = this.listeners.filter((l) => l !== listener));
	}
	settings(): typeof DEFAULT_SETTINGS {
		return DEFAULT_SETTINGS;
	}
	openNote(path: string, newLeaf: boolean): Promise<void> {
		this.opened.push([path, newLeaf]);
		return Promise.resolve();
	}
	logContactToday(): Promise<void> {
		return Promise.reject(new Error("the note is gone"));
	}
	completeFollowUp(): Promise<void> {
		return Promise.resolve();
	}
	snoozeFollowUp(): Promise<void> {
		return Promise.resolve();
	}
	completeCommitment(): Promise<void> {
		return Promise.resolve();
	}
	openCommitment(): Promise<void> {
		return Promise.resolve();
	}
	explanation(today: string): Explanation {
		return explain(readingsOf(this.notes), reportOf(this.notes, today));
	}
	createPersonNote(): Promise<void> {
		return Promise.resolve();
	}
	setMe(): Promise<void> {
		return Promise.resolve();
	}
	setFoundDismissed(): void {}
	/** Test only: a note changed. */
	change(notes: Record<string, Record<string, unknown>>): void {
		this.notes = notes;
		this.rev++;
		for (const listener of this.listeners) listener();
	}
	get listening(): number {
		return this.listeners.length;
	}
}

async function open(host: FakeHost, shown = true, settle = true): Promise<DashboardView> {
	const app = new App();
	const leaf = new WorkspaceLeaf(app, "right");
	// The mock's leaf stands in for Obsidian's: the same module under the `obsidian` alias.
	const view = new DashboardView(leaf as unknown as ObsidianLeaf, host);
	document.body.appendChild(view.containerEl);
	// Not shown: in the document, but with no layout (as in a hidden pane or a DOM without layout).
	if (!shown) view.containerEl.setAttr("hidden", "");
	view.containerEl.addClass("view-content");
	view.containerEl.setAttr("data-width", 360);
	view.load();
	await app.workspace.revealLeaf(leaf);
	await (view as unknown as { onOpen(): Promise<void> }).onOpen();
	// The first drawing of a shown pane is its first screen; the rest follows that frame (first-drawing.ts).
	if (settle) await afterPaint();
	return view;
}

function names(view: DashboardView): string[] {
	return Array.from(view.contentEl.querySelectorAll(".managing-up-person-name")).map((el) => el.textContent ?? "");
}

beforeEach(() => {
	vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
	vi.setSystemTime(new Date(2026, 10, 23, 9, 30));
});

afterEach(() => {
	vi.useRealTimers();
	document.body.empty();
});

describe("DashboardView", () => {
	it("is the stakeholder dashboard", async () => {
		const view = await open(new FakeHost());
		expect(view.getViewType()).toBe(VIEW_TYPE_DASHBOARD);
		expect(view.getDisplayText()).toBe("Stakeholders");
		expect(view.getIcon()).toBe("users");
		expect(names(view)).toContain("Jane Doe");
	});

	it("says it is reading the notes until the index is ready, then draws the dashboard", async () => {
		const host = new FakeHost();
		host.isReady = false;
		const view = await open(host);
		expect(view.contentEl.textContent).toBe("Reading your notes…");
		expect(host.reports).toEqual([]);
		host.isReady = true;
		host.change({ ...VAULT });
		await afterPaint();
		expect(names(view)).toContain("Jane Doe");
		expect(view.contentEl.textContent).not.toContain("No stakeholders yet");
	});

	it("draws the first screen kept with the snapshot before the index is ready, keeps every part once it is, and holds clicks until then", async () => {
		const host = new FakeHost();
		const today = host.today();
		host.first = storedFirstScreen(host.report(today), host.explanation(today), dashboardInputs(new DashboardControls(), today, DEFAULT_SETTINGS));
		host.isReady = false;
		host.reports = [];
		const done = vi.spyOn(host, "completeFollowUp");
		const view = await open(host);
		expect(host.reports).toEqual([]);
		const early = Array.from(view.contentEl.children);
		expect(names(view)).toContain("Jane Doe");
		Array.from(view.contentEl.querySelectorAll<HTMLButtonElement>(".managing-up-action")).find((b) => b.textContent === "Done")?.click();
		await Promise.resolve();
		expect(done).not.toHaveBeenCalled();
		host.isReady = true;
		host.change({ ...VAULT });
		// The fresh report draws the same model: not one part is drawn again.
		expect(Array.from(view.contentEl.children)).toEqual(early);
		expect(early.every((el, i) => view.contentEl.children[i] === el)).toBe(true);
		await vi.waitFor(() => expect(done).toHaveBeenCalledTimes(1), WAIT_TIMEOUT);
	});

	it("draws the first screen in its first frame and the rest of the same drawing in the next, keeping what it drew", async () => {
		const host = new FakeHost();
		const view = await open(host, true, false);
		const sections = (): string[] => Array.from(view.contentEl.children, (el) => el.className);
		expect(sections().some((cls) => cls.includes("managing-up-section-follow-ups"))).toBe(true);
		expect(sections().some((cls) => cls.includes("managing-up-section-people"))).toBe(false);
		const first = Array.from(view.contentEl.children);
		await afterPaint();
		expect(sections().some((cls) => cls.includes("managing-up-section-people"))).toBe(true);
		expect(first.every((el) => el.isConnected && el.parentElement === view.contentEl)).toBe(true);
		expect(view.contentEl.hasClass("is-first-frame")).toBe(false);
		expect(host.reports).toEqual(["2026-11-23"]);
	});

	it("draws when it opens, even before its pane has a layout", async () => {
		const host = new FakeHost();
		const view = await open(host, false);
		expect(names(view)).toHaveLength(9);
		expect(host.reports).toEqual(["2026-11-23"]);
	});

	it("redraws after a change only while shown", async () => {
		const host = new FakeHost();
		const view = await open(host);
		expect(host.reports).toEqual(["2026-11-23"]);
		view.containerEl.detach();
		host.change({ "People/Jane Doe.md": VAULT["People/Jane Doe.md"] ?? {} });
		expect(host.reports).toHaveLength(1);
		expect(names(view)).toHaveLength(9);
		document.body.appendChild(view.containerEl);
		view.onResize();
		expect(names(view)).toEqual(["Jane Doe"]);
		// Shown and up to date: nothing to do.
		view.refresh();
		view.onResize();
		expect(host.reports).toHaveLength(2);
	});

	it("rolls over at local midnight", async () => {
		vi.setSystemTime(new Date(2026, 10, 23, 23, 59, 30));
		const host = new FakeHost();
		const view = await open(host);
		const jane = (): string => view.contentEl.querySelector('[data-path="People/Jane Doe.md"] .managing-up-contact')?.textContent ?? "";
		expect(jane()).toBe("last contact 22 days ago · overdue by 8 days");
		vi.advanceTimersByTime(60_000);
		expect(host.reports).toEqual(["2026-11-23", "2026-11-24"]);
		expect(jane()).toBe("last contact 23 days ago · overdue by 9 days");
	});

	it("keeps filter, focus, caret, sort and group across an update from the index", async () => {
		const host = new FakeHost();
		const view = await open(host);
		await userEvent.click(view.contentEl.querySelector(".managing-up-filter") ?? view.contentEl);
		await userEvent.keyboard("peer");
		await userEvent.selectOptions(view.contentEl.querySelector<HTMLSelectElement>("select[data-managing-up-focus=sort]") ?? document.body, "name");
		await userEvent.click(view.contentEl.querySelector(".managing-up-filter") ?? view.contentEl);
		await userEvent.keyboard("{ArrowLeft}");
		expect(names(view)).toEqual(["Chris Moreau", "Priya Patel"]);
		host.change({ ...VAULT, "People/Zoe.md": { person: "Aaron Peer", relationship: "peer" } });
		expect(names(view)).toEqual(["Aaron Peer", "Chris Moreau", "Priya Patel"]);
		const filter = view.contentEl.querySelector<HTMLInputElement>(".managing-up-filter");
		expect(document.activeElement).toBe(filter);
		expect(filter?.value).toBe("peer");
		expect(filter?.selectionStart).toBe(3);
		expect(view.getState()).toMatchObject({ sort: "name", group: "none", collapsed: [] });
	});

	it("restores sort, group and closed sections from the saved layout", async () => {
		const view = await open(new FakeHost());
		await view.setState({ sort: "name", group: "influence", collapsed: ["map", "nonsense"] }, { history: false });
		expect(view.contentEl.querySelector(".managing-up-section-map")?.hasClass("is-collapsed")).toBe(true);
		expect(Array.from(view.contentEl.querySelectorAll(".managing-up-section-people .managing-up-group-heading span:first-child")).map((el) => el.textContent)).toEqual([
			"High influence",
			"Medium influence",
			"Low influence",
			"No influence set",
		]);
		expect(view.getState()).toMatchObject({ sort: "name", group: "influence", collapsed: ["map"] });
	});

	it("opens notes through the host and stops listening when closed", async () => {
		const host = new FakeHost();
		const view = await open(host);
		view.contentEl.querySelector<HTMLElement>(".managing-up-person-name")?.click();
		expect(host.opened).toEqual([["People/Priya Patel.md", false]]);
		expect(view.contentEl.textContent).not.toContain("New 1:1 agenda");
		expect(host.listening).toBe(1);
		view.unload();
		expect(host.listening).toBe(0);
	});

	it("tells the user when an action fails", async () => {
		const host = new FakeHost();
		const view = await open(host);
		notices.splice(0);
		const log = Array.from(view.contentEl.querySelectorAll<HTMLButtonElement>(".managing-up-action")).find((b) => b.textContent === "Log contact today");
		log?.click();
		await vi.waitFor(() => expect(notices).toEqual(["Could not log the contact: the note is gone"]), WAIT_TIMEOUT);
	});
});
