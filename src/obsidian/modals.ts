import { FuzzySuggestModal, Modal, Setting, type App, type FuzzyMatch } from "obsidian";
import type { Stakeholder } from "../core/types";
import type { AgendaTemplate } from "../core/agenda";
import { overdueBy, statusLabel } from "../core/words";

/** stakeholderDetail is the second line of a picker row: role, relationship and contact status. */
export function stakeholderDetail(s: Stakeholder): string {
	const status = s.status === "overdue" ? overdueBy(s.daysOverdue) : statusLabel(s.status).toLowerCase();
	return [s.role, s.relationship, status].filter((part): part is string => part !== null && part !== "").join(" · ");
}

/** What a picker shows: its placeholder, and each item's title and the note under it. */
interface PickerRows<T> {
	placeholder: string;
	title(item: T): string;
	note(item: T): string;
}

/**
 * A fuzzy picker that resolves a promise with the chosen item, or null when dismissed.
 * Obsidian closes a suggest modal before it calls onChooseItem, so a dismissal is only
 * settled a microtask after onClose, when a choice would already have arrived.
 */
class PickerModal<T> extends FuzzySuggestModal<T> {
	private settle: ((value: T | null) => void) | null = null;

	constructor(
		app: App,
		private readonly items: readonly T[],
		private readonly rows: PickerRows<T>,
	) {
		super(app);
		this.setPlaceholder(rows.placeholder);
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

	getItemText(item: T): string {
		return this.rows.title(item);
	}

	override renderSuggestion(match: FuzzyMatch<T>, el: HTMLElement): void {
		el.createDiv({ text: this.rows.title(match.item), cls: "suggestion-title" });
		el.createEl("small", { text: this.rows.note(match.item), cls: "suggestion-note" });
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
		super(app, stakeholders, { placeholder: "Choose a person", title: (s) => s.person, note: stakeholderDetail });
	}
}

/** TemplatePicker lists the agenda templates that fit, the default first. */
export class TemplatePicker extends PickerModal<AgendaTemplate> {
	constructor(app: App, templates: readonly AgendaTemplate[]) {
		super(app, templates, { placeholder: "Choose an agenda template", title: (t) => t.name, note: (t) => (t.builtIn ? "Built in" : t.id) });
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
