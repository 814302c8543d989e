import type { Tone } from "../core/viewmodel";
import { FOCUS_KEY, onOpen, section, sectionBody, showMore, updateCount, updateShowMore } from "./dom";
import { drawGroup, updateGroups, type GroupSpec } from "./keyed-list";
import type { DashboardHandlers, PagedSection, RenderState } from "./render-types";

/**
 * The dashboard's grouped lists (Follow-ups, Commitments, People): rows in groups under
 * headings, one page at a time, drawn once and then updated in place (see keyed-list.ts).
 */

/** A group of rows in the view model: a follow-up bucket, a commitments group, a group of People. */
interface ModelGroup<Row> {
	id: string;
	heading: string | null;
	count: number;
	rows: readonly Row[];
}

/** How a list draws its groups: a group's classes and attributes, each row's key, and how a row is drawn. */
export interface ListLook<Row> {
	group(id: string): Pick<GroupSpec, "cls" | "attr">;
	key(row: Row): string;
	draw(parent: Node, row: Row, handlers: DashboardHandlers): HTMLElement;
}

/** listGroups makes the keyed groups of a list: a row is drawn again only when its JSON changed. */
export function listGroups<Row>(groups: readonly ModelGroup<Row>[], look: ListLook<Row>, handlers: DashboardHandlers): GroupSpec[] {
	return groups.map((group) => ({
		id: group.id,
		...look.group(group.id),
		heading: group.heading,
		count: group.count,
		rows: group.rows.map((row) => ({ key: look.key(row), inputs: JSON.stringify(row), draw: (parent) => look.draw(parent, row, handlers) })),
	}));
}

/** What a list section shows: its count (and the count's tone), its groups, and its page ("Show more"). */
export interface ListPage {
	id: PagedSection;
	count: number;
	tone: Tone | null;
	groups: GroupSpec[];
	hidden: number;
	more: number;
}

/** drawListPage draws a list's groups and its "Show more" into a section's body. */
export function drawListPage(body: HTMLElement, page: ListPage, handlers: DashboardHandlers): void {
	for (const group of page.groups) drawGroup(body, group, handlers);
	showMore(body, page.hidden, page.more, page.id, handlers);
}

/** renderListSection draws a list section: its header with the count, then its page, or `empty` when it has no rows. */
export function renderListSection(parent: Node, page: ListPage, title: string, empty: string, handlers: DashboardHandlers, state: RenderState): void {
	const body = section(parent, page.id, title, page.count, handlers, state, page.tone);
	if (page.count === 0) body.createDiv({ cls: "managing-up-note", text: empty });
	else drawListPage(body, page, handlers);
}

/** updateListPage updates a drawn list section in place: its count, its groups and its "Show more"; false when it has no body. */
export function updateListPage(el: Element, page: ListPage, handlers: DashboardHandlers): boolean {
	const body = sectionBody(el);
	if (body === null) return false;
	updateCount(el, page.count, page.tone);
	const end = updateShowMore(body, page.hidden, page.more, page.id, handlers);
	updateGroups(body, page.groups, handlers, end);
	return true;
}

/** The name at the head of a row, a button that opens a note: its text, its tooltip, its focus key and extra classes. */
export interface RowName {
	text: string;
	title: string;
	focusKey: string;
	cls?: string;
}

/** rowHead draws a row's first line, its name as a button that opens `path`, and returns the line for what follows the name. */
export function rowHead(li: HTMLElement, name: RowName, path: string, handlers: DashboardHandlers): HTMLElement {
	const head = li.createDiv({ cls: "managing-up-item-main" });
	const button = head.createEl("button", {
		cls: name.cls === undefined ? "managing-up-link" : `managing-up-link ${name.cls}`,
		text: name.text,
		attr: { type: "button", title: name.title, [FOCUS_KEY]: name.focusKey },
	});
	onOpen(button, handlers, path);
	return head;
}
