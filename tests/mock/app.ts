/** The app and the plugin of the obsidian mock (see obsidian.ts). */
import type { BasesViewRegistration, CliFlags, CliHandler } from "obsidian";
import { Component } from "./component";
import { createElement } from "./dom";
import { FileManager } from "./file-manager";
import { MetadataCache } from "./metadata-cache";
import type { PluginSettingTab } from "./settings-ui";
import { Vault } from "./vault";
import { Workspace, type ViewCreator } from "./workspace";

export interface Command {
	id: string;
	name: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (...args: never[]) => unknown;
}

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
}

/** App: a vault, its metadata cache, the file manager and the workspace. */
export class App {
	vault = new Vault();
	metadataCache: MetadataCache;
	fileManager = new FileManager(this);
	workspace = new Workspace(this);
	/** Mock only: commands added by plugins, by full id (`plugin-id:command-id`). */
	commands = { commands: {} as Record<string, Command> };
	/** Mock only: handlers registered for Obsidian's command line (1.12.2+), by command. */
	cliHandlers = new Map<string, { description: string; flags: CliFlags | null; handler: CliHandler }>();
	/** Mock only: Bases view types registered by plugins (1.10+), by id; and whether the core Bases plugin is on. */
	basesViews = new Map<string, BasesViewRegistration>();
	basesEnabled = true;
	/** Mock only: what saveLocalStorage kept for this vault, as the JSON text Obsidian stores. */
	localStorage = new Map<string, string>();

	/** `cacheReady` false starts the metadata cache in Obsidian's start-up state (see MetadataCache). */
	constructor(options: { cacheReady?: boolean } = {}) {
		this.metadataCache = new MetadataCache(this.vault, options.cacheReady ?? true);
	}

	/** Retrieves a value from `localStorage` for this vault (Obsidian 1.8.7+): null when there is none. */
	loadLocalStorage(key: string): unknown {
		const text = this.localStorage.get(key);
		return text === undefined ? null : (JSON.parse(text) as unknown);
	}

	/** Saves a vault-specific value to `localStorage`; null clears the entry. */
	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.localStorage.delete(key);
		else this.localStorage.set(key, JSON.stringify(data));
	}

	/** Mock only: an app with these notes (path → text) already in the vault. */
	static async withFiles(files: Record<string, string>, options: { cacheReady?: boolean } = {}): Promise<App> {
		const app = new App(options);
		for (const [path, text] of Object.entries(files)) {
			if (path.startsWith(`${app.vault.configDir}/`)) app.vault.configFiles.set(path, text);
			else await app.vault.create(path, text);
		}
		return app;
	}
}

export class Plugin extends Component {
	/** Mock only: what the plugin registered. */
	ribbonIcons: { icon: string; title: string; callback: (evt: MouseEvent) => unknown }[] = [];
	settingTabs: PluginSettingTab[] = [];
	viewTypes: string[] = [];
	/** Mock only: what saveData last stored (and loadData returns). */
	savedData: unknown = null;

	constructor(
		public app: App,
		public manifest: PluginManifest,
	) {
		super();
	}

	loadData(): Promise<unknown> {
		return Promise.resolve(structuredClone(this.savedData));
	}

	saveData(data: unknown): Promise<void> {
		this.savedData = structuredClone(data);
		return Promise.resolve();
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		this.ribbonIcons.push({ icon, title, callback });
		return createElement("div");
	}

	addCommand(command: Command): Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.app.commands.commands[full.id] = full;
		this.register(() => delete this.app.commands.commands[full.id]);
		return full;
	}

	addSettingTab(tab: PluginSettingTab): void {
		this.settingTabs.push(tab);
	}

	registerView(type: string, creator: ViewCreator): void {
		const creators = this.app.workspace.viewCreators;
		this.viewTypes.push(type);
		creators.set(type, creator);
		this.register(() => creators.delete(type));
	}

	/** Obsidian 1.10+: a view type of Bases; false when Bases is off in the vault (Mock only: `app.basesEnabled`). */
	registerBasesView(viewId: string, registration: BasesViewRegistration): boolean {
		if (!this.app.basesEnabled) return false;
		const views = this.app.basesViews;
		if (views.has(viewId)) throw new Error(`Bases view ${viewId} is already registered`);
		views.set(viewId, registration);
		this.register(() => views.delete(viewId));
		return true;
	}

	/** Obsidian 1.12.2+: a second handler for the same command throws, as the typings say. */
	registerCliHandler(command: string, description: string, flags: CliFlags | null, handler: CliHandler): void {
		const handlers = this.app.cliHandlers;
		if (handlers.has(command)) throw new Error(`CLI command ${command} is already registered`);
		handlers.set(command, { description, flags, handler });
		this.register(() => handlers.delete(command));
	}
}
