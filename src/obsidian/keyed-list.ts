/**
 * Keyed lists for the dashboard: groups of rows drawn once and then updated in place. A row
 * whose model is unchanged stays where it is, so the browser keeps its layout, and only new or
 * changed rows are drawn; rows are moved as little as possible, since a moved element is laid
 * out again. `owner` is the handlers object a row's listeners call: a row is kept only for the
 * same owner.
 */

/** A row of a list: its key, the JSON of its model, and how to draw it. */
export interface RowSpec {
	key: string;
	inputs: string;
	draw(parent: Node): HTMLElement;
}

/** A group of rows under an optional heading: a follow-up bucket or a group of People. */
export interface GroupSpec {
	id: string;
	cls: string[];
	attr: Record<string, string>;
	heading: string | null;
	count: number;
	rows: RowSpec[];
}

/** What a row on screen was drawn from: equal JSON and the same owner (the handlers its listeners call) draw an equal row. */
interface DrawnRow {
	key: string;
	inputs: string;
	owner: unknown;
}

/** The rows on screen and what each was drawn from; weakly, so a row that leaves takes its entry with it. */
const rowsDrawnFrom = new WeakMap<Element, DrawnRow>();

/** The groups on screen: their id and whether they have a heading. */
const groupsDrawnFrom = new WeakMap<Element, { id: string; heading: boolean }>();

export function drawRow(parent: Node, row: RowSpec, owner: unknown): HTMLElement {
	const el = row.draw(parent);
	rowsDrawnFrom.set(el, { key: row.key, inputs: row.inputs, owner });
	return el;
}

export function drawGroup(parent: Node, group: GroupSpec, owner: unknown): HTMLElement {
	const el = parent.createDiv({ cls: group.cls, attr: group.attr });
	groupsDrawnFrom.set(el, { id: group.id, heading: group.heading !== null });
	if (group.heading !== null) {
		const heading = el.createDiv({ cls: "managing-up-group-heading" });
		heading.createSpan({ text: group.heading });
		heading.createSpan({ cls: "managing-up-group-count", text: String(group.count) });
	}
	if (group.rows.length === 0) return el;
	const list = el.createEl("ul", { cls: "managing-up-list" });
	for (const row of group.rows) drawRow(list, row, owner);
	return el;
}

/** setText changes an element's text only when it differs, so an unchanged element is not laid out again. */
export function setText(el: Element | null | undefined, text: string): void {
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
export function updateGroups(body: HTMLElement, groups: readonly GroupSpec[], owner: unknown, end: Node | null): void {
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
			if (from !== undefined && from.owner === owner && !rows.has(from.key)) rows.set(from.key, row);
		}
	}
	const wanted = groups.map((group): HTMLElement => {
		const el = onScreen.get(group.id);
		if (el === undefined || groupsDrawnFrom.get(el)?.heading !== (group.heading !== null)) return drawGroup(createFragment(), group, owner);
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
			return drawRow(createFragment(), row, owner);
		});
		arrange(list, Array.from(list.children), items, null);
		return el;
	});
	arrange(body, current, wanted, end);
}

