import { ItemView, Notice, type Plugin, type Vault, type Workspace, type WorkspaceLeaf, type ViewStateResult } from "obsidian";
import { openNoteWith } from "./open-note";
import { personHistory, type PersonHistory } from "../core/history";
import { commitmentEntries } from "../core/history-commitments";
import { meetingOf } from "../core/read";
import type { IsoDate } from "../core/types";
import { isRecord, messageOf } from "../core/unknown";
import { buildHistoryModel } from "../core/viewmodel/history";
import type { AgendaActions } from "./agenda";
import type { StakeholderIndex } from "./index";
import { renderHistory, type HistoryHandlers } from "./render-history";

/** The view type id of the person history view. */
export const VIEW_TYPE_HISTORY = "managing-up-history";

/** What the person history view needs from the plugin, passed in when it is created. */
export interface HistoryHost {
	today(): IsoDate;
	ready(): boolean;
	revision(): number;
	onChange(listener: () => void): () => void;
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
export class HistoryView extends ItemView {
	private personPath: string | null = null;
	/** A note opened before the index was ready: followed once it is. */
	private pending: string | null = null;
	private drawn: { revision: number; today: IsoDate; path: string | null } | null = null;
	private readonly handlers: HistoryHandlers;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: HistoryHost,
	) {
		super(leaf);
		const newAgenda = host.newAgenda;
		this.handlers = {
			openNote: (path, newLeaf) => this.act("open the note", () => host.openNote(path, newLeaf)),
			newAgenda: newAgenda === null ? null : (path) => this.act("create the agenda", () => newAgenda(path)),
		};
	}

	getViewType(): string {
		return VIEW_TYPE_HISTORY;
	}

	override getDisplayText(): string {
		return "Person history";
	}

	override getIcon(): string {
		return "history";
	}

	protected override onOpen(): Promise<void> {
		this.contentEl.addClass("managing-up-view");
		this.register(this.host.onChange(() => this.refresh()));
		this.registerEvent(this.app.workspace.on("file-open", (file) => this.follow(file?.path ?? null)));
		this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
		this.registerInterval(window.setInterval(() => this.refresh(), 60_000));
		this.follow(this.host.activePath());
		if (this.contentEl.isConnected) this.draw();
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

	/** refresh redraws when shown and the index, the day or the person changed since the last drawing. */
	refresh(): void {
		if (!this.contentEl.isShown()) return;
		const today = this.host.today();
		const drawn = this.drawn;
		if (drawn !== null && drawn.revision === this.host.revision() && drawn.today === today && drawn.path === this.personPath) return;
		this.draw(today);
	}

	private draw(today: IsoDate = this.host.today()): void {
		if (!this.host.ready()) {
			this.contentEl.empty();
			this.contentEl.createDiv({ cls: "managing-up-loading", text: "Reading your notes…" });
			this.drawn = null;
			return;
		}
		// A note opened before the index was ready may be a person note.
		const pending = this.pending;
		this.pending = null;
		if (pending !== null && this.host.history(pending, today) !== null) this.personPath = pending;
		// A person whose note was deleted or stopped being a person: back to the empty state.
		const history = this.personPath === null ? null : this.host.history(this.personPath, today);
		renderHistory(this.contentEl, buildHistoryModel(history, today), this.handlers);
		this.drawn = { revision: this.host.revision(), today, path: this.personPath };
	}

	private async act(what: string, action: () => Promise<void>): Promise<void> {
		try {
			await action();
		} catch (error) {
			new Notice(`Could not ${what}: ${messageOf(error)}`);
		}
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

/** openPersonHistory reveals the person history view, reusing an open one. */
export async function openPersonHistory(workspace: Workspace): Promise<WorkspaceLeaf | null> {
	let leaf = workspace.getLeavesOfType(VIEW_TYPE_HISTORY)[0] ?? null;
	if (leaf === null) {
		leaf = workspace.getRightLeaf(false);
		if (leaf === null) {
			new Notice("Could not open the person history: there is no sidebar to open it in.");
			return null;
		}
		await leaf.setViewState({ type: VIEW_TYPE_HISTORY, active: true });
	}
	await workspace.revealLeaf(leaf);
	return leaf;
}
