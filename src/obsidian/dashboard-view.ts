import { ItemView, Notice, type View, type ViewStateResult, type Workspace, type WorkspaceLeaf } from "obsidian";
import type { IsoDate } from "../core/types";
import { isRecord, messageOf } from "../core/unknown";
import { GROUP_OPTIONS, SORT_OPTIONS, buildDashboardModel } from "../core/viewmodel";
import { buildFoundModel, buildWithoutNote } from "../core/viewmodel-found";
import { buildOrgSection } from "../core/viewmodel/org";
import { DashboardControls } from "./controls";
import type { DashboardHost } from "./dashboard-host";
import { renderDashboard, type DashboardHandlers, type SectionId } from "./render";

/** The view type id of the stakeholder dashboard. */
export const VIEW_TYPE_DASHBOARD = "managing-up-dashboard";

/** How often the view checks whether the local date has changed (midnight roll-over). */
const CLOCK_CHECK_MS = 60_000;

const SECTIONS: readonly SectionId[] = ["follow-ups", "commitments", "people", "without-note", "map", "problems", "org"];

/**
 * DashboardView is the stakeholder dashboard in the sidebar. It draws a view model built from
 * the host's report, and redraws only while it is shown and out of date: after the index
 * changed, when the local date rolled over, or when the user changed the filter, sort or group.
 */
export class DashboardView extends ItemView {
	private readonly controls = new DashboardControls();
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
		const options = this.controls.options(today, { dueSoonDays: settings.dueSoonDays, peopleFolders: settings.peopleFolders });
		const report = this.host.report(today);
		const found = this.host.explanation(today);
		const model = {
			...buildDashboardModel(report, options),
			found: buildFoundModel(found, settings.foundDismissed),
			withoutNote: buildWithoutNote(report, found, this.controls.withoutNoteLimit, settings.me !== ""),
			org: buildOrgSection(report, { skipLevelDays: settings.skipLevelDays, suggestion: found.me.suggestion }),
		};
		renderDashboard(this.contentEl, model, this.handlers, {
			collapsed: this.controls.collapsed,
		});
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

/**
 * openDashboard shows the dashboard: an open dashboard leaf is reused, else a new one is made in
 * the right sidebar. The leaf is revealed (awaited) before anything talks to the view, since
 * views are deferred until shown (Obsidian 1.7.2).
 */
export async function openDashboard(
	workspace: Workspace,
	viewType: string,
	isDashboard: (view: View) => boolean,
): Promise<WorkspaceLeaf | null> {
	let leaf: WorkspaceLeaf | null =
		workspace.getLeavesOfType(viewType).find((candidate) => isDashboard(candidate.view)) ??
		workspace.getLeavesOfType(viewType)[0] ??
		null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) {
			new Notice("Could not open the stakeholder dashboard: there is no sidebar to open it in.");
			return null;
		}
		await leaf.setViewState({ type: viewType, active: true });
	}
	await workspace.revealLeaf(leaf);
	return leaf;
}
