import { stringify } from "yaml";
import { isInFolders, titleOf, writeNames } from "../core";
import { relationshipOf } from "../core/org";
import {
	agendaContext,
	agendaNote,
	findTemplate,
	formatMoment,
	isPersonTemplate,
	personReference,
	previousMeeting,
	takenPaths,
	templateNames,
	templatesFor,
	userTemplate,
	type AgendaTemplate,
	type NewNote,
} from "../core/agenda";
import { CliError, EXIT } from "./command";
import { parseFrontmatter } from "./frontmatter";
import { findPerson } from "./person";
import { LISTED_LENGTH, shown } from "./terminal";
import { failure, readNoteText, type NoteText } from "./note-file";
import type { Vault } from "./vault";
import { vaultCommand } from "./vault-command";

/** Writes one line of warning to stderr. */
export type Warn = (message: string) => void;

/**
 * readText reads a note's text with line endings normalised, or says on stderr why it cannot,
 * and what is done instead, and returns null: a file that cannot be read (`chmod 000`) or is
 * not UTF-8 text must not stop the agenda.
 */
function readText(vault: Vault, path: string, warn: Warn, instead: string): string | null {
	let note: NoteText;
	try {
		note = readNoteText(vault.root, path);
	} catch (error) {
		warn(`warning: cannot read ${shown(path)} (${failure(error)}); ${instead}`);
		return null;
	}
	if (note.text === null) {
		warn(`warning: ${shown(path)} is not UTF-8 text; ${instead}`);
		return null;
	}
	return note.text.replace(/\r\n?/g, "\n");
}

/** userTemplates reads every note of the templates folder (not the person-note template) as an agenda template; one that cannot be read is left out with a warning. */
export function userTemplates(vault: Vault, warn: Warn): AgendaTemplate[] {
	const folder = vault.settings.templatesFolder.trim();
	if (folder === "") return [];
	const names = vault.settings.properties;
	const templates: AgendaTemplate[] = [];
	for (const path of vault.paths) {
		if (!isInFolders(path, [folder]) || isPersonTemplate(path)) continue;
		const text = readText(vault, path, warn, "the agenda uses the other templates");
		if (text !== null) templates.push(userTemplate({ path, frontmatter: parseFrontmatter(text).data, text }, [...names.with, ...names.date]));
	}
	return templates;
}

/**
 * linkTextFor writes the text of a link to a note as Obsidian's "shortest path when possible"
 * does: the note's title when no other note has it, else its path without `.md`.
 */
export function linkTextFor(paths: readonly string[]): (path: string) => string {
	const counts = new Map<string, number>();
	for (const path of paths) {
		const key = titleOf(path).toLowerCase();
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return (path) => ((counts.get(titleOf(path).toLowerCase()) ?? 0) > 1 ? path.replace(/\.md$/i, "") : titleOf(path));
}

/** noteText writes a new note as the plugin creates it: its properties as YAML frontmatter, then its text. */
export function noteText(note: NewNote): string {
	const yaml = stringify(note.properties, { nullStr: "" });
	return `---\n${yaml}---\n${note.body}`;
}

/** `managing-up agenda`: prints the 1:1 agenda that "New 1:1 agenda" would create for a person. */
export const agendaCommand = vaultCommand({
	usage: "agenda PERSON [VAULT] [--today YYYY-MM-DD] [--template NAME]",
	summary: "print the 1:1 agenda the plugin would create for a person",
	arguments: {
		first: { name: "PERSON", what: "the person's name, an alias, the note's title or its path" },
		today: "the day of the 1:1",
		own: [{ name: "template", written: "--template NAME", what: "a template by name: manager, skip-level, peer, career, or a note in the templates folder", type: "string" }],
		me: false,
	},
	run(read, input, io) {
		const { today, vault } = read;
		const { report, person } = findPerson(read, input);
		const warn: Warn = (message) => io.stderr(`${message}\n`);
		const templates = userTemplates(vault, warn);
		const wanted = input.options.template;
		let template: AgendaTemplate | undefined;
		if (typeof wanted === "string") {
			template = findTemplate(wanted, templates) ?? undefined;
			if (template === undefined) {
				const known = templateNames(templates).map((name) => shown(name, LISTED_LENGTH));
				throw new CliError(`no template named '${shown(wanted)}' (known: ${known.join(", ")})`);
			}
		} else {
			template = templatesFor(relationshipOf(person, report.org), templates)[0];
		}
		if (template === undefined) throw new CliError("no agenda template found");
		const linkText = linkTextFor(vault.paths);
		const reference = personReference(person.path, linkText);
		if (!reference.isLink) {
			warn(`warning: no [[link]] can name ${shown(person.path)} ([ ] | # ^ end or split one); with: names the person as plain text`);
		}
		const previous = previousMeeting(person, today, null, report.stakeholders);
		const note = agendaNote({
			template,
			context: agendaContext({
				stakeholder: person,
				report,
				previous:
					previous === null
						? null
						: { path: previous.path, text: readText(vault, previous.path, warn, "its open items are not carried over") ?? "" },
				today,
				now: io.now ? io.now() : new Date(),
				linkText,
				formatDate: formatMoment,
			}),
			personLink: reference.text,
			folder: vault.settings.agendaFolder,
			names: writeNames(vault.settings.properties),
			exists: takenPaths(vault.paths),
		});
		io.stdout(noteText(note));
		return EXIT.ok;
	},
});
