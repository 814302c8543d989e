import {
	describe,
	displayOfRef,
	isEmpty,
	isRejected,
	parseWikilink,
	readCadence,
	readDate,
	readLevel,
	readRef,
	readRefList,
	readText,
	readTextList,
	unwrapLink,
	type Reading,
} from "./values";
import { validIsoDate } from "./dates";
import type { CoreSettings, MeetingRecord, NoteReading, PersonRecord, Problem } from "./types";

/** titleOf is a note's title: its file name without folder and `.md`. */
export function titleOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

/** isInFolders says whether a path lies in one of the folders; no folders means anywhere. */
export function isInFolders(path: string, folders: readonly string[]): boolean {
	const wanted = folders.map((f) => f.trim().replace(/^\/+|\/+$/g, "")).filter((f) => f !== "");
	if (wanted.length === 0) return true;
	return wanted.some((folder) => path.startsWith(`${folder}/`));
}

/** Collects the problems of one note while its properties are read. */
class NoteReader {
	readonly problems: Problem[] = [];

	constructor(
		readonly path: string,
		readonly frontmatter: Record<string, unknown>,
	) {}

	/** field reads one property with a value reader; an unreadable value becomes a problem and counts as absent. */
	field<T>(key: string, reader: (value: unknown) => Reading<T>): T | null {
		const value = this.frontmatter[key];
		const reading = reader(value);
		if (isRejected(reading)) {
			this.problem(key, value, `${key}: ${reading.rejected}`);
			return null;
		}
		return reading;
	}

	problem(key: string | null, value: unknown, message: string): void {
		this.problems.push({ path: this.path, key, value, message });
	}
}

/** isTemplate says whether a note lies in the templates folder: a template's `type: person` or `with` is not a real person or meeting. */
function isTemplate(path: string, settings: CoreSettings): boolean {
	return settings.templatesFolder.trim() !== "" && isInFolders(path, [settings.templatesFolder]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** hasPersonType says whether `type` is `person` (text, a list holding it, or a link to it). */
function hasPersonType(value: unknown): boolean {
	// An unquoted `type: [[person]]` is a list holding a list: unwrap the whole value first.
	const whole = unwrapLink(value);
	const items: unknown[] = Array.isArray(whole) ? whole.map(unwrapLink) : [whole];
	return items.some((item) => {
		if (typeof item !== "string") return false;
		const link = parseWikilink(item);
		const text = (link ? displayOfRef(link) : item).trim().toLowerCase();
		return text === "person";
	});
}

/** personName reads the `person` property into a display name: text, a link's alias or basename, a list's first item, `true` for the title. */
function personName(value: unknown, title: string): Reading<string> {
	const unwrapped = unwrapLink(value);
	if (unwrapped === true) return title;
	if (Array.isArray(unwrapped)) {
		const first: unknown = unwrapped.map(unwrapLink).find((item) => !isEmpty(item));
		if (first === undefined) return null;
		if (Array.isArray(first)) return { rejected: `is a list inside a list; use text` };
		return personName(first, title);
	}
	if (typeof unwrapped === "string") {
		const link = parseWikilink(unwrapped);
		return link ? displayOfRef(link) : unwrapped.trim() || null;
	}
	if (typeof unwrapped === "number") return String(unwrapped);
	if (isEmpty(unwrapped) || unwrapped === false) return null;
	return { rejected: `is ${describe(unwrapped)}; use text, a link like [[Name]], or true for the note's title` };
}

/**
 * readNote reads one note's frontmatter into a stakeholder or a 1:1 note record, with a problem
 * for every value it cannot read. A note with `with` is a 1:1 note; a note with a non-empty
 * `person` or `type: person` (inside the people folders, when set) is a stakeholder.
 */
export function readNote(path: string, frontmatter: unknown, settings: CoreSettings): NoteReading {
	if (frontmatter === undefined || frontmatter === null || isTemplate(path, settings)) return { record: null, problems: [] };
	if (!isPlainObject(frontmatter)) {
		return {
			record: null,
			problems: [
				{
					path,
					key: null,
					value: frontmatter,
					message: `The properties are ${describe(frontmatter)}, not a list of "key: value" lines; no property of this note can be read`,
				},
			],
		};
	}
	const names = settings.properties;
	const reader = new NoteReader(path, frontmatter);
	const title = titleOf(path);

	if (!isEmpty(unwrapLink(frontmatter[names.with]))) {
		return { record: readMeeting(reader, title, settings), problems: reader.problems };
	}

	const personValue = frontmatter[names.person];
	const claimsPerson = (!isEmpty(personValue) && personValue !== false) || hasPersonType(frontmatter.type);
	if (!claimsPerson || !isInFolders(path, settings.peopleFolders)) {
		return { record: null, problems: [] };
	}
	return { record: readPerson(reader, title, settings), problems: reader.problems };
}

function readPerson(reader: NoteReader, title: string, settings: CoreSettings): PersonRecord {
	const names = settings.properties;
	const fm = reader.frontmatter;
	const person = reader.field(names.person, (value) => personName(value, title)) ?? title;
	const reportsToKey = isEmpty(fm[names.reportsTo]) && !isEmpty(fm.manager) ? "manager" : names.reportsTo;
	const relationship = reader.field(names.relationship, readText);
	return {
		kind: "person",
		path: reader.path,
		title,
		person,
		role: reader.field(names.role, readText),
		relationship: relationship === null ? null : relationship.toLowerCase(),
		influence: reader.field(names.influence, readLevel),
		interest: reader.field(names.interest, readLevel),
		lastContact: reader.field(names.lastContact, readDate),
		cadence: reader.field(names.cadence, readCadence),
		followUp: reader.field(names.followUp, readDate),
		followUpNote: reader.field(names.followUpNote, readText),
		snoozeUntil: reader.field(names.snoozeUntil, readDate),
		reportsTo: reader.field(reportsToKey, readRef),
		caresAbout: reader.field(names.caresAbout, readTextList) ?? [],
	};
}

/** dateFromFileName reads a `yyyy-MM-dd` at the start of a note's title. */
export function dateFromFileName(title: string): string | null {
	const match = /^(\d{4}-\d{2}-\d{2})(?!\d)/.exec(title);
	return match?.[1] ? validIsoDate(match[1]) : null;
}

function readMeeting(reader: NoteReader, title: string, settings: CoreSettings): MeetingRecord {
	const names = settings.properties;
	const people = reader.field(names.with, readRefList) ?? [];
	let date = reader.field(names.date, readDate);
	if (date === null) {
		date = dateFromFileName(title);
		if (date === null && isEmpty(reader.frontmatter[names.date])) {
			reader.problem(
				names.date,
				null,
				`${names.date}: this 1:1 note has no date; add ${names.date}: YYYY-MM-DD or start the file name with YYYY-MM-DD`,
			);
		}
	}
	return {
		kind: "meeting",
		path: reader.path,
		title,
		with: people,
		date,
		followUp: reader.field(names.followUp, readDate),
		followUpNote: reader.field(names.followUpNote, readText),
	};
}
