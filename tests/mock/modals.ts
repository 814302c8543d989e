/** Modals and notices in the obsidian mock (see obsidian.ts). */
import type { App } from "./app";
import { createElement } from "./dom";

export class Modal {
	titleEl: HTMLElement = createElement("div");
	contentEl: HTMLElement = createElement("div");
	/** Mock only: whether the modal is open. */
	isOpen = false;

	constructor(public app: App) {}

	open(): void {
		this.isOpen = true;
		void this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.onClose();
	}

	onOpen(): void | Promise<void> {}

	onClose(): void {}
}

/** FuzzySuggestModal: a picker; the mock has no list to type into, a test picks with simulateChoose. */
export abstract class FuzzySuggestModal<T> extends Modal {
	setPlaceholder(_placeholder: string): void {}

	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** Mock only: the user picks an item (the modal closes first, as in Obsidian). */
	simulateChoose(item: T): void {
		this.close();
		this.onChooseItem(item, {} as KeyboardEvent);
	}
}

/** Mock only: the text of every Notice shown so far; clear it between tests. */
export const notices: string[] = [];

export class Notice {
	constructor(message: string) {
		notices.push(message);
	}
}
