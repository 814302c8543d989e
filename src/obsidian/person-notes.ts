import { Notice, TFile, Vault, normalizePath, type Plugin } from "obsidian";
import { PERSON_NOTE_BODY, isPersonTemplate, normalizeFolder, personNotePath, personNoteProperties, renderPersonTemplate, stripFrontmatter } from "../core/agenda";
import { writeNames } from "../core/types";
import { messageOf } from "../core/unknown";
import { logContactToday, type ActionDeps } from "./actions";
import type { CommandContext } from "./command-context";

/** What the dashboard's rows call to create a person note. */
export interface PersonNoteActions {
	/** Creates a person note with every property in place (for the name given, else one it asks for), never overwriting, and opens it. */
	newStakeholder(name?: string): Promise<void>;
}

/** PersonNotes are the commands on person notes: "New stakeholder" and "Log contact today". */
export class PersonNotes implements PersonNoteActions {
	constructor(
		private readonly context: CommandContext,
		private readonly actions: ActionDeps,
	) {}

	/** The "Log contact today" command: the active person note, else a picked one. */
	async logContactCommand(): Promise<void> {
		const stakeholder = await this.context.stakeholderFor(this.context.report(), false);
		if (stakeholder !== null) await logContactToday(this.actions, stakeholder.path);
	}

	/** personTemplate finds the person-note template in the templates folder, if there is one. */
	private personTemplate(): TFile | null {
		const folder = this.context.folder(this.context.settings().templatesFolder);
		if (folder === null) return null;
		let found: TFile | null = null;
		Vault.recurseChildren(folder, (file) => {
			if (found === null && file instanceof TFile && file.extension === "md" && isPersonTemplate(file.path)) found = file;
		});
		return found;
	}

	async newStakeholder(given?: string): Promise<void> {
		const { app, ui } = this.context;
		const name = given === undefined ? await ui.askName() : given.trim() === "" ? null : given.trim();
		if (name === null) return;
		const settings = this.context.settings();
		const today = this.context.today();
		try {
			const template = this.personTemplate();
			let body = PERSON_NOTE_BODY;
			let fromTemplate: Record<string, unknown> = {};
			if (template !== null) {
				body = renderPersonTemplate(stripFrontmatter(await app.vault.cachedRead(template)), name, today);
				fromTemplate = { ...(app.metadataCache.getFileCache(template)?.frontmatter ?? {}) };
			}
			const folder = normalizeFolder(settings.peopleFolder);
			const path = personNotePath(folder, name, this.context.exists);
			await this.context.ensureFolder(folder === "" ? "" : normalizePath(folder));
			const file = await app.vault.create(normalizePath(path), body);
			const properties = personNoteProperties(name, writeNames(settings.properties), fromTemplate);
			await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
				for (const [key, value] of Object.entries(properties)) fm[key] = value;
			});
			await app.workspace.getLeaf(false).openFile(file);
		} catch (error) {
			new Notice(`Could not create a note for ${name}: ${messageOf(error)}`);
		}
	}
}

/**
 * registerPersonNoteCommands adds "Log contact today" and "New stakeholder" (stable ids, no
 * default hotkeys) and returns what the dashboard's rows use, so that both go through the same code.
 */
export function registerPersonNoteCommands(plugin: Plugin, context: CommandContext, actions: ActionDeps): PersonNoteActions {
	const notes = new PersonNotes(context, actions);
	plugin.addCommand({
		id: "log-contact-today",
		name: "Log contact today",
		callback: () => void notes.logContactCommand(),
	});
	plugin.addCommand({
		id: "new-stakeholder",
		name: "New stakeholder",
		callback: () => void notes.newStakeholder(),
	});
	return notes;
}
