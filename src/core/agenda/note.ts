import type { IsoDate, PropertyNames } from "../types";
import { agendaBaseName, sanitizeFileName, uniqueNotePath } from "./file-names";
import { escapeBraces, renderAgenda, type AgendaContext } from "./render";
import type { AgendaTemplate } from "./templates";

/** A new note to create: where, its properties (in order) and its text below the properties. */
export interface NewNote {
	path: string;
	properties: Record<string, unknown>;
	body: string;
}

/** What an agenda note needs besides the rendered context. */
export interface AgendaNoteInput {
	template: AgendaTemplate;
	context: AgendaContext;
	/** The link to the person note, as written into `with`: `[[Jane Doe]]`. */
	personLink: string;
	folder: string;
	names: PropertyNames;
	/** Whether a vault-relative path is taken. */
	exists: (path: string) => boolean;
}

/**
 * agendaNote is the 1:1 note "New 1:1 agenda" creates: `<folder>/<yyyy-MM-dd> <Person>.md`
 * (` 2`, ` 3` when taken), with `with` and `date` first, then the template's own properties,
 * and the rendered agenda as its text.
 */
export function agendaNote(input: AgendaNoteInput): NewNote {
	const { context, names } = input;
	const path = uniqueNotePath(input.folder, agendaBaseName(context.today, context.person), input.exists);
	const properties: Record<string, unknown> = { [names.with]: input.personLink, [names.date]: context.today };
	for (const [key, value] of Object.entries(input.template.properties)) {
		if (!(key in properties)) properties[key] = value;
	}
	return { path, properties, body: renderAgenda(input.template.body, context) };
}

/** The text of a new person note when the templates folder has no person template. */
export const PERSON_NOTE_BODY = `## How we work together

## Notes
`;

/**
 * personNoteProperties is every property of a person note, empty but in place so that the
 * Properties panel shows what can be filled in; `person` holds the name. A template's own
 * properties come first and keep their values.
 */
export function personNoteProperties(name: string, names: PropertyNames, fromTemplate: Record<string, unknown> = {}): Record<string, unknown> {
	const properties: Record<string, unknown> = { ...fromTemplate, [names.person]: name };
	const empty: [string, unknown][] = [
		[names.role, null],
		[names.relationship, null],
		[names.influence, null],
		[names.interest, null],
		[names.lastContact, null],
		[names.cadence, null],
		[names.followUp, null],
		[names.followUpNote, null],
		[names.snoozeUntil, null],
		[names.reportsTo, null],
		[names.caresAbout, []],
	];
	for (const [key, value] of empty) {
		if (!(key in properties)) properties[key] = value;
	}
	return properties;
}

/** renderPersonTemplate fills in `{{person}}`, `{{title}}` and `{{date}}` of a person-note template; other placeholders stay. */
export function renderPersonTemplate(body: string, name: string, today: IsoDate): string {
	return body.replace(/\{\{\s*(person|title|date)\s*\}\}/gi, (_match: string, key: string) =>
		key.toLowerCase() === "date" ? today : escapeBraces(name),
	);
}

/** personNotePath is where "New stakeholder" puts a person: `<folder>/<Name>.md`, never over an existing note. */
export function personNotePath(folder: string, name: string, exists: (path: string) => boolean): string {
	return uniqueNotePath(folder, sanitizeFileName(name), exists);
}
