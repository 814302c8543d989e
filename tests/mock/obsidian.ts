/**
 * A small stand-in for the `obsidian` module (which ships types only), aliased by vitest and
 * the benchmarks. It has only what the plugin and its tests use. It keeps notes in memory and
 * fires the events Obsidian fires, in Obsidian's order, but synchronously: vault
 * `create`/`modify` → metadataCache `changed` → `resolved`; vault `delete` → metadataCache
 * `deleted` → `resolved`; vault `rename` and nothing from the cache (as in Obsidian).
 * Helpers that only exist here (for tests) are marked "Mock only".
 *
 * Each class `implements` the real class from obsidian.d.ts, or a `Pick<>` of the members it
 * provides, so a drift from the real API is a type error. It borrows nothing from the code it
 * stands in for: links resolve and frontmatter parses by Obsidian's documented behaviour, which
 * tests/obsidian/obsidian-behaviour.test.ts checks against recorded examples.
 */
import type * as Obsidian from "obsidian";
import type { BasesViewRegistration, CliFlags, CliHandler } from "obsidian";
import { vi } from "vitest";
import { parseDocument, stringify } from "yaml";
import { formatMoment } from "../../src/core/agenda/moment-format";
import { Component, Events } from "./component";

// Node has no `window`; plugin code (and this mock) calls `window.setTimeout` and friends, as
// Obsidian wants. Give it one whose timers are the globals of the moment, so vitest's fake timers apply.
if (typeof window === "undefined") {
	vi.stubGlobal("window", {
		get setTimeout() {
			return setTimeout;
		},
		get clearTimeout() {
			return clearTimeout;
		},
		get setInterval() {
			return setInterval;
		},
		get clearInterval() {
			return clearInterval;
		},
	});
}

export { Component } from "./component";

// ---------------------------------------------------------------------------------------------
// A fake element for Node, where there is no DOM. In the browser project the real DOM is used.

/**
 * FakeElement keeps the text and children that Obsidian's `createEl`/`createDiv` give it, so a
 * test can read `textContent`; classes, attributes and listeners are accepted and dropped.
 */
export class FakeElement {
	/** Never in a document, and nothing is on screen in Node: views that draw only while shown stay blank. */
	readonly isConnected = false;
	private children: FakeElement[] = [];
	private text = "";

	constructor(readonly tagName: string) {}

	get textContent(): string {
		return this.text + this.children.map((child) => child.textContent).join("");
	}

	createEl(tag: string, o?: { text?: string }): FakeElement {
		return this.append(tag, o?.text);
	}

	createDiv(o?: { text?: string }): FakeElement {
		return this.append("div", o?.text);
	}

	createSpan(o?: { text?: string }): FakeElement {
		return this.append("span", o?.text);
	}

	empty(): void {
		this.children = [];
		this.text = "";
		// A settings tab drawn again starts from an empty list of settings, as its DOM does.
		settingsByContainer.delete(this);
	}

	setText(text: string): void {
		this.empty();
		this.text = text;
	}

	isShown(): boolean {
		return false;
	}

	addClass(): void {}

	setAttr(): void {}

	addEventListener(): void {}

	private append(tag: string, text = ""): FakeElement {
		const el = new FakeElement(tag);
		el.text = text;
		this.children.push(el);
		return el;
	}
}

/** createElement makes a real element when there is a DOM (browser tests), else a FakeElement. */
function createElement(tag: string): HTMLElement {
	// In the browser project the setup file installs Obsidian's global createEl.
	if (typeof createEl === "function") return createEl(tag as keyof HTMLElementTagNameMap);
	return new FakeElement(tag) as unknown as HTMLElement;
}

// ---------------------------------------------------------------------------------------------
// Files and the vault

/**
 * The vault a file belongs to, typed as Obsidian's: the mock Vault provides only a Pick of it
 * (see Vault), and no plugin code reads `file.vault`. This is the mock's one cast to a real type.
 */
function asObsidianVault(vault: Vault): Obsidian.Vault {
	return vault as unknown as Obsidian.Vault;
}

export class TAbstractFile implements Obsidian.TAbstractFile {
	parent: TFolder | null = null;
	vault: Obsidian.Vault;

