/**
 * What Node lacks of the browser, for the obsidian mock (see obsidian.ts): a `window` with the
 * timers, and elements that keep their text. In the browser project the real DOM is used.
 */
import { vi } from "vitest";
import type { Setting } from "./settings-ui";

// Node has no `window`; plugin code (and this mock) calls `window.setTimeout` and friends, as
// Obsidian wants. Give it one whose timers are the globals of the moment, so vitest's fake timers apply.
if (typeof window === "undefined") {
	vi.stubGlobal("window", {
		get setTimeout() {
			return setTimeout;
		},
		get clearTimeout() {
			return clearTimeout;
		},
		get setInterval() {
			return setInterval;
		},
		get clearInterval() {
			return clearInterval;
		},
	});
}

/** The Settings built in each container, in order (see settingsIn); emptying a container forgets them, as its DOM does. */
export const settingsByContainer = new WeakMap<object, Setting[]>();

/**
 * FakeElement keeps the text and children that Obsidian's `createEl`/`createDiv` give it, so a
 * test can read `textContent`; classes, attributes and listeners are accepted and dropped.
 */
export class FakeElement {
	/** Never in a document, and nothing is on screen in Node: views that draw only while shown stay blank. */
	readonly isConnected = false;
	private children: FakeElement[] = [];
	private text = "";

	constructor(readonly tagName: string) {}

	get textContent(): string {
		return this.text + this.children.map((child) => child.textContent).join("");
	}

	createEl(tag: string, o?: { text?: string }): FakeElement {
		return this.append(tag, o?.text);
	}

	createDiv(o?: { text?: string }): FakeElement {
		return this.append("div", o?.text);
	}

	createSpan(o?: { text?: string }): FakeElement {
		return this.append("span", o?.text);
	}

	empty(): void {
		this.children = [];
		this.text = "";
		// A settings tab drawn again starts from an empty list of settings, as its DOM does.
		settingsByContainer.delete(this);
	}

	setText(text: string): void {
		this.empty();
		this.text = text;
	}

	isShown(): boolean {
		return false;
	}

	addClass(): void {}

	setAttr(): void {}

	addEventListener(): void {}

	private append(tag: string, text = ""): FakeElement {
		const el = new FakeElement(tag);
		el.text = text;
		this.children.push(el);
		return el;
	}
}

/** createElement makes a real element when there is a DOM (browser tests), else a FakeElement. */
export function createElement(tag: string): HTMLElement {
	// In the browser project the setup file installs Obsidian's global createEl.
	if (typeof createEl === "function") return createEl(tag as keyof HTMLElementTagNameMap);
	return new FakeElement(tag) as unknown as HTMLElement;
}
