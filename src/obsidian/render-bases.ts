import type { ProblemRow } from "../core/viewmodel";
import type { BasesMapModel, BasesStatusModel } from "../core/viewmodel/bases";
import { peopleText, plural } from "../core/words";
import { onOpen, toneClass } from "./dom";
import { renderPerson, renderProblemList } from "./render-lists";
import { renderMapBody } from "./render-map";
import type { DashboardHandlers } from "./render-types";

/**
 * The Bases views' drawing: the dashboard's map and People rows, laid out in the pane Bases
 * gives a view (below its toolbar), with the problems of the base's rows under them.
 */

/** basesRoot empties the view's pane and gives it the dashboard's look. */
function basesRoot(containerEl: HTMLElement, kind: "map" | "status"): HTMLElement {
	containerEl.empty();
	return containerEl.createDiv({ cls: ["managing-up-dashboard", "managing-up-bases", `managing-up-bases-${kind}`] });
}

function renderEmpty(root: HTMLElement): void {
	root.createDiv({ cls: "managing-up-note", text: "No notes in this base. Its filters choose the rows; the people among them are drawn here." });
}

function renderHidden(root: HTMLElement, hidden: number, total: number): void {
	if (hidden > 0) root.createDiv({ cls: "managing-up-note", text: `Showing the first ${total - hidden} of ${peopleText(total)}; narrow the base's filters to see the rest.` });
}

function renderProblems(root: HTMLElement, problems: readonly ProblemRow[], handlers: DashboardHandlers): void {
	if (problems.length === 0) return;
	const aside = root.createDiv({ cls: "managing-up-bases-problems" });
	aside.createDiv({ cls: "managing-up-group-heading", text: plural(problems.length, "problem") });
	renderProblemList(aside, problems, handlers);
}

/** renderBasesMap draws the "Stakeholder map" view: the grid, the people not on it, a chosen part's people, the problems. */
export function renderBasesMap(containerEl: HTMLElement, model: BasesMapModel, handlers: DashboardHandlers): void {
	const root = basesRoot(containerEl, "map");
	if (model.total === 0) return renderEmpty(root);
	renderMapBody(root, model.map, model.place?.id ?? null, handlers);
	if (model.place !== null) {
		const part = root.createDiv({ cls: "managing-up-bases-place" });
		const bar = part.createDiv({ cls: "managing-up-place" });
		bar.createSpan({ cls: "managing-up-place-label", text: `${model.place.label}: ${peopleText(model.place.people.length)}` });
		const close = bar.createEl("button", { cls: "managing-up-action", text: "Close", attr: { type: "button", "aria-label": "Close the list of this part of the map" } });
		close.addEventListener("click", () => handlers.showPlace(null));
		const list = part.createEl("ul", { cls: "managing-up-unplaced-list" });
		for (const person of model.place.people) {
			const button = list.createEl("li").createEl("button", { cls: "managing-up-link", text: person.label, attr: { type: "button", title: `Open ${person.path}` } });
			onOpen(button, handlers, person.path);
		}
	}
	renderHidden(root, model.hidden, model.total);
	renderProblems(root, model.problems, handlers);
}

/** renderBasesStatus draws the "Stakeholder status" view: a People row per row of the base, its follow-ups under it, then the problems. */
export function renderBasesStatus(containerEl: HTMLElement, model: BasesStatusModel, handlers: DashboardHandlers): void {
	const root = basesRoot(containerEl, "status");
	if (model.total === 0) return renderEmpty(root);
	const list = root.createEl("ul", { cls: "managing-up-list" });
	for (const row of model.rows) {
		const li = renderPerson(list, row.person, handlers);
		if (row.followUps.length === 0) continue;
		const followUps = li.createEl("ul", { cls: "managing-up-bases-follow-ups", attr: { "aria-label": `Follow-ups with ${row.person.name}` } });
		for (const f of row.followUps) {
			const item = followUps.createEl("li", { cls: "managing-up-meta" });
			item.createSpan({ text: f.text });
			item.createSpan({ cls: "managing-up-sep", text: " · ", attr: { "aria-hidden": "true" } });
			item.createSpan({ cls: ["managing-up-due", toneClass(f.tone)], text: f.dueText });
		}
	}
	renderHidden(root, model.hidden, model.total);
	renderProblems(root, model.problems, handlers);
}
