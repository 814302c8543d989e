import type { CommitmentRow, DashboardModel, Tone } from "../core/viewmodel";
import { FOCUS_KEY, actionButton, onOpen, runAction, section, sectionBody, showMore, toneClass, updateCount, updateShowMore } from "./dom";
import { drawGroup, updateGroups, type GroupSpec } from "./keyed-list";
import type { DashboardHandlers, RenderState } from "./render-types";

/** The dashboard's Commitments: "I owe" and "They owe", drawn once, then updated in place like the follow-ups. */

export function renderCommitment(parent: Node, row: CommitmentRow, handlers: DashboardHandlers): HTMLElement {
	const li = parent.createEl("li", { cls: "managing-up-item managing-up-commitment", attr: { "data-key": row.key } });
	const main = li.createDiv({ cls: "managing-up-item-main" });
	const name = main.createEl("button", {
		cls: "managing-up-link",
		text: row.person,
		attr: { type: "button", title: `Open ${row.item.personPath ?? row.item.path}`, [FOCUS_KEY]: `commitment-name:${row.key}` },
	});
	onOpen(name, handlers, row.item.personPath ?? row.item.path);
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

export function commitmentGroups(model: DashboardModel, handlers: DashboardHandlers): GroupSpec[] {
	return model.commitments.groups.map((group) => ({
		id: group.id,
		cls: ["managing-up-group", `managing-up-commitments-${group.id}`],
		attr: {},
		heading: group.heading,
		count: group.count,
		rows: group.rows.map((row) => ({ key: row.key, inputs: JSON.stringify(row), draw: (parent) => renderCommitment(parent, row, handlers) })),
	}));
}

function commitmentsTone(model: DashboardModel): Tone | null {
	return model.commitments.overdue > 0 ? "danger" : null;
}

/** What makes the commitments section more than its rows and counts. */
export function commitmentsStructure(model: DashboardModel, state: RenderState): unknown {
	return [!state.collapsed.has("commitments"), model.commitments.total === 0];
}

export function updateCommitments(el: Element, model: DashboardModel, handlers: DashboardHandlers): boolean {
	const body = sectionBody(el);
	const { commitments } = model;
	if (body === null || commitments.total === 0) return false;
	updateCount(el, commitments.total, commitmentsTone(model));
	const end = updateShowMore(body, commitments.hidden, commitments.more, "commitments", handlers);
	updateGroups(body, commitmentGroups(model, handlers), handlers, end);
	return true;
}

export function renderCommitments(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
	const { commitments } = model;
	const body = section(parent, "commitments", "Commitments", commitments.total, handlers, state, commitmentsTone(model));
	if (commitments.total === 0) {
		body.createDiv({ cls: "managing-up-note", text: "No open commitments. Tasks under “I will” or “Jane will” in 1:1 notes are listed here." });
		return;
	}
	for (const group of commitmentGroups(model, handlers)) drawGroup(body, group, handlers);
	showMore(body, commitments.hidden, commitments.more, "commitments", handlers);
}
