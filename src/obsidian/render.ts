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

function renderFollowUp(parent: Node, row: FollowUpRow, handlers: DashboardHandlers): HTMLElement {
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

/** showMore adds a "Show 25 more" button under a list that has rows beyond its page; it keeps focus across the redraw. */
function showMore(parent: HTMLElement, hidden: number, more: number, sectionId: PagedSection, handlers: DashboardHandlers): HTMLElement | null {
	if (hidden <= 0) return null;
	const button = parent.createEl("button", {
		cls: "managing-up-show-more",
		text: showMoreText(hidden, more),
		attr: { type: "button", [FOCUS_KEY]: `show-more:${sectionId}` },
	});
	button.addEventListener("click", () => handlers.showMore(sectionId));
	return button;
}

function showMoreText(hidden: number, more: number): string {
	return `Show ${more} more (${hidden} not shown)`;
}

/*
 * The two long lists (follow-ups and People) are updated in place after a change that leaves
 * their structure as it was: a row whose model is unchanged stays where it is, so the browser
 * keeps its layout, and only new or changed rows are drawn. Moving an element makes the browser
 * lay it out again, so rows are moved as little as possible.
 */

/** A row of a list: its key, the JSON of its model, and how to draw it. */
interface RowSpec {
	key: string;
	inputs: string;
	draw(parent: Node): HTMLElement;
}

/** A group of rows under an optional heading: a follow-up bucket or a group of People. */
interface GroupSpec {
	id: string;
	cls: string[];
	attr: Record<string, string>;
	heading: string | null;
	count: number;
	rows: RowSpec[];
}

/** What a row on screen was drawn from: equal JSON and equal handlers draw an equal row with equal listeners. */
interface DrawnRow {
	key: string;
	inputs: string;
	handlers: DashboardHandlers;
}

/** The rows on screen and what each was drawn from; weakly, so a row that leaves takes its entry with it. */
const rowsDrawnFrom = new WeakMap<Element, DrawnRow>();

/** The groups on screen: their id and whether they have a heading. */
const groupsDrawnFrom = new WeakMap<Element, { id: string; heading: boolean }>();

function drawRow(parent: Node, row: RowSpec, handlers: DashboardHandlers): HTMLElement {
	const el = row.draw(parent);
	rowsDrawnFrom.set(el, { key: row.key, inputs: row.inputs, handlers });
	return el;
}

function drawGroup(parent: Node, group: GroupSpec, handlers: DashboardHandlers): HTMLElement {
	const el = parent.createDiv({ cls: group.cls, attr: group.attr });
	groupsDrawnFrom.set(el, { id: group.id, heading: group.heading !== null });
	if (group.heading !== null) {
		const heading = el.createDiv({ cls: "managing-up-group-heading" });
		heading.createSpan({ text: group.heading });
		heading.createSpan({ cls: "managing-up-group-count", text: String(group.count) });
	}
	if (group.rows.length === 0) return el;
	const list = el.createEl("ul", { cls: "managing-up-list" });
	for (const row of group.rows) drawRow(list, row, handlers);
	return el;
}

function followUpGroups(model: DashboardModel, handlers: DashboardHandlers): GroupSpec[] {
	return model.followUps.buckets.map((bucket) => ({
		id: bucket.id,
		cls: ["managing-up-group", `managing-up-bucket-${bucket.id}`],
		attr: {},
		heading: bucket.heading,
		count: bucket.count,
		rows: bucket.rows.map((row) => ({ key: row.key, inputs: JSON.stringify(row), draw: (parent) => renderFollowUp(parent, row, handlers) })),
	}));
}

function peopleGroups(model: DashboardModel, handlers: DashboardHandlers): GroupSpec[] {
	return model.people.groups.map((group) => ({
		id: group.id,
		cls: ["managing-up-group"],
		attr: { "data-group": group.id },
		heading: group.heading,
		count: group.count,
		rows: group.rows.map((row) => ({ key: row.path, inputs: JSON.stringify(row), draw: (parent) => renderPerson(parent, row, handlers) })),
	}));
}

function showingText(model: DashboardModel): string {
	return `Showing ${model.people.matched} of ${peopleCount(model.people.total)}`;
}

function followUpsTone(model: DashboardModel): Tone | null {
	return model.summary.overdue > 0 ? "danger" : model.summary.dueSoon > 0 ? "warning" : null;
}

/** setText changes an element's text only when it differs, so an unchanged element is not laid out again. */
function setText(el: Element | null | undefined, text: string): void {
	if (el && el.textContent !== text) el.setText(text);
}

/**
 * longestRun returns the indexes of a longest increasing subsequence of `positions`: the
 * elements that can stay where they are while the others move around them.
 */
function longestRun(positions: readonly number[]): Set<number> {
	// tails[k]: index of the smallest last position of a run of length k + 1; previous[i]: the index before i in its run.
	const tails: number[] = [];
	const previous: number[] = [];
	positions.forEach((position, i) => {
		let lo = 0;
		let hi = tails.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((positions[tails[mid] ?? 0] ?? 0) < position) lo = mid + 1;
			else hi = mid;
		}
		previous[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
		tails[lo] = i;
	});
	const run = new Set<number>();
	for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) run.add(i);
	return run;
}

