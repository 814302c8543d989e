import "../../styles.css";
import { afterEach, describe, expect, it } from "vitest";
import { cdp } from "vitest/browser";
import { Harness, VAULT, mount, reportOf } from "./harness";
import { SLOW_TIMEOUT } from "../slow";

/**
 * WCAG 2.5.3, label in name: a button's accessible name starts with the text it shows, so a
 * person who reads "Log contact today" on screen can say it to voice control. The names are
 * Chromium's own, read from its accessibility tree over the DevTools protocol.
 */

interface AXNode {
	ignored: boolean;
	role?: { value?: unknown };
	name?: { value?: unknown };
	backendDOMNodeId?: number;
}

const MARK = "data-name-check";

/** collapse lower-cases text and collapses its whitespace, as the comparison of labels does. */
function collapse(text: string): string {
	return text.replace(/\s+/g, " ").trim().toLowerCase();
}

interface FrameTree {
	frame: { id: string; url: string };
	childFrames?: FrameTree[];
}

function frameOf({ frameTree }: { frameTree: FrameTree }, url: string): string {
	const frames = [frameTree];
	for (let frame = frames.pop(); frame !== undefined; frame = frames.pop()) {
		if (frame.frame.url === url) return frame.frame.id;
		frames.push(...(frame.childFrames ?? []));
	}
	throw new Error(`no frame has the test's address ${url}`);
}

/** buttonNames gives every button on the page (and every role=button) with its visible text and the name Chromium computed. */
async function buttonNames(root: HTMLElement): Promise<{ visible: string; name: string; html: string }[]> {
	// A button in a closed section is not shown, and has no name until it is.
	const elements = Array.from(root.querySelectorAll<HTMLElement>("button, [role=button]")).filter((el) => el.checkVisibility());
	elements.forEach((el, i) => el.setAttribute(MARK, String(i)));
	const session = cdp();
	// The test runs in an iframe of vitest's page: read that frame's tree.
	const frameId = frameOf(await session.send("Page.getFrameTree"), window.location.href);
	const { nodes } = (await session.send("Accessibility.getFullAXTree", { frameId })) as { nodes: AXNode[] };
	const names = new Map<number, string>();
	for (const node of nodes) {
		if (node.ignored || node.backendDOMNodeId === undefined || node.role?.value !== "button") continue;
		const { node: dom } = (await session.send("DOM.describeNode", { backendNodeId: node.backendDOMNodeId })) as { node: { attributes?: string[] } };
		const attributes = dom.attributes ?? [];
		const at = attributes.indexOf(MARK);
		if (at >= 0) names.set(Number(attributes[at + 1]), typeof node.name?.value === "string" ? node.name.value : "");
	}
	return elements.map((el, i) => {
		el.removeAttribute(MARK);
		return { visible: el.innerText, name: names.get(i) ?? "(not in the accessibility tree)", html: el.outerHTML.slice(0, 160) };
	});
}

/** mismatches lists the buttons whose name does not start with their visible text, or that have no name at all. */
async function mismatches(root: HTMLElement): Promise<string[]> {
	const buttons = await buttonNames(root);
	expect(buttons.length).toBeGreaterThan(0);
	return buttons
		.filter(({ visible, name }) => (collapse(visible) === "" ? collapse(name) === "" : !collapse(name).startsWith(collapse(visible))))
		.map(({ visible, name, html }) => `shows ${JSON.stringify(visible)} but is named ${JSON.stringify(name)}: ${html}`);
}

afterEach(() => {
	document.body.empty();
});

// 60 people, so the map has "+N more" buttons and People a "Show more"; every tenth has no interest.
const large: Record<string, Record<string, unknown>> = { ...VAULT };
for (let i = 0; i < 60; i++) {
	large[`People/Colleague ${i}.md`] = {
		person: `Colleague ${i}`,
		influence: "high",
		...(i % 10 === 9 ? {} : { interest: "high" }),
		"last-contact": "2026-10-01",
		"follow-up": "2026-11-20",
		"follow-up-note": `Send colleague ${i} the notes`,
	};
}

// One DevTools round trip per button: a second or two for a large vault on a loaded machine.
describe("every button's accessible name starts with its visible label", { timeout: SLOW_TIMEOUT }, () => {
	it.each([360, 800] as const)("in the dashboard of a realistic vault, %i px wide", async (width) => {
		const h = new Harness(mount(width), reportOf(VAULT)).draw();
		expect(await mismatches(h.container)).toEqual([]);
	});

	it("in a large vault: map overflow, Show more, a part of the map listed under People", async () => {
		const h = new Harness(mount(800), reportOf(large)).draw();
		expect(await mismatches(h.container)).toEqual([]);
		h.handlers.showPlace("high/high");
		expect(h.container.querySelector(".managing-up-place")).not.toBeNull();
		expect(await mismatches(h.container)).toEqual([]);
	});

	it("with a filter that matches no one, and with every section closed", async () => {
		const h = new Harness(mount(360), reportOf(VAULT)).draw();
		h.handlers.setFilter("nobody at all");
		expect(await mismatches(h.container)).toEqual([]);
		for (const section of ["follow-ups", "people", "map", "problems"] as const) h.collapsed.add(section);
		h.draw();
		expect(await mismatches(h.container)).toEqual([]);
	});

	it("in the empty state", async () => {
		const h = new Harness(mount(360), reportOf({ "Notes/Idea.md": { tags: ["idea"] } })).draw();
		expect(await mismatches(h.container)).toEqual([]);
	});
});
