import { titleName } from "./conventions";
import { emailParts } from "./names";
import { bareName } from "./name-words";
import { foldName, linkBasename } from "./values";
import type { LinkResolver, NoteRef, PersonRecord } from "./types";

/** compareNames orders display names case-insensitively, the same way on every machine. */
export function compareNames(a: string, b: string): number {
	const x = a.toLowerCase();
	const y = b.toLowerCase();
	return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Words a meeting uses for the user themself (a template's `- _You!_` among the attendees): never a stakeholder, never someone without a note. */
const SELF_WORDS: ReadonlySet<string> = new Set(["me", "myself", "i", "self", "moi", "you"]);

/** isSelfWord says whether a name is one of the words for the user themself (`Me`, `myself`). */
export function isSelfWord(name: string): boolean {
	return SELF_WORDS.has(foldName(name.trim()));
}

function withoutMd(path: string): string {
	return path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
}

/** The people of a vault once the rules that need every note have run. */
export interface People {
	/** The stakeholders: every person but the user and the notes of a person folder that are not its person. */
	stakeholders: PersonRecord[];
	/** The user's own person note, when `me` names one. */
	me: PersonRecord | null;
	/** The `me` setting, case-folded, when it names no person note: a meeting naming it names the user ("That's me"). */
	meName?: string | null;
}

/**
 * peopleOf applies the rules that need every person note: a note in a subfolder of a people
 * folder is a person unless that subfolder is a person folder (has its own folder note, as
 * `People/Niko Dukic/README.md`), and the user (`me`: a path or a name; unset, the note with
 * the alias `Me`) is not a stakeholder.
 */
export function peopleOf(records: Iterable<PersonRecord>, me: string): People {
	const all = [...records];
	const personFolders = new Set<string>();
	for (const record of all) if (record.folder !== null) personFolders.add(record.folder);
	const wanted = foldName(me.trim());
	const wantedPath = withoutMd(wanted);
	let mine: PersonRecord | null = null;
	if (wanted === "") {
		// Unset, the user is the person note that calls itself `Me` among its aliases.
		mine = all.slice().sort((a, b) => compareNames(a.path, b.path)).find((r) => r.aliases.some((alias) => SELF_WORDS.has(foldName(alias.trim())))) ?? null;
	} else {
		const sorted = all.slice().sort((a, b) => compareNames(a.path, b.path));
		mine =
			sorted.find((r) => withoutMd(foldName(r.path)) === wantedPath) ??
			sorted.find((r) => foldName(r.person) === wanted || foldName(r.title) === wanted) ??
			sorted.find((r) => r.aliases.some((alias) => foldName(alias) === wanted)) ??
			null;
	}
	const stakeholders = all.filter((r) => r !== mine && (r.subfolder === null || !personFolders.has(r.subfolder)));
	return { stakeholders, me: mine, meName: mine === null && wanted !== "" ? wanted : null };
}

/** firstLast turns `doe, jane` (a last name first, as address books write it) into `jane doe`; any other name is kept. */
function firstLast(name: string): string {
	const comma = name.indexOf(",");
	if (comma < 0 || name.indexOf(",", comma + 1) >= 0) return name;
	return `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`;
}

/** The separators compactName drops: spaces, dots, underscores and hyphens. */
const NAME_SEPARATORS = /[\s._-]+/g;

/**
 * compactName is a folded name without its separators, so that `JohnSmith`, `john.smith` and
 * `john_smith` find `John Smith`. Only a person's name of more than one word is looked up so,
 * and only when no name matches as written: `Jane` still finds no `Jane Doe`.
 */
function compactName(folded: string): string {
	return folded.replace(NAME_SEPARATORS, "");
}

/** What a reference found: a stakeholder, the user, or no one. */
export type Found = { path: string } | "me" | null;

/**
 * PersonDirectory finds the stakeholder a link or a name points to: as Obsidian resolves the
 * link, else by display name, file name (without a `Person - ` prefix), alias or person folder,
 * as Obsidian's link suggester matches names and aliases. A first name alone finds no one.
 */
export class PersonDirectory {
	private readonly byPath = new Map<string, PersonRecord>();
	private readonly byName = new Map<string, string>();
	/** A name of more than one word (`John Smith`, `Mary-Jane Watson`) written as one (`JohnSmith`, `john.smith`): see compactName. */
	private readonly byCompact = new Map<string, string>();
	private readonly byFolder = new Map<string, string>();
	private readonly meWords = new Set<string>(SELF_WORDS);

	constructor(
		people: People | Iterable<PersonRecord>,
		private readonly resolve: LinkResolver,
	) {
		const { stakeholders, me, meName } = "stakeholders" in people ? people : { stakeholders: [...people], me: null, meName: null };
		this.mePath = me?.path ?? null;
		this.meRecord = me;
		if (me !== null) {
			for (const name of [me.person, me.title, titleName(me.title), ...me.aliases]) this.meWords.add(foldName(name));
		} else if (meName !== undefined && meName !== null) {
			this.meWords.add(meName);
		}
		// By path, so that of two people with the same name the same one wins on every machine.
		const sorted = [...stakeholders].sort((a, b) => compareNames(a.path, b.path));
		const add = (name: string, path: string): void => {
			const key = foldName(name.trim());
			if (key !== "" && !this.byName.has(key)) this.byName.set(key, path);
			const compact = compactName(key);
			if (compact !== key && compact !== "" && !this.byCompact.has(compact)) this.byCompact.set(compact, path);
		};
		for (const person of sorted) {
			this.byPath.set(person.path, person);
			add(person.person, person.path);
			if (person.folder !== null) this.byFolder.set(foldName(person.folder), person.path);
		}
		for (const person of sorted) add(person.title, person.path);
		for (const person of sorted) add(titleName(person.title), person.path);
		for (const person of sorted) for (const alias of person.aliases) add(alias, person.path);
	}

	/** The user's own person note, when the settings name one. */
	readonly mePath: string | null;

	/** The user's own person record, when the settings name one (its `reports-to` starts your chain). */
	readonly meRecord: PersonRecord | null;

	/** records are the stakeholders' records, as now replaced. */
	records(): IterableIterator<PersonRecord> {
		return this.byPath.values();
	}

	/** find resolves a reference as Obsidian would, else by a stakeholder's names; "me" for the user. `loose`: see the link without a note below. */
	find(ref: NoteRef, sourcePath: string, loose = false): Found {
		if (ref.folder === true) {
			const path = this.byFolder.get(foldName(ref.target));
			return path === undefined ? null : { path };
		}
		const resolved = this.resolve(ref.target, sourcePath);
		if (resolved !== null) {
			if (resolved === this.mePath) return "me";
			if (this.byPath.has(resolved)) return { path: resolved };
		}
		const candidates = ref.isLink ? [ref.target, linkBasename(ref.target), ref.alias] : [ref.target];
		for (const text of candidates) {
			if (text === null) continue;
			const key = foldName(text.trim());
			const path = this.byName.get(key);
			if (path !== undefined) return { path };
			if (this.meWords.has(key)) return "me";
		}
		// Among a meeting's people (`loose`), a link to no note with a word about its person
		// (`[[Sarah Johnson - Tech Lead]]`) finds them by the name alone; a `with` link that finds
		// no note stays a problem to fix (`[[Jane Doe (former)]]`).
		if (loose && ref.isLink && resolved === null) {
			const bare = bareName(linkBasename(ref.target));
			if (bare !== null) return this.find({ target: bare, alias: null, isLink: false }, sourcePath);
		}
		// Meeting tools write attendees as handles (`attendees: [JohnSmith]`, `@JohnSmith`): a plain name, never a link Obsidian left unresolved.
		if (!ref.isLink) {
			// An attendee written as an e-mail address (`jane.doe@acme.com`) is looked up by the name before the `@`.
			const target = ref.target.trim();
			const local = emailParts(target)?.local;
			const name = foldName(local ?? target);
			const path = (local === undefined ? undefined : this.byName.get(name)) ?? this.byName.get(firstLast(name)) ?? this.byCompact.get(compactName(name));
			if (path !== undefined) return { path };
			// `Jane Doe (PM)`, `Bo Li - Backend`: the name without the word about them.
			const bare = bareName(target);
			if (bare !== null) return this.find({ target: bare, alias: null, isLink: false }, sourcePath);
		}
		return null;
	}

	/** linksToNote says whether a reference is a link that finds a note, as Obsidian resolves it: a person's or any other. */
	linksToNote(ref: NoteRef, sourcePath: string): boolean {
		return ref.isLink && ref.folder !== true && this.resolve(ref.target, sourcePath) !== null;
	}

	/** findPath is find for callers that only want a stakeholder's path. */
	findPath(ref: NoteRef, sourcePath: string): string | null {
		const found = this.find(ref, sourcePath);
		return found === null || found === "me" ? null : found.path;
	}

	get(path: string): PersonRecord | undefined {
		return this.byPath.get(path);
	}

	/**
	 * replace puts in a person's new record when neither its path nor any of its names changed:
	 * what a link or a name finds stays the same, so nothing else needs resolving again.
	 */
	replace(record: PersonRecord): void {
		const previous = this.byPath.get(record.path);
		if (previous === undefined || !sameNames(previous, record)) {
			throw new Error(`replace: ${record.path} is not in the directory under the same names`);
		}
		this.byPath.set(record.path, record);
	}
}

/** sameNames says whether two readings of a person note are found by the same names and folders. */
export function sameNames(a: PersonRecord, b: PersonRecord): boolean {
	return (
		a.person === b.person &&
		a.folder === b.folder &&
		a.subfolder === b.subfolder &&
		a.aliases.length === b.aliases.length &&
		a.aliases.every((alias, i) => alias === b.aliases[i])
	);
}