/**
 * arrange makes `wanted` the children of `parent` that `current` held, in order, just before
 * `end`: it removes the current ones not wanted, leaves the longest run of those already in
 * order where they are, and inserts the rest.
 */
function arrange(parent: Element, current: readonly Element[], wanted: readonly Element[], end: Node | null): void {
	const position = new Map<Element, number>();
	wanted.forEach((el, i) => position.set(el, i));
	const staying: Element[] = [];
	for (const el of current) {
		if (el.parentNode !== parent) continue;
		if (position.has(el)) staying.push(el);
		else el.remove();
	}
	const run = longestRun(staying.map((el) => position.get(el) ?? 0));
	const still = new Set(staying.filter((_, i) => run.has(i)));
	let next = end;
	for (let i = wanted.length - 1; i >= 0; i--) {
		const el = wanted[i];
		if (el === undefined) continue;
		if (!still.has(el)) parent.insertBefore(el, next);
		next = el;
	}
}

/** updateGroups makes a section body's groups those given, before `end`: unchanged rows and groups stay, the rest is drawn. */
function updateGroups(body: HTMLElement, groups: readonly GroupSpec[], handlers: DashboardHandlers, end: Node | null): void {
	const current: HTMLElement[] = [];
	const onScreen = new Map<string, HTMLElement>();
	const rows = new Map<string, Element>();
	for (const child of Array.from(body.children)) {
		const drawn = groupsDrawnFrom.get(child);
		if (drawn === undefined || !child.instanceOf(HTMLElement)) continue;
		current.push(child);
		onScreen.set(drawn.id, child);
		const list = child.querySelector(":scope > .managing-up-list");
		for (const row of Array.from(list?.children ?? [])) {
			const from = rowsDrawnFrom.get(row);
			if (from !== undefined && from.handlers === handlers && !rows.has(from.key)) rows.set(from.key, row);
		}
	}
	const wanted = groups.map((group): HTMLElement => {
		const el = onScreen.get(group.id);
		if (el === undefined || groupsDrawnFrom.get(el)?.heading !== (group.heading !== null)) return drawGroup(createFragment(), group, handlers);
		onScreen.delete(group.id);
		if (group.heading !== null) {
			const heading = el.querySelector(":scope > .managing-up-group-heading");
			setText(heading?.children[0], group.heading);
			setText(heading?.children[1], String(group.count));
		}
		let list = el.querySelector(":scope > .managing-up-list");
		if (group.rows.length === 0) {
			list?.remove();
			return el;
		}
		list ??= el.createEl("ul", { cls: "managing-up-list" });
		const items = group.rows.map((row): Element => {
			const kept = rows.get(row.key);
			if (kept !== undefined && rowsDrawnFrom.get(kept)?.inputs === row.inputs) {
				rows.delete(row.key);
				return kept;
			}
			return drawRow(createFragment(), row, handlers);
		});
		arrange(list, Array.from(list.children), items, null);
		return el;
	});
	arrange(body, current, wanted, end);
}