	constructor(
		public path: string,
		vault: Vault,
	) {
		this.vault = asObsidianVault(vault);
	}

	get name(): string {
		return this.path.slice(this.path.lastIndexOf("/") + 1);
	}
}

export class TFile extends TAbstractFile implements Obsidian.TFile {
	stat: Obsidian.FileStats = { ctime: 0, mtime: 0, size: 0 };

	get basename(): string {
		const dot = this.name.lastIndexOf(".");
		return dot > 0 ? this.name.slice(0, dot) : this.name;
	}

	get extension(): string {
		const dot = this.name.lastIndexOf(".");
		return dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile implements Obsidian.TFolder {
	children: TAbstractFile[] = [];

	isRoot(): boolean {
		return this.path === "/";
	}
}

/** Vault: files and folders in memory, keyed by path; parent folders are made as needed. */
export class Vault
	extends Events
	implements
		Pick<
			Obsidian.Vault,
			| "configDir"
			| "getAbstractFileByPath"
			| "getFileByPath"
			| "getFolderByPath"
			| "getFiles"
			| "getMarkdownFiles"
			| "create"
			| "createFolder"
			| "read"
			| "cachedRead"
			| "modify"
			| "process"
			| "rename"
		>
{
	private entries = new Map<string, TAbstractFile>([["/", new TFolder("/", this)]]);
	private contents = new Map<TFile, string>();
	/** The config folder: its files are not notes, and are read through the adapter. */
	configDir = ".obsidian";
	/** Mock only: the files of the config folder (path → text), as the adapter reads them. */
	readonly configFiles = new Map<string, string>();
	adapter: Pick<Obsidian.DataAdapter, "read"> = {
		read: (path: string): Promise<string> => {
			const text = this.configFiles.get(path);
			return text === undefined ? Promise.reject(new Error(`ENOENT: no such file, open '${path}'`)) : Promise.resolve(text);
		},
	};

	/** Mock only: the vault's name, as getName() gives it (the vault folder's name in Obsidian). */
	name = "vault";

	getName(): string {
		return this.name;
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.entries.get(path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const file = this.entries.get(path);
		return file instanceof TFile ? file : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const folder = this.entries.get(path);
		return folder instanceof TFolder ? folder : null;
	}

	getFiles(): TFile[] {
		return [...this.entries.values()].filter((file): file is TFile => file instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}

	create(path: string, data: string): Promise<TFile> {
		if (this.entries.has(path)) return Promise.reject(new Error("File already exists."));
		const file = new TFile(path, this);
		this.attach(file);
		this.contents.set(file, data);
		this.trigger("create", file);
		return Promise.resolve(file);
	}

	createFolder(path: string): Promise<TFolder> {
		if (this.entries.has(path)) return Promise.reject(new Error("Folder already exists."));
		const folder = this.ensureFolder(path);
		this.trigger("create", folder);
		return Promise.resolve(folder);
	}

	read(file: TFile): Promise<string> {
		return Promise.resolve(this.readSync(file));
	}

	cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	modify(file: TFile, data: string): Promise<void> {
		this.readSync(file);
		this.contents.set(file, data);
		this.trigger("modify", file);
		return Promise.resolve();
	}

	/** Changes a file's text through a function of it, as Obsidian's background edit does; returns the new text. */
	process(file: TFile, fn: (data: string) => string): Promise<string> {
		const next = fn(this.readSync(file));
		return this.modify(file, next).then(() => next);
	}

	/** Moves a file, or a folder with everything in it (as Obsidian does), and fires one `rename`. */
	rename(file: TAbstractFile, newPath: string): Promise<void> {
		if (this.entries.has(newPath)) return Promise.reject(new Error("Destination file already exists!"));
		const oldPath = file.path;
		const inside = (entry: TAbstractFile): boolean => entry === file || entry.path.startsWith(`${oldPath}/`);
		this.detach(file);
		for (const moved of file instanceof TFolder ? [...this.entries.values()].filter(inside) : [file]) {
			this.entries.delete(moved.path);
			moved.path = newPath + moved.path.slice(oldPath.length);
			this.entries.set(moved.path, moved);
		}
		this.attach(file);
		this.trigger("rename", file, oldPath);
		return Promise.resolve();
	}

	/** Mock only (Obsidian's delete and trash): removes a file, or a folder and everything in it, firing `delete` for each. */
	remove(file: TAbstractFile): Promise<void> {
		const remove = (gone: TAbstractFile): void => {
			if (gone instanceof TFolder) for (const child of [...gone.children]) remove(child);
			this.entries.delete(gone.path);
			if (gone instanceof TFile) this.contents.delete(gone);
			this.detach(gone);
			this.trigger("delete", gone);
		};
		remove(file);
		return Promise.resolve();
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	/** Mock only: the text of a file, synchronously (throws when the file is gone). */
	readSync(file: TFile): string {
		const text = this.contents.get(file);
		if (text === undefined) throw new Error(`File not found: ${file.path}`);
		return text;
	}

	private ensureFolder(path: string): TFolder {
		const existing = this.getFolderByPath(path);
		if (existing) return existing;
		const folder = new TFolder(path, this);
		this.attach(folder);
		return folder;
	}

	/** attach puts a new or moved file in the index and in its parent folder (made if missing). */
	private attach(file: TAbstractFile): void {
		this.entries.set(file.path, file);
		const at = file.path.lastIndexOf("/");
		const parent = this.ensureFolder(at < 0 ? "/" : file.path.slice(0, at));
		file.parent = parent;
		parent.children.push(file);
	}

	private detach(file: TAbstractFile): void {
		const parent = file.parent;
		if (!parent) return;
		parent.children = parent.children.filter((child) => child !== file);
		file.parent = null;
	}
}

// ---------------------------------------------------------------------------------------------
// The metadata cache

type Loc = Obsidian.Loc;
export type CachedMetadata = Obsidian.CachedMetadata;

/** A position of zero width at the start of a line. */
function lineStart(line: number): Obsidian.Pos {
	const at: Loc = { line, col: 0, offset: 0 };
	return { start: at, end: at };
}

/**
 * bodyTags finds `#tags` in a note's text as Obsidian lists them in `cache.tags` (outside code
 * fences, not all digits), and its tasks as `cache.listItems` with a `task` character; lines
 * are counted from the top of the file.
 */
function bodyTags(body: string, firstLine: number): Pick<CachedMetadata, "tags" | "listItems"> {
	const tags: NonNullable<CachedMetadata["tags"]> = [];
	const listItems: NonNullable<CachedMetadata["listItems"]> = [];
	let fenced = false;
	body.split("\n").forEach((line, index) => {
		const i = index + firstLine;
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		if (fenced) return;
		const task = /^\s*(?:[-*+]|\d+[.)])\s+\[(.)\]/.exec(line);
		if (task) listItems.push({ task: task[1], parent: -1, position: lineStart(i) });
		for (const match of line.matchAll(/(^|\s)(#[\p{L}\p{N}_/-]+)/gu)) {
			const tag = match[2] ?? "";
			if (/[^\d/#]/.test(tag)) {
				tags.push({ tag, position: lineStart(i) });
			}
		}
	});
	return { ...(tags.length > 0 ? { tags } : {}), ...(listItems.length > 0 ? { listItems } : {}) };
}

/** frontmatterEnd finds the closing `---` of the block at the top of a note (Obsidian requires one): its line, and the offset just past it. */
function frontmatterEnd(text: string): Loc | null {
	const lines = text.split("\n");
	if (lines[0]?.replace(/\r$/, "") !== "---") return null;
	let offset = 0;
	for (let line = 1; line < lines.length; line++) {
		offset += (lines[line - 1]?.length ?? 0) + 1;
		if (lines[line]?.replace(/\r$/, "") === "---") return { line, col: 3, offset: offset + 3 };
	}
	return null;
}

/** Obsidian reads properties as YAML 1.2 with the core schema (dates stay strings) and refuses a block with a key twice. */
const YAML_OPTIONS = { schema: "core", uniqueKeys: true, logLevel: "error" } as const;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** yamlOf is the text between a note's `---` lines. */
function yamlOf(text: string, end: Loc): string {
	return text.replace(/\r\n/g, "\n").split("\n").slice(1, end.line).join("\n");
}

/**
 * computeCache parses a note the way the metadata cache does, with the `yaml` package (not the
 * CLI's reader): dates stay strings; broken YAML leaves `frontmatterPosition` but no `frontmatter`.
 */
export function computeCache(text: string): CachedMetadata {
	const end = frontmatterEnd(text);
	const body = bodyTags(end ? text.slice(end.offset) : text, end ? end.line : 0);
	if (!end) return body;
	const cache: CachedMetadata = { frontmatterPosition: { start: { line: 0, col: 0, offset: 0 }, end }, ...body };
	const doc = parseDocument(yamlOf(text, end), YAML_OPTIONS);
	const data: unknown = doc.errors.length === 0 ? doc.toJS() : null;
	if (isRecord(data)) cache.frontmatter = data;
	return cache;
}

/** MetadataCache: parses each markdown note when the vault creates or modifies it. */
export class MetadataCache extends Events implements Pick<Obsidian.MetadataCache, "getFileCache" | "getFirstLinkpathDest" | "fileToLinktext"> {
	private caches = new Map<TFile, CachedMetadata>();

	/** `ready` false is Obsidian's start-up: getFileCache answers null and no events fire until finishIndexing(). */
	constructor(
		private readonly vault: Vault,
		private ready = true,
	) {
		super();
		const update = (file: TAbstractFile): void => {
			if (!(file instanceof TFile) || file.extension !== "md") return;
			const text = vault.readSync(file);
			const cache = computeCache(text);
			this.caches.set(file, cache);
			if (this.ready) {
				this.trigger("changed", file, text, cache);
				this.trigger("resolved");
			}
		};
		vault.on("create", update);
		vault.on("modify", update);
		vault.on("delete", (file: TAbstractFile) => {
			if (!(file instanceof TFile)) return;
			const previous = this.caches.get(file) ?? null;
			this.caches.delete(file);
			if (file.extension === "md" && this.ready) {
				this.trigger("deleted", file, previous);
				this.trigger("resolved");
			}
		});
		// Renames do not set off the metadata cache: the cache stays with the file.
	}

	getFileCache(file: TFile): CachedMetadata | null {
		if (!this.ready) return null;
		return this.caches.get(file) ?? null;
	}

	/**
	 * getFirstLinkpathDest resolves a link path as Obsidian does (the cases and their sources are
	 * in tests/obsidian/obsidian-behaviour.test.ts): case-insensitive, `.md` optional; an exact
	 * vault path first; for a bare name, a note in the linking note's own folder next; then the
	 * shortest path that ends with the link path (ties: the alphabetically first, unrecorded).
	 */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const fold = (path: string): string => path.normalize("NFC").toLowerCase();
		const path = fold((linkpath.split("#")[0] ?? "").trim().replace(/^\/+/, ""));
		if (path === "") return null;
		const wanted = path.endsWith(".md") ? path : `${path}.md`;
		const notes = this.vault.getMarkdownFiles();
		const exact = notes.find((file) => fold(file.path) === wanted);
		if (exact) return exact;
		const folder = sourcePath.includes("/") ? fold(sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1)) : "";
		const beside = wanted.includes("/") ? undefined : notes.find((file) => fold(file.path) === folder + wanted);
		if (beside) return beside;
		const ending = notes.filter((file) => fold(file.path).endsWith(`/${wanted}`));
		ending.sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1));
		return ending[0] ?? null;
	}

	fileToLinktext(file: TFile): string {
		return file.extension === "md" ? file.basename : file.name;
	}

	/** Mock only: ends start-up indexing and fires `resolved`. */
	finishIndexing(): void {
		this.ready = true;
		this.trigger("resolved");
	}
}

// ---------------------------------------------------------------------------------------------
// processFrontMatter

/**
 * serialise writes properties back as Obsidian does: the whole block anew, keys in their order,
 * each value in the stringifier's own style (comments and the user's quoting are not kept).
 * Long strings are not folded, and an empty block is `---` twice.
 */
function serialise(fm: Record<string, unknown>): string[] {
	const kept = Object.fromEntries(Object.entries(fm).filter(([, value]) => value !== undefined));
	if (Object.keys(kept).length === 0) return [];
	return stringify(kept, { ...YAML_OPTIONS, lineWidth: 0 }).replace(/\n$/, "").split("\n");
}

/**
 * editFrontmatter runs `fn` on a note's parsed properties and rewrites the whole block from
 * what it leaves, as Obsidian's processFrontMatter does; the body stays as it was. Throws on
 * YAML that does not parse, as Obsidian does.
 */
function editFrontmatter(text: string, fn: (fm: Record<string, unknown>) => void): string {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const lines = text.split(eol);
	const end = frontmatterEnd(text.replace(/\r\n/g, "\n"));
	if (!end) {
		const fm: Record<string, unknown> = {};
		fn(fm);
		const yamlLines = serialise(fm);
		return yamlLines.length === 0 ? text : ["---", ...yamlLines, "---", ""].join(eol) + text;
	}
	const doc = parseDocument(yamlOf(text, end), YAML_OPTIONS);
	const firstError = doc.errors[0];
	if (firstError) throw firstError;
	const fm: unknown = doc.toJS() ?? {};
	if (!isRecord(fm)) throw new Error("The frontmatter is not a map of properties");
	fn(fm);
	return ["---", ...serialise(fm), ...lines.slice(end.line)].join(eol);
}

/** FileManager: property writes and deletion. */
export class FileManager implements Pick<Obsidian.FileManager, "processFrontMatter" | "trashFile"> {
	constructor(private readonly app: App) {}

	async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
		const text = await this.app.vault.read(file);
		const next = editFrontmatter(text, fn);
		if (next !== text) await this.app.vault.modify(file, next);
	}

	trashFile(file: TAbstractFile): Promise<void> {
		// Obsidian honours the user's deletion preference here; the mock just removes the file.
		return this.app.vault.remove(file);
	}
}

// ---------------------------------------------------------------------------------------------
// Workspace and views

type ViewCreator = (leaf: WorkspaceLeaf) => View;

export abstract class View extends Component {
	app: App;
	containerEl: HTMLElement = createElement("div");

	constructor(readonly leaf: WorkspaceLeaf) {
		super();
		this.app = leaf.app;
	}

	abstract getViewType(): string;

	onOpen(): Promise<void> {
		return Promise.resolve();
	}

	onClose(): Promise<void> {
		return Promise.resolve();
	}

	getState(): Record<string, unknown> {
		return {};
	}

	setState(_state: unknown, _result: unknown): Promise<void> {
		return Promise.resolve();
	}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		// Obsidian's ItemView: containerEl holds a header and the content.
		this.containerEl.createDiv();
		this.contentEl = this.containerEl.createDiv();
	}
}

/** WorkspaceLeaf: holds one view or one open file at a time. */
export class WorkspaceLeaf {
	view: View | null = null;
	file: TFile | null = null;

