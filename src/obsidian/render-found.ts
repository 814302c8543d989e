import type { FoundModel, WithoutNoteSection } from "../core/viewmodel-found";
import { FOCUS_KEY, actionButton, onOpen, runAction, section, showMore } from "./dom";
import type { DashboardHandlers, RenderState } from "./render-types";

/**
 * "What it found" at the top of the dashboard, and "People without a note" after People: drawn
 * anew whenever their model changes (one page of names at a time, so this stays cheap).
 */

/** The focus key of "Got it" and "Details", so focus moves to the other one when the part is redrawn. */
export const FOUND_TOGGLE = "found-toggle";

/** renderFound draws "What it found": every sentence with "Got it", or one line with "Details". */
export function renderFound(parent: Node, found: FoundModel, handlers: DashboardHandlers): void {
	const el = parent.createDiv({ cls: "managing-up-found", attr: { role: "region", "aria-label": "What it found" } });
	el.toggleClass("is-collapsed", !found.open);
	if (!found.open) {
		const line = el.createDiv({ cls: "managing-up-found-line" });
		line.createSpan({ cls: "managing-up-found-title", text: "What it found: " });
		line.createSpan({ cls: "managing-up-found-summary", text: found.summary });
		const details = actionButton(line, "Details", "Details of what it found in your notes", FOUND_TOGGLE);
		details.addEventListener("click", () => handlers.setFoundDismissed(false));
		return;
	}
	el.createDiv({ cls: "managing-up-found-title", text: "What it found" });
	const list = el.createEl("ul", { cls: "managing-up-found-lines" });
	found.lines.forEach((line, i) => {
		const last = i === found.lines.length - 1;
		list.createEl("li", { cls: last ? "managing-up-found-unchanged" : "managing-up-found-item", text: line });
	});
	const foot = el.createDiv({ cls: "managing-up-found-foot" });
	foot.createSpan({ cls: "managing-up-muted", text: "To change what counts: Settings → Managing Up → Conventions." });
	if (found.canDismiss) {
		const gotIt = foot.createEl("button", {
			cls: "mod-cta managing-up-found-dismiss",
			text: "Got it",
			attr: { type: "button", "aria-label": "Got it: show what it found as one line", [FOCUS_KEY]: FOUND_TOGGLE },
		});
		gotIt.addEventListener("click", () => handlers.setFoundDismissed(true));
	}
}

/** renderWithoutNote draws the names in meetings that have no person note, each with Open and Create note. */
export function renderWithoutNote(parent: Node, model: WithoutNoteSection, handlers: DashboardHandlers, state: RenderState): void {
	const body = section(parent, "without-note", "People without a note", model.total, handlers, state);
	const suggestion = model.suggestion;
	if (suggestion !== null) {
		const ask = body.createDiv({ cls: "managing-up-me-ask" });
		ask.createSpan({ cls: "managing-up-me-question", text: `Is this you? Most of your meetings name “${suggestion}”.` });
		const mine = actionButton(ask, "That's me", `That's me: ${suggestion} is you, never a stakeholder`, "set-me");
		mine.addClass("mod-cta");
		mine.addEventListener("click", () => runAction([mine], () => handlers.setMe(suggestion)));
	}
	body.createDiv({ cls: "managing-up-note", text: "Names in your meetings that match no person note." });
	const list = body.createEl("ul", { cls: "managing-up-list" });
	for (const row of model.rows) {
		const li = list.createEl("li", { cls: "managing-up-item managing-up-unlinked", attr: { "data-key": row.key } });
		li.createDiv({ cls: "managing-up-item-main" }).createSpan({ cls: "managing-up-unlinked-name", text: row.name });
		li.createDiv({ cls: "managing-up-meta", text: row.meetingsText });
		const actions = li.createDiv({ cls: "managing-up-actions" });
		const open = actionButton(actions, "Open", `Open the latest meeting naming ${row.name}`, `unlinked-open:${row.key}`);
		onOpen(open, handlers, row.lastPath);
		const create = actionButton(actions, "Create note", `Create note for ${row.name}`, `unlinked-create:${row.key}`);
		create.addEventListener("click", () => runAction([create], () => handlers.createPersonNote(row.name)));
	}
	showMore(body, model.hidden, model.more, "without-note", handlers);
}
