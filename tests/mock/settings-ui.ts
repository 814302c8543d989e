/** The settings tab and its controls in the obsidian mock (see obsidian.ts): each records what the plugin set, and tests simulate the user. */
import type { App, Plugin } from "./app";
import { createElement, settingsByContainer } from "./dom";

export class PluginSettingTab {
	containerEl: HTMLElement = createElement("div");

	constructor(
		public app: App,
		public plugin: Plugin,
	) {}
}

/** TextComponent: a text field; the mock records its value and change callback. */
export class TextComponent {
	inputEl = createElement("input") as HTMLInputElement;
	private value = "";
	/** Mock only: the placeholder set. */
	placeholder = "";
	private changeCallback: ((value: string) => unknown) | null = null;

	setPlaceholder(placeholder: string): this {
		this.placeholder = placeholder;
		return this;
	}

	setValue(value: string): this {
		this.value = value;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	/** Mock only: what typing does: sets the value and calls onChange. */
	simulateChange(value: string): unknown {
		this.value = value;
		return this.changeCallback?.(value);
	}
}

export class TextAreaComponent extends TextComponent {}

/** ButtonComponent: records its text and click callback. */
export class ButtonComponent {
	text = "";
	private clickCallback: (() => unknown) | null = null;

	setButtonText(text: string): this {
		this.text = text;
		return this;
	}

	setCta(): this {
		return this;
	}

	onClick(callback: () => unknown): this {
		this.clickCallback = callback;
		return this;
	}

	/** Mock only: what a click does. */
	simulateClick(): unknown {
		return this.clickCallback?.();
	}
}

/** ToggleComponent: an on/off switch; the mock records its value and change callback. */
export class ToggleComponent {
	value = false;
	private changeCallback: ((value: boolean) => unknown) | null = null;

	setValue(value: boolean): this {
		this.value = value;
		return this;
	}

	onChange(callback: (value: boolean) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	/** Mock only: what a click on the switch does. */
	simulateChange(value: boolean): unknown {
		this.value = value;
		return this.changeCallback?.(value);
	}
}

/** Mock only: the Settings built in a container, in order. */
export function settingsIn(containerEl: HTMLElement): Setting[] {
	return settingsByContainer.get(containerEl) ?? [];
}

/** Setting: one row of a settings tab; records its name, description and components. */
export class Setting {
	name = "";
	desc = "";
	isHeading = false;
	components: (TextComponent | ButtonComponent | ToggleComponent)[] = [];

	constructor(containerEl: HTMLElement) {
		settingsByContainer.set(containerEl, [...settingsIn(containerEl), this]);
	}

	setName(name: string): this {
		this.name = name;
		return this;
	}

	setDesc(desc: string): this {
		this.desc = desc;
		return this;
	}

	setHeading(): this {
		this.isHeading = true;
		return this;
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(), cb);
	}

	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(), cb);
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(), cb);
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(), cb);
	}

	private add<T extends TextComponent | ButtonComponent | ToggleComponent>(component: T, cb: (component: T) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}