	constructor(
		readonly app: App,
		/** Mock only: where the leaf lives. */
		readonly side: "main" | "right" = "main",
	) {}

	async setViewState(state: { type: string; active?: boolean }): Promise<void> {
		await this.closeView();
		const creator = this.app.workspace.viewCreator(state.type);
		if (!creator) throw new Error(`No view registered for ${state.type}`);
		const view = creator(this);
		this.view = view;
		view.load();
		await view.onOpen();
		if (state.active) this.app.workspace.setActiveLeaf(this);
	}

	/** Mock only: the view state the last openFile was given (`eState.line` puts the cursor on a line). */
	openState: Obsidian.OpenViewState | undefined = undefined;

	async openFile(file: TFile, openState?: Obsidian.OpenViewState): Promise<void> {
		await this.closeView();
		this.file = file;
		this.openState = openState;
		this.app.workspace.setActiveLeaf(this);
		this.app.workspace.trigger("file-open", file);
	}

	private async closeView(): Promise<void> {
		const view = this.view;
		if (!view) return;
		this.view = null;
		await view.onClose();
		view.unload();
	}
}

/** Workspace: leaves, views and layout readiness. */
export class Workspace extends Events {
	layoutReady = false;
	/** Mock only: the view creators plugins registered, by view type. */
	readonly viewCreators = new Map<string, ViewCreator>();
	private leaves: WorkspaceLeaf[] = [];
	private active: WorkspaceLeaf | null = null;
	private layoutCallbacks: (() => unknown)[] = [];

