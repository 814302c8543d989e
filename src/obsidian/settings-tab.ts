import { PluginSettingTab, Setting, normalizePath, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { DEFAULT_PROPERTY_LISTS, type DefaultCadences, type PropertyKey } from "../core/types";
import { DEFAULT_SETTINGS, type ManagingUpSettings } from "../settings";
import { CALENDAR_FILE_FIELD, type Field } from "./settings-fields";
import { ConventionsSection, conventionDefinitions, conventionValue, setConvention, type ConventionsDeps } from "./settings-conventions";

/** What the settings tab needs from the plugin: the settings, a way to change them, and what the notes give. */
export interface SettingsTabDeps extends ConventionsDeps {
	settings: () => ManagingUpSettings;
	/**
	 * Replaces the settings (a new object); the plugin saves them and re-reads the notes, by
	 * default once the user pauses typing ("later"), at once for "now".
	 */
	update: ConventionsDeps["update"];
}

/** The property settings, in the order shown, with a line on what each is for. */
const PROPERTY_FIELDS: readonly { key: PropertyKey; name: string; desc: string }[] = [
	{ key: "person", name: "Person", desc: "Marks a note as a stakeholder and holds their display name; a link to another note makes the note about that person." },
	{ key: "name", name: "Name", desc: "Their display name, when the note is a person by its type, tags or folder." },
	{ key: "aliases", name: "Aliases", desc: "Other names for the same person: names in meetings match them." },
	{ key: "type", name: "Type", desc: "A type or category such as person or [[People]] makes a note a person." },
	{ key: "tags", name: "Tags", desc: "A tag such as person or people/colleague makes a note a person." },
	{ key: "role", name: "Role", desc: "Their job title." },
	{ key: "relationship", name: "Relationship", desc: "Manager, skip-level, peer, sponsor, mentor, report or stakeholder." },
	{ key: "influence", name: "Influence", desc: "Low, medium or high (or 1 to 5)." },
	{ key: "interest", name: "Interest", desc: "How much they care about your work: low, medium or high." },
	{ key: "lastContact", name: "Last contact", desc: "The date of your last real conversation." },
	{ key: "cadence", name: "Cadence", desc: "How often you want to be in touch, such as 14, 2w or monthly." },
	{ key: "followUp", name: "Follow-up date", desc: "The date by which you must follow up." },
	{ key: "followUpNote", name: "Follow-up note", desc: "What the follow-up is about." },
	{ key: "snoozeUntil", name: "Snooze until", desc: "Hides the contact reminder until this date." },
	{ key: "reportsTo", name: "Reports to", desc: "A link to their manager's note." },
	{ key: "caresAbout", name: "Cares about", desc: "Their priorities." },
	{ key: "with", name: "Meeting with", desc: "In 1:1 notes: links to the people the meeting was with. The plugin writes this one." },
	{ key: "attendees", name: "Attendees", desc: "In other meeting notes: the people there, as links, names or one comma-separated line." },
	{ key: "date", name: "Meeting date", desc: "In 1:1 notes: the date of the meeting." },
	{ key: "contactHistory", name: "Contact history", desc: "Earlier contacts: Log contact today keeps the previous last contact in this list." },
	{ key: "followUpsDone", name: "Follow-ups done", desc: "Done adds the day and what the follow-up was to this list." },
	{ key: "followUpSent", name: "Follow-up sent", desc: "In 1:1 notes: the date you wrote the follow-up. The plugin writes this one." },
	{ key: "revisit", name: "Revisit", desc: "In 1:1 notes: the date to come back to a deferred decision." },
];

/** parseWholeNumber reads a whole number of at least `min` from typed text, else null. */
export function parseWholeNumber(text: string, min: number): number | null {
	const trimmed = text.trim();
	if (!/^\d+$/.test(trimmed)) return null;
	const value = Number(trimmed);
	return Number.isSafeInteger(value) && value >= min ? value : null;
}

/** parseFolderList reads folders separated by commas or new lines, normalised, without blanks or repeats. */
export function parseFolderList(text: string): string[] {
	const folders = text
		.split(/[,\n]/)
		.map((folder) => folder.trim())
		.filter((folder) => folder !== "")
		.map((folder) => normalizePath(folder))
		.filter((folder) => folder !== "/");
	return [...new Set(folders)];
}

/** folderPath normalises one typed folder; blank means the vault root. */
function folderPath(text: string): string {
	const trimmed = text.trim();
	if (trimmed === "") return "";
	const path = normalizePath(trimmed);
	return path === "/" ? "" : path;
}

interface Section {
	heading: string | null;
	desc?: string;
	fields: Field[];
}

const text = (value: string | number): string => String(value);

function folderField(key: "peopleFolder" | "agendaFolder" | "templatesFolder", name: string, desc: string, placeholder: string): Field {
	return {
		key,
		name,
		desc,
		kind: "text",
		placeholder,
		get: (s) => s[key],
		set: (s, value) => ({ ...s, [key]: folderPath(text(value)) }),
	};
}

function cadenceField(key: keyof DefaultCadences, name: string): Field {
	return {
		key: `defaultCadenceDays.${key}`,
		name,
		desc: "Days between conversations.",
		kind: "number",
		placeholder: String(DEFAULT_SETTINGS.defaultCadenceDays[key]),
		min: 1,
		get: (s) => s.defaultCadenceDays[key],
		set: (s, value) => ({ ...s, defaultCadenceDays: { ...s.defaultCadenceDays, [key]: Number(value) } }),
	};
}

/** daysField is a setting that counts days, with its default as the placeholder. */
function daysField(key: "dueSoonDays" | "skipLevelDays", name: string, desc: string, min: number): Field {
	return { key, name, desc, kind: "number", placeholder: String(DEFAULT_SETTINGS[key]), min, get: (s) => s[key], set: (s, value) => ({ ...s, [key]: Number(value) }) };
}

/** SECTIONS lists every setting once; display() and getSettingDefinitions() both draw from it. */
const SECTIONS: readonly Section[] = [
	{
		heading: null,
		fields: [
			{
				key: "peopleFolders",
				name: "People folders",
				desc: "Stakeholders are looked for only in these folders, separated by commas or new lines. Leave empty to look in the whole vault.",
				kind: "textarea",
				placeholder: "People",
				get: (s) => s.peopleFolders.join("\n"),
				set: (s, value) => ({ ...s, peopleFolders: parseFolderList(text(value)) }),
			},
			folderField("peopleFolder", "Folder for new people", "Where new stakeholder notes are created.", DEFAULT_SETTINGS.peopleFolder),
			folderField("agendaFolder", "Agenda folder", "Where new 1:1 agendas are created.", DEFAULT_SETTINGS.agendaFolder),
			folderField(
				"templatesFolder",
				"Templates folder",
				"Each note in this folder is an agenda template. Leave empty to use the built-in templates only.",
				"Templates/1-1",
			),
			CALENDAR_FILE_FIELD,
		],
	},
	{
		heading: "Keeping in touch",
		desc: "How many days may pass between conversations when a person has no cadence of their own.",
		fields: [
			cadenceField("high", "High influence"),
			cadenceField("medium", "Medium influence"),
			cadenceField("low", "Low influence"),
			cadenceField("unset", "No influence set"),
			daysField("dueSoonDays", "Due soon", "How many days ahead, today included, a conversation counts as due soon.", 0),
			daysField("skipLevelDays", "Skip-level not met", "After how many days without a conversation the dashboard's Org section says you have not met your skip-level.", 1),
		],
	},
	{
		heading: "Property names",
		desc: "The names each property is read under, separated by commas: the first one a note has wins, and the first name is the one the plugin writes. Leave one empty for its defaults.",
		fields: PROPERTY_FIELDS.map(({ key, name, desc }) => ({
			key: `properties.${key}`,
			name,
			desc,
			kind: "text" as const,
			placeholder: DEFAULT_PROPERTY_LISTS[key].join(", "),
			get: (s: ManagingUpSettings) => s.properties[key].join(", "),
			set: (s: ManagingUpSettings, value: string | number) => ({
				...s,
				properties: { ...s.properties, [key]: nameList(text(value), DEFAULT_PROPERTY_LISTS[key]) },
			}),
		})),
	},
];

const FIELDS = new Map(SECTIONS.flatMap((section) => section.fields.map((field) => [field.key, field] as const)));

/** nameList reads a comma-separated list of property names; empty gives the defaults. */
function nameList(value: string, defaults: readonly string[]): readonly string[] {
	const names = value
		.split(",")
		.map((name) => name.trim())
		.filter((name, i, all) => name !== "" && all.indexOf(name) === i);
	return names.length === 0 ? defaults : names;
}

/** wholeNumberHint is what a number field says when the text is not a whole number. */
function wholeNumberHint(min: number): string {
	return `Enter a whole number, ${min} or more.`;
}

/**
 * ManagingUpSettingTab lets the user rename the properties, limit where stakeholders are looked
 * for, choose the folders for agendas, templates and new people, and set the default cadences.
 * Every valid change is applied at once (the plugin re-reads the notes and saves, debounced);
 * text that is not a whole number is shown as a hint and not applied. display() draws the tab
 * for Obsidian before 1.13; getSettingDefinitions() gives 1.13+ the same settings for search.
 */
export class ManagingUpSettingTab extends PluginSettingTab {
	private readonly conventions: ConventionsSection;

	constructor(
		app: App,
		plugin: Plugin,
		private readonly deps: SettingsTabDeps,
	) {
		super(app, plugin);
		this.conventions = new ConventionsSection(deps, () => this.draw());
	}

	override display(): void {
		this.draw();
	}

	/** draw fills the tab; the Conventions section calls it again for a preview (display() is deprecated in 1.13's typings). */
	private draw(): void {
		const { containerEl } = this;
		containerEl.empty();
		SECTIONS.forEach((section, i) => {
			// Conventions come right after the folders: they decide who is found at all.
			if (i === 1) this.conventions.display(containerEl);
			if (section.heading !== null) {
				const heading = new Setting(containerEl).setName(section.heading).setHeading();
				if (section.desc) heading.setDesc(section.desc);
			}
			for (const field of section.fields) this.fieldSetting(containerEl, field);
		});
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		const groups = SECTIONS.map((section): SettingDefinitionItem => ({
			type: "group" as const,
			heading: section.heading ?? undefined,
			items: section.fields.map((field) => ({
				name: field.name,
				desc: field.desc,
				control:
					field.kind === "number"
						? {
								type: "number" as const,
								key: field.key,
								placeholder: field.placeholder,
								min: field.min,
								step: 1,
								validate: (value: number) =>
									Number.isInteger(value) && value >= (field.min ?? 0) ? undefined : wholeNumberHint(field.min ?? 0),
							}
						: { type: field.kind, key: field.key, placeholder: field.placeholder },
			})),
		}));
		groups.splice(1, 0, conventionDefinitions(this.deps.found()));
		return groups;
	}

	override getControlValue(key: string): unknown {
		return FIELDS.get(key)?.get(this.deps.settings()) ?? conventionValue(this.deps.settings(), key);
	}

	override setControlValue(key: string, value: unknown): void {
		const convention = setConvention(this.deps.settings(), key, value);
		if (convention !== null) {
			this.deps.update(convention.next, convention.rebuild);
			return;
		}
		const field = FIELDS.get(key);
		if (!field || (typeof value !== "string" && typeof value !== "number")) return;
		if (field.kind === "number" && parseWholeNumber(String(value), field.min ?? 0) === null) return;
		this.deps.update(field.set(this.deps.settings(), value), "later");
	}

	private fieldSetting(containerEl: HTMLElement, field: Field): void {
		const setting = new Setting(containerEl).setName(field.name).setDesc(field.desc);
		const value = String(field.get(this.deps.settings()));
		const onChange = (typed: string): void => {
			if (field.kind === "number") {
				const number = parseWholeNumber(typed, field.min ?? 0);
				setting.setDesc(number === null ? wholeNumberHint(field.min ?? 0) : field.desc);
				if (number === null) return;
				this.deps.update(field.set(this.deps.settings(), number), "later");
				return;
			}
			this.deps.update(field.set(this.deps.settings(), typed), "later");
		};
		if (field.kind === "textarea") {
			setting.addTextArea((area) => area.setPlaceholder(field.placeholder).setValue(value).onChange(onChange));
			return;
		}
		setting.addText((input) => {
			if (field.kind === "number") input.inputEl.setAttr("inputmode", "numeric");
			input.setPlaceholder(field.placeholder).setValue(value).onChange(onChange);
		});
	}
}
