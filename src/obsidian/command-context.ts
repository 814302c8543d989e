import { Notice, TFolder, normalizePath, type App } from "obsidian";
import { foldPath, normalizeFolder } from "../core/agenda";
import { todayIso } from "../core/dates";
import type { IsoDate, Report, Stakeholder } from "../core/types";
import type { ManagingUpSettings } from "../settings";
import { modalUi, type AgendaUi } from "./modals";

/** What the note commands need: exactly these services, passed in. */
export interface CommandDeps {
	app: App;
	/** The stakeholder index (anything that reports a day). */
	index: { report(today: IsoDate): Report };
	/** The current settings. */
	settings: () => ManagingUpSettings;
	/** The clock, read at the edge; defaults to the machine's. */
	now?: () => Date;
	/** How to ask the user; Obsidian's modals unless a test answers. */
	ui?: AgendaUi;
}

/**
 * CommandContext is what the agenda and person-note commands share: the clock, the report,
 * the stakeholder a command is for, and the folders and free paths of the notes they create.
 */
export class CommandContext {
	readonly app: App;
	readonly ui: AgendaUi;

	constructor(private readonly deps: CommandDeps) {
		this.app = deps.app;
		this.ui = deps.ui ?? modalUi(deps.app);
	}

	/** settings are the current settings. */
	settings(): ManagingUpSettings {
		return this.deps.settings();
	}

	now(): Date {
		return this.deps.now ? this.deps.now() : new Date();
	}

	today(): IsoDate {
		return todayIso(this.now());
	}

	/** report reads the index afresh for today. */
	report(): Report {
		return this.deps.index.report(this.today());
	}

	/** activeStakeholder is the person of the active note: the note itself, or the one person a 1:1 note is with. */
	activeStakeholder(report: Report, allowMeeting: boolean): Stakeholder | null {
		const file = this.app.workspace.getActiveFile();
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

	/** folder finds a settings folder in the vault; null when it is unset or missing. */
	folder(setting: string): TFolder | null {
		const path = normalizeFolder(setting);
		return path === "" ? null : this.app.vault.getFolderByPath(normalizePath(path));
	}

	/** ensureFolder creates a folder (and its parents) when it is missing. */
	async ensureFolder(path: string): Promise<void> {
		if (path === "" || this.app.vault.getAbstractFileByPath(path) !== null) return;
		await this.app.vault.createFolder(path);
	}

	/** exists says whether a path is taken, as macOS and Windows see it: `twin.md` takes `Twin.md` (and NFD takes NFC). */
	readonly exists = (path: string): boolean => {
		const { vault } = this.app;
		if (vault.getAbstractFileByPath(normalizePath(path)) !== null) return true;
		const wanted = foldPath(normalizePath(path));
		return vault.getFiles().some((file) => foldPath(file.path) === wanted);
	};
}
