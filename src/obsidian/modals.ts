import { FuzzySuggestModal, Modal, Setting, type App, type FuzzyMatch } from "obsidian";
import type { Stakeholder } from "../core/types";
import type { AgendaTemplate } from "../core/agenda";
import { overdueBy, statusLabel } from "../core/words";

/** stakeholderDetail is the second line of a picker row: role, relationship and contact status. */
export function stakeholderDetail(s: Stakeholder): string {
	const status = s.status === "overdue" ? overdueBy(s.daysOverdue) : statusLabel(s.status).toLowerCase();
	return [s.role, s.relationship, status].filter((part): part is string => part !== null && part !== "").join(" · ");
}

/**
 * A fuzzy picker that resolves a promise with the chosen item, or null when dismissed.
 * Obsidian closes a suggest modal before it calls onChooseItem, so a dismissal is only
 * settled a microtask after onClose, when a choice would already have arrived.
 */
abstract class PickerModal<T> extends FuzzySuggestModal<T> {
	private settle: ((value: T | null) => void) | null = null;

	constructor(
		app: App,
		private readonly items: readonly T[],
		placeholder: string,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	/** pick opens the picker and waits for a choice. */
	pick(): Promise<T | null> {
		return new Promise((resolve) => {
			this.settle = resolve;
			this.open();
		});
	}

	getItems(): T[] {
		return [...this.items];
	}

	onChooseItem(item: T): void {
		this.settle?.(item);
		this.settle = null;
	}

	override onClose(): void {
		const settle = this.settle;
		void Promise.resolve().then(() => {
			if (this.settle === settle) settle?.(null);
		});
	}
}

/** StakeholderPicker lists stakeholders, most urgent first, each with role and status. */
export class StakeholderPicker extends PickerModal<Stakeholder> {
	constructor(app: App, stakeholders: readonly Stakeholder[]) {
		super(app, stakeholders, "Choose a person");
	}

	getItemText(item: Stakeholder): string {
		return item.person;
	}

	override renderSuggestion(match: FuzzyMatch<Stakeholder>, el: HTMLElement): void {
		el.createDiv({ text: match.item.person, cls: "suggestion-title" });
		el.createEl("small", { text: stakeholderDetail(match.item), cls: "suggestion-note" });
	}
}

/** TemplatePicker lists the agenda templates that fit, the default first. */
export class TemplatePicker extends PickerModal<AgendaTemplate> {
	constructor(app: App, templates: readonly AgendaTemplate[]) {
		super(app, templates, "Choose an agenda template");
	}

	getItemText(item: AgendaTemplate): string {
		return item.name;
	}

	override renderSuggestion(match: FuzzyMatch<AgendaTemplate>, el: HTMLElement): void {
		el.createDiv({ text: match.item.name, cls: "suggestion-title" });
		el.createEl("small", { text: match.item.builtIn ? "Built in" : match.item.id, cls: "suggestion-note" });
	}
}

/** NamePrompt asks for a new stakeholder's name; resolves null when dismissed or left empty. */
export class NamePrompt extends Modal {
	private value = "";
	private settle: ((value: string | null) => void) | null = null;

	/** ask opens the prompt and waits for a name. */
	ask(): Promise<string | null> {
		return new Promise((resolve) => {
			this.settle = resolve;
			this.open();
		});
	}

	override onOpen(): void {
		this.titleEl.setText("New stakeholder");
		new Setting(this.contentEl).setName("Name").addText((text) => {
			text.setPlaceholder("Their full name").onChange((value) => {
				this.value = value;
			});
			text.inputEl.addEventListener("keydown", (event: KeyboardEvent) => {
				if (event.key === "Enter" && !event.isComposing) {
					event.preventDefault();
					this.submit();
				}
			});
		});
		new Setting(this.contentEl).addButton((button) =>
			button
				.setButtonText("Create")
				.setCta()
				.onClick(() => this.submit()),
		);
	}

	/** submit settles with the typed name and closes the prompt. */
	submit(): void {
		const name = this.value.trim();
		this.settle?.(name === "" ? null : name);
		this.settle = null;
		this.close();
	}

	override onClose(): void {
		this.settle?.(null);
		this.settle = null;
		this.contentEl.empty();
	}
}

/** The questions the commands ask the user; modals in Obsidian, answers in tests. */
export interface AgendaUi {
	chooseStakeholder(stakeholders: readonly Stakeholder[]): Promise<Stakeholder | null>;
	chooseTemplate(templates: readonly AgendaTemplate[]): Promise<AgendaTemplate | null>;
	askName(): Promise<string | null>;
}

/** modalUi asks through Obsidian's modals. */
export function modalUi(app: App): AgendaUi {
	return {
		chooseStakeholder: (stakeholders) => new StakeholderPicker(app, stakeholders).pick(),
		chooseTemplate: (templates) => new TemplatePicker(app, templates).pick(),
		askName: () => new NamePrompt(app).ask(),
	};
}
