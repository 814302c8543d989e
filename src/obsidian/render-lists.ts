import {
	GROUP_OPTIONS,
	SORT_OPTIONS,
	type DashboardModel,
	type FollowUpRow,
	type PersonRow,
	type ProblemRow,
	type Tone,
} from "../core/viewmodel";
import { peopleText } from "../core/words";
import { FOCUS_KEY, PLACE_CLEAR, actionButton, onOpen, runAction, section, sectionBody, toneClass } from "./dom";
import { setText } from "./keyed-list";
import { drawListPage, listGroups, renderListSection, rowHead, updateListPage, type ListLook, type ListPage } from "./list-section";
import type { DashboardHandlers, RenderState } from "./render-types";

/** The dashboard's two long lists, Follow-ups and People: drawn once, then updated in place. */

export function renderFollowUp(parent: Node, row: FollowUpRow, handlers: DashboardHandlers): HTMLElement {
	const li = parent.createEl("li", { cls: "managing-up-item managing-up-follow-up", attr: { "data-key": row.key } });
	const name = { text: row.person, title: `Open ${row.item.path}`, focusKey: `follow-up-name:${row.key}` };
	const main = rowHead(li, name, row.item.personPath ?? row.item.path, handlers);
	main.createSpan({ cls: ["managing-up-due", toneClass(row.tone)], text: row.dueText });
	// The text and the buttons share a line when there is room, and wrap when there is not.
	const line = li.createDiv({ cls: "managing-up-follow-up-line" });
	line.createDiv({ cls: "managing-up-follow-up-text", text: row.text });
	const actions = line.createDiv({ cls: "managing-up-actions" });
	const open = actionButton(actions, "Open", `Open ${row.item.path}`, `follow-up-open:${row.key}`);
	onOpen(open, handlers, row.item.path);
	const done = actionButton(
		actions,
		"Done",
		row.item.kind === "contact" ? `Done: log contact with ${row.person} today` : `Done: remove the follow-up with ${row.person}`,
		`follow-up-done:${row.key}`,
	);
	const snooze = actionButton(actions, "Snooze", `Snooze the follow-up with ${row.person} for seven days`, `follow-up-snooze:${row.key}`);
	done.addEventListener("click", () => runAction([done, snooze], () => handlers.completeFollowUp(row.item)));
	snooze.addEventListener("click", () => runAction([done, snooze], () => handlers.snoozeFollowUp(row.item)));
	return li;
}

/** How Follow-ups draws its buckets (Overdue, Due soon…) and rows. */
const FOLLOW_UP_LOOK: ListLook<FollowUpRow> = {
	group: (id) => ({ cls: ["managing-up-group", `managing-up-bucket-${id}`], attr: {} }),
	key: (row) => row.key,
	draw: renderFollowUp,
};

/** How People draws its groups and rows. */
const PEOPLE_LOOK: ListLook<PersonRow> = {
	group: (id) => ({ cls: ["managing-up-group"], attr: { "data-group": id } }),
	key: (row) => row.path,
	draw: renderPerson,
};

function followUpsPage(model: DashboardModel, handlers: DashboardHandlers): ListPage {
	const { followUps } = model;
	const groups = listGroups(followUps.buckets, FOLLOW_UP_LOOK, handlers);
	return { id: "follow-ups", count: followUps.total, tone: followUpsTone(model), groups, hidden: followUps.hidden, more: followUps.more };
}

function peoplePage(model: DashboardModel, handlers: DashboardHandlers): ListPage {
	const { people } = model;
	const count = people.matched === people.total ? people.total : people.matched;
	return { id: "people", count, tone: null, groups: listGroups(people.groups, PEOPLE_LOOK, handlers), hidden: people.hidden, more: people.more };
}

export function showingText(model: DashboardModel): string {
	return `Showing ${model.people.matched} of ${peopleText(model.people.total)}`;
}

export function followUpsTone(model: DashboardModel): Tone | null {
	return model.summary.overdue > 0 ? "danger" : model.summary.dueSoon > 0 ? "warning" : null;
}

