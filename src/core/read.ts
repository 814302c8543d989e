import { describe, foldName, isEmpty, unwrapLink } from "./values";
import { hasTag, hasWord, tagNames } from "./names";
import {
	CANCELLED_WORDS,
	GROUP_WORDS,
	MEETING_WORDS,
	hasTemplateSyntax,
	isIgnoredByFilters,
	isInFolder,
	isIndexTitle,
	isTemplateTitle,
	locate,
	normalizeFolderPath,
	templateFolders,
	type Location,
} from "./conventions";
import { isSelfWord } from "./directory";
import { FrontmatterReader } from "./frontmatter";
import { personClaim, type PersonClaim } from "./person-claim";
import { dateFromFileName, readAttendees, readMeeting } from "./read-meeting";
import { readPersonRecord, type PersonFinding } from "./read-person";
import { BY_NAME, folderNames, hasOneOnOneWord, inMeetingFolder, titleNames } from "./title-names";
import { isConversationHeading } from "./conversations";

export { dateFromFileName } from "./read-meeting";
export { meetingOf, personOf, titleOf } from "./records";
import { titleOf } from "./records";
import type { CoreSettings, MeetingRecord, NoteReading, NoteRef, PersonRecord, Problem, SkipReason } from "./types";

/** isInFolders says whether a path lies in one of the folders; no folders means anywhere. */
export function isInFolders(path: string, folders: readonly string[]): boolean {
	const wanted = folders.map(normalizeFolderPath).filter((f) => f !== "");
	if (wanted.length === 0) return true;
	return wanted.some((folder) => path.startsWith(`${folder}/`));
}

/** What readNote works out once per settings object: folded words, normalised folders. */
interface ReadContext {
	personWords: ReadonlySet<string>;
	peopleFolders: string[];
	templateFolders: string[];
}

const contexts = new WeakMap<CoreSettings, ReadContext>();

function contextOf(settings: CoreSettings): ReadContext {
	let context = contexts.get(settings);
	if (context === undefined) {
		context = {
			personWords: new Set(settings.personWords.map((word) => foldName(word.trim())).filter((word) => word !== "")),
			peopleFolders: settings.peopleFolders.map(normalizeFolderPath).filter((f) => f !== ""),
			templateFolders: templateFolders(settings),
		};
		contexts.set(settings, context);
	}
	return context;
}

/**
 * skipOf says whether a note is left out by its path alone: an excluded file, or a template (in
 * a templates folder, or named as one). Such a note is never a person, a meeting or a problem,
 * even when its properties do not parse: the plugin and the CLI ask before reading them.
 */
export function skipOf(path: string, settings: CoreSettings): SkipReason | null {
	// The plugin asks before it reads a note, and readNote asks again: the last answer is kept.
	if (lastSkip !== null && lastSkip.path === path && lastSkip.settings === settings) return lastSkip.skipped;
	const context = contextOf(settings);
	const skipped = skipAt(path, settings, context, () => locate(path, context.peopleFolders, context.personWords));
	lastSkip = { path, settings, skipped };
	return skipped;
}

let lastSkip: { path: string; settings: CoreSettings; skipped: SkipReason | null } | null = null;

/** skipAt is skipOf with the note's location worked out by the caller (only asked for when needed). */
function skipAt(path: string, settings: CoreSettings, context: ReadContext, location: () => Location): SkipReason | null {
	if (settings.rules.excluded && isIgnoredByFilters(path, settings.vault?.ignoreFilters ?? [])) return "excluded";
	if (context.templateFolders.some((folder) => isInFolder(path, folder))) return "template";
	if (settings.rules.templates && (location().inTemplatesByName || isTemplateTitle(titleOf(path)))) return "template";
	return null;
}

/**
 * readNote reads one note's frontmatter into a stakeholder or a 1:1 note record, with a problem
 * for every value it cannot read, following the conventions of design.md ("The vault as it
 * already is"): a note with `with` is a 1:1 note; a person `type`, tag or property, a people
 * folder or a person folder make a person; a dated note naming people (`attendees`, a `person`
 * link to another note, a note in a person's folder) is a meeting. Templates and excluded files
 * are skipped. A note without properties is `null` frontmatter: a folder can still make it a person.
 * `headings`, when known (the metadata cache's), say whether a dated note's text may log conversations.
 */
