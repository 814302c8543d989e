import { Setting, type SettingDefinitionItem } from "obsidian";
import type { Explanation } from "../core/explain";
import { DEFAULT_PERSON_WORDS, type ConventionRules } from "../core/types";
import { CONVENTION_FIELDS, previewText, ruleFoundText } from "../core/viewmodel-found";
import type { ManagingUpSettings } from "../settings";
import type { Rebuild } from "./settings-store";

/**
 * The settings tab's "Conventions": each rule of ConventionRules a toggle with what it finds
 * now, the person words, and who the user is. A toggled rule is not applied at once: the tab
 * shows what the trial rules would find ("Would find 75 people (now 73), …") with Apply and
 * Cancel, and the index is read again only on Apply.
 */

export const CONVENTIONS_HEADING = "Conventions";
const CONVENTIONS_DESC = "How notes you already have are read as people and meetings. Nothing in your notes is changed.";
const PERSON_WORDS = { name: "Person words", desc: "Words that mark a person in a type, category, tag or folder name, separated by commas." };
const ME = { name: "Me", desc: "Your own person note's path, or your name: you are never a stakeholder." };
const ME_PLACEHOLDER = "People/Me.md or your name";

/** What the Conventions section needs from the tab. */
export interface ConventionsDeps {
	settings: () => ManagingUpSettings;
	update: (next: ManagingUpSettings, rebuild?: Rebuild) => void;
	/** What the notes give now; null while they are being read. */
	found: () => Explanation | null;
	/** What the notes would give with other settings, without changing anything. */
	preview: (next: ManagingUpSettings) => Explanation;
}

/** parseWordList reads comma-separated words, trimmed, without blanks or repeats; none gives the defaults. */
export function parseWordList(text: string): readonly string[] {
	const words = text
		.split(",")
		.map((word) => word.trim())
		.filter((word, i, all) => word !== "" && all.indexOf(word) === i);
	return words.length === 0 ? DEFAULT_PERSON_WORDS : words;
}

function ruleDesc(desc: string, found: Explanation | null, key: keyof ConventionRules): string {
	return found === null ? desc : `${desc} (${ruleFoundText(found, key)})`;
}

/**
 * ConventionsSection draws the Conventions settings. `pending` holds toggled rules not yet
 * applied; `redraw` draws the whole tab again (synchronously, so its scroll position stays).
 */
export class ConventionsSection {
	private pending: ConventionRules | null = null;

	constructor(
		private readonly deps: ConventionsDeps,
		private readonly redraw: () => void,
	) {}

	/** display draws the section into the tab. */
	display(containerEl: HTMLElement): void {
		const settings = this.deps.settings();
		const found = this.deps.found();
		const rules = this.pending ?? settings.rules;
		new Setting(containerEl).setName(CONVENTIONS_HEADING).setHeading().setDesc(CONVENTIONS_DESC);
		for (const field of CONVENTION_FIELDS) {
			new Setting(containerEl)
				.setName(field.name)
				.setDesc(ruleDesc(field.desc, found, field.key))
				.addToggle((toggle) =>
					toggle.setValue(rules[field.key]).onChange((value) => {
						const next = { ...(this.pending ?? this.deps.settings().rules), [field.key]: value };
						const same = CONVENTION_FIELDS.every((f) => next[f.key] === this.deps.settings().rules[f.key]);
						this.pending = same ? null : next;
						this.redraw();
					}),
				);
		}
		if (this.pending !== null) this.previewSetting(containerEl, this.pending, found);
		new Setting(containerEl)
			.setName(PERSON_WORDS.name)
			.setDesc(PERSON_WORDS.desc)
			.addText((input) =>
				input
					.setPlaceholder(DEFAULT_PERSON_WORDS.join(", "))
					.setValue(settings.personWords.join(", "))
					.onChange((typed) => this.deps.update({ ...this.deps.settings(), personWords: parseWordList(typed) })),
			);
		const suggestion = settings.me === "" ? (found?.me.suggestion ?? null) : null;
		new Setting(containerEl)
			.setName(ME.name)
			.setDesc(found?.me.path != null ? `${ME.desc} Now: ${found.me.path}.` : ME.desc)
			.addText((input) =>
				input
					.setPlaceholder(suggestion ?? ME_PLACEHOLDER)
					.setValue(settings.me)
					.onChange((typed) => this.deps.update({ ...this.deps.settings(), me: typed.trim() })),
			);
	}

	private previewSetting(containerEl: HTMLElement, rules: ConventionRules, found: Explanation | null): void {
		const trial = { ...this.deps.settings(), rules };
		const text = found === null ? "Your notes are still being read; apply to use these rules." : previewText(found, this.deps.preview(trial));
		new Setting(containerEl)
			.setName("Preview")
			.setDesc(text)
			.addButton((button) =>
				button
					.setButtonText("Apply")
					.setCta()
					.onClick(() => {
						this.pending = null;
						this.deps.update({ ...this.deps.settings(), rules }, "now");
						this.redraw();
					}),
			)
			.addButton((button) =>
				button.setButtonText("Cancel").onClick(() => {
					this.pending = null;
					this.redraw();
				}),
			);
	}
}

/** The keys of the declarative settings (Obsidian 1.13+) this section answers. */
const RULE_KEY = /^rules\.(\w+)$/;

/** conventionDefinitions is the Conventions section for Obsidian 1.13's settings search: the same rows as display(). */
export function conventionDefinitions(found: Explanation | null): SettingDefinitionItem {
	return {
		type: "group",
		heading: CONVENTIONS_HEADING,
		items: [
			...CONVENTION_FIELDS.map((field) => ({
				name: field.name,
				desc: ruleDesc(field.desc, found, field.key),
				control: { type: "toggle" as const, key: `rules.${field.key}` },
			})),
			{ name: PERSON_WORDS.name, desc: PERSON_WORDS.desc, control: { type: "text" as const, key: "personWords", placeholder: DEFAULT_PERSON_WORDS.join(", ") } },
			{ name: ME.name, desc: ME.desc, control: { type: "text" as const, key: "me", placeholder: found?.me.suggestion ?? ME_PLACEHOLDER } },
		],
	};
}

function ruleKey(key: string): keyof ConventionRules | null {
	const name = RULE_KEY.exec(key)?.[1];
	return CONVENTION_FIELDS.find((field) => field.key === name)?.key ?? null;
}

/** conventionValue reads a Conventions value by its declarative key; undefined for other keys. */
export function conventionValue(settings: ManagingUpSettings, key: string): unknown {
	const rule = ruleKey(key);
	if (rule !== null) return settings.rules[rule];
	if (key === "personWords") return settings.personWords.join(", ");
	if (key === "me") return settings.me;
	return undefined;
}

/** setConvention writes a Conventions value by its declarative key; null for other keys or wrong types. */
export function setConvention(settings: ManagingUpSettings, key: string, value: unknown): { next: ManagingUpSettings; rebuild: Rebuild } | null {
	const rule = ruleKey(key);
	if (rule !== null) return typeof value === "boolean" ? { next: { ...settings, rules: { ...settings.rules, [rule]: value } }, rebuild: "now" } : null;
	if (typeof value !== "string") return null;
	if (key === "personWords") return { next: { ...settings, personWords: parseWordList(value) }, rebuild: "later" };
	if (key === "me") return { next: { ...settings, me: value.trim() }, rebuild: "later" };
	return null;
}