/** What makes the follow-ups section more than its rows and counts; when it changes, the section is drawn anew. */
export function followUpsStructure(model: DashboardModel, state: RenderState): unknown {
	return [!state.collapsed.has("follow-ups"), model.followUps.total === 0];
}

export function updateFollowUps(el: Element, model: DashboardModel, handlers: DashboardHandlers): boolean {
	return model.followUps.total > 0 && updateListPage(el, followUpsPage(model, handlers), handlers);
}

/** What makes People more than its rows and counts: the controls, the place bar, the notes above the list. */
export function peopleStructure(model: DashboardModel, state: RenderState): unknown {
	const { people } = model;
	return [!state.collapsed.has("people"), model.options, people.place, people.matched === 0, people.matched < people.total];
}

export function updatePeople(el: Element, model: DashboardModel, handlers: DashboardHandlers): boolean {
	const { people } = model;
	if (people.matched === 0 || !updateListPage(el, peoplePage(model, handlers), handlers)) return false;
	if (people.matched < people.total) setText(sectionBody(el)?.querySelector(":scope > .managing-up-note"), showingText(model));
	return true;
}

export function renderFollowUps(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
	const empty = "Nothing due. Every follow-up and contact is up to date.";
	renderListSection(parent, followUpsPage(model, handlers), "Follow-ups", empty, handlers, state);
}

export function renderControls(parent: HTMLElement, model: DashboardModel, handlers: DashboardHandlers): void {
	const controls = parent.createDiv({ cls: "managing-up-controls" });
	const filter = controls.createEl("input", {
		cls: "managing-up-filter",
		type: "search",
		placeholder: "Filter by name, role, relationship…",
		value: model.options.filter,
		attr: { "aria-label": "Filter people", spellcheck: "false", [FOCUS_KEY]: "filter" },
	});
	// Typing with an input method (Japanese, Chinese…) sends input events mid-word: wait for the word.
	filter.addEventListener("input", (event) => {
		if (event instanceof InputEvent && event.isComposing) return;
		handlers.setFilter(filter.value);
	});
	filter.addEventListener("compositionend", () => handlers.setFilter(filter.value));
	filter.addEventListener("keydown", (event) => {
		if (event.key === "Escape" && filter.value !== "") {
			event.preventDefault();
			event.stopPropagation();
			filter.value = "";
			handlers.setFilter("");
		}
	});

	const selects = controls.createDiv({ cls: "managing-up-selects" });
	const select = <T extends string>(label: string, key: string, options: readonly { value: T; label: string }[], current: T, onChange: (value: T) => void): void => {
		const wrap = selects.createEl("label", { cls: "managing-up-select" });
		wrap.createSpan({ cls: "managing-up-select-label", text: label });
		const el = wrap.createEl("select", { cls: "dropdown", attr: { [FOCUS_KEY]: key } });
		for (const option of options) {
			el.createEl("option", { value: option.value, text: option.label });
		}
		el.value = current;
		el.addEventListener("change", () => {
			const chosen = options.find((o) => o.value === el.value);
			if (chosen) onChange(chosen.value);
		});
	};
	select("Sort", "sort", SORT_OPTIONS, model.options.sort, (v) => handlers.setSort(v));
	select("Group", "group", GROUP_OPTIONS, model.options.group, (v) => handlers.setGroup(v));
}