export function readNote(path: string, frontmatter: unknown, settings: CoreSettings, bodyTags: readonly string[] = [], headings?: readonly string[]): NoteReading {
	const rules = settings.rules;
	const context = contextOf(settings);
	const location = locate(path, context.peopleFolders, context.personWords);
	const skipped = lastSkip !== null && lastSkip.path === path && lastSkip.settings === settings ? lastSkip.skipped : skipAt(path, settings, context, () => location);
	if (skipped !== null) return { record: null, problems: [], skipped };
	const title = titleOf(path);
	const fm = frontmatter === undefined || frontmatter === null ? {} : frontmatter;
	if (typeof fm !== "object" || Array.isArray(fm) || fm instanceof Date) {
		const message = `The properties are ${describe(fm)}, not a list of "key: value" lines; no property of this note can be read`;
		return { record: null, problems: [{ path, key: null, value: fm, message }] };
	}
	const record = fm as Record<string, unknown>;
	if (rules.templates && hasTemplateSyntax(record)) return { record: null, problems: [], skipped: "template" };

	const reader = new FrontmatterReader(path, record, settings.properties);
	// A meeting whose date or people do not read is `reading(null, true)`: not counted, and its problem says why.
	const reading = (result: PersonRecord | MeetingRecord | "archive" | null, meetingMeant = result !== null && result !== "archive" && result.kind === "meeting"): NoteReading => {
		// An old copy in an archive folder is skipped whole: its values are not checked either.
		if (result === "archive") return { record: null, problems: [], skipped: "archive" };
		// So is a meeting that did not take place: it is no contact, and its values do not matter.
		if (meetingMeant && isCancelled(reader)) return { record: null, problems: [], skipped: "cancelled" };
		return { record: result, problems: reader.problems };
	};
	// A person's Dataview fields (`- **Role**:: Scrum Master`) are read once its text is.
	const personReading = (result: PersonRecord | "archive" | null): NoteReading => {
		const read = reading(result);
		return read.record?.kind === "person" ? askText(read) : read;
	};

	const titleDate = dateFromFileName(title);
	if (!isEmpty(unwrapLink(reader.value("with")))) return reading(readMeeting(reader, title, titleDate, settings, "with", []));

	const meetingMarked = typeSays(reader, MEETING_WORDS) || hasTag(reader.value("tags"), MEETING_WORDS) || hasTag(bodyTags, MEETING_WORDS);
	const dated = titleDate !== null || !isEmpty(reader.value("date")) || meetingMarked;
	const claim = rules.personProperty || rules.aboutNotes ? personClaim(reader.value("person"), title, dated, location.peopleFolder !== null, settings) : null;
	// On a meeting, `people/john-appleseed` names someone who took part (in vaults that keep no person notes, the only way).
	const tagged = meetingMarked && rules.personTags ? [...tagNames(reader.value("tags"), context.personWords), ...tagNames(bodyTags, context.personWords)] : [];
	const listed = rules.meetingKeys ? readAttendees(reader) : [];
	const attendees = tagged.length === 0 ? listed : withoutRepeats([...listed, ...tagged]);
	const datedNote = titleDate !== null || !isEmpty(reader.value("date"));

	// A dated note that names people is a meeting even when it carries a person type or tag
	// (some vaults put `type: people` on every note about a person).
	const finding = strongFinding(reader, claim, context, settings, bodyTags, meetingMarked);
	if (finding !== null && !(datedNote && (attendees.length > 0 || claim?.kind === "about"))) {
		return personReading(personOrSkip(reader, title, location, finding, settings));
	}
	const about = claim?.kind === "about" ? claim.refs : [];
	if (about.length > 0 || attendees.length > 0) {
		const foundBy = about.length > 0 ? "person" : listed.length > 0 ? "attendees" : (reader.keyOf("tags") ?? "tags in the text");
		const meeting = readMeeting(reader, title, titleDate, settings, foundBy, [...about, ...attendees], meetingMarked);
		if (meeting.date !== null) return reading(meeting);
		// Its date may be in its text (`[date:: 2026-02-10]`).
		if (meetingMarked && !reader.unread("date")) return askText(reading(null, true));
		if (meetingMarked || reader.unread("date")) return reading(null, true);
		// A note about someone is never a second stakeholder, dated or not.
		if (about.length > 0) return { record: null, problems: reader.unwalkable };
	}
	// A dated note whose people do not read (`participants: {Jane: lead}`) is a meeting the user meant.
	if (attendees.length === 0 && (datedNote || meetingMarked) && reader.unread("attendees")) return reading(null, true);
	// Its properties name no one, though the meeting rules may find its people elsewhere (its name, its text).
	const namesNoOne = rules.meetingKeys && about.length === 0 && attendees.length === 0 && !reader.unread("attendees");
	// A 1:1 may name them in its file name (`2026-11-20 1-1 Jane Doe`) or its folder's (`1-1s/Jane Doe/2026-11-25`), and its text may say more.
	const byTitle = namesNoOne && (datedNote || meetingMarked) && location.subfolder === null && !reader.unread("with") && !isCancelled(reader);
	if (byTitle && ((meetingMarked && titleDate !== null) || hasOneOnOneWord(title) || inMeetingFolder(path))) {
		const names = [...titleNames(title), ...folderNames(path)];
		const meeting = names.length === 0 ? null : readMeeting(reader, title, titleDate, settings, BY_NAME, names, meetingMarked);
		if (meeting !== null && meeting.date !== null) return askText(reading(meeting));
	}
	if (location.subfolder !== null && rules.personFolders) {
		if (location.isFolderNote) {
			return personReading(personOrSkip(reader, title, location, { rule: "person-folder", detail: `${location.peopleFolder ?? ""}/` }, settings));
		}
		if (dated) {
			const ref: NoteRef = { target: location.subfolder, alias: null, isLink: false, folder: true };
			const meeting = readMeeting(reader, title, titleDate, settings, "person folder", [ref], meetingMarked);
			if (meeting.date !== null) return reading(meeting);
			if (meetingMarked || reader.unread("date")) return reading(null, true);
		}
	}
	if (location.peopleFolder !== null && (rules.peopleFolders || context.peopleFolders.length > 0) && !notAPersonInFolder(reader, title, titleDate, context)) {
		return personReading(personOrSkip(reader, title, location, { rule: "people-folder", detail: `${location.peopleFolder}/` }, settings));
	}
	// A note that names people itself (a project's `people:`) is about them, not one of them.
	const mayBeNamed = rules.linkedNotes && titleDate === null && !meetingMarked && attendees.length === 0 && !reader.unread("attendees");
	const candidate = mayBeNamed ? candidateOf(reader, title, location, context, settings) : undefined;
	if (candidate !== undefined) return { record: null, problems: reader.unwalkable, candidate };
	// A meeting whose properties name no one may name them in its text (`[participants:: [[Jane Doe]]]`).
	if (meetingMarked && namesNoOne && !isCancelled(reader)) return askText({ record: null, problems: reader.unwalkable });
	// A dated note that names no one (a daily note) may log the day's conversations under a heading of their own.
	if (datedNote && namesNoOne && (headings === undefined || headings.some(isConversationHeading))) return askText({ record: null, problems: reader.unwalkable, conversations: true });
	return { record: null, problems: reader.unwalkable };
}

