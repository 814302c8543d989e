/** The workspace of the obsidian mock (see obsidian.ts): leaves, views and layout readiness. */
import type * as Obsidian from "obsidian";
import type { App } from "./app";
import { Component, Events } from "./component";
import { createElement } from "./dom";
import type { TFile } from "./vault";

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export abstract class View extends Component {
	app: App;
	containerEl: HTMLElement = createElement("div");

	constructor(readonly leaf: WorkspaceLeaf) {
		super();
		this.app = leaf.app;
	}

	abstract getViewType(): string;

	onOpen(): Promise<void> {
		return Promise.resolve();
	}

	onClose(): Promise<void> {
		return Promise.resolve();
	}

	getState(): Record<string, unknown> {
		return {};
	}

	setState(_state: unknown, _result: unknown): Promise<void> {
		return Promise.resolve();
	}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		// Obsidian's ItemView: containerEl holds a header and the content.
		this.containerEl.createDiv();
		this.contentEl = this.containerEl.createDiv();
	}
}

/** WorkspaceLeaf: holds one view or one open file at a time. */
export class WorkspaceLeaf {
	view: View | null = null;
	file: TFile | null = null;

	constructor(
		readonly app: App,
		/** Mock only: where the leaf lives. */
		readonly side: "main" | "right" = "main",
	) {}

	async setViewState(state: { type: string; active?: boolean }): Promise<void> {
		await this.closeView();
		const creator = this.app.workspace.viewCreator(state.type);
		if (!creator) throw new Error(`No view registered for ${state.type}`);
		const view = creator(this);
		this.view = view;
		view.load();
		await view.onOpen();
		if (state.active) this.app.workspace.setActiveLeaf(this);
	}

	/** Mock only: the view state the last openFile was given (`eState.line` puts the cursor on a line). */
	openState: Obsidian.OpenViewState | undefined = undefined;

	async openFile(file: TFile, openState?: Obsidian.OpenViewState): Promise<void> {
		await this.closeView();
		this.file = file;
		this.openState = openState;
		this.app.workspace.setActiveLeaf(this);
		this.app.workspace.trigger("file-open", file);
	}

	private async closeView(): Promise<void> {
		const view = this.view;
		if (!view) return;
		this.view = null;
		await view.onClose();
		view.unload();
	}
}

/** Workspace: leaves, views and layout readiness. */
export class Workspace extends Events {
	layoutReady = false;
	/** Mock only: the view creators plugins registered, by view type. */
	readonly viewCreators = new Map<string, ViewCreator>();
	private leaves: WorkspaceLeaf[] = [];
	private active: WorkspaceLeaf | null = null;
	private layoutCallbacks: (() => unknown)[] = [];

	constructor(private readonly app: App) {
		super();
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.layoutCallbacks.push(callback);
	}

	/** Mock only: finishes start-up, running the onLayoutReady callbacks. */
	triggerLayoutReady(): void {
		this.layoutReady = true;
		for (const callback of this.layoutCallbacks.splice(0)) callback();
		this.trigger("layout-change");
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view?.getViewType() === type);
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.addLeaf("right");
	}

	/** The active main-area leaf (or the first), or a new one when `newLeaf`. */
	getLeaf(newLeaf?: boolean): WorkspaceLeaf {
		if (!newLeaf) {
			const main = this.active?.side === "main" ? this.active : this.leaves.find((leaf) => leaf.side === "main");
			if (main) return main;
		}
		return this.addLeaf("main");
	}

	revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.setActiveLeaf(leaf);
		return Promise.resolve();
	}

	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.active = leaf;
	}

	getActiveFile(): TFile | null {
		return this.active?.file ?? null;
	}

	requestSaveLayout(): void {}

	/** Mock only: the creator registered for a view type. */
	viewCreator(type: string): ViewCreator | undefined {
		return this.viewCreators.get(type);
	}

	/** Mock only: every leaf. */
	allLeaves(): WorkspaceLeaf[] {
		return [...this.leaves];
	}

	private addLeaf(side: "main" | "right"): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		return leaf;
	}
}
