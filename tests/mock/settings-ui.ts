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

/** ValueComponent: a control with a value (a text field, a switch); the mock records the value and the change callback. */
abstract class ValueComponent<T> {
	private changeCallback: ((value: T) => unknown) | null = null;

	constructor(public value: T) {}

	setValue(value: T): this {
		this.value = value;
		return this;
	}

	onChange(callback: (value: T) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	/** Mock only: what the user does (types, clicks the switch): sets the value and calls onChange. */
	simulateChange(value: T): unknown {
		this.value = value;
		return this.changeCallback?.(value);
	}
}

/** TextComponent: a text field. */
export class TextComponent extends ValueComponent<string> {
	inputEl = createElement("input") as HTMLInputElement;
	/** Mock only: the placeholder set. */
	placeholder = "";

	constructor() {
		super("");
	}

	setPlaceholder(placeholder: string): this {
		this.placeholder = placeholder;
		return this;
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

/** ToggleComponent: an on/off switch. */
export class ToggleComponent extends ValueComponent<boolean> {
	constructor() {
		super(false);
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