/** askText marks a reading whose note's text may say more (NoteReading.needsText), unless it was skipped. */
function askText(reading: NoteReading): NoteReading {
	return reading.skipped === undefined ? { ...reading, needsText: true } : reading;
}

/**
 * candidateOf reads a note no rule makes a person as one, for when a meeting names it (see
 * linked-people.ts): not a dated note, a meeting or one that names people, an archived copy, a folder's index (`People MOC`, `_Open Topics`), a
 * note for the user (`Me`), a note whose type or tags say what else it is (`type: project`, `tags: [team]`), nor one
 * outside the people folders set. Its problems count only if it becomes a person.
 */
function candidateOf(reader: FrontmatterReader, title: string, location: Location, context: ReadContext, settings: CoreSettings): NoteReading["candidate"] {
	if (settings.rules.archives && location.archived) return undefined;
	if (/^[_+!~]/.test(title) || isIndexTitle(title, context.personWords) || isSelfWord(title)) return undefined;
	if (reader.allPresent("type").length > 0 || hasTag(reader.value("tags"), GROUP_WORDS)) return undefined;
	if (context.peopleFolders.length > 0 && !context.peopleFolders.some((folder) => reader.path.startsWith(`${folder}/`))) return undefined;
	const record = readPersonRecord(reader, title, location, { rule: "named-in-meetings", detail: "" });
	return { record, problems: reader.problems };
}

