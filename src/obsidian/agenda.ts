import { Notice, TFile, Vault, moment, normalizePath, type Editor, type MarkdownFileInfo, type MarkdownView, type Plugin } from "obsidian";
import {
	agendaContext,
	agendaNote,
	isPersonTemplate,
	normalizeFolder,
	personReference,
	previousMeeting,
	renderAgenda,
	templatesFor,
	userTemplate,
	type AgendaTemplate,
} from "../core/agenda";
import { relationshipOf } from "../core/org";
import { titleOf } from "../core/read";
import { writeNames, type OrgChart, type Report, type Stakeholder } from "../core/types";
import { messageOf } from "../core/unknown";
import type { CommandContext } from "./command-context";

/** What the dashboard's rows call to create an agenda. */
export interface AgendaActions {
	/** Creates a 1:1 agenda for the person (asking for a template when several fit) and opens it. */
	newAgenda(personPath: string): Promise<void>;
}

/** Agendas are the 1:1 agenda commands over one app; each reads the index afresh. */
export class Agendas implements AgendaActions {
	constructor(private readonly context: CommandContext) {}

	/** userTemplates reads the notes of the templates folder, except the person-note template. */
	async userTemplates(): Promise<AgendaTemplate[]> {
		const settings = this.context.settings();
		const folder = this.context.folder(settings.templatesFolder);
		if (folder === null) return [];
		const { vault, metadataCache } = this.context.app;
		const files: TFile[] = [];
		Vault.recurseChildren(folder, (file) => {
			if (file instanceof TFile && file.extension === "md" && !isPersonTemplate(file.path)) files.push(file);
		});
		files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
		const names = settings.properties;
		return Promise.all(
			files.map(async (file) =>
				userTemplate(
					{ path: file.path, frontmatter: metadataCache.getFileCache(file)?.frontmatter ?? null, text: await vault.cachedRead(file) },
					[...names.with, ...names.date],
				),
			),
		);
	}

	/** chooseTemplate picks the template for a relationship: the only one that fits, or the user's choice. */
	async chooseTemplate(stakeholder: Stakeholder, org?: OrgChart): Promise<AgendaTemplate | null> {
		// Without a `relationship`, the one your org implies (org.ts) picks the template.
		const fitting = templatesFor(relationshipOf(stakeholder, org), await this.userTemplates());
		if (fitting.length <= 1) return fitting[0] ?? null;
		return this.context.ui.chooseTemplate(fitting);
	}

	private linkText(path: string): string {
		const file = this.context.app.vault.getFileByPath(path);
		return file ? this.context.app.metadataCache.fileToLinktext(file, "", true) : titleOf(path);
	}

	/** templateContext is what an agenda for a person is filled in from, with the open items of the previous 1:1 note. */
	private async templateContext(report: Report, stakeholder: Stakeholder, excludePath: string | null) {
		const today = report.today;
		const previousRef = previousMeeting(stakeholder, today, excludePath, report.stakeholders);
		const previousFile = previousRef === null ? null : this.context.app.vault.getFileByPath(previousRef.path);
		const previous = previousFile === null ? null : { path: previousFile.path, text: await this.context.app.vault.cachedRead(previousFile) };
		return agendaContext({
			stakeholder,
			report,
			previous,
			today,
			now: this.context.now(),
			linkText: (path) => this.linkText(path),
			// Obsidian's moment, in the user's locale: `{{date:dddd}}` reads as core Templates write it.
			formatDate: (date, pattern) => moment(date).format(pattern),
		});
	}

	/** createAgenda creates the agenda note for a person with a template and opens it. */
	async createAgenda(report: Report, stakeholder: Stakeholder, template: AgendaTemplate): Promise<TFile | null> {
		const { app } = this.context;
		const settings = this.context.settings();
		try {
			const folder = normalizeFolder(settings.agendaFolder);
			const note = agendaNote({
				template,
				context: await this.templateContext(report, stakeholder, null),
				personLink: personReference(stakeholder.path, (path) => this.linkText(path)).text,
				folder,
				names: writeNames(settings.properties),
				exists: this.context.exists,
			});
			await this.context.ensureFolder(folder === "" ? "" : normalizePath(folder));
			const file = await app.vault.create(normalizePath(note.path), note.body);
			await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
				for (const [key, value] of Object.entries(note.properties)) fm[key] = value;
			});
			await app.workspace.getLeaf(false).openFile(file);
			return file;
		} catch (error) {
			new Notice(`Could not create the agenda for ${stakeholder.person}: ${messageOf(error)}`);
			return null;
		}
	}

	/** newAgendaFor runs "New 1:1 agenda" for a person: template choice, then the note. */
	async newAgendaFor(report: Report, stakeholder: Stakeholder): Promise<void> {
		const template = await this.chooseTemplate(stakeholder, report.org);
		if (template !== null) await this.createAgenda(report, stakeholder, template);
	}

	async newAgenda(personPath: string): Promise<void> {
		const report = this.context.report();
		const stakeholder = report.stakeholders.find((s) => s.path === personPath);
		if (stakeholder === undefined) {
			new Notice(`${titleOf(personPath)} is not a stakeholder any more.`);
			return;
		}
		await this.newAgendaFor(report, stakeholder);
	}

	/** The "New 1:1 agenda" command: the active person note's person, else a picked one. */
	async newAgendaCommand(): Promise<void> {
		const report = this.context.report();
		const stakeholder = await this.context.stakeholderFor(report, false);
		if (stakeholder !== null) await this.newAgendaFor(report, stakeholder);
	}

	/** The "Insert 1:1 agenda at cursor" command: the same agenda, into the open note. */
	async insertAgenda(editor: Editor, notePath: string | null): Promise<void> {
		const report = this.context.report();
		const stakeholder = await this.context.stakeholderFor(report, true);
		if (stakeholder === null) return;
		const template = await this.chooseTemplate(stakeholder, report.org);
		if (template === null) return;
		// The open note is not its own previous 1:1.
		const context = await this.templateContext(report, stakeholder, notePath);
		editor.replaceSelection(renderAgenda(template.body, context));
	}
}

/**
 * registerAgendaCommands adds "New 1:1 agenda" and "Insert 1:1 agenda at cursor" (stable ids,
 * no default hotkeys) and returns what the dashboard's rows use, so that both go through the same code.
 */
export function registerAgendaCommands(plugin: Plugin, context: CommandContext): AgendaActions {
	const agendas = new Agendas(context);
	plugin.addCommand({
		id: "new-agenda",
		name: "New 1:1 agenda",
		callback: () => void agendas.newAgendaCommand(),
	});
	plugin.addCommand({
		id: "insert-agenda",
		name: "Insert 1:1 agenda at cursor",
		editorCallback: (editor: Editor, ctx: MarkdownView | MarkdownFileInfo) => void agendas.insertAgenda(editor, ctx.file?.path ?? null),
	});
	return agendas;
}
