import { Notice, TFile, TFolder, Vault, moment, normalizePath, type App, type Editor, type MarkdownFileInfo, type MarkdownView, type Plugin } from "obsidian";
import {
	PERSON_NOTE_BODY,
	agendaContext,
	agendaNote,
	foldPath,
	isPersonTemplate,
	normalizeFolder,
	personNotePath,
	personNoteProperties,
	personReference,
	previousMeeting,
	renderAgenda,
	renderPersonTemplate,
	stripFrontmatter,
	templatesFor,
	userTemplate,
	type AgendaTemplate,
} from "../core/agenda";
import { todayIso } from "../core/dates";
import { titleOf } from "../core/read";
import { writeNames, type IsoDate, type Report, type Stakeholder } from "../core/types";
import type { ManagingUpSettings } from "../settings";
import { modalUi, type AgendaUi } from "./modals";

/** What the agenda commands need: exactly these services, passed in. */
export interface AgendaDeps {
	app: App;
	/** The stakeholder index (anything that reports a day). */
	index: { report(today: IsoDate): Report };
	/** The current settings. */
	settings: () => ManagingUpSettings;
	/** The property actions shared with the dashboard. */
	actions: { logContactToday(personPath: string): Promise<unknown> };
	/** The clock, read at the edge; defaults to the machine's. */
	now?: () => Date;
	/** How to ask the user; Obsidian's modals unless a test answers. */
	ui?: AgendaUi;
}

/** What the dashboard's row actions call. */
export interface AgendaActions {
	/** Creates a 1:1 agenda for the person (asking for a template when several fit) and opens it. */
	newAgenda(personPath: string): Promise<void>;
	/** Creates a person note with every property in place (for the name given, else one it asks for), never overwriting, and opens it. */
	newStakeholder(name?: string): Promise<void>;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

/** Agenda commands and actions over one app; each method reads the index afresh. */
class Agendas implements AgendaActions {
	private readonly ui: AgendaUi;

	constructor(private readonly deps: AgendaDeps) {
		this.ui = deps.ui ?? modalUi(deps.app);
	}

	private now(): Date {
		return this.deps.now ? this.deps.now() : new Date();
	}

	private today(): IsoDate {
		return todayIso(this.now());
	}

	private report(): Report {
		return this.deps.index.report(this.today());
	}

	/** activeStakeholder is the person of the active note: the note itself, or the one person a 1:1 note is with. */
	activeStakeholder(report: Report, allowMeeting: boolean): Stakeholder | null {
		const file = this.deps.app.workspace.getActiveFile();
		if (file === null) return null;
		const own = report.stakeholders.find((s) => s.path === file.path);
		if (own !== undefined || !allowMeeting) return own ?? null;
		const withThem = report.stakeholders.filter((s) => s.meetings.some((m) => m.path === file.path));
		return withThem.length === 1 ? (withThem[0] ?? null) : null;
	}

	/** stakeholderFor is the active note's person, else the one the user picks (most urgent first). */
	async stakeholderFor(report: Report, allowMeeting: boolean): Promise<Stakeholder | null> {
		const active = this.activeStakeholder(report, allowMeeting);
		if (active !== null) return active;
		if (report.stakeholders.length === 0) {
			new Notice("No stakeholders yet: add person: to a note, or use the new stakeholder command.");
			return null;
		}
		return this.ui.chooseStakeholder(report.stakeholders);
	}

