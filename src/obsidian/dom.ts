import type { Tone } from "../core/viewmodel";
import { setText } from "./keyed-list";
import type { Action, DashboardHandlers, PagedSection, RenderState, SectionId } from "./render-types";

/** Small DOM pieces every part of the dashboard uses: buttons, sections, counts, "Show more". */


/** The attribute that names a control, so that focus and caret come back to it after a redraw. */
export const FOCUS_KEY = "data-managing-up-focus";

/** The focus key of the "Show everyone" button above a People list narrowed to part of the map. */
export const PLACE_CLEAR = "place-clear";

export function toneClass(tone: Tone): string {
	return `mod-${tone}`;
}

/** runAction calls a handler and keeps the buttons disabled while its promise is pending. */
export function runAction(buttons: HTMLButtonElement[], action: () => Action): void {
	const result = action();
	if (!(result instanceof Promise)) return;
	for (const b of buttons) b.disabled = true;
	const enable = (): void => {
		for (const b of buttons) b.disabled = false;
	};
	// The view reports failures; here only the buttons come back.
	result.then(enable, enable);
}

export function wantsNewLeaf(event: MouseEvent): boolean {
	return event.ctrlKey || event.metaKey || event.button === 1;
}

/** onOpen makes an element open a note on click, Ctrl/Cmd-click and middle click. */
export function onOpen(el: HTMLElement, handlers: DashboardHandlers, path: string): void {
	el.addEventListener("click", (event) => {
		void handlers.openNote(path, wantsNewLeaf(event));
	});
	el.addEventListener("auxclick", (event) => {
		if (event.button === 1) void handlers.openNote(path, true);
	});
}

/**
 * actionButton draws a row's button: `label` is what it shows, `title` its accessible name, which
 * starts with the label (WCAG 2.5.3, label in name: "Log contact today: Dana Whitfield").
 */
export function actionButton(parent: HTMLElement, label: string, title: string, focusKey: string): HTMLButtonElement {
	return parent.createEl("button", {
		cls: "managing-up-action",
		text: label,
		attr: { type: "button", "aria-label": title, [FOCUS_KEY]: focusKey },
	});
}

export function section(
	parent: Node,
	id: SectionId,
	title: string,
	count: number | null,
	handlers: DashboardHandlers,
	state: RenderState,
	countTone: Tone | null = null,
): HTMLElement {
	const open = !state.collapsed.has(id);
	const el = parent.createDiv({ cls: ["managing-up-section", `managing-up-section-${id}`] });
	el.toggleClass("is-collapsed", !open);
	const header = el.createEl("button", {
		cls: "managing-up-section-header",
		attr: { type: "button", "aria-expanded": open ? "true" : "false", [FOCUS_KEY]: `section:${id}` },
	});
	header.createSpan({ cls: "managing-up-collapse-indicator", attr: { "aria-hidden": "true" } });
	header.createSpan({ cls: "managing-up-section-title", text: title });
	if (count !== null) {
		const badge = header.createSpan({ cls: "managing-up-count", text: String(count) });
		if (countTone !== null) badge.addClass(toneClass(countTone));
	}
	const body = el.createDiv({ cls: "managing-up-section-body" });
	header.addEventListener("click", () => {
		const nowOpen = el.hasClass("is-collapsed");
		el.toggleClass("is-collapsed", !nowOpen);
		header.setAttr("aria-expanded", nowOpen ? "true" : "false");
		handlers.toggleSection(id, nowOpen);
	});
	return body;
}

/** showMore adds a "Show 25 more" button under a list that has rows beyond its page; it keeps focus across the redraw. */
export function showMore(parent: HTMLElement, hidden: number, more: number, sectionId: PagedSection, handlers: DashboardHandlers): HTMLElement | null {
	if (hidden <= 0) return null;
	const button = parent.createEl("button", {
		cls: "managing-up-show-more",
		text: showMoreText(hidden, more),
		attr: { type: "button", [FOCUS_KEY]: `show-more:${sectionId}` },
	});
	button.addEventListener("click", () => handlers.showMore(sectionId));
	return button;
}

export function showMoreText(hidden: number, more: number): string {
	return `Show ${more} more (${hidden} not shown)`;
}

/*
 * The two long lists (follow-ups and People) are updated in place after a change that leaves
 * their structure as it was (see keyed-list.ts).
 */

/** updateShowMore updates, adds or removes a section's "Show more" and returns it. */
export function updateShowMore(body: HTMLElement, hidden: number, more: number, sectionId: PagedSection, handlers: DashboardHandlers): HTMLElement | null {
	const button = body.querySelector<HTMLElement>(":scope > .managing-up-show-more");
	if (button === null) return showMore(body, hidden, more, sectionId, handlers);
	if (hidden <= 0) {
		button.remove();
		return null;
	}
	setText(button, showMoreText(hidden, more));
	return button;
}

/** updateCount updates the count in a section's header, and its colour. */
export function updateCount(el: Element, count: number, tone: Tone | null): void {
	const badge = el.querySelector(":scope > .managing-up-section-header > .managing-up-count");
	if (badge === null) return;
	setText(badge, String(count));
	for (const t of ["danger", "warning", "success", "muted", "accent"] as const) {
		if (t !== tone && badge.hasClass(toneClass(t))) badge.removeClass(toneClass(t));
	}
	if (tone !== null && !badge.hasClass(toneClass(tone))) badge.addClass(toneClass(tone));
}

export function sectionBody(el: Element): HTMLElement | null {
	return el.querySelector<HTMLElement>(":scope > .managing-up-section-body");
}
