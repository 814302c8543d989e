import type { FollowUp } from "../core/types";
import {
	GROUP_OPTIONS,
	SORT_OPTIONS,
	type DashboardModel,
	type FollowUpRow,
	type GroupKey,
	type MapCell,
	type MapPlace,
	type PersonRow,
	type SortKey,
	type Tone,
} from "../core/viewmodel";

/**
 * The dashboard's DOM, drawn from a view model with Obsidian's DOM helpers (`createEl`,
 * `createDiv`, `empty`) and CSS classes only. Nothing here imports `obsidian` at run time, so
 * the browser tests draw it in plain Chromium with fake handlers.
 */

/** Where the empty state sends people who cannot create a stakeholder from the view: Obsidian's own help on properties. */
export const HELP_URL = "https://help.obsidian.md/properties";

/** The collapsible sections of the dashboard. */
export type SectionId = "follow-ups" | "people" | "map" | "problems";

/** The lists drawn a page at a time. */
export type PagedSection = "people" | "follow-ups" | "problems";

/** What a handler may return: the row's buttons stay disabled until a returned promise settles. */
type Action = void | Promise<void>;

/** DashboardHandlers are what the dashboard's controls do; the view wires them to the host. */
export interface DashboardHandlers {
	/** Opens a note; `newLeaf` when the user Ctrl/Cmd- or middle-clicked. */
	openNote(path: string, newLeaf: boolean): Action;
	completeFollowUp(item: FollowUp): Action;
	snoozeFollowUp(item: FollowUp): Action;
	logContactToday(personPath: string): Action;
	/** Null hides the "New 1:1 agenda" action. */
	newAgenda: ((personPath: string) => Action) | null;
	/** Null shows a link to the README instead of the "New stakeholder" button. */
	newStakeholder: (() => Action) | null;
	setFilter(filter: string): void;
	setSort(sort: SortKey): void;
	setGroup(group: GroupKey): void;
	/** Adds the next page of a list. */
	showMore(section: PagedSection): void;
	/** Narrows People to one part of the map (a cell's "+N more"), or back to everyone with null. */
	showPlace(place: MapPlace | null): void;
	/** Called after a section was opened or closed, so the view can remember it. */
	toggleSection(section: SectionId, open: boolean): void;
}

/** State of the view that the model does not hold. */
export interface RenderState {
	/** Sections the user closed. */
	collapsed: ReadonlySet<SectionId>;
}

const FOCUS_KEY = "data-managing-up-focus";
/** The focus key of the "Show everyone" button above a People list narrowed to part of the map. */
const PLACE_CLEAR = "place-clear";

function toneClass(tone: Tone): string {
	return `mod-${tone}`;
}