	/** userTemplates reads the notes of the templates folder, except the person-note template. */
	async userTemplates(): Promise<AgendaTemplate[]> {
		const settings = this.deps.settings();
		const folder = this.folder(settings.templatesFolder);
		if (folder === null) return [];
		const { vault, metadataCache } = this.deps.app;
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

	/** folder finds a settings folder in the vault; null when it is unset or missing. */
	private folder(setting: string): TFolder | null {
		const path = normalizeFolder(setting);
		return path === "" ? null : this.deps.app.vault.getFolderByPath(normalizePath(path));
	}

	/** chooseTemplate picks the template for a relationship: the only one that fits, or the user's choice. */
	async chooseTemplate(stakeholder: Stakeholder): Promise<AgendaTemplate | null> {
		const fitting = templatesFor(stakeholder.relationship, await this.userTemplates());
		if (fitting.length <= 1) return fitting[0] ?? null;
		return this.ui.chooseTemplate(fitting);
	}

	private linkText(path: string): string {
		const file = this.deps.app.vault.getFileByPath(path);
		return file ? this.deps.app.metadataCache.fileToLinktext(file, "", true) : titleOf(path);
	}

	/** render makes the agenda text for a person, carrying over the open items of the previous 1:1 note. */
	private async context(report: Report, stakeholder: Stakeholder, excludePath: string | null) {
		const today = report.today;
		const previousRef = previousMeeting(stakeholder, today, excludePath);
		const previousFile = previousRef === null ? null : this.deps.app.vault.getFileByPath(previousRef.path);
		const previous = previousFile === null ? null : { path: previousFile.path, text: await this.deps.app.vault.cachedRead(previousFile) };
		return agendaContext({
			stakeholder,
			report,
			previous,
			today,
			now: this.now(),
			linkText: (path) => this.linkText(path),
			// Obsidian's moment, in the user's locale: `{{date:dddd}}` reads as core Templates write it.
			formatDate: (date, pattern) => moment(date).format(pattern),
		});
	}

	/** ensureFolder creates a folder (and its parents) when it is missing. */
	private async ensureFolder(path: string): Promise<void> {
		if (path === "" || this.deps.app.vault.getAbstractFileByPath(path) !== null) return;
		await this.deps.app.vault.createFolder(path);
	}

	/** exists says whether a path is taken, as macOS and Windows see it: `twin.md` takes `Twin.md` (and NFD takes NFC). */
	private exists = (path: string): boolean => {
		const { vault } = this.deps.app;
		if (vault.getAbstractFileByPath(normalizePath(path)) !== null) return true;
		const wanted = foldPath(normalizePath(path));
		return vault.getFiles().some((file) => foldPath(file.path) === wanted);
	};

	/** createAgenda creates the agenda note for a person with a template and opens it. */
	async createAgenda(report: Report, stakeholder: Stakeholder, template: AgendaTemplate): Promise<TFile | null> {
		const { app } = this.deps;
		const settings = this.deps.settings();
		try {
			const folder = normalizeFolder(settings.agendaFolder);
			const note = agendaNote({
				template,
				context: await this.context(report, stakeholder, null),
				personLink: personReference(stakeholder.path, (path) => this.linkText(path)).text,
				folder,
				names: writeNames(settings.properties),
				exists: this.exists,
			});
			await this.ensureFolder(folder === "" ? "" : normalizePath(folder));
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
		const template = await this.chooseTemplate(stakeholder);
		if (template !== null) await this.createAgenda(report, stakeholder, template);
	}

	async newAgenda(personPath: string): Promise<void> {
		const report = this.report();
		const stakeholder = report.stakeholders.find((s) => s.path === personPath);
		if (stakeholder === undefined) {
			new Notice(`${titleOf(personPath)} is not a stakeholder any more.`);
			return;
		}
		await this.newAgendaFor(report, stakeholder);
	}

	/** The "New 1:1 agenda" command: the active person note's person, else a picked one. */
	async newAgendaCommand(): Promise<void> {
		const report = this.report();
		const stakeholder = await this.stakeholderFor(report, false);
		if (stakeholder !== null) await this.newAgendaFor(report, stakeholder);
	}

	/** The "Insert 1:1 agenda at cursor" command: the same agenda, into the open note. */
	async insertAgenda(editor: Editor, notePath: string | null): Promise<void> {
		const report = this.report();
		const stakeholder = await this.stakeholderFor(report, true);
		if (stakeholder === null) return;
		const template = await this.chooseTemplate(stakeholder);
		if (template === null) return;
		// The open note is not its own previous 1:1.
		const context = await this.context(report, stakeholder, notePath);
		editor.replaceSelection(renderAgenda(template.body, context));
	}

	/** The "Log contact today" command: the active person note, else a picked one. */
	async logContactCommand(): Promise<void> {
		const stakeholder = await this.stakeholderFor(this.report(), false);
		if (stakeholder !== null) await this.deps.actions.logContactToday(stakeholder.path);
	}

	/** personTemplate finds the person-note template in the templates folder, if there is one. */
	private personTemplate(): TFile | null {
		const folder = this.folder(this.deps.settings().templatesFolder);
		if (folder === null) return null;
		let found: TFile | null = null;
		Vault.recurseChildren(folder, (file) => {
			if (found === null && file instanceof TFile && file.extension === "md" && isPersonTemplate(file.path)) found = file;
		});
		return found;
	}

	async newStakeholder(given?: string): Promise<void> {
		const name = given === undefined ? await this.ui.askName() : given.trim() === "" ? null : given.trim();
		if (name === null) return;
		const { app } = this.deps;
		const settings = this.deps.settings();
		const today = this.today();
		try {
			const template = this.personTemplate();
			let body = PERSON_NOTE_BODY;
			let fromTemplate: Record<string, unknown> = {};
			if (template !== null) {
				body = renderPersonTemplate(stripFrontmatter(await app.vault.cachedRead(template)), name, today);
				fromTemplate = { ...(app.metadataCache.getFileCache(template)?.frontmatter ?? {}) };
			}
			const folder = normalizeFolder(settings.peopleFolder);
			const path = personNotePath(folder, name, this.exists);
			await this.ensureFolder(folder === "" ? "" : normalizePath(folder));
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
 * registerAgendaCommands adds "New 1:1 agenda", "Insert 1:1 agenda at cursor", "Log contact
 * today" and "New stakeholder" (stable ids, no default hotkeys) and returns the actions the
 * dashboard's rows use, so that both go through the same code.
 */
export function registerAgendaCommands(plugin: Plugin, deps: AgendaDeps): AgendaActions {
	const agendas = new Agendas(deps);
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
	plugin.addCommand({
		id: "log-contact-today",
		name: "Log contact today",
		callback: () => void agendas.logContactCommand(),
	});
	plugin.addCommand({
		id: "new-stakeholder",
		name: "New stakeholder",
		callback: () => void agendas.newStakeholder(),
	});
	return {
		newAgenda: (personPath) => agendas.newAgenda(personPath),
		newStakeholder: (name) => agendas.newStakeholder(name),
	};
}
