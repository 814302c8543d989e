import type { HistoryModel, HistoryRow } from "../core/viewmodel/history";
import { runAction, wantsNewLeaf } from "./dom";
import type { Action } from "./render-types";

/** What the person history view does when the user acts. */
export interface HistoryHandlers {
	openNote(path: string, newLeaf: boolean): Action;
	/** New 1:1 agenda for the person; null when the agenda commands are not wired. */
	newAgenda: ((personPath: string) => Action) | null;
}

function renderRow(parent: HTMLElement, row: HistoryRow, handlers: HistoryHandlers): void {
	const li = parent.createEl("li", { cls: ["managing-up-history-entry", `mod-${row.kind}`], attr: { "data-path": row.path } });
	if (row.upcoming) li.addClass("is-upcoming");
	const button = li.createEl("button", {
		cls: "managing-up-history-open",
		attr: { type: "button", "aria-label": `${row.kindLabel}, ${row.dayText}: ${row.summary}. Open ${row.path}`, title: `Open ${row.path}` },
	});
	const when = button.createDiv({ cls: "managing-up-history-when" });
	when.createSpan({ cls: "managing-up-history-day", text: row.dayText });
	if (row.whenText !== "") when.createSpan({ cls: "managing-up-history-ago", text: row.whenText });
	const what = button.createDiv({ cls: "managing-up-history-what" });
	what.createSpan({ cls: "managing-up-history-kind", text: row.kindLabel });
	what.createSpan({ cls: "managing-up-history-summary", text: row.summary });
	button.addEventListener("click", (event) => void handlers.openNote(row.path, wantsNewLeaf(event)));
	button.addEventListener("auxclick", (event) => {
		if (event.button === 1) void handlers.openNote(row.path, true);
	});
}

/** renderHistory draws the person history view from its model: plain DOM, every text as text. */
export function renderHistory(el: HTMLElement, model: HistoryModel, handlers: HistoryHandlers): void {
	el.empty();
	const root = el.createDiv({ cls: "managing-up-history" });
	if (model.person !== null) {
		const head = root.createDiv({ cls: "managing-up-history-head" });
		const name = head.createEl("button", {
			cls: "managing-up-link managing-up-history-person",
			text: model.person,
			attr: { type: "button", title: `Open ${model.personPath ?? ""}` },
		});
		const personPath = model.personPath;
		if (personPath !== null) name.addEventListener("click", (event) => void handlers.openNote(personPath, wantsNewLeaf(event)));
		if (model.summary !== "") head.createDiv({ cls: "managing-up-history-count", text: model.summary });
	}
	const empty = model.empty;
	if (empty !== null) {
		const box = root.createDiv({ cls: "managing-up-empty managing-up-history-empty" });
		box.createEl("p", { text: empty.text });
		const newAgenda = handlers.newAgenda;
		const personPath = model.personPath;
		if (empty.action === "new-agenda" && newAgenda !== null && personPath !== null) {
			const button = box.createEl("button", { cls: "mod-cta", text: "New 1:1 agenda", attr: { type: "button", "aria-label": `New 1:1 agenda with ${model.person ?? ""}` } });
			button.addEventListener("click", () => runAction([button], () => newAgenda(personPath)));
		}
	}
	for (const group of model.groups) {
		const section = root.createDiv({ cls: "managing-up-history-month" });
		section.createDiv({ cls: "managing-up-history-heading", text: group.heading });
		const list = section.createEl("ul", { cls: "managing-up-history-list" });
		for (const row of group.rows) renderRow(list, row, handlers);
	}
}