	constructor(private readonly app: App) {
		super();
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.layoutCallbacks.push(callback);
	}

	/** Mock only: finishes start-up, running the onLayoutReady callbacks. */
	triggerLayoutReady(): void {
		this.layoutReady = true;
		for (const callback of this.layoutCallbacks.splice(0)) callback();
		this.trigger("layout-change");
	}

	getLeavesOfType(type: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view?.getViewType() === type);
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf | null {
		return this.addLeaf("right");
	}

	/** The active main-area leaf (or the first), or a new one when `newLeaf`. */
	getLeaf(newLeaf?: boolean): WorkspaceLeaf {
		if (!newLeaf) {
			const main = this.active?.side === "main" ? this.active : this.leaves.find((leaf) => leaf.side === "main");
			if (main) return main;
		}
		return this.addLeaf("main");
	}

	revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.setActiveLeaf(leaf);
		return Promise.resolve();
	}

	setActiveLeaf(leaf: WorkspaceLeaf): void {
		this.active = leaf;
	}

	getActiveFile(): TFile | null {
		return this.active?.file ?? null;
	}

	requestSaveLayout(): void {}

	/** Mock only: the creator registered for a view type. */
	viewCreator(type: string): ViewCreator | undefined {
		return this.viewCreators.get(type);
	}

