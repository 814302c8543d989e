import type { CommitmentRow, DashboardModel, Tone } from "../core/viewmodel";
import { actionButton, runAction, toneClass } from "./dom";
import { listGroups, renderListSection, rowHead, updateListPage, type ListLook, type ListPage } from "./list-section";
import type { DashboardHandlers, RenderState } from "./render-types";

/** The dashboard's Commitments: "I owe" and "They owe", drawn once, then updated in place like the follow-ups. */

export function renderCommitment(parent: Node, row: CommitmentRow, handlers: DashboardHandlers): HTMLElement {
	const li = parent.createEl("li", { cls: "managing-up-item managing-up-commitment", attr: { "data-key": row.key } });
	const personPath = row.item.personPath ?? row.item.path;
	const main = rowHead(li, { text: row.person, title: `Open ${personPath}`, focusKey: `commitment-name:${row.key}` }, personPath, handlers);
	main.createSpan({ cls: ["managing-up-due", toneClass(row.tone)], text: row.dueText });
	const line = li.createDiv({ cls: "managing-up-follow-up-line" });
	line.createDiv({ cls: "managing-up-follow-up-text managing-up-commitment-text", text: row.text });
	const actions = line.createDiv({ cls: "managing-up-actions" });
	const done = actionButton(actions, "Done", `Done: check off "${row.text}" in ${row.item.path}`, `commitment-done:${row.key}`);
	const open = actionButton(actions, "Open", `Open ${row.item.path} at line ${row.item.line}`, `commitment-open:${row.key}`);
	done.addEventListener("click", () => runAction([done, open], () => handlers.completeCommitment(row.item)));
	open.addEventListener("click", () => runAction([open], () => handlers.openCommitment(row.item)));
	const facts = [row.ageText, row.carriedText ?? ""].filter((fact) => fact !== "");
	if (facts.length > 0) li.createDiv({ cls: "managing-up-meta", text: facts.join(" · ") });
	for (const flag of row.flags) li.createDiv({ cls: ["managing-up-commitment-flag", toneClass("warning")], text: flag });
	return li;
}

/** How Commitments draws its groups (I owe, They owe) and rows. */
const COMMITMENT_LOOK: ListLook<CommitmentRow> = {
	group: (id) => ({ cls: ["managing-up-group", `managing-up-commitments-${id}`], attr: {} }),
	key: (row) => row.key,
	draw: renderCommitment,
};

function commitmentsTone(model: DashboardModel): Tone | null {
	return model.commitments.overdue > 0 ? "danger" : null;
}

function commitmentsPage(model: DashboardModel, handlers: DashboardHandlers): ListPage {
	const { commitments } = model;
	const groups = listGroups(commitments.groups, COMMITMENT_LOOK, handlers);
	return { id: "commitments", count: commitments.total, tone: commitmentsTone(model), groups, hidden: commitments.hidden, more: commitments.more };
}

/** What makes the commitments section more than its rows and counts. */
export function commitmentsStructure(model: DashboardModel, state: RenderState): unknown {
	return [!state.collapsed.has("commitments"), model.commitments.total === 0];
}

export function updateCommitments(el: Element, model: DashboardModel, handlers: DashboardHandlers): boolean {
	return model.commitments.total > 0 && updateListPage(el, commitmentsPage(model, handlers), handlers);
}

export function renderCommitments(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
	const empty = "No open commitments. Tasks under “I will” or “Jane will” in 1:1 notes are listed here.";
	renderListSection(parent, commitmentsPage(model, handlers), "Commitments", empty, handlers, state);
}
