import "../../styles.css";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { Harness, VAULT, mount, reportOf } from "./harness";

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

afterEach(() => {
	document.body.empty();
});

describe.each(["light", "dark"] as const)("%s theme", (theme) => {
	it("narrow sidebar (360 px)", async () => {
		const h = new Harness(mount(360, theme, HEIGHT), reportOf(VAULT)).draw();
		await page.screenshot({ element: h.container, path: `${SHOTS}/dashboard-${theme}-360.png` });
	});

	it("people, grouped, in a narrow sidebar", async () => {
		const h = new Harness(mount(360, theme, HEIGHT), reportOf(VAULT));
		h.collapsed.add("follow-ups");
		h.group = "relationship";
		h.draw();
		await page.screenshot({ element: h.container, path: `${SHOTS}/people-${theme}-360.png` });
	});

	it("map and problems in a narrow sidebar", async () => {
		const h = new Harness(mount(360, theme, HEIGHT), reportOf(VAULT));
		h.collapsed.add("follow-ups");
		h.collapsed.add("people");
		h.draw();
		expect(h.container.scrollHeight).toBeLessThanOrEqual(HEIGHT);
		await page.screenshot({ element: h.container, path: `${SHOTS}/map-${theme}-360.png` });
	});

	it("wide pane (800 px)", async () => {
		const h = new Harness(mount(800, theme, HEIGHT), reportOf(VAULT)).draw();
		await page.screenshot({ element: h.container, path: `${SHOTS}/dashboard-${theme}-800.png` });
	});

	it("empty state", async () => {
		const h = new Harness(mount(360, theme), reportOf({})).draw();
		await page.screenshot({ element: h.container, path: `${SHOTS}/empty-${theme}-360.png` });
	});
});
