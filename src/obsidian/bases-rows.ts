import { BooleanValue, DateValue, ListValue, NullValue, NumberValue, type BasesPropertyId } from "obsidian";
import type { BasesRow, ChosenLevel } from "../core/viewmodel/bases";
import { PROPERTY_KEYS, type CoreSettings, type Frontmatter } from "../core/types";

/**
 * From Bases' values to the plain values the core reads (what the metadata cache would hand
 * over): text, numbers, booleans, lists, null. Only called on Obsidian 1.10+, where these
 * classes exist: the functions here take the narrow shapes below, and only the registration
 * (bases.ts, behind `requireApiVersion`) hands them Bases' own objects.
 */

/** What is read of a Bases value (obsidian's Value): its text. */
export interface ValueLike {
	toString(): string;
}

/** What is read of a list value (obsidian's ListValue). */
interface ListLike extends ValueLike {
	length(): number;
	get(index: number): ValueLike;
}

/** What is read of a row of a base (obsidian's BasesEntry). */
export interface EntryLike {
	file: { path: string; extension: string };
	getValue(propertyId: BasesPropertyId): ValueLike | null;
}

/** What is read of a view's config (obsidian's BasesViewConfig). */
export interface ConfigLike {
	getAsPropertyId(key: string): BasesPropertyId | null;
	getDisplayName(propertyId: BasesPropertyId): string;
}

/** The most items of a list value read: a property never needs more, a hostile one may hold millions. */
const MAX_ITEMS = 1000;

/** plainValue turns a Bases value into a frontmatter-like value; a date as its `YYYY-MM-DD`, anything else as its text. */
export function plainValue(value: ValueLike | null, depth = 0): unknown {
	if (value === null || value instanceof NullValue) return null;
	const text = value.toString();
	if (value instanceof ListValue) {
		const list: ListLike = value;
		if (depth > 3) return text;
		const items: unknown[] = [];
		for (let i = 0; i < Math.min(list.length(), MAX_ITEMS); i++) items.push(plainValue(list.get(i), depth + 1));
		return items;
	}
	if (value instanceof NumberValue) return Number(text);
	if (value instanceof BooleanValue) return text === "true";
	// A date property's value: its calendar date, as the metadata cache writes it.
	if (value instanceof DateValue) return /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? text;
	return text;
}

/** The names the core reads a person under: every name of every property the plugin knows, and `title`. */
export function personPropertyNames(settings: CoreSettings): string[] {
	const names = new Set<string>(["title"]);
	for (const key of PROPERTY_KEYS) for (const name of settings.properties[key]) names.add(name);
	return [...names];
}

/** The note property the plugin reads a level from, as a Bases property id: the view options' default. */
export function defaultLevelProperty(settings: CoreSettings, level: "influence" | "interest"): BasesPropertyId {
	return `note.${settings.properties[level][0] ?? level}`;
}

/** chosenLevel is the level a view's option chose for a row, when it chose another property than the plugin's. */
function chosenLevel(entry: EntryLike, config: ConfigLike, settings: CoreSettings, level: "influence" | "interest"): ChosenLevel | undefined {
	const id = config.getAsPropertyId(level);
	if (id === null || id === defaultLevelProperty(settings, level)) return undefined;
	return { key: config.getDisplayName(id), value: plainValue(entry.getValue(id)) };
}

/**
 * basesRows reads a base's markdown rows for the core: a row the index knows needs no values
 * (its reading is the index's); any other row's values are read under the plugin's property names.
 */
export function basesRows(entries: readonly EntryLike[], config: ConfigLike, settings: CoreSettings, known: ReadonlySet<string>, levels: boolean): BasesRow[] {
	const names = personPropertyNames(settings);
	return entries
		.filter((entry) => entry.file.extension === "md")
		.map((entry) => {
			const values: Frontmatter = {};
			if (!known.has(entry.file.path)) {
				for (const name of names) {
					const value = plainValue(entry.getValue(`note.${name}`));
					if (value !== null) values[name] = value;
				}
			}
			const row: BasesRow = { path: entry.file.path, values };
			if (levels) {
				const influence = chosenLevel(entry, config, settings, "influence");
				const interest = chosenLevel(entry, config, settings, "interest");
				if (influence !== undefined) row.influence = influence;
				if (interest !== undefined) row.interest = interest;
			}
			return row;
		});
}
