import type { DashboardModel, Tone } from "../core/viewmodel";
import { peopleText, plural } from "../core/words";
import { FOCUS_KEY, runAction, section, showMore, toneClass } from "./dom";
import { followUpsStructure, peopleStructure, renderFollowUps, renderPeople, renderProblemList, updateFollowUps, updatePeople } from "./render-lists";
import { renderFound, renderWithoutNote } from "./render-found";
import { commitmentsStructure, renderCommitments, updateCommitments } from "./render-commitments";
import { renderMap } from "./render-map";
import { renderOrg } from "./render-org";
import type { DashboardHandlers, RenderState, SectionId } from "./render-types";

// The types of the dashboard's drawing live in render-types.ts, which every part imports;
// they are re-exported here for the view, which draws through renderDashboard.
export type { DashboardHandlers, PagedSection, RenderState, SectionId } from "./render-types";

/**
 * The dashboard's DOM, drawn from a view model with Obsidian's DOM helpers (`createEl`,
 * `createDiv`, `empty`) and CSS classes only. Nothing here imports `obsidian` at run time, so
 * the browser tests draw it in plain Chromium with fake handlers.
 */

/** Where the empty state sends people who cannot create a stakeholder from the view: Obsidian's own help on properties. */
export const HELP_URL = "https://help.obsidian.md/properties";

function renderSummary(parent: Node, model: DashboardModel): void {
	const summary = parent.createDiv({ cls: "managing-up-summary" });
	const item = (text: string, tone: Tone | null): void => {
		const el = summary.createSpan({ cls: "managing-up-summary-item", text });
		if (tone !== null) el.addClass(toneClass(tone));
	};
	if (model.summary.overdue > 0) item(`${model.summary.overdue} overdue`, "danger");
	if (model.summary.dueSoon > 0) item(`${model.summary.dueSoon} due soon`, "warning");
	if (model.summary.overdue === 0 && model.summary.dueSoon === 0) item("All caught up", "success");
	item(peopleText(model.summary.people), null);
	if (model.summary.problems > 0) item(plural(model.summary.problems, "problem"), "warning");
}

function renderProblems(parent: Node, model: DashboardModel, handlers: DashboardHandlers, state: RenderState): void {
	const total = model.problems.length + model.problemsHidden;
	const body = section(parent, "problems", "Problems", total, handlers, state, total > 0 ? "warning" : null);
	if (total === 0) {
		body.createDiv({ cls: "managing-up-note", text: "Every property reads fine." });
		return;
	}
	renderProblemList(body, model.problems, handlers);
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
	const { found, withoutNote, org } = model;
	const foundPart: Part[] = found === undefined ? [] : [{ id: "found", inputs: found, draw: (parent) => renderFound(parent, found, handlers) }];
	const withoutNotePart: Part[] =
		withoutNote === undefined || withoutNote.total === 0
			? []
			: [
					{
						id: "without-note",
						inputs: [withoutNote, open("without-note")],
						draw: (parent) => renderWithoutNote(parent, withoutNote, handlers, state),
					},
				];
	if (model.empty) {
		const empty: Part = { id: "empty", inputs: model.peopleFolders, draw: (parent) => renderEmpty(parent, model, handlers) };
		return [...foundPart, empty, ...withoutNotePart, ...(model.problems.length > 0 ? [problems] : [])];
	}
	return [
		...foundPart,
		{ id: "summary", inputs: model.summary, draw: (parent) => renderSummary(parent, model) },
		{
			id: "follow-ups",
			inputs: [model.followUps, model.summary.overdue, model.summary.dueSoon, open("follow-ups")],
			draw: (parent) => renderFollowUps(parent, model, handlers, state),
			structure: followUpsStructure(model, state),
			update: (el) => updateFollowUps(el, model, handlers),
		},
		// Shown once a 1:1 note holds a commitment: a vault without any reads as before.
		...(model.commitments.total === 0
			? []
			: [
					{
						id: "commitments",
						inputs: [model.commitments, open("commitments")],
						draw: (parent: DocumentFragment) => renderCommitments(parent, model, handlers, state),
						structure: commitmentsStructure(model, state),
						update: (el: Element) => updateCommitments(el, model, handlers),
					},
				]),
		{
			id: "people",
			inputs: [model.people, model.options, open("people")],
			draw: (parent) => renderPeople(parent, model, handlers, state),
			structure: peopleStructure(model, state),
			update: (el) => updatePeople(el, model, handlers),
		},
		...(org === undefined ? [] : [{ id: "org", inputs: [org, open("org")], draw: (parent: DocumentFragment) => renderOrg(parent, org, handlers, state) }]),
		...withoutNotePart,
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
	const all = parts(model, handlers, state);
	const people = all.findIndex((part) => part.id === "people");
	for (const part of state.firstScreen === true && people >= 0 ? all.slice(0, people) : all) {
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

