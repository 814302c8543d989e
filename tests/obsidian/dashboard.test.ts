import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { App, notices } from "../mock/obsidian";
import { actionDeps } from "../../src/obsidian/actions";
import { createDashboardHost } from "../../src/obsidian/dashboard-host";
import type { DashboardHost } from "../../src/obsidian/dashboard-host";
import { DEFAULT_SETTINGS } from "../../src/settings";
import { makeApp, makeIndex, obsidianApp, TODAY } from "./helpers";

const JANE = "People/Jane Doe.md";

async function setUp(): Promise<{ app: App; host: DashboardHost; report: () => ReturnType<DashboardHost["report"]> }> {
	const app = await makeApp();
	const { index } = makeIndex(app);
	const real = obsidianApp(app);
	const settings = () => DEFAULT_SETTINGS;
	const today = () => TODAY;
	const actions = actionDeps({ index, vault: real.vault, fileManager: real.fileManager, settings, today });
	const host = createDashboardHost({ index, vault: real.vault, workspace: real.workspace, actions, settings, today });
	return { app, host, report: () => host.report(TODAY) };
}

beforeEach(() => {
	notices.splice(0);
});

afterEach(() => {
	vi.useRealTimers();
});

describe("the dashboard host", () => {
	it("hands over the index's report, cached until something changes", async () => {
		const { host, report } = await setUp();
		const first = report();
		expect(report()).toBe(first);
		const revision = host.revision();
		await host.logContactToday(JANE);
		expect(host.revision()).toBeGreaterThan(revision);
		expect(report()).not.toBe(first);
		expect(report().stakeholders.find((s) => s.path === JANE)?.lastContact).toBe(TODAY);
	});

	it("tells the view about a change at once, about the rest of a burst once it settles, until it unsubscribes", async () => {
		vi.useFakeTimers();
		const { host } = await setUp();
		vi.runAllTimers();
		const listener = vi.fn();
		const unsubscribe = host.onChange(listener);
		const jane = report(host).followUps.find((f) => f.kind === "follow-up" && f.path === JANE);
		if (!jane) throw new Error("no follow-up");
		await host.snoozeFollowUp(jane);
		// The first change after a quiet period: at once, no timer to wait for.
		expect(listener).toHaveBeenCalledTimes(1);
		await host.completeFollowUp(jane);
		expect(listener).toHaveBeenCalledTimes(1);
		vi.runAllTimers();
		expect(listener).toHaveBeenCalledTimes(2);
		unsubscribe();
		await host.logContactToday(JANE);
		vi.runAllTimers();
		expect(listener).toHaveBeenCalledTimes(2);
		expect(notices).toEqual([
			"Snoozed the follow-up with Jane Doe until 2026-11-30",
			"Follow-up with Jane Doe done",
			"Logged contact with Jane Doe today",
		]);
	});

	it("opens a note in the main area, or in a new tab when asked", async () => {
		const { app, host } = await setUp();
		await host.openNote(JANE, false);
		expect(app.workspace.getActiveFile()?.path).toBe(JANE);
		await host.openNote("People/Sam Lee.md", false);
		expect(app.workspace.allLeaves()).toHaveLength(1);
		await host.openNote(JANE, true);
		expect(app.workspace.allLeaves()).toHaveLength(2);
		expect(app.workspace.getActiveFile()?.path).toBe(JANE);
	});

	it("says so when the note to open is gone", async () => {
		const { host } = await setUp();
		await host.openNote("People/Gone.md", false);
		expect(notices).toEqual(["Could not find People/Gone.md; was it moved or deleted?"]);
	});

	it("has no agenda or new-stakeholder action until those features are wired", async () => {
		const { host } = await setUp();
		expect(host.newAgenda).toBeNull();
		expect(host.newStakeholder).toBeNull();
	});
});

function report(host: DashboardHost) {
	return host.report(TODAY);
}
