import { foldName } from "./values";
import type { CoreSettings } from "./types";
import { holdsTemplateSyntax } from "./text-scan";

/**
 * The conventions of real vaults that need no property to be seen: folder names (People,
 * Templates, Archive), Obsidian's excluded files, unfilled template syntax and file-name
 * prefixes. Pure functions of a path or a value, so the plugin and the CLI agree.
 */

/** normalizeFolderPath writes a vault folder as `a/b`: backslashes turned round, slashes trimmed and collapsed; `.` is the root (empty). */
export function normalizeFolderPath(folder: string): string {
	const parts = folder
		.replace(/\\/g, "/")
		.split("/")
		.map((part) => part.trim())
		.filter((part) => part !== "" && part !== ".");
	return parts.join("/");
}

/** isOutsideVault says whether a folder setting climbs out of the vault (`..`) or is absolute on another drive. */
export function isOutsideVault(folder: string): boolean {
	return folder.replace(/\\/g, "/").split("/").some((part) => part.trim() === "..") || /^[a-z]:/i.test(folder.trim());
}

/**
 * folderWord is the word a folder's name says, without the numbering and emoji vaults put around
 * it: `03 - People`, `👥 People`, `_People`, `People 👥` → `people`.
 */
export function folderWord(name: string): string {
	const folded = foldName(name);
	// The letters' span, found from each end (a pattern anchored at the end only tries every start).
	const first = folded.search(/\p{L}/u);
	if (first < 0) return "";
	let last = folded.length;
	while (last > first && !/\p{L}/u.test(folded.charAt(last - 1)) && !isLowSurrogateOfLetter(folded, last - 1)) last--;
	return folded.slice(first, last);
}

/** isLowSurrogateOfLetter says whether the code unit at `i` ends a letter written as two code units (`𝒜`). */
function isLowSurrogateOfLetter(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	return code >= 0xdc00 && code <= 0xdfff && i > 0 && /\p{L}/u.test(text.slice(i - 1, i + 1));
}

const TEMPLATE_WORDS = new Set(["template", "templates"]);
const ARCHIVE_WORDS = new Set(["archive", "archives", "archived"]);
/** Folders of people by their names alone, beside the person words (`Stakeholders/Jane Doe.md`, `Direct Reports/`): words for no note's type or tag. */
export const PEOPLE_FOLDER_WORDS: ReadonlySet<string> = new Set(["stakeholders", "colleagues", "coworkers", "co-workers", "direct reports", "team members"]);

/** inArchiveFolder says whether a folder on a path is an archive (`Archive/2024/…`, `VAST/_archive/…`, `99 Archives/…`). */
export function inArchiveFolder(path: string): boolean {
	const parts = path.split("/");
	parts.pop();
	return parts.some((part) => ARCHIVE_WORDS.has(folderWord(part)));
}

/** Where a note lies, as far as the folder conventions go. */
export interface Location {
	/** The people folder it lies in (`People`, `Work/03 People`), or null. */
	peopleFolder: string | null;
	/** The first subfolder of that people folder it lies in (`People/Niko Dukic`), or null when directly inside. */
	subfolder: string | null;
	/** Whether the note is its subfolder's own note: `README`, `index`, `_index` or the subfolder's name. */
	isFolderNote: boolean;
	/** Whether a folder on its path is an archive (`Archive`, `99 Archives`). */
	archived: boolean;
	/** Whether a folder on its path is a templates folder by name (`Templates`, `_templates`). */
	inTemplatesByName: boolean;
}

const FOLDER_NOTE_NAMES = new Set(["readme", "index", "_index"]);

/** locate finds the people folder, person subfolder, archive and templates folder a note lies in. */
export function locate(path: string, explicitPeopleFolders: readonly string[], personWords: ReadonlySet<string>): Location {
	const slash = path.lastIndexOf("/");
	const file = path.slice(slash + 1);
	const title = file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
	// A vault has a few hundred folders and many notes in each: what a folder says is worked out once.
	const folder = folderOf(slash < 0 ? "" : path.slice(0, slash), explicitPeopleFolders, personWords);
	const isFolderNote = folder.subName !== null && folder.directlyInSub && (FOLDER_NOTE_NAMES.has(foldName(title)) || foldName(title) === foldName(folder.subName));
	return { peopleFolder: folder.peopleFolder, subfolder: folder.subfolder, isFolderNote, archived: folder.archived, inTemplatesByName: folder.inTemplatesByName };
}

/** What a folder says, for every note in it. */
interface FolderFacts {
	peopleFolder: string | null;
	subfolder: string | null;
	subName: string | null;
	directlyInSub: boolean;
	archived: boolean;
	inTemplatesByName: boolean;
}