/** withoutRepeats keeps the first of the plain names written the same (any case): a tag may name someone the list already does. */
function withoutRepeats(refs: NoteRef[]): NoteRef[] {
	const seen = new Set<string>();
	return refs.filter((ref) => {
		const key = ref.isLink ? `[[${foldName(ref.target)}` : foldName(ref.target);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** typeSays says whether any of a note's type names (`type`, `categories`, `fileClass`) holds one of the words: `type: customer-call` beside `fileClass: Meeting`. */
function typeSays(reader: FrontmatterReader, words: ReadonlySet<string>): boolean {
	return reader.allPresent("type").some((type) => hasWord(type.value, words));
}

/** isCancelled says whether a meeting's `status` (`cancelled`, `Canceled`, `[[Cancelled]]`) or its tags (`cancelled`, `meeting/canceled`) say it did not take place. */
function isCancelled(reader: FrontmatterReader): boolean {
	return hasWord(reader.own("status"), CANCELLED_WORDS) || hasTag(reader.value("tags"), CANCELLED_WORDS);
}

/** strongFinding is a person property, type or tag: a rule that makes a person wherever the note is. */
function strongFinding(
	reader: FrontmatterReader,
	claim: PersonClaim,
	context: ReadContext,
	settings: CoreSettings,
	bodyTags: readonly string[],
	meetingMarked: boolean,
): PersonFinding | null {
	const rules = settings.rules;
	if (claim?.kind === "self" && rules.personProperty) return { rule: "person-property", detail: reader.keyOf("person") ?? "person" };
	if (rules.personType) {
		// `categories: "[[People]]"` beside `type: "[[Authors]]"`: every name is looked at, not only the first present.
		for (const type of reader.allPresent("type")) {
			if (hasWord(type.value, context.personWords)) return { rule: "person-type", detail: `${type.key}: ${personWordIn(type.value, context)}` };
		}
	}
	if (rules.personTags) {
		const tags = reader.present("tags");
		// A tag that names someone (`people/john-appleseed`) marks no person on a meeting, nor in a note's text, where it is a mention.
		if (tags !== null && hasTag(tags.value, context.personWords, !meetingMarked)) return { rule: "person-tag", detail: tags.key };
		if (hasTag(bodyTags, context.personWords, false)) return { rule: "person-tag", detail: "a tag in the text" };
	}
	return null;
}

/** personWordIn is the item of a `type` value that holds a person word, as written (`[[People]]`). */
function personWordIn(value: unknown, context: ReadContext): string {
	const unwrapped = unwrapLink(value);
	const items: unknown[] = Array.isArray(unwrapped) ? unwrapped.map(unwrapLink) : [unwrapped];
	const found = items.find((item) => hasWord(item, context.personWords));
	return typeof found === "string" ? found.trim() : describe(found);
}

/**
 * notAPersonInFolder tells the notes of a people folder that are not people: dated notes,
 * notes whose name starts with `_` or `+`, meetings, the folder's index (`People.md`, `People MOC`), and notes whose `type` or
 * `categories` says they are something else (`type: company`).
 */
function notAPersonInFolder(reader: FrontmatterReader, title: string, titleDate: string | null, context: ReadContext): boolean {
	if (titleDate !== null) return true;
	// `_MANIFEST`, `_Open Topics`, `+ People`: the marks vaults put on notes about a folder.
	if (/^[_+!~]/.test(title)) return true;
	if (typeSays(reader, MEETING_WORDS) || hasTag(reader.value("tags"), MEETING_WORDS)) return true;
	if (isIndexTitle(title, context.personWords)) return true;
	const type = unwrapLink(reader.value("type"));
	return typeof type === "string" || Array.isArray(type) ? !isEmpty(type) && !hasWord(type, context.personWords) : false;
}

/** personOrSkip reads a person note, unless it is an old copy in an archive folder or outside the people folders set. */
function personOrSkip(reader: FrontmatterReader, title: string, location: Location, finding: PersonFinding, settings: CoreSettings): PersonRecord | "archive" | null {
	if (settings.rules.archives && location.archived) return "archive";
	// `People.md` with `type: people` and a Dataview query lists people; it is not one.
	if (finding.rule !== "person-property" && !location.isFolderNote && isIndexTitle(title, contextOf(settings).personWords)) return null;
	// isInFolders(path, settings.peopleFolders), with the folders normalised once per settings.
	const folders = contextOf(settings).peopleFolders;
	if (folders.length > 0 && !folders.some((folder) => reader.path.startsWith(`${folder}/`))) return null;
	return readPersonRecord(reader, title, location, finding);
}

/** readAsPerson reads a note's properties as a person's whatever the rules say: a row of a base the index does not know as a person. */
export function readAsPerson(path: string, frontmatter: Record<string, unknown>, settings: CoreSettings): { record: PersonRecord; problems: Problem[] } {
	const context = contextOf(settings);
	const reader = new FrontmatterReader(path, frontmatter, settings.properties);
	const record = readPersonRecord(reader, titleOf(path), locate(path, context.peopleFolders, context.personWords), { rule: "person-property", detail: "a base" });
	return { record, problems: reader.problems };
}