	/** Mock only: every leaf. */
	allLeaves(): WorkspaceLeaf[] {
		return [...this.leaves];
	}

	private addLeaf(side: "main" | "right"): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		return leaf;
	}
}

// ---------------------------------------------------------------------------------------------
// App and plugin

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

	/** `cacheReady` false starts the metadata cache in Obsidian's start-up state (see MetadataCache). */
	constructor(options: { cacheReady?: boolean } = {}) {
		this.metadataCache = new MetadataCache(this.vault, options.cacheReady ?? true);
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

// ---------------------------------------------------------------------------------------------
// Settings UI

export class PluginSettingTab {
	containerEl: HTMLElement = createElement("div");

	constructor(
		public app: App,
		public plugin: Plugin,
	) {}
}

/** TextComponent: a text field; the mock records its value and change callback. */
export class TextComponent {
	inputEl = createElement("input") as HTMLInputElement;
	private value = "";
	/** Mock only: the placeholder set. */
	placeholder = "";
	private changeCallback: ((value: string) => unknown) | null = null;

	setPlaceholder(placeholder: string): this {
		this.placeholder = placeholder;
		return this;
	}

	setValue(value: string): this {
		this.value = value;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	/** Mock only: what typing does: sets the value and calls onChange. */
	simulateChange(value: string): unknown {
		this.value = value;
		return this.changeCallback?.(value);
	}
}

export class TextAreaComponent extends TextComponent {}

/** ButtonComponent: records its text and click callback. */
export class ButtonComponent {
	text = "";
	private clickCallback: (() => unknown) | null = null;

	setButtonText(text: string): this {
		this.text = text;
		return this;
	}

	setCta(): this {
		return this;
	}

	onClick(callback: () => unknown): this {
		this.clickCallback = callback;
		return this;
	}

	/** Mock only: what a click does. */
	simulateClick(): unknown {
		return this.clickCallback?.();
	}
}

/** ToggleComponent: an on/off switch; the mock records its value and change callback. */
export class ToggleComponent {
	value = false;
	private changeCallback: ((value: boolean) => unknown) | null = null;

	setValue(value: boolean): this {
		this.value = value;
		return this;
	}

	onChange(callback: (value: boolean) => unknown): this {
		this.changeCallback = callback;
		return this;
	}

	/** Mock only: what a click on the switch does. */
	simulateChange(value: boolean): unknown {
		this.value = value;
		return this.changeCallback?.(value);
	}
}

const settingsByContainer = new WeakMap<object, Setting[]>();

/** Mock only: the Settings built in a container, in order. */
export function settingsIn(containerEl: HTMLElement): Setting[] {
	return settingsByContainer.get(containerEl) ?? [];
}

/** Setting: one row of a settings tab; records its name, description and components. */
export class Setting {
	name = "";
	desc = "";
	isHeading = false;
	components: (TextComponent | ButtonComponent | ToggleComponent)[] = [];

	constructor(containerEl: HTMLElement) {
		settingsByContainer.set(containerEl, [...settingsIn(containerEl), this]);
	}

	setName(name: string): this {
		this.name = name;
		return this;
	}

	setDesc(desc: string): this {
		this.desc = desc;
		return this;
	}

	setHeading(): this {
		this.isHeading = true;
		return this;
	}

	addText(cb: (component: TextComponent) => unknown): this {
		return this.add(new TextComponent(), cb);
	}

	addTextArea(cb: (component: TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(), cb);
	}

	addButton(cb: (component: ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(), cb);
	}

	addToggle(cb: (component: ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(), cb);
	}

	private add<T extends TextComponent | ButtonComponent | ToggleComponent>(component: T, cb: (component: T) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

// ---------------------------------------------------------------------------------------------
// Modals and notices

export class Modal {
	titleEl: HTMLElement = createElement("div");
	contentEl: HTMLElement = createElement("div");
	/** Mock only: whether the modal is open. */
	isOpen = false;

	constructor(public app: App) {}

	open(): void {
		this.isOpen = true;
		void this.onOpen();
	}

	close(): void {
		if (!this.isOpen) return;
		this.isOpen = false;
		this.onClose();
	}

	onOpen(): void | Promise<void> {}

	onClose(): void {}
}

/** FuzzySuggestModal: a picker; the mock has no list to type into, a test picks with simulateChoose. */
export abstract class FuzzySuggestModal<T> extends Modal {
	setPlaceholder(_placeholder: string): void {}

	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** Mock only: the user picks an item (the modal closes first, as in Obsidian). */
	simulateChoose(item: T): void {
		this.close();
		this.onChooseItem(item, {} as KeyboardEvent);
	}
}

/** Mock only: the text of every Notice shown so far; clear it between tests. */
export const notices: string[] = [];

export class Notice {
	constructor(message: string) {
		notices.push(message);
	}
}

// ---------------------------------------------------------------------------------------------
// Functions

/** normalizePath cleans a user-typed vault path as Obsidian does: forward slashes, no doubles, no leading or trailing slash. */
export function normalizePath(path: string): string {
	const cleaned = path
		.replace(/\u00A0|\u202F/g, " ")
		.replace(/[\\/]+/g, "/")
		.replace(/^\/+|\/+$/g, "")
		.normalize("NFC");
	return cleaned === "" ? "/" : cleaned;
}

interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

/**
 * debounce calls `cb` once, `timeout` ms after the last call. The timer always restarts, as
 * with `resetTimer` true, which is all the plugin asks for.
 */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, _resetTimer = true): Debouncer<T, V> {
	let timer: number | undefined;
	let pending: [...T] | null = null;
	const cancel = (): void => {
		window.clearTimeout(timer);
		pending = null;
	};
	const run = (): V | undefined => {
		const args = pending;
		cancel();
		return args === null ? undefined : cb(...args);
	};
	const debounced = ((...args: [...T]) => {
		pending = args;
		window.clearTimeout(timer);
		timer = window.setTimeout(run, timeout);
		return debounced;
	}) as Debouncer<T, V>;
	debounced.cancel = () => {
		cancel();
		return debounced;
	};
	debounced.run = run;
	return debounced;
}

/** The app's version; set it per test with setApiVersion (Obsidian's is the desktop app's release). */
export let apiVersion = "1.13.1";

/** Mock only: make the app report another version (restore it in afterEach). */
export function setApiVersion(version: string): void {
	apiVersion = version;
}

/** requireApiVersion says whether the app's version is `version` or newer, comparing numbers part by part. */
export function requireApiVersion(version: string): boolean {
	const have = apiVersion.split(".").map(Number);
	const want = version.split(".").map(Number);
	for (let i = 0; i < Math.max(have.length, want.length); i++) {
		const a = have[i] ?? 0;
		const b = want[i] ?? 0;
		if (a !== b) return a > b;
	}
	return true;
}

/** moment(date).format(pattern): the one use the plugin makes of moment, with the core's formatter. */
export function moment(date: Date): { format(pattern: string): string } {
	return { format: (pattern) => formatMoment(date, pattern) };
}

export * from "./bases";