/** What each folder says, by person words, then by the people folders set (joined), then by folder. */
const folderFacts = new WeakMap<ReadonlySet<string>, Map<string, Map<string, FolderFacts>>>();

function folderOf(folder: string, explicitPeopleFolders: readonly string[], personWords: ReadonlySet<string>): FolderFacts {
	let byFolders = folderFacts.get(personWords);
	if (byFolders === undefined) {
		byFolders = new Map();
		folderFacts.set(personWords, byFolders);
	}
	const explicit = explicitPeopleFolders.length === 0 ? "" : explicitPeopleFolders.join("\u0000");
	let cache = byFolders.get(explicit);
	if (cache === undefined) {
		if (byFolders.size > 100) byFolders.clear();
		cache = new Map();
		byFolders.set(explicit, cache);
	}
	let facts = cache.get(folder);
	if (facts === undefined) {
		facts = computeFolderFacts(folder, explicitPeopleFolders, personWords);
		if (cache.size > 100000) cache.clear();
		cache.set(folder, facts);
	}
	return facts;
}

function computeFolderFacts(folder: string, explicitPeopleFolders: readonly string[], personWords: ReadonlySet<string>): FolderFacts {
	const path = folder === "" ? "x.md" : `${folder}/x.md`;
	const parts = path.split("/");
	parts.pop();
	let peopleAt = -1;
	let archived = false;
	let inTemplatesByName = false;
	for (let i = 0; i < parts.length; i++) {
		const word = folderWord(parts[i] ?? "");
		if (peopleAt < 0 && (personWords.has(word) || PEOPLE_FOLDER_WORDS.has(word))) peopleAt = i;
		if (ARCHIVE_WORDS.has(word)) archived = true;
		if (TEMPLATE_WORDS.has(word)) inTemplatesByName = true;
	}
	if (peopleAt < 0 && explicitPeopleFolders.length > 0) {
		for (const folder of explicitPeopleFolders) {
			if (folder !== "" && path.startsWith(`${folder}/`)) {
				peopleAt = folder.split("/").length - 1;
				break;
			}
		}
	}
	const none = { subfolder: null, subName: null, directlyInSub: false, archived, inTemplatesByName };
	if (peopleAt < 0) return { peopleFolder: null, ...none };
	const peopleFolder = parts.slice(0, peopleAt + 1).join("/");
	const subName = parts[peopleAt + 1];
	if (subName === undefined) return { peopleFolder, ...none };
	return { peopleFolder, subfolder: `${peopleFolder}/${subName}`, subName, directlyInSub: parts.length === peopleAt + 2, archived, inTemplatesByName };
}

/** isInFolder says whether a path lies in a folder (normalised; empty is no folder). */
export function isInFolder(path: string, folder: string): boolean {
	return folder !== "" && path.startsWith(`${folder}/`);
}

/**
 * isIgnoredByFilters matches Obsidian's excluded files (Settings → Files and links): each filter
 * is a `/regular expression/` tested on the path, or a path prefix (a folder or a file).
 */
export function isIgnoredByFilters(path: string, filters: readonly string[]): boolean {
	for (const raw of filters) {
		const filter = raw.trim();
		if (filter === "") continue;
		if (filter.length > 2 && filter.startsWith("/") && filter.endsWith("/")) {
			try {
				if (new RegExp(filter.slice(1, -1)).test(path)) return true;
			} catch {
				// Obsidian ignores a filter that is not a valid expression.
			}
			continue;
		}
		// Obsidian compares the start of the path: `Archive/` is a folder, `Archive` also matches `Archived/`.
		const prefix = filter.replace(/\\/g, "/").replace(/^\/+/, "");
		if (prefix !== "" && path.startsWith(prefix)) return true;
	}
	return false;
}

/**
 * isTemplateValue says whether a property value is unfilled template syntax: `{{date}}`,
 * `<% tp.date.now() %>`, or what YAML makes of an unquoted `{{date}}` (a map whose key is
 * `{ date }`).
 */
export function isTemplateValue(value: unknown): boolean {
	if (typeof value === "string") return holdsTemplateSyntax(value);
	if (Array.isArray(value)) return value.some((item) => typeof item === "string" && holdsTemplateSyntax(item));
	if (typeof value === "object" && value !== null && !(value instanceof Date)) {
		const keys = Object.keys(value);
		return keys.length === 1 && /^\{.*\}$/.test(keys[0] ?? "");
	}
	return false;
}

/** hasTemplateSyntax says whether any property of a note is unfilled template syntax. */
export function hasTemplateSyntax(frontmatter: Record<string, unknown>): boolean {
	for (const key of Object.keys(frontmatter)) {
		if (isTemplateValue(frontmatter[key])) return true;
	}
	return false;
}

