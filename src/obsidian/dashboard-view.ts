import type { ViewStateResult, Workspace, WorkspaceLeaf } from "obsidian";
import type { IsoDate } from "../core/types";
import { isRecord } from "../core/unknown";
import { GROUP_OPTIONS, SORT_OPTIONS, type DashboardModel } from "../core/viewmodel";
import { DashboardControls } from "./controls";
import type { DashboardHost } from "./dashboard-host";
import { dashboardInputs, dashboardModel, storedModel } from "./dashboard-model";
import { drawFirstScreen } from "./first-drawing";
import { renderDashboard, type DashboardHandlers, type SectionId } from "./render";
import { SidebarView, revealSidebarView, type SidebarViewKind } from "./sidebar-view";

/** The view type id of the stakeholder dashboard. */
export const VIEW_TYPE_DASHBOARD = "managing-up-dashboard";

const DASHBOARD: SidebarViewKind = { type: VIEW_TYPE_DASHBOARD, title: "Stakeholders", icon: "users", name: "the stakeholder dashboard" };

const SECTIONS: readonly SectionId[] = ["follow-ups", "commitments", "people", "without-note", "map", "problems", "org"];

/**
 * DashboardView is the stakeholder dashboard in the sidebar. It draws a view model built from
 * the host's report, and redraws only while it is shown and out of date: after the index
 * changed, when the local date rolled over, or when the user changed the filter, sort or group.
 */
export class DashboardView extends SidebarView<DashboardHost> {
	private readonly controls = new DashboardControls();
	private readonly handlers: DashboardHandlers;
	/** How many times the dashboard has been drawn since the view opened: the first draws the first screen first (first-drawing.ts). */
	private paints = 0;
	private closed = false;

	constructor(leaf: WorkspaceLeaf, host: DashboardHost) {
		super(leaf, host, DASHBOARD);
		const newAgenda = host.newAgenda;
		const newStakeholder = host.newStakeholder;
		this.handlers = {
			openNote: (path, newLeaf) => this.act("open the note", () => host.openNote(path, newLeaf)),
			completeFollowUp: (item) => this.act("complete the follow-up", () => host.completeFollowUp(item)),
			snoozeFollowUp: (item) => this.act("snooze the follow-up", () => host.snoozeFollowUp(item)),
			completeCommitment: (item) => this.act("check off the commitment", () => host.completeCommitment(item)),
			openCommitment: (item) => this.act("open the commitment", () => host.openCommitment(item)),
			logContactToday: (path) => this.act("log the contact", () => host.logContactToday(path)),
			newAgenda: newAgenda === null ? null : (path) => this.act("create the agenda", () => newAgenda(path)),
			newStakeholder: newStakeholder === null ? null : () => this.act("create the stakeholder", () => newStakeholder()),
			setFilter: (filter) => {
				this.controls.setFilter(filter);
				this.draw();
			},
			setSort: (sort) => {
				this.controls.sort = sort;
				this.draw();
				this.app.workspace.requestSaveLayout();
			},
			setGroup: (group) => {
				this.controls.group = group;
				this.draw();
				this.app.workspace.requestSaveLayout();
			},
			showMore: (section) => {
				this.controls.showMore(section);
				this.draw();
			},
			showPlace: (place) => {
				if (this.controls.showPlace(place)) this.app.workspace.requestSaveLayout();
				this.draw();
			},
			toggleSection: (section, open) => {
				this.controls.toggleSection(section, open);
				this.app.workspace.requestSaveLayout();
			},
			setFoundDismissed: (dismissed) => {
				host.setFoundDismissed(dismissed);
				this.draw();
			},
			createPersonNote: (name) => this.act(`create a note for ${name}`, () => host.createPersonNote(name)),
			setMe: (name) => this.act("set who you are", () => host.setMe(name)),
			chooseMe: host.chooseMe === undefined ? undefined : () => this.act("set who you are", () => host.chooseMe?.() ?? Promise.resolve()),
		};
	}

	/** Every change notice redraws the dashboard, whatever the revision: its model also reads the settings. */
	protected override onIndexChange(): void {
		this.redrawWhenShown();
		this.refresh();
	}

	/** A failed action may have left a note half-written: draw again from the index. */
	protected override onActionFailed(): void {
		this.redrawWhenShown();
		this.refresh();
	}

	protected override onClose(): Promise<void> {
		this.closed = true;
		return super.onClose();
	}

	/** The sort, group and closed sections are kept in the workspace layout; the filter is not. */
	override getState(): Record<string, unknown> {
		const { sort, group, collapsed } = this.controls;
		return { ...super.getState(), sort, group, collapsed: [...collapsed] };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		if (isRecord(state)) {
			const sort = SORT_OPTIONS.find((o) => o.value === state.sort);
			if (sort) this.controls.sort = sort.value;
			const group = GROUP_OPTIONS.find((o) => o.value === state.group);
			if (group) this.controls.group = group.value;
			if (Array.isArray(state.collapsed)) {
				const collapsed: unknown[] = state.collapsed;
				for (const id of SECTIONS) this.controls.toggleSection(id, !collapsed.includes(id));
			}
			this.redrawWhenShown();
		}
		await super.setState(state, result);
		this.refresh();
	}

	/** render builds the view model and draws it. */
	protected render(today: IsoDate): void {
		const inputs = dashboardInputs(this.controls, today, this.host.settings());
		const model = dashboardModel(this.host.report(today), this.host.explanation(today), inputs);
		this.paint(model);
	}

	/** paint draws a model; the first drawing in a shown pane draws the first screen first (first-drawing.ts), the rest of the same model after that frame. */
	private paint(model: DashboardModel): void {
		const state = { collapsed: this.controls.collapsed };
		const first = this.paints === 0 && this.contentEl.isShown();
		const paint = ++this.paints;
		if (!first) renderDashboard(this.contentEl, model, this.handlers, state);
		else
			drawFirstScreen(this.contentEl, model, this.handlers, state, () => {
				// A drawing since has drawn the whole dashboard.
				if (!this.closed && this.paints === paint) renderDashboard(this.contentEl, model, this.handlers, state);
			});
	}

	/**
	 * drawEarly draws the first screen kept with the start-up snapshot, when it was made for
	 * these controls and settings: the model a fresh report gives, drawn before the report is
	 * read. Once it is, the index's notice redraws, and every part stays as it is drawn.
	 */
	protected override drawEarly(today: IsoDate): boolean {
		const stored = this.host.firstScreen(today);
		const model = stored === null ? null : storedModel(stored, dashboardInputs(this.controls, today, this.host.settings()));
		if (model === null) return false;
		this.paint(model);
		return true;
	}

	/** act runs an action once the index is ready: a click on the first screen waits the few ms until its report is read. */
	protected override async act(what: string, action: () => Promise<void>): Promise<void> {
		if (!this.host.ready()) {
			await new Promise<void>((resolve) => {
				const stop = this.host.onChange(() => {
					if (!this.host.ready()) return;
					stop();
					resolve();
				});
			});
		}
		await super.act(what, action);
	}
}

/** openDashboard shows the dashboard, reusing an open dashboard leaf (see revealSidebarView). */
export function openDashboard(workspace: Workspace): Promise<WorkspaceLeaf | null> {
	return revealSidebarView(workspace, DASHBOARD, (view) => view instanceof DashboardView);
}
