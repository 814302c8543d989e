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
import {
	FOCUS_KEY,
	PLACE_CLEAR,
	actionButton,
	onOpen,
	runAction,
	section,
	sectionBody,
	showMore,
	toneClass,
	updateCount,
	updateShowMore,
} from "./dom";
import { drawGroup, setText, updateGroups, type GroupSpec } from "./keyed-list";
import type { DashboardHandlers, RenderState } from "./render-types";

/** The dashboard's two long lists, Follow-ups and People: drawn once, then updated in place. */

export function renderFollowUp(parent: Node, row: FollowUpRow, handlers: DashboardHandlers): HTMLElement {
	const li = parent.createEl("li", { cls: "managing-up-item managing-up-follow-up", attr: { "data-key": row.key } });
	const main = li.createDiv({ cls: "managing-up-item-main" });
	const name = main.createEl("button", {
		cls: "managing-up-link",
		text: row.person,
		attr: { type: "button", title: `Open ${row.item.path}`, [FOCUS_KEY]: `follow-up-name:${row.key}` },
	});
	onOpen(name, handlers, row.item.personPath ?? row.item.path);
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

export function followUpGroups(model: DashboardModel, handlers: DashboardHandlers): GroupSpec[] {
	return model.followUps.buckets.map((bucket) => ({
		id: bucket.id,
		cls: ["managing-up-group", `managing-up-bucket-${bucket.id}`],
		attr: {},
		heading: bucket.heading,
		count: bucket.count,
		rows: bucket.rows.map((row) => ({ key: row.key, inputs: JSON.stringify(row), draw: (parent) => renderFollowUp(parent, row, handlers) })),
	}));
}

export function peopleGroups(model: DashboardModel, handlers: DashboardHandlers): GroupSpec[] {
	return model.people.groups.map((group) => ({
		id: group.id,
		cls: ["managing-up-group"],
		attr: { "data-group": group.id },
		heading: group.heading,
		count: group.count,
		rows: group.rows.map((row) => ({ key: row.path, inputs: JSON.stringify(row), draw: (parent) => renderPerson(parent, row, handlers) })),
	}));
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
	const body = sectionBody(el);
	if (body === null || model.followUps.total === 0) return false;
	updateCount(el, model.followUps.total, followUpsTone(model));
	const end = updateShowMore(body, model.followUps.hidden, model.followUps.more, "follow-ups", handlers);
	updateGroups(body, followUpGroups(model, handlers), handlers, end);
	return true;
}

/** What makes People more than its rows and counts: the controls, the place bar, the notes above the list. */
export function peopleStructure(model: DashboardModel, state: RenderState): unknown {
	const { people } = model;
	return [!state.collapsed.has("people"), model.options, people.place, people.matched === 0, people.matched < people.total];
}

export function updatePeople(el: Element, model: DashboardModel, handlers: DashboardHandlers): boolean {
	const { people } = model;
	const body = sectionBody(el);
	if (body === null || people.matched === 0) return false;
	updateCount(el, people.matched === people.total ? people.total : people.matched, null);
	if (people.matched < people.total) setText(body.querySelector(":scope > .managing-up-note"), showingText(model));
	const end = updateShowMore(body, people.hidden, people.more, "people", handlers);
	updateGroups(body, peopleGroups(model, handlers), handlers, end);
	return true;
}

export function renderFollowUps(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
	const { followUps } = model;
	const body = section(parent, "follow-ups", "Follow-ups", followUps.total, handlers, state, followUpsTone(model));
	if (followUps.total === 0) {
		body.createDiv({ cls: "managing-up-note", text: "Nothing due. Every follow-up and contact is up to date." });
		return;
	}
	for (const group of followUpGroups(model, handlers)) drawGroup(body, group, handlers);
	showMore(body, followUps.hidden, followUps.more, "follow-ups", handlers);
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
	const head = li.createDiv({ cls: "managing-up-item-main" });
	const name = head.createEl("button", {
		cls: "managing-up-link managing-up-person-name",
		text: row.name,
		attr: { type: "button", title: `Open ${row.path}`, [FOCUS_KEY]: `person-name:${row.path}` },
	});
	onOpen(name, handlers, row.path);
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
	const count = people.matched === people.total ? people.total : people.matched;
	const body = section(parent, "people", "People", count, handlers, state);
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
	for (const group of peopleGroups(model, handlers)) drawGroup(body, group, handlers);
	showMore(body, people.hidden, people.more, "people", handlers);
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