const TEMPLATE_WORD = /template/i;

/** isTemplateTitle says whether a file name says it is a template (`Person Template`, `Template - 1-1`). */
export function isTemplateTitle(title: string): boolean {
	// Only ASCII letters fold to those of `template`: a title without the word needs no Unicode test.
	return TEMPLATE_WORD.test(title) && /(^|[^\p{L}])templates?($|[^\p{L}])/iu.test(title);
}

/**
 * isIndexTitle says whether a note is an index of people rather than a person: its title starts
 * with a person word (`People`, `People MOC`, `peoples`, `People types`) without a name after a
 * prefix (`Person - Sarah Chen` is a person) or a capital letter after it (`Person A`, a
 * template's example person), or says it is an index (`Team directory`, `MOC`).
 */
export function isIndexTitle(title: string, personWords: ReadonlySet<string>): boolean {
	const folded = foldName(title);
	const first = folded.split(/[^\p{L}]+/u).find((word) => word !== "") ?? "";
	// `Person A`, `Contact B`: a person word and one letter is a placeholder name, as templates write their examples.
	if ((personWords.has(first) || personWords.has(first.replace(/s$/, ""))) && titleName(title) === title && !/^\p{L}+ \p{Lu}$/u.test(title.trim())) return true;
	return /(^|[^\p{L}])(moc|index|readme|overview|dashboard|directory|map of content|hub)($|[^\p{L}])/u.test(folded);
}

/** titleName is a person's name from a file name, without a prefix such as `Person - ` or `@`. */
export function titleName(title: string): string {
	const stripped = title
		.replace(/^@\s*/, "")
		.replace(/^(person|people|contact|contacts|persons)\s*[-–—:]\s*/i, "")
		.trim();
	return stripped === "" ? title : stripped;
}

/** The folders whose notes are templates: the user's setting and those the vault's config names. */
export function templateFolders(settings: CoreSettings): string[] {
	const folders = [settings.templatesFolder, ...(settings.rules.templates ? (settings.vault?.templateFolders ?? []) : [])];
	return folders.map(normalizeFolderPath).filter((folder) => folder !== "");
}

/** The words of a meeting's `status` or tags that say it did not take place. */
export const CANCELLED_WORDS: ReadonlySet<string> = new Set(["cancelled", "canceled"]);

/** The tags that say a note is a group or a piece of work, never one person: a meeting's link to it names no one (linked-people.ts). */
export const GROUP_WORDS: ReadonlySet<string> = new Set(["team", "teams", "project", "projects", "company", "companies", "organization", "organizations", "organisation", "organisations", "org", "group", "groups", "guild", "squad", "department"]);

/**
 * MeetingWords are the words that mark a meeting, and any word of several that ends in one:
 * `type: 1-1 meeting`, `tags: [1-1-meeting]`, `team_meeting`, `meeting-notes`.
 */
class MeetingWords extends Set<string> {
	override has(word: string): boolean {
		if (super.has(word)) return true;
		if (!word.includes("meeting")) return false;
		const parts = word.split(/[\s_-]+/);
		if (parts.length < 2) return false;
		const last = parts[parts.length - 1] ?? "";
		return last === "meeting" || last === "meetings" || (parts.length === 2 && parts[0] === "meeting" && (last === "note" || last === "notes" || last === "minutes"));
	}
}

/** The words that mark a meeting in `type`, `categories` and tags. */
export const MEETING_WORDS: ReadonlySet<string> = new MeetingWords([
	"meeting",
	"meetings",
	"1-1",
	"1:1",
	"1on1",
	"1-on-1",
	"one-on-one",
	"one-on-ones",
	"oneonone",
	"1-1s",
	"1:1s",
	"one-to-one",
	// `type: ["121"]`, as manager packs write a one-to-one.
	"121",
	"1to1",
	"1-to-1",
	"interaction",
	"interactions",
	"call",
	"calls",
]);

/**
 * inlineTags are the tags written in a note's text (`#person`), as Obsidian finds them: not in
 * code blocks or inline code, not a heading's `# `, at least one character that is not a digit;
 * tags on task lines are left out (they file the task, not the note).
 */
export function inlineTags(body: string): string[] {
	const text = body
		.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "")
		// A tag on a task (`- [ ] Call Jane #people`) files the task, not the note.
		.replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[.\].*$/gm, "")
		.replace(/`[^`\n]*`/g, "");
	const tags: string[] = [];
	for (const match of text.matchAll(/(?:^|[\s(])#([\p{L}\p{N}_/-]+)/gu)) {
		const tag = match[1] ?? "";
		if (/[^\d/]/.test(tag) && !tags.includes(tag)) tags.push(tag);
	}
	return tags;
}
