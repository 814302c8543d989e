import type { Plugin, Vault, Workspace, WorkspaceLeaf, ViewStateResult } from "obsidian";
import { openNoteWith } from "./open-note";
import { personHistory, type PersonHistory } from "../core/history";
import { commitmentEntries } from "../core/history-commitments";
import { meetingOf } from "../core/read";
import type { IsoDate } from "../core/types";
import { isRecord } from "../core/unknown";
import { buildHistoryModel } from "../core/viewmodel/history";
import type { AgendaActions } from "./agenda";
import type { StakeholderIndex } from "./index";
import { renderHistory, type HistoryHandlers } from "./render-history";
import { SidebarView, revealSidebarView, type SidebarHost, type SidebarViewKind } from "./sidebar-view";

/** The view type id of the person history view. */
export const VIEW_TYPE_HISTORY = "managing-up-history";

const PERSON_HISTORY: SidebarViewKind = { type: VIEW_TYPE_HISTORY, title: "Person history", icon: "history", name: "the person history" };

/** What the person history view needs from the plugin, passed in when it is created. */
export interface HistoryHost extends SidebarHost {
	/** The history of the person note at `path`, or null when it is not a stakeholder. */
	history(path: string, today: IsoDate): PersonHistory | null;
	/** The path of the note open in the active leaf, if any. */
	activePath(): string | null;
	openNote(path: string, newLeaf: boolean): Promise<void>;
	newAgenda: ((personPath: string) => Promise<void>) | null;
}

/** createHistoryHost builds the view's host from the index, the vault, the workspace and the agenda commands. */
export function createHistoryHost(deps: { index: StakeholderIndex; vault: Vault; workspace: Workspace; today: () => IsoDate; agendas?: AgendaActions }): HistoryHost {
	const { index } = deps;
	return {
		today: deps.today,
		ready: () => index.isBuilt,
		revision: () => index.revision,
		onChange: (listener) => index.onChange(listener),
		history: (path, today) => {
			const person = index.report(today).stakeholders.find((s) => s.path === path);
			if (person === undefined) return null;
			return personHistory(person, (p) => meetingOf(index.reading(p)), commitmentEntries(index.commitmentsOf(path, today), today));
		},
		activePath: () => deps.workspace.getActiveFile()?.path ?? null,
		openNote: openNoteWith(deps.vault, deps.workspace),
		newAgenda: deps.agendas === undefined ? null : (personPath) => deps.agendas?.newAgenda(personPath) ?? Promise.resolve(),
	};
}

/**
 * HistoryView is "Person history" in the sidebar: the timeline of the person note last opened.
 * It follows the active note (`file-open`): a person note shows its person; any other note (a
 * 1:1 opened from the history itself) keeps the person shown. It redraws only while shown and
 * out of date, like the dashboard.
 */
export class HistoryView extends SidebarView<HistoryHost> {
	private personPath: string | null = null;
	/** A note opened before the index was ready: followed once it is. */
	private pending: string | null = null;
	/** The person note of the last drawing. */
	private drawnPath: string | null = null;
	private readonly handlers: HistoryHandlers;

	constructor(leaf: WorkspaceLeaf, host: HistoryHost) {
		super(leaf, host, PERSON_HISTORY);
		const newAgenda = host.newAgenda;
		this.handlers = {
			openNote: (path, newLeaf) => this.act("open the note", () => host.openNote(path, newLeaf)),
			newAgenda: newAgenda === null ? null : (path) => this.act("create the agenda", () => newAgenda(path)),
		};
	}

	protected override opened(): void {
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.follow(file?.path ?? null)));
		this.follow(this.host.activePath());
	}

	protected override isOutOfDate(): boolean {
		return this.drawnPath !== this.personPath;
	}

	override getState(): Record<string, unknown> {
		return { ...super.getState(), path: this.personPath };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		if (isRecord(state) && typeof state.path === "string") this.personPath = state.path;
		await super.setState(state, result);
		this.refresh();
	}

	/** shownPath is the person note shown, for tests. */
	get shownPath(): string | null {
		return this.personPath;
	}

	/** follow shows the person of a note just opened, when it is a person note; other notes keep the person shown. */
	follow(path: string | null): void {
		if (path === null || path === this.personPath) return;
		if (!this.host.ready()) {
			this.pending = path;
			return;
		}
		if (this.host.history(path, this.host.today()) === null) return;
		this.personPath = path;
		this.app.workspace.requestSaveLayout();
		this.refresh();
	}

	/** render draws the history of the person shown, or the empty state. */
	protected render(today: IsoDate): void {
		// A note opened before the index was ready may be a person note.
		const pending = this.pending;
		this.pending = null;
		if (pending !== null && this.host.history(pending, today) !== null) this.personPath = pending;
		// A person whose note was deleted or stopped being a person: back to the empty state.
		const history = this.personPath === null ? null : this.host.history(this.personPath, today);
		renderHistory(this.contentEl, buildHistoryModel(history, today), this.handlers);
		this.drawnPath = this.personPath;
	}
}

/**
 * registerPersonHistory adds the person history view and "Open person history", which shows
 * it in the right sidebar (an open one is reused), revealed before anything talks to it.
 */
export function registerPersonHistory(plugin: Plugin, host: HistoryHost): void {
	plugin.registerView(VIEW_TYPE_HISTORY, (leaf) => new HistoryView(leaf, host));
	plugin.addCommand({ id: "open-person-history", name: "Open person history", callback: () => void openPersonHistory(plugin.app.workspace) });
}

/** openPersonHistory reveals the person history view, reusing an open one (see revealSidebarView). */
export function openPersonHistory(workspace: Workspace): Promise<WorkspaceLeaf | null> {
	return revealSidebarView(workspace, PERSON_HISTORY);
}
