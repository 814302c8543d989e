import { titleOf } from "../read";
import { isRecord } from "../unknown";
import { unwrapLink } from "../values";
import { stripFrontmatter } from "./tasks";
import { BUILT_IN_TEMPLATES, defaultBuiltIn, type AgendaTemplate } from "./templates";

/** A note in the templates folder, as the plugin or the CLI read it. */
export interface TemplateNote {
	/** Vault-relative path. */
	path: string;
	/** Its frontmatter (Obsidian's cache or the CLI's YAML reader); null when it has none. */
	frontmatter: unknown;
	/** The whole note text, frontmatter included. */
	text: string;
}

/** Template frontmatter keys that say which relationships a template fits. */
const FIT_KEYS = ["relationships", "relationship"];

/** Names of the template note that "New stakeholder" uses for person notes (case-insensitive). */
export const PERSON_TEMPLATE_NAMES: readonly string[] = ["stakeholder", "person", "person note", "new stakeholder"];

/** isPersonTemplate says whether a note in the templates folder is the person-note template rather than an agenda. */
export function isPersonTemplate(path: string): boolean {
	return PERSON_TEMPLATE_NAMES.includes(titleOf(path).trim().toLowerCase());
}

function relationshipsOf(value: unknown): string[] {
	const unwrapped = unwrapLink(value);
	const items: unknown[] = Array.isArray(unwrapped) ? unwrapped : [unwrapped];
	return items
		.flatMap((item) => (typeof item === "string" ? item.split(",") : []))
		.map((item) => item.trim().toLowerCase())
		.filter((item) => item !== "");
}

/**
 * userTemplate reads a note of the templates folder as an agenda template. Its frontmatter may
 * name the relationships it fits (`relationships: [manager, skip-level]` or
 * `relationship: peer`); without them it fits everyone. Its other properties are copied into
 * each agenda made from it.
 */
export function userTemplate(note: TemplateNote, exclude: readonly string[] = ["with", "date"]): AgendaTemplate {
	const frontmatter = isRecord(note.frontmatter) ? note.frontmatter : {};
	const relationships: string[] = [];
	const properties: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(frontmatter)) {
		if (FIT_KEYS.includes(key.toLowerCase())) relationships.push(...relationshipsOf(value));
		else if (!exclude.includes(key)) properties[key] = value;
	}
	return {
		id: note.path,
		name: titleOf(note.path),
		relationships: [...new Set(relationships)],
		body: stripFrontmatter(note.text),
		builtIn: false,
		properties,
	};
}

/**
 * templatesFor lists the templates that fit a relationship, the one to use by default first:
 * user templates that name the relationship, then the relationship's built-in, then user
 * templates that name no relationship, then the other built-ins that fit. A picker is only
 * needed when the list holds more than one.
 */
export function templatesFor(relationship: string | null, userTemplates: readonly AgendaTemplate[]): AgendaTemplate[] {
	const wanted = (relationship ?? "").toLowerCase();
	const byName = (a: AgendaTemplate, b: AgendaTemplate): number =>
		a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0;
	const named = userTemplates.filter((t) => wanted !== "" && t.relationships.includes(wanted)).sort(byName);
	const general = userTemplates.filter((t) => t.relationships.length === 0).sort(byName);
	const builtInDefault = defaultBuiltIn(relationship);
	const otherBuiltIns = BUILT_IN_TEMPLATES.filter(
		(t) => t.id !== builtInDefault.id && wanted !== "" && t.relationships.includes(wanted),
	);
	return [...named, builtInDefault, ...general, ...otherBuiltIns];
}

/**
 * findTemplate finds a template by name for `--template NAME`: a user template's title or
 * path, a built-in's name, or a built-in's short id (`manager`, `skip-level`, `peer`,
 * `career`), case-insensitive. User templates win over built-ins of the same name.
 */
export function findTemplate(name: string, userTemplates: readonly AgendaTemplate[]): AgendaTemplate | null {
	const wanted = name.trim().toLowerCase().replace(/\.md$/, "");
	const all = [...userTemplates, ...BUILT_IN_TEMPLATES];
	return (
		all.find((t) => t.name.toLowerCase() === wanted) ??
		all.find((t) => t.id.toLowerCase().replace(/\.md$/, "") === wanted) ??
		all.find((t) => t.builtIn && t.id === `builtin:${wanted}`) ??
		null
	);
}

/** templateNames lists every template's name, for a message that says which names exist. */
export function templateNames(userTemplates: readonly AgendaTemplate[]): string[] {
	return [...userTemplates, ...BUILT_IN_TEMPLATES].map((t) => t.name);
}