/** updateShowMore updates, adds or removes a section's "Show more" and returns it. */
function updateShowMore(body: HTMLElement, hidden: number, more: number, sectionId: PagedSection, handlers: DashboardHandlers): HTMLElement | null {
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
function updateCount(el: Element, count: number, tone: Tone | null): void {
	const badge = el.querySelector(":scope > .managing-up-section-header > .managing-up-count");
	if (badge === null) return;
	setText(badge, String(count));
	for (const t of ["danger", "warning", "success", "muted", "accent"] as const) {
		if (t !== tone && badge.hasClass(toneClass(t))) badge.removeClass(toneClass(t));
	}
	if (tone !== null && !badge.hasClass(toneClass(tone))) badge.addClass(toneClass(tone));
}

function sectionBody(el: Element): HTMLElement | null {
	return el.querySelector<HTMLElement>(":scope > .managing-up-section-body");
}

/** What makes the follow-ups section more than its rows and counts; when it changes, the section is drawn anew. */
function followUpsStructure(model: DashboardModel, state: RenderState): unknown {
	return [!state.collapsed.has("follow-ups"), model.followUps.total === 0];
}

function updateFollowUps(el: Element, model: DashboardModel, handlers: DashboardHandlers): boolean {
	const body = sectionBody(el);
	if (body === null || model.followUps.total === 0) return false;
	updateCount(el, model.followUps.total, followUpsTone(model));
	const end = updateShowMore(body, model.followUps.hidden, model.followUps.more, "follow-ups", handlers);
	updateGroups(body, followUpGroups(model, handlers), handlers, end);
	return true;
}

/** What makes People more than its rows and counts: the controls, the place bar, the notes above the list. */
function peopleStructure(model: DashboardModel, state: RenderState): unknown {
	const { people } = model;
	return [!state.collapsed.has("people"), model.options, people.place, people.matched === 0, people.matched < people.total];
}

function updatePeople(el: Element, model: DashboardModel, handlers: DashboardHandlers): boolean {
	const { people } = model;
	const body = sectionBody(el);
	if (body === null || people.matched === 0) return false;
	updateCount(el, people.matched === people.total ? people.total : people.matched, null);
	if (people.matched < people.total) setText(body.querySelector(":scope > .managing-up-note"), showingText(model));
	const end = updateShowMore(body, people.hidden, people.more, "people", handlers);
	updateGroups(body, peopleGroups(model, handlers), handlers, end);
	return true;
}

function renderFollowUps(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
	const { followUps } = model;
	const body = section(parent, "follow-ups", "Follow-ups", followUps.total, handlers, state, followUpsTone(model));
	if (followUps.total === 0) {
		body.createDiv({ cls: "managing-up-note", text: "Nothing due. Every follow-up and contact is up to date." });
		return;
	}
	for (const group of followUpGroups(model, handlers)) drawGroup(body, group, handlers);
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

function renderPerson(parent: Node, row: PersonRow, handlers: DashboardHandlers): HTMLElement {
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
	return li;
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
	/** The JSON of what the part's structure was drawn from; null for a part always drawn anew when its inputs change. */
	structure: string | null;
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
	/**
	 * A part with a structure is updated in place by `update` when only its inputs changed and
	 * its structure did not; `update` returns false when it cannot, and the part is drawn anew.
	 */
	structure?: unknown;
	update?(el: Element): boolean;
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
			structure: followUpsStructure(model, state),
			update: (el) => updateFollowUps(el, model, handlers),
		},
		{
			id: "people",
			inputs: [model.people, model.options, open("people")],
			draw: (parent) => renderPeople(parent, model, handlers, state),
			structure: peopleStructure(model, state),
			update: (el) => updatePeople(el, model, handlers),
		},
		{ id: "map", inputs: [model.map, model.options.place, open("map")], draw: (parent) => renderMap(parent, model, handlers, state) },
		problems,
	];
}

/**
 * renderDashboard draws the dashboard from a view model into a container and keeps the
 * focused control (with its caret) and the scroll position. A part whose inputs did not change
 * since the last drawing (often the map and the problems after one property change) is kept
 * as it is, so the browser does not lay it out again. The follow-ups and People are updated in
 * place when only their rows and counts changed: an unchanged row stays where it is. The other
 * parts are drawn anew. Only the first page of each long list and a few dots per map cell are
 * in the model, so a redraw costs about the same for 10 or 10,000 people.
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
		const structure = part.structure === undefined ? null : JSON.stringify(part.structure);
		const before = previous.get(part.id);
		const drawn = before === undefined ? undefined : drawnFrom.get(before);
		if (before !== undefined && drawn?.inputs === inputs) {
			next.push(before);
			continue;
		}
		// Only rows and counts changed: update the part where it is.
		if (before !== undefined && structure !== null && drawn?.structure === structure && part.update?.(before) === true) {
			drawnFrom.set(before, { id: part.id, inputs, structure, handlers });
			next.push(before);
			continue;
		}
		const fragment = createFragment();
		part.draw(fragment);
		const el = fragment.firstElementChild;
		if (el === null) continue;
		drawnFrom.set(el, { id: part.id, inputs, structure, handlers });
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
