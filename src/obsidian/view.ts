import { ItemView, Notice, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { IsoDate } from "../core/types";
import {
	FOLLOW_UP_PAGE,
	PEOPLE_PAGE,
	PROBLEM_PAGE,
	GROUP_OPTIONS,
	SORT_OPTIONS,
	buildDashboardModel,
	type GroupKey,
	type MapPlace,
	type SortKey,
} from "../core/viewmodel";
import type { DashboardHost } from "./host";
import { renderDashboard, type DashboardHandlers, type SectionId } from "./render";

/** The view type id of the stakeholder dashboard. */
export const VIEW_TYPE_DASHBOARD = "managing-up-dashboard";

/** How often the view checks whether the local date has changed (midnight roll-over). */
const CLOCK_CHECK_MS = 60_000;

const SECTIONS: readonly SectionId[] = ["follow-ups", "people", "map", "problems"];

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * DashboardView is the stakeholder dashboard in the sidebar. It draws a view model built from
 * the host's report, and redraws only while it is shown and out of date: after the index
 * changed, when the local date rolled over, or when the user changed the filter, sort or group.
 */
export class DashboardView extends ItemView {
	private filter = "";
	private sort: SortKey = "urgency";
	private group: GroupKey = "none";
	private peopleLimit = PEOPLE_PAGE;
	private followUpLimit = FOLLOW_UP_PAGE;
	private problemLimit = PROBLEM_PAGE;
	/** The part of the map People is narrowed to; like the filter, not kept in the layout. */
	private place: MapPlace | null = null;
	private readonly collapsed = new Set<SectionId>();
	/** The index revision and the day of the last drawing; null before the first. */
	private drawn: { revision: number; today: IsoDate } | null = null;
	private dirty = true;
	private readonly handlers: DashboardHandlers;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: DashboardHost,
	) {
		super(leaf);
		const newAgenda = host.newAgenda;
		const newStakeholder = host.newStakeholder;
		this.handlers = {
			openNote: (path, newLeaf) => this.act("open the note", () => host.openNote(path, newLeaf)),
			completeFollowUp: (item) => this.act("complete the follow-up", () => host.completeFollowUp(item)),
			snoozeFollowUp: (item) => this.act("snooze the follow-up", () => host.snoozeFollowUp(item)),
			logContactToday: (path) => this.act("log the contact", () => host.logContactToday(path)),
			newAgenda: newAgenda === null ? null : (path) => this.act("create the agenda", () => newAgenda(path)),
			newStakeholder: newStakeholder === null ? null : () => this.act("create the stakeholder", () => newStakeholder()),
			setFilter: (filter) => {
				this.filter = filter;
				this.peopleLimit = PEOPLE_PAGE;
				this.draw();
			},
			setSort: (sort) => {
				this.sort = sort;
				this.draw();
				this.app.workspace.requestSaveLayout();
			},
			setGroup: (group) => {
				this.group = group;
				this.draw();
				this.app.workspace.requestSaveLayout();
			},
			showMore: (section) => {
				if (section === "people") this.peopleLimit += PEOPLE_PAGE;
				else if (section === "follow-ups") this.followUpLimit += FOLLOW_UP_PAGE;
				else this.problemLimit += PROBLEM_PAGE;
				this.draw();
			},
			showPlace: (place) => {
				this.place = place;
				this.peopleLimit = PEOPLE_PAGE;
				// The user asked to see these people: a closed People section opens.
				if (place !== null && this.collapsed.delete("people")) this.app.workspace.requestSaveLayout();
				this.draw();
			},
			toggleSection: (section, open) => {
				if (open) this.collapsed.delete(section);
				else this.collapsed.add(section);
				this.app.workspace.requestSaveLayout();
			},
		};
	}

	getViewType(): string {
		return VIEW_TYPE_DASHBOARD;
	}

	override getDisplayText(): string {
		return "Stakeholders";
	}

	override getIcon(): string {
		return "users";
	}

	protected override onOpen(): Promise<void> {
		this.contentEl.addClass("managing-up-view");
		this.register(
			this.host.onChange(() => {
				this.dirty = true;
				this.refresh();
			}),
		);
		// A sidebar tab that becomes visible again gets a layout change and a resize.
		this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
		// Midnight: "today" is the local calendar date, so compare it now and then.
		this.registerInterval(window.setInterval(() => this.refresh(), CLOCK_CHECK_MS));
		// Obsidian opens a view when it is first shown (views are deferred until then), so the
		// first drawing in the document does not wait for a layout check; only redraws do.
		if (this.contentEl.isConnected) this.draw();
		else this.refresh();
		return Promise.resolve();
	}

	protected override onClose(): Promise<void> {
		this.contentEl.empty();
		this.drawn = null;
		return Promise.resolve();
	}

	override onResize(): void {
		this.refresh();
	}

	/** The sort, group and closed sections are kept in the workspace layout; the filter is not. */
	override getState(): Record<string, unknown> {
		return { ...super.getState(), sort: this.sort, group: this.group, collapsed: [...this.collapsed] };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		if (isRecord(state)) {
			const sort = SORT_OPTIONS.find((o) => o.value === state.sort);
			if (sort) this.sort = sort.value;
			const group = GROUP_OPTIONS.find((o) => o.value === state.group);
			if (group) this.group = group.value;
			if (Array.isArray(state.collapsed)) {
				this.collapsed.clear();
				for (const id of SECTIONS) if (state.collapsed.includes(id)) this.collapsed.add(id);
			}
			this.dirty = true;
		}
		await super.setState(state, result);
		this.refresh();
	}

	/** refresh redraws when the view is shown and the index, the day or the options changed since the last drawing. */
	refresh(): void {
		if (!this.contentEl.isShown()) return;
		const today = this.host.today();
		if (!this.dirty && this.drawn !== null && this.drawn.revision === this.host.revision() && this.drawn.today === today) return;
		this.draw(today);
	}

	/** draw builds the view model and redraws now. */
	private draw(today: IsoDate = this.host.today()): void {
		if (!this.host.ready()) {
			// At start-up the view can be restored before the index has read the vault: say so
			// rather than show "No stakeholders yet"; the index's first change redraws.
			this.contentEl.empty();
			this.contentEl.createDiv({ cls: "managing-up-loading", text: "Reading your notes…" });
			this.drawn = null;
			return;
		}
		const revision = this.host.revision();
		const settings = this.host.settings();
		const model = buildDashboardModel(this.host.report(today), {
			filter: this.filter,
			sort: this.sort,
			group: this.group,
			today,
			dueSoonDays: settings.dueSoonDays,
			peopleLimit: this.peopleLimit,
			followUpLimit: this.followUpLimit,
			problemLimit: this.problemLimit,
			place: this.place,
			peopleFolders: settings.peopleFolders,
		});
		renderDashboard(this.contentEl, model, this.handlers, { collapsed: this.collapsed });
		this.drawn = { revision, today };
		this.dirty = false;
	}

	/** act runs a host action and tells the user when it fails, then redraws from the index. */
	private async act(what: string, action: () => Promise<void>): Promise<void> {
		try {
			await action();
		} catch (error) {
			new Notice(`Could not ${what}: ${messageOf(error)}`);
			this.dirty = true;
			this.refresh();
		}
	}
}