function pluralise(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** peopleCount counts persons: "1 person", "12 people". */
function peopleCount(n: number): string {
	return n === 1 ? "1 person" : `${n} people`;
}

/** runAction calls a handler and keeps the buttons disabled while its promise is pending. */
function runAction(buttons: HTMLButtonElement[], action: () => Action): void {
	const result = action();
	if (!(result instanceof Promise)) return;
	for (const b of buttons) b.disabled = true;
	const enable = (): void => {
		for (const b of buttons) b.disabled = false;
	};
	// The view reports failures; here only the buttons come back.
	result.then(enable, enable);
}

function wantsNewLeaf(event: MouseEvent): boolean {
	return event.ctrlKey || event.metaKey || event.button === 1;
}

/** onOpen makes an element open a note on click, Ctrl/Cmd-click and middle click. */
function onOpen(el: HTMLElement, handlers: DashboardHandlers, path: string): void {
	el.addEventListener("click", (event) => {
		void handlers.openNote(path, wantsNewLeaf(event));
	});
	el.addEventListener("auxclick", (event) => {
		if (event.button === 1) void handlers.openNote(path, true);
	});
}

function actionButton(parent: HTMLElement, label: string, title: string, focusKey: string): HTMLButtonElement {
	return parent.createEl("button", {
		cls: "managing-up-action",
		text: label,
		attr: { type: "button", "aria-label": title, [FOCUS_KEY]: focusKey },
	});
}

function section(
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

function renderSummary(parent: Node, model: DashboardModel): void {
	const summary = parent.createDiv({ cls: "managing-up-summary" });
	const item = (text: string, tone: Tone | null): void => {
		const el = summary.createSpan({ cls: "managing-up-summary-item", text });
		if (tone !== null) el.addClass(toneClass(tone));
	};
	if (model.summary.overdue > 0) item(`${model.summary.overdue} overdue`, "danger");
	if (model.summary.dueSoon > 0) item(`${model.summary.dueSoon} due soon`, "warning");
	if (model.summary.overdue === 0 && model.summary.dueSoon === 0) item("All caught up", "success");
	item(peopleCount(model.summary.people), null);
	if (model.summary.problems > 0) item(pluralise(model.summary.problems, "problem"), "warning");
}

function renderFollowUp(list: HTMLElement, row: FollowUpRow, handlers: DashboardHandlers): void {
	const li = list.createEl("li", { cls: "managing-up-item managing-up-follow-up", attr: { "data-key": row.key } });
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
}

/** showMore adds a "Show 25 more" button under a list that has rows beyond its page; it keeps focus across the redraw. */
function showMore(parent: HTMLElement, hidden: number, more: number, sectionId: PagedSection, handlers: DashboardHandlers): void {
	if (hidden <= 0) return;
	const button = parent.createEl("button", {
		cls: "managing-up-show-more",
		text: `Show ${more} more (${hidden} not shown)`,
		attr: { type: "button", [FOCUS_KEY]: `show-more:${sectionId}` },
	});
	button.addEventListener("click", () => handlers.showMore(sectionId));
}

function renderFollowUps(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
	const { followUps } = model;
	const tone: Tone | null = model.summary.overdue > 0 ? "danger" : model.summary.dueSoon > 0 ? "warning" : null;
	const body = section(parent, "follow-ups", "Follow-ups", followUps.total, handlers, state, tone);
	if (followUps.total === 0) {
		body.createDiv({ cls: "managing-up-note", text: "Nothing due. Every follow-up and contact is up to date." });
		return;
	}
	for (const bucket of followUps.buckets) {
		const group = body.createDiv({ cls: ["managing-up-group", `managing-up-bucket-${bucket.id}`] });
		const heading = group.createDiv({ cls: "managing-up-group-heading" });
		heading.createSpan({ text: bucket.heading });
		heading.createSpan({ cls: "managing-up-group-count", text: String(bucket.count) });
		if (bucket.rows.length === 0) continue;
		const list = group.createEl("ul", { cls: "managing-up-list" });
		for (const row of bucket.rows) renderFollowUp(list, row, handlers);
	}
	showMore(body, followUps.hidden, followUps.more, "follow-ups", handlers);
}

function renderControls(parent: HTMLElement, model: DashboardModel, handlers: DashboardHandlers): void {
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

function renderPerson(list: HTMLElement, row: PersonRow, handlers: DashboardHandlers): void {
	const li = list.createEl("li", { cls: "managing-up-item managing-up-person", attr: { "data-path": row.path } });
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
	const actions = li.createDiv({ cls: "managing-up-actions" });
	const open = actionButton(actions, "Open", `Open ${row.path}`, `person-open:${row.path}`);
	onOpen(open, handlers, row.path);
	const log = actionButton(actions, "Log contact today", `Set last-contact of ${row.name} to today`, `person-log:${row.path}`);
	const buttons = [log];
	const newAgenda = handlers.newAgenda;
	if (newAgenda !== null) {
		const agenda = actionButton(actions, "New 1:1 agenda", `New 1:1 agenda with ${row.name}`, `person-agenda:${row.path}`);
		buttons.push(agenda);
		agenda.addEventListener("click", () => runAction(buttons, () => newAgenda(row.path)));
	}
	log.addEventListener("click", () => runAction(buttons, () => handlers.logContactToday(row.path)));
}

function renderPeople(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
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
		body.createDiv({ cls: "managing-up-note", text: `Showing ${people.matched} of ${peopleCount(people.total)}` });
	}
	if (people.matched === 0) {
		const none = body.createDiv({ cls: "managing-up-note managing-up-no-match" });
		none.createSpan({ text: `No one matches “${model.options.filter.trim()}”. ` });
		const clear = none.createEl("button", { cls: "managing-up-link", text: "Clear the filter", attr: { type: "button" } });
		clear.addEventListener("click", () => handlers.setFilter(""));
		return;
	}
	for (const group of people.groups) {
		const el = body.createDiv({ cls: "managing-up-group", attr: { "data-group": group.id } });
		if (group.heading !== null) {
			const heading = el.createDiv({ cls: "managing-up-group-heading" });
			heading.createSpan({ text: group.heading });
			heading.createSpan({ cls: "managing-up-group-count", text: String(group.count) });
		}
		if (group.rows.length === 0) continue;
		const list = el.createEl("ul", { cls: "managing-up-list" });
		for (const row of group.rows) renderPerson(list, row, handlers);
	}
	showMore(body, people.hidden, people.more, "people", handlers);
}

/**
 * placeButton draws a "+N more" that lists a part of the map in People. The view redraws at
 * once, so focus then moves to the new list's "Show everyone", which scrolls People into view.
 */
function placeButton(parent: HTMLElement, place: MapPlace, title: string, hidden: number, handlers: DashboardHandlers): void {
	const button = parent.createEl("button", {
		cls: "managing-up-map-more",
		text: `+${hidden} more`,
		attr: { type: "button", title, "aria-label": title, [FOCUS_KEY]: `map-more:${place}` },
	});
	button.addEventListener("click", () => {
		const root = button.closest(".managing-up-dashboard");
		handlers.showPlace(place);
		root?.querySelector<HTMLElement>(`[${FOCUS_KEY}="${PLACE_CLEAR}"]`)?.focus();
	});
}

function renderCell(parent: HTMLElement, cell: MapCell, selected: boolean, handlers: DashboardHandlers): void {
	const el = parent.createDiv({
		cls: ["managing-up-map-cell", `managing-up-map-${cell.influence}-${cell.interest}`],
		attr: { role: "group", "aria-label": `${cell.quadrant ?? "Between strategies"}: ${cell.influence} influence, ${cell.interest} interest` },
	});
	if (selected) el.addClass("is-selected");
	if (cell.quadrant !== null) {
		el.addClass("is-quadrant");
		el.createDiv({ cls: "managing-up-map-quadrant", text: cell.quadrant });
	}
	const dots = el.createDiv({ cls: "managing-up-map-dots" });
	for (const dot of cell.dots) {
		const button = dots.createEl("button", {
			cls: "managing-up-dot",
			attr: { type: "button", title: dot.title, "aria-label": dot.title, [FOCUS_KEY]: `dot:${dot.path}` },
		});
		button.createSpan({ cls: ["managing-up-dot-mark", toneClass(dot.tone)], attr: { "aria-hidden": "true" } });
		button.createSpan({ cls: "managing-up-dot-label", text: dot.label });
		onOpen(button, handlers, dot.path);
	}
	if (cell.hidden > 0) {
		const title = `List all ${peopleCount(cell.dots.length + cell.hidden)} in ${cell.label} under People`;
		placeButton(dots, cell.place, title, cell.hidden, handlers);
	}
}

function renderMap(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
	const { map } = model;
	const body = section(parent, "map", "Map", null, handlers, state);
	const grid = body.createDiv({ cls: "managing-up-map", attr: { role: "group", "aria-label": "Influence and interest map" } });
	grid.createDiv({ cls: "managing-up-map-axis managing-up-map-axis-y", text: "Influence" });
	for (const row of map.rows) {
		grid.createDiv({ cls: "managing-up-map-row-label", text: row.label });
		for (const cell of row.cells) renderCell(grid, cell, model.options.place === cell.place, handlers);
	}
	grid.createDiv({ cls: "managing-up-map-corner" });
	grid.createDiv({ cls: "managing-up-map-corner" });
	for (const column of map.columns) grid.createDiv({ cls: "managing-up-map-column-label", text: column.label });
	grid.createDiv({ cls: "managing-up-map-corner" });
	grid.createDiv({ cls: "managing-up-map-corner" });
	grid.createDiv({ cls: "managing-up-map-axis managing-up-map-axis-x", text: "Interest" });

	if (map.unplacedCount > 0) {
		const aside = body.createDiv({ cls: "managing-up-map-unplaced" });
		aside.createDiv({
			cls: "managing-up-group-heading",
			text: `Not on the map: ${peopleCount(map.unplacedCount)} without influence and interest`,
		});
		const list = aside.createEl("ul", { cls: "managing-up-unplaced-list" });
		for (const person of map.unplaced) {
			const li = list.createEl("li");
			const button = li.createEl("button", {
				cls: "managing-up-link",
				text: person.label,
				attr: { type: "button", title: `Open ${person.path}`, [FOCUS_KEY]: `unplaced:${person.path}` },
			});
			onOpen(button, handlers, person.path);
			li.createSpan({ cls: "managing-up-muted", text: ` (${person.missing})` });
		}
		if (map.unplacedCount > map.unplaced.length) {
			placeButton(aside, "unplaced", `List all ${peopleCount(map.unplacedCount)} not on the map under People`, map.unplacedCount - map.unplaced.length, handlers);
		}
	}
}

function renderProblems(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
	const total = model.problems.length + model.problemsHidden;
	const body = section(parent, "problems", "Problems", total, handlers, state, total > 0 ? "warning" : null);
	if (total === 0) {
		body.createDiv({ cls: "managing-up-note", text: "Every property reads fine." });
		return;
	}
	const list = body.createEl("ul", { cls: "managing-up-list" });
	model.problems.forEach((problem, i) => {
		const li = list.createEl("li", { cls: "managing-up-problem-item" });
		const button = li.createEl("button", {
			cls: "managing-up-problem",
			attr: { type: "button", title: `Open ${problem.path}`, [FOCUS_KEY]: `problem:${i}:${problem.path}` },
		});
		button.createDiv({ cls: "managing-up-problem-message", text: problem.message });
		button.createDiv({ cls: "managing-up-problem-path", text: problem.path });
		onOpen(button, handlers, problem.path);
	});
	showMore(body, model.problemsHidden, model.problemsMore, "problems", handlers);
}

const EXAMPLE = ["---", "person: Jane Doe", "relationship: manager", "influence: high", "last-contact: 2026-11-01", "---"].join("\n");

function renderEmpty(parent: Node, model: DashboardModel, handlers: DashboardHandlers): void {
	const empty = parent.createDiv({ cls: "managing-up-empty" });
	empty.createDiv({ cls: "managing-up-empty-title", text: "No stakeholders yet" });
	empty.createEl("p", {
		text: "A note becomes a stakeholder when its properties name a person. Add these properties to a note about someone you work with:",
	});
	empty.createEl("pre", { cls: "managing-up-example" }).createEl("code", { text: EXAMPLE });
	empty.createEl("p", {
		cls: "managing-up-muted",
		text: "Notes that already have type: person count too. Add interest: low, medium or high to place people on the map.",
	});
	if (model.peopleFolders.length > 0) {
		empty.createEl("p", { cls: "managing-up-muted", text: `Stakeholders are looked for in: ${model.peopleFolders.join(", ")}.` });
	}
	const newStakeholder = handlers.newStakeholder;
	if (newStakeholder !== null) {
		const button = empty.createEl("button", {
			cls: "mod-cta managing-up-new-stakeholder",
			text: "New stakeholder",
			attr: { type: "button", [FOCUS_KEY]: "new-stakeholder" },
		});
		button.addEventListener("click", () => runAction([button], newStakeholder));
	} else {
		empty.createEl("a", { cls: "managing-up-help", text: "How to add properties to a note", href: HELP_URL });
	}
}

/**
 * What renderDashboard keeps across a redraw: which control had focus, and the caret. The
 * scroll position survives by itself as long as nothing reads layout between emptying the
 * container and filling it again; setting scrollTop back would force a full layout on every
 * redraw.
 */
interface Kept {
	focusKey: string | null;
	selection: [number | null, number | null] | null;
}

function keep(container: HTMLElement): Kept {
	const active = container.ownerDocument.activeElement;
	const inside = active instanceof HTMLElement && container.contains(active);
	const focusKey = inside ? active.getAttribute(FOCUS_KEY) : null;
	const selection = inside && active.instanceOf(HTMLInputElement) ? ([active.selectionStart, active.selectionEnd] as [number | null, number | null]) : null;
	return { focusKey, selection };
}

function restore(container: HTMLElement, kept: Kept): void {
	if (kept.focusKey === null) return;
	const target = Array.from(container.querySelectorAll<HTMLElement>(`[${FOCUS_KEY}]`)).find(
		(el) => el.getAttribute(FOCUS_KEY) === kept.focusKey,
	);
	if (!target) return;
	target.focus({ preventScroll: true });
	if (target.instanceOf(HTMLInputElement) && kept.selection !== null) {
		const [start, end] = kept.selection;
		if (start !== null && end !== null) target.setSelectionRange(start, end);
	}
}

/** What a top-level part of the dashboard was drawn from, so an unchanged part is kept as it is. */
interface Drawn {
	id: string;
	/** The part's inputs as JSON: equal inputs draw equal DOM with equal handlers. */
	inputs: string;
	handlers: DashboardHandlers;
}

/**
 * The parts on screen and what each was drawn from. Kept beside the elements rather than in
 * the view, and weakly, so a part that leaves the DOM takes its entry with it.
 */
const drawnFrom = new WeakMap<Element, Drawn>();

/** A top-level part of the dashboard (summary, a section, the empty state) and everything it is drawn from. */
interface Part {
	id: string;
	inputs: unknown;
	draw(parent: DocumentFragment): void;
}

function parts(model: DashboardModel, handlers: DashboardHandlers, state: RenderState): Part[] {
	const open = (id: SectionId): boolean => !state.collapsed.has(id);
	const problems: Part = {
		id: "problems",
		inputs: [model.problems, model.problemsHidden, model.problemsMore, open("problems")],
		draw: (parent) => renderProblems(parent, model, handlers, state),
	};
	if (model.empty) {
		const empty: Part = { id: "empty", inputs: model.peopleFolders, draw: (parent) => renderEmpty(parent, model, handlers) };
		return model.problems.length > 0 ? [empty, problems] : [empty];
	}
	return [
		{ id: "summary", inputs: model.summary, draw: (parent) => renderSummary(parent, model) },
		{
			id: "follow-ups",
			inputs: [model.followUps, model.summary.overdue, model.summary.dueSoon, open("follow-ups")],
			draw: (parent) => renderFollowUps(parent, model, handlers, state),
		},
		{ id: "people", inputs: [model.people, model.options, open("people")], draw: (parent) => renderPeople(parent, model, handlers, state) },
		{ id: "map", inputs: [model.map, model.options.place, open("map")], draw: (parent) => renderMap(parent, model, handlers, state) },
		problems,
	];
}

/**
 * renderDashboard draws the dashboard from a view model into a container and keeps the
 * focused control (with its caret) and the scroll position. A part whose inputs did not change
 * since the last drawing (often the map and the problems after one property change) is kept
 * as it is, so the browser does not lay it out again; the others are drawn anew. Only the
 * first page of each long list and a few dots per map cell are in the model, so a redraw costs
 * about the same for 10 or 10,000 people.
 */
export function renderDashboard(
	container: HTMLElement,
	model: DashboardModel,
	handlers: DashboardHandlers,
	state: RenderState = { collapsed: new Set() },
): void {
	const kept = keep(container);
	container.addClass("managing-up-dashboard");
	const previous = new Map<string, Element>();
	for (const child of Array.from(container.children)) {
		const drawn = drawnFrom.get(child);
		if (drawn !== undefined && drawn.handlers === handlers) previous.set(drawn.id, child);
	}
	const next: Element[] = [];
	for (const part of parts(model, handlers, state)) {
		const inputs = JSON.stringify(part.inputs);
		const before = previous.get(part.id);
		if (before !== undefined && drawnFrom.get(before)?.inputs === inputs) {
			next.push(before);
			continue;
		}
		const fragment = createFragment();
		part.draw(fragment);
		const el = fragment.firstElementChild;
		if (el === null) continue;
		drawnFrom.set(el, { id: part.id, inputs, handlers });
		next.push(el);
	}
	// Remove what goes, then insert what is new before the kept parts: a kept part never moves,
	// since moving an element makes the browser build its layout again.
	const staying = new Set(next);
	for (const child of Array.from(container.childNodes)) if (!(child.instanceOf(Element) && staying.has(child))) child.remove();
	let cursor = container.firstChild;
	for (const el of next) {
		if (el === cursor) cursor = cursor.nextSibling;
		else container.insertBefore(el, cursor);
	}
	restore(container, kept);
}