export function renderPerson(parent: Node, row: PersonRow, handlers: DashboardHandlers): HTMLElement {
	const li = parent.createEl("li", { cls: "managing-up-item managing-up-person", attr: { "data-path": row.path } });
	const name = { text: row.name, title: `Open ${row.path}`, focusKey: `person-name:${row.path}`, cls: "managing-up-person-name" };
	const head = rowHead(li, name, row.path, handlers);
	head.createSpan({ cls: ["managing-up-chip", toneClass(row.chip.tone)], text: row.chip.label });

	const facts = [row.role, row.relationship, row.influenceText].filter((f): f is string => f !== null && f !== "");
	if (facts.length > 0) {
		const meta = li.createDiv({ cls: "managing-up-meta" });
		facts.forEach((fact, i) => {
			if (i > 0) meta.createSpan({ cls: "managing-up-sep", text: " · ", attr: { "aria-hidden": "true" } });
			meta.createSpan({ text: fact });
		});
	}
	const contact = li.createDiv({ cls: "managing-up-meta managing-up-contact" });
	contact.createSpan({ text: row.lastContactText });
	if (row.dueText !== "") {
		contact.createSpan({ cls: "managing-up-sep", text: " · ", attr: { "aria-hidden": "true" } });
		contact.createSpan({ cls: ["managing-up-due", toneClass(row.dueTone)], text: row.dueText });
	}
	if (row.caresAbout.length > 0) {
		li.createDiv({ cls: "managing-up-cares", text: `Cares about: ${row.caresAbout.join(", ")}` });
	}
	if (row.commitmentsText !== null) li.createDiv({ cls: "managing-up-meta managing-up-person-commitments", text: row.commitmentsText });
	const actions = li.createDiv({ cls: "managing-up-actions" });
	const open = actionButton(actions, "Open", `Open ${row.path}`, `person-open:${row.path}`);
	onOpen(open, handlers, row.path);
	const log = actionButton(actions, "Log contact today", `Log contact today: ${row.name}`, `person-log:${row.path}`);
	const buttons = [log];
	const newAgenda = handlers.newAgenda;
	if (newAgenda !== null) {
		const agenda = actionButton(actions, "New 1:1 agenda", `New 1:1 agenda with ${row.name}`, `person-agenda:${row.path}`);
		buttons.push(agenda);
		agenda.addEventListener("click", () => runAction(buttons, () => newAgenda(row.path)));
	}
	log.addEventListener("click", () => runAction(buttons, () => handlers.logContactToday(row.path)));
	return li;
}

export function renderPeople(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
	const { people } = model;
	const page = peoplePage(model, handlers);
	const body = section(parent, "people", "People", page.count, handlers, state);
	renderControls(body, model, handlers);
	if (people.place !== null) {
		const bar = body.createDiv({ cls: "managing-up-place" });
		bar.createSpan({ cls: "managing-up-place-label", text: people.place.label });
		const everyone = bar.createEl("button", {
			cls: "managing-up-action",
			text: "Show everyone",
			attr: { type: "button", "aria-label": "Show everyone, not only this part of the map", [FOCUS_KEY]: PLACE_CLEAR },
		});
		everyone.addEventListener("click", () => handlers.showPlace(null));
	}
	if (people.matched < people.total) {
		body.createDiv({ cls: "managing-up-note", text: showingText(model) });
	}
	if (people.matched === 0) {
		const none = body.createDiv({ cls: "managing-up-note managing-up-no-match" });
		none.createSpan({ text: `No one matches “${model.options.filter.trim()}”. ` });
		const clear = none.createEl("button", { cls: "managing-up-link", text: "Clear the filter", attr: { type: "button" } });
		clear.addEventListener("click", () => handlers.setFilter(""));
		return;
	}
	drawListPage(body, page, handlers);
}

/** renderProblemList draws problems as a list, each a button that opens its note (the dashboard's and the Bases views'). */
export function renderProblemList(parent: HTMLElement, problems: readonly ProblemRow[], handlers: DashboardHandlers): void {
	const list = parent.createEl("ul", { cls: "managing-up-list" });
	problems.forEach((problem, i) => {
		const li = list.createEl("li", { cls: "managing-up-problem-item" });
		const button = li.createEl("button", {
			cls: "managing-up-problem",
			attr: { type: "button", title: `Open ${problem.path}`, [FOCUS_KEY]: `problem:${i}:${problem.path}` },
		});
		button.createDiv({ cls: "managing-up-problem-message", text: problem.message });
		button.createDiv({ cls: "managing-up-problem-path", text: problem.path });
		onOpen(button, handlers, problem.path);
	});
}
