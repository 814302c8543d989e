import { ItemView, Notice, type View, type Workspace, type WorkspaceLeaf } from "obsidian";
import type { IsoDate } from "../core/types";
import { messageOf } from "../core/unknown";

/** What a sidebar view drawn from the index needs of the plugin: the day, the index's state and its changes. */
export interface SidebarHost {
	/** Today's local calendar date. */
	today(): IsoDate;
	/** False until the index has read the vault once the layout is ready. */
	ready(): boolean;
	/** A number that changes whenever the index changes. */
	revision(): number;
	/** Calls the listener after the index changed; returns the unsubscribe function. */
	onChange(listener: () => void): () => void;
}

/** What names a sidebar view: its type id, its tab's title and icon, and what a sentence calls it. */
export interface SidebarViewKind {
	type: string;
	title: string;
	icon: string;
	/** "the person history", as in "Could not open the person history". */
	name: string;
}

/** How often a view checks whether the local date has changed (midnight roll-over). */
const CLOCK_CHECK_MS = 60_000;

/**
 * SidebarView is a view in the sidebar drawn from the index (the dashboard, the person
 * history). It draws when opened and redraws only while it is shown and out of date: after the
 * index changed, when the local date rolled over, or when `isOutOfDate` says so. Until the
 * index has read the vault it says "Reading your notes…".
 */
export abstract class SidebarView<Host extends SidebarHost> extends ItemView {
	/** The index revision and the day of the last drawing; null before the first, and when a redraw is due whatever they are. */
	private drawn: { revision: number; today: IsoDate } | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		protected readonly host: Host,
		private readonly kind: SidebarViewKind,
	) {
		super(leaf);
	}

	getViewType(): string {
		return this.kind.type;
	}

	override getDisplayText(): string {
		return this.kind.title;
	}

	override getIcon(): string {
		return this.kind.icon;
	}

	/** render draws the view for `today` into `contentEl`; the index is ready. */
	protected abstract render(today: IsoDate): void;

	/** isOutOfDate says whether something besides the index revision and the day changed since the last drawing. */
	protected isOutOfDate(): boolean {
		return false;
	}

	/** onIndexChange is what a change of the index does: a refresh. */
	protected onIndexChange(): void {
		this.refresh();
	}

	/** drawEarly draws something true before the index is ready (the dashboard's first screen), and says whether it did. */
	protected drawEarly(_today: IsoDate): boolean {
		return false;
	}

	/** onActionFailed runs after an action failed and the user was told. */
	protected onActionFailed(): void {}

	protected override onOpen(): Promise<void> {
		this.contentEl.addClass("managing-up-view");
		this.register(this.host.onChange(() => this.onIndexChange()));
		// A sidebar tab that becomes visible again gets a layout change and a resize.
		this.registerEvent(this.app.workspace.on("layout-change", () => this.refresh()));
		// Midnight: "today" is the local calendar date, so compare it now and then.
		this.registerInterval(window.setInterval(() => this.refresh(), CLOCK_CHECK_MS));
		this.opened();
		// Obsidian opens a view when it is first shown (views are deferred until then), so the
		// first drawing in the document does not wait for a layout check; only redraws do.
		if (this.contentEl.isConnected) this.draw();
		else this.refresh();
		return Promise.resolve();
	}

	/** opened runs when the view opens, before its first drawing. */
	protected opened(): void {}

	protected override onClose(): Promise<void> {
		this.contentEl.empty();
		this.drawn = null;
		return Promise.resolve();
	}

	override onResize(): void {
		this.refresh();
	}

	/** refresh redraws when the view is shown and the index, the day or what `isOutOfDate` watches changed since the last drawing. */
	refresh(): void {
		if (!this.contentEl.isShown()) return;
		const today = this.host.today();
		const drawn = this.drawn;
		if (drawn !== null && !this.isOutOfDate() && drawn.revision === this.host.revision() && drawn.today === today) return;
		this.draw(today);
	}

	/** redrawWhenShown makes the next refresh draw, whatever changed. */
	protected redrawWhenShown(): void {
		this.drawn = null;
	}

	/** draw redraws now. */
	protected draw(today: IsoDate = this.host.today()): void {
		if (!this.host.ready()) {
			this.drawn = null;
			if (this.drawEarly(today)) return;
			// At start-up the view can be restored before the index has read the vault: say so
			// rather than show an empty state; the index's first change redraws.
			this.contentEl.empty();
			this.contentEl.createDiv({ cls: "managing-up-loading", text: "Reading your notes…" });
			this.drawn = null;
			return;
		}
		const revision = this.host.revision();
		this.render(today);
		this.drawn = { revision, today };
	}

	/** act runs a host action and tells the user when it fails. */
	protected async act(what: string, action: () => Promise<void>): Promise<void> {
		try {
			await action();
		} catch (error) {
			new Notice(`Could not ${what}: ${messageOf(error)}`);
			this.onActionFailed();
		}
	}
}

/**
 * revealSidebarView shows a view: an open leaf of its type is reused (the first that `prefer`
 * accepts, else the first), else a new one is made in the right sidebar. The leaf is revealed
 * (awaited) before anything talks to the view, since views are deferred until shown (Obsidian
 * 1.7.2).
 */
export async function revealSidebarView(
	workspace: Workspace,
	kind: SidebarViewKind,
	prefer: (view: View) => boolean = () => true,
): Promise<WorkspaceLeaf | null> {
	const open = workspace.getLeavesOfType(kind.type);
	let leaf: WorkspaceLeaf | null = open.find((candidate) => prefer(candidate.view)) ?? open[0] ?? null;
	if (leaf === null) {
		leaf = workspace.getRightLeaf(false);
		if (leaf === null) {
			new Notice(`Could not open ${kind.name}: there is no sidebar to open it in.`);
			return null;
		}
		await leaf.setViewState({ type: kind.type, active: true });
	}
	await workspace.revealLeaf(leaf);
	return leaf;
}
