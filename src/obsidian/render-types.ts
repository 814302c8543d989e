import type { Commitment, FollowUp } from "../core/types";
import type { GroupKey, MapPlace, SortKey } from "../core/viewmodel";

/**
 * The types the dashboard's drawing shares: render.ts and every part it draws (dom.ts,
 * render-lists.ts, render-map.ts, render-found.ts) and the view's controls import them from
 * here, so no part imports render.ts back.
 */

/** What a handler may return: the row's buttons stay disabled until a returned promise settles. */
export type Action = void | Promise<void>;

/** The collapsible sections of the dashboard. */
export type SectionId = "follow-ups" | "commitments" | "people" | "without-note" | "map" | "problems" | "org";

/** The lists drawn a page at a time. */
export type PagedSection = "people" | "follow-ups" | "commitments" | "without-note" | "problems";

/** DashboardHandlers are what the dashboard's controls do; the view wires them to the host. */
export interface DashboardHandlers {
	/** Opens a note; `newLeaf` when the user Ctrl/Cmd- or middle-clicked. */
	openNote(path: string, newLeaf: boolean): Action;
	completeFollowUp(item: FollowUp): Action;
	snoozeFollowUp(item: FollowUp): Action;
	/** Done: checks the commitment's task in its note (that line only). */
	completeCommitment(item: Commitment): Action;
	/** Opens the commitment's note with the cursor on its line. */
	openCommitment(item: Commitment): Action;
	logContactToday(personPath: string): Action;
	/** Null hides the "New 1:1 agenda" action. */
	newAgenda: ((personPath: string) => Action) | null;
	/** Null shows a link to Obsidian's help on properties instead of the "New stakeholder" button. */
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
	/** "Got it" (true) draws "What it found" as one line; "Details" (false) opens it again. */
	setFoundDismissed(dismissed: boolean): void;
	/** Creates the person note of a name without a note (never overwriting) and opens it. */
	createPersonNote(name: string): Action;
	/** "That's me": makes the name the user, never a stakeholder. */
	setMe(name: string): Action;
	/** Picks your own person note from a list and makes it you (the Org section); absent, the section points to the settings. */
	chooseMe?: () => Action;
}

/** State of the view that the model does not hold. */
export interface RenderState {
	/** Sections the user closed. */
	collapsed: ReadonlySet<SectionId>;
	/** Draws only the first screen: what comes before People (first-drawing.ts). */
	firstScreen?: boolean;
}
