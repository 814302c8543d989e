import { titleName, type Location } from "./conventions";
import type { FrontmatterReader } from "./frontmatter";
import { personName } from "./person-claim";
import { readDateList, readDoneList } from "./read-history";
import { readManagers } from "./read-org";
import { readCadence } from "./cadence";
import { titleOf } from "./records";
import type { PersonRecord, PersonRule } from "./types";
import { displayOfRef, foldName, isRejected, parseWikilink, readDate, readText, readTextList, readTextOrList, unwrapLink, type Reading } from "./values";
import { readLevel } from "./level";

/** Reading a person note's properties into its record, once readNote knows the note is a person. */

/** What made a note a person. */
export interface PersonFinding {
	rule: PersonRule;
	detail: string;
}

/** lettersOf is a name's letters and digits alone, in lower case, without accents: `Anisse R'bibe` and `anisse-rbibe` are both `anisserbibe`. */
function lettersOf(text: string): string {
	return foldName(text).normalize("NFD").replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * titleNames says whether a note's `title` property is the name its file holds: written in the
 * file name (`Person - Sarah Chen`), or the same letters as a slug of it (`sofia-chen.md` with
 * `title: Sofia Chen`, `jose-garcia.md` with `title: José García`). Elsewhere `title` is the job title.
 */
function titleNames(fileTitle: string, title: string): boolean {
	if (foldName(fileTitle).includes(foldName(title))) return true;
	const letters = lettersOf(title);
	return letters !== "" && letters === lettersOf(fileTitle);
}

/** The parts of a name written as a map, in the order they are shown: contact plugins write `name: {first: Carl, last: Johnson}`. */
const NAME_PARTS = [
	["first", "given", "firstName", "first_name"],
	["middle"],
	["last", "family", "lastName", "last_name"],
] as const;

/** readPersonName reads `name` as text, or as a map of its parts (NAME_PARTS) when at least one part is text. */
function readPersonName(value: unknown): Reading<string> {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return readText(value);
	const parts: Record<string, unknown> = value as Record<string, unknown>;
	const words = NAME_PARTS.map((names) => names.map((key) => parts[key]).find((part) => typeof part === "string" && part.trim() !== ""))
		.filter((part): part is string => part !== undefined)
		.map((part) => part.trim());
	return words.length === 0 ? readText(value) : words.join(" ");
}

/**
 * displayName is the first of `person` (text or a link; `true` only marks the note), `name`,
 * `title` (when it is the file's name, or the folder's for a folder note: titleNames), the folder's
 * name for a folder note, the file name without a prefix.
 */
function displayName(reader: FrontmatterReader, title: string, location: Location, finding: PersonFinding): string {
	if (finding.rule === "person-property") {
		const person = reader.field("person", (value) => (unwrapLink(value) === true ? null : personName(value, title)));
		if (person !== null) return person;
	}
	const name = reader.field("name", readPersonName);
	if (name !== null) return name;
	// A folder note (`People/Niko Dukic/README.md`) is named by its folder.
	const folderName = location.isFolderNote && location.subfolder !== null ? titleOf(`${location.subfolder}.md`) : null;
	const titleProperty = reader.own("title");
	if (typeof titleProperty === "string" && titleProperty.trim() !== "" && titleNames(folderName ?? title, titleProperty.trim())) {
		return titleProperty.trim();
	}
	if (folderName !== null) return folderName;
	return aliasInTitle(reader, title) ?? titleName(title);
}

/**
 * aliasInTitle is the alias a file name holds beside an id or a role (`Q4567 - Sarah Johnson.md`
 * with `aliases: [Sarah Johnson]`, as contact templates name notes): the person's name, where the
 * file name is for sorting. Null when no alias is a part of the file name between ` - `.
 */
function aliasInTitle(reader: FrontmatterReader, title: string): string | null {
	if (!title.includes(" - ")) return null;
	const parts = new Set(title.split(" - ").map((part) => foldName(part.trim())));
	// Read without a problem of its own: readPersonRecord reads `aliases` too, and says what is wrong with them.
	const read = readTextList(reader.value("aliases"));
	const aliases = isRejected(read) ? [] : (read ?? []);
	return aliases.map((alias) => alias.trim()).find((alias) => alias !== "" && parts.has(foldName(alias))) ?? null;
}

/** readPersonRecord reads a person note: its display name, role, relationship, cadence, last contact, managers and history. */
export function readPersonRecord(reader: FrontmatterReader, title: string, location: Location, finding: PersonFinding): PersonRecord {
	const relationship = reader.field("relationship", readText);
	const aliases = reader.field("aliases", readTextList) ?? [];
	const managers = readManagers(reader);
	const record: PersonRecord = {
		kind: "person",
		path: reader.path,
		title,
		person: displayName(reader, title, location, finding),
		role: reader.field("role", readTextOrList),
		relationship: relationship === null ? null : relationship.toLowerCase(),
		influence: reader.field("influence", readLevel),
		interest: reader.field("interest", readLevel),
		lastContact: reader.field("lastContact", readDate),
		lastContactKey: reader.keyOf("lastContact"),
		cadence: reader.field("cadence", readCadence),
		followUp: reader.field("followUp", readDate),
		followUpNote: reader.field("followUpNote", readText),
		snoozeUntil: reader.field("snoozeUntil", readDate),
		reportsTo: managers.reportsTo,
		caresAbout: reader.field("caresAbout", readTextList) ?? [],
		aliases: aliases.map((alias) => {
			const link = parseWikilink(alias);
			return link ? displayOfRef(link) : alias;
		}),
		foundBy: finding.rule,
		foundDetail: finding.detail,
		folder: location.isFolderNote ? location.subfolder : null,
		contactHistory: readDateList(reader, "contactHistory"),
		followUpsDone: readDoneList(reader),
		subfolder: location.isFolderNote ? null : location.subfolder,
	};
	// Set only when there is one, so most records keep the shape they had before dotted lines.
	if (managers.reportsTo !== null && managers.key !== null) record.reportsToKey = managers.key;
	if (managers.dotted.length > 0) record.dottedLines = managers.dotted;
	return record;
}
