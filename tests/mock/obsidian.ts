/**
 * A small, honest stand-in for the `obsidian` module (which ships types only), aliased by
 * vitest. It keeps notes in memory and fires the events Obsidian fires, in Obsidian's order,
 * but synchronously: vault `create`/`modify` → metadataCache `changed` → `resolved`; vault
 * `delete` → metadataCache `deleted`; vault `rename` and nothing from the cache (as in Obsidian).
 * Helpers that only exist here (for tests) are marked "Mock only".
 */
import { vi } from "vitest";
import { parseDocument, stringify } from "yaml";
import { formatMoment } from "../../src/core/agenda/moment-format";
import { parseFrontmatter } from "../../src/cli/frontmatter";
import { pathResolver } from "../../src/core/links";

/**
 * Timers. Plugin code calls `window.setTimeout`; the mock also runs in Node, where there is no
 * window, so it looks the global functions up at each call (so vitest's fake timers apply).
 */
const timers = {
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
};

/**
 * Node has no `window`; plugin code calls `window.setTimeout` and friends, as Obsidian wants.
 * Give it one holding the timers (looked up at each call, so vitest's fake timers apply).
 */
if (typeof window === "undefined") {
	vi.stubGlobal("window", {
		setTimeout: (cb: () => void, ms?: number) => timers.setTimeout(cb, ms ?? 0),
		clearTimeout: (id: ReturnType<typeof setTimeout>) => timers.clearTimeout(id),
		setInterval: (cb: () => void, ms?: number) => timers.setInterval(cb, ms ?? 0),
		clearInterval: (id: ReturnType<typeof setInterval>) => timers.clearInterval(id),
	});
}

// ---------------------------------------------------------------------------------------------
// Events and components

type Callback = (...args: never[]) => unknown;

export interface EventRef {
	events: Events;
	name: string;
	callback: Callback;
	ctx: unknown;
}

/** Events: named callbacks, triggered in the order they were registered. */
export class Events {
	private handlers = new Map<string, EventRef[]>();

	on(name: string, callback: Callback, ctx?: unknown): EventRef {
		const ref: EventRef = { events: this, name, callback, ctx };
		this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
		return ref;
	}

	offref(ref: EventRef): void {
		this.handlers.set(
			ref.name,
			(this.handlers.get(ref.name) ?? []).filter((other) => other !== ref),
		);
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	tryTrigger(ref: EventRef, args: unknown[]): void {
		(ref.callback as (...a: unknown[]) => unknown).apply(ref.ctx, args);
	}

	/** Mock only: how many callbacks listen to an event. */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}

/** Component: load/unload with children and cleanups, as Obsidian's. */
export class Component {
	private loadedState = false;
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];

	/** Mock only: settles when the last load()'s onload (which may be async) has finished. */
	loading: Promise<void> = Promise.resolve();

	load(): void {
		if (this.loadedState) return;
		this.loadedState = true;
		this.loading = Promise.resolve(this.onload());
		for (const child of [...this.children]) child.load();
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this.loadedState) return;
		this.loadedState = false;
		for (const child of this.children.splice(0).reverse()) child.unload();
		for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this.children.push(component);
		if (this.loadedState) component.load();
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(ref: EventRef): void {
		this.register(() => ref.events.offref(ref));
	}

	registerInterval(id: number): number {
		this.register(() => timers.clearInterval(id));
		return id;
	}

	/** Mock only: whether load() ran and unload() has not. */
	get isLoaded(): boolean {
		return this.loadedState;
	}
}

// ---------------------------------------------------------------------------------------------
// A fake element for Node, where there is no DOM. In the browser project the real DOM is used.

interface ElementOptions {
	text?: string;
	cls?: string | string[];
	attr?: Record<string, string | number | boolean | null>;
}

/** FakeElement is just enough of an HTMLElement with Obsidian's helpers to build settings headlessly. */
export class FakeElement {
	readonly children: FakeElement[] = [];
	readonly classList = new Set<string>();
	readonly attributes = new Map<string, string>();
	parent: FakeElement | null = null;
	value = "";
	private ownText = "";
	private listeners = new Map<string, ((ev: unknown) => unknown)[]>();

	constructor(readonly tagName: string) {}

	get textContent(): string {
		return this.ownText + this.children.map((child) => child.textContent).join("");
	}

	createEl(tag: string, o?: ElementOptions | string): FakeElement {
		return this.make(tag, o);
	}

	createDiv(o?: ElementOptions | string): FakeElement {
		return this.make("div", o);
	}

	private make(tag: string, o?: ElementOptions | string): FakeElement {
		const el = new FakeElement(tag);
		const options = typeof o === "string" ? { cls: o } : (o ?? {});
		if (options.text !== undefined) el.ownText = options.text;
		for (const cls of [options.cls ?? []].flat()) if (cls) el.classList.add(cls);
		for (const [key, value] of Object.entries(options.attr ?? {})) {
			if (value !== null && value !== false) el.attributes.set(key, String(value));
		}
		el.parent = this;
		this.children.push(el);
		return el;
	}

	empty(): void {
		this.children.splice(0);
		this.ownText = "";
	}

	setText(text: string): void {
		this.empty();
		this.ownText = text;
	}

	addClass(...classes: string[]): void {
		for (const cls of classes) this.classList.add(cls);
	}

	setAttr(key: string, value: string | number | boolean | null): void {
		if (value === null || value === false) this.attributes.delete(key);
		else this.attributes.set(key, String(value));
	}

	appendChild<T extends FakeElement>(child: T): T {
		child.remove();
		child.parent = this;
		this.children.push(child);
		return child;
	}

	remove(): void {
		if (!this.parent) return;
		const at = this.parent.children.indexOf(this);
		if (at >= 0) this.parent.children.splice(at, 1);
		this.parent = null;
	}

	addEventListener(type: string, callback: (ev: unknown) => unknown): void {
		this.listeners.set(type, [...(this.listeners.get(type) ?? []), callback]);
	}

	/** Nothing is on screen in Node: views that draw only while shown stay blank here. */
	isShown(): boolean {
		return false;
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

export interface FileStats {
	ctime: number;
	mtime: number;
	size: number;
}

export class TAbstractFile {
	vault: Vault;
	path: string;
	parent: TFolder | null = null;

	constructor(vault: Vault, path: string) {
		this.vault = vault;
		this.path = path;
	}

	get name(): string {
		return this.path.slice(this.path.lastIndexOf("/") + 1);
	}
}

export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };

	get basename(): string {
		const name = this.name;
		const dot = name.lastIndexOf(".");
		return dot > 0 ? name.slice(0, dot) : name;
	}

	get extension(): string {
		const name = this.name;
		const dot = name.lastIndexOf(".");
		return dot > 0 ? name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

}

function parentPath(path: string): string {
	const at = path.lastIndexOf("/");
	return at < 0 ? "/" : path.slice(0, at);
}

/** Vault: files in memory, keyed by path. */
export class Vault extends Events {
	private files = new Map<string, TFile>();
	private folders = new Map<string, TFolder>();
	private contents = new Map<TFile, string>();
	private clock = 1;

	constructor() {
		super();
		this.folders.set("/", new TFolder(this, "/"));
	}

	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.files.get(path) ?? this.folders.get(path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		return this.files.get(path) ?? null;
	}

	getFolderByPath(path: string): TFolder | null {
		return this.folders.get(path) ?? null;
	}

	getFiles(): TFile[] {
		return [...this.files.values()];
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((file) => file.extension === "md");
	}

	create(path: string, data: string): Promise<TFile> {
		if (this.getAbstractFileByPath(path)) return Promise.reject(new Error("File already exists."));
		const file = new TFile(this, path);
		this.attach(file);
		this.files.set(path, file);
		this.write(file, data);
		this.trigger("create", file);
		return Promise.resolve(file);
	}

	createFolder(path: string): Promise<TFolder> {
		if (this.getAbstractFileByPath(path)) return Promise.reject(new Error("Folder already exists."));
		const folder = this.ensureFolder(path);
		this.trigger("create", folder);
		return Promise.resolve(folder);
	}

	read(file: TFile): Promise<string> {
		return Promise.resolve(this.textOf(file));
	}

	cachedRead(file: TFile): Promise<string> {
		return this.read(file);
	}

	modify(file: TFile, data: string): Promise<void> {
		this.textOf(file);
		this.write(file, data);
		this.trigger("modify", file);
		return Promise.resolve();
	}

	rename(file: TAbstractFile, newPath: string): Promise<void> {
		if (this.getAbstractFileByPath(newPath)) return Promise.reject(new Error("Destination file already exists!"));
		const oldPath = file.path;
		if (file instanceof TFile) {
			this.files.delete(oldPath);
			this.detach(file);
			file.path = newPath;
			this.attach(file);
			this.files.set(newPath, file);
		} else if (file instanceof TFolder) {
			// Obsidian moves every descendant along with the folder.
			for (const [path, child] of [...this.files]) {
				if (!path.startsWith(`${oldPath}/`)) continue;
				this.files.delete(path);
				child.path = newPath + path.slice(oldPath.length);
				this.files.set(child.path, child);
			}
			for (const [path, folder] of [...this.folders]) {
				if (path !== oldPath && !path.startsWith(`${oldPath}/`)) continue;
				this.folders.delete(path);
				folder.path = newPath + path.slice(oldPath.length);
				this.folders.set(folder.path, folder);
			}
			this.detach(file);
			this.attach(file);
		}
		this.trigger("rename", file, oldPath);
		return Promise.resolve();
	}

	/** Mock only: removes a file or folder and fires `delete`. */
	remove(file: TAbstractFile): Promise<void> {
		this.removeNow(file);
		return Promise.resolve();
	}

	private removeNow(file: TAbstractFile): void {
		if (file instanceof TFile) {
			this.files.delete(file.path);
			this.contents.delete(file);
			this.detach(file);
		} else if (file instanceof TFolder) {
			for (const child of [...file.children]) this.removeNow(child);
			this.folders.delete(file.path);
			this.detach(file);
		}
		this.trigger("delete", file);
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
		return this.textOf(file);
	}

	private textOf(file: TFile): string {
		const text = this.contents.get(file);
		if (text === undefined || this.files.get(file.path) !== file) throw new Error(`File not found: ${file.path}`);
		return text;
	}

	private write(file: TFile, data: string): void {
		this.contents.set(file, data);
		const now = this.clock++;
		file.stat = { ctime: file.stat.ctime || now, mtime: now, size: data.length };
	}

	private ensureFolder(path: string): TFolder {
		const existing = this.folders.get(path);
		if (existing) return existing;
		const folder = new TFolder(this, path);
		this.folders.set(path, folder);
		this.attach(folder);
		return folder;
	}

	private attach(file: TAbstractFile): void {
		if (file.path === "/") return;
		const parent = this.ensureFolder(parentPath(file.path));
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

export interface Loc {
	line: number;
	col: number;
	offset: number;
}

export interface Pos {
	start: Loc;
	end: Loc;
}

export interface SectionCache {
	type: string;
	position: Pos;
}

export interface CachedMetadata {
	frontmatter?: Record<string, unknown>;
	frontmatterPosition?: Pos;
	sections?: SectionCache[];
}

/** frontmatterBlock finds the `---` fenced block at the top of a note, as Obsidian does (a closing fence is required). */
function frontmatterBlock(text: string): Pos | null {
	const lines = text.split("\n");
	if (lines[0]?.replace(/\r$/, "") !== "---") return null;
	let offset = (lines[0]?.length ?? 0) + 1;
	for (let line = 1; line < lines.length; line++) {
		const content = lines[line] ?? "";
		if (content.replace(/\r$/, "") === "---") {
			return {
				start: { line: 0, col: 0, offset: 0 },
				end: { line, col: 3, offset: offset + 3 },
			};
		}
		offset += content.length + 1;
	}
	return null;
}

/**
 * computeCache parses a note the way the metadata cache does: dates stay strings; broken YAML
 * leaves a `yaml` section and `frontmatterPosition` but no `frontmatter`.
 */
export function computeCache(text: string): CachedMetadata {
	const position = frontmatterBlock(text);
	if (!position) return { sections: [] };
	const cache: CachedMetadata = { frontmatterPosition: position, sections: [{ type: "yaml", position }] };
	const parsed = parseFrontmatter(text.slice(0, position.end.offset));
	if (parsed.error === null && typeof parsed.data === "object" && parsed.data !== null && !Array.isArray(parsed.data)) {
		cache.frontmatter = parsed.data as Record<string, unknown>;
	}
	return cache;
}

/** MetadataCache: parses each note when the vault creates or modifies it. */
export class MetadataCache extends Events {
	private caches = new Map<TFile, CachedMetadata>();
	private ready: boolean;

	constructor(
		private readonly vault: Vault,
		options: { ready?: boolean } = {},
	) {
		super();
		this.ready = options.ready ?? true;
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

	/** Resolves a link path as "shortest path when possible" links expect (the core's resolver). */
	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const path = linkpath.split("#")[0] ?? "";
		const resolve = pathResolver(this.vault.getMarkdownFiles().map((file) => file.path));
		const found = resolve(path, sourcePath);
		return found === null ? null : this.vault.getFileByPath(found);
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

const YAML_OPTIONS = { schema: "core", uniqueKeys: true } as const;

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

function entryLines(key: string, value: unknown): string[] {
	return stringify({ [key]: value }, { ...YAML_OPTIONS, lineWidth: 0 }).replace(/\n$/, "").split("\n");
}

/**
 * editFrontmatter runs `fn` on a note's parsed properties and writes back only the keys it
 * added, changed or removed; every other line stays byte-identical. (Obsidian itself
 * re-serialises the whole block; this mock is stricter so tests can see what an action touched.)
 * Throws on YAML that does not parse, as Obsidian does.
 */
export function editFrontmatter(text: string, fn: (fm: Record<string, unknown>) => void): string {
	const eol = text.includes("\r\n") ? "\r\n" : "\n";
	const lines = text.split(eol);
	const block = frontmatterBlock(text.replace(/\r\n/g, "\n"));
	if (!block) {
		const fm: Record<string, unknown> = {};
		fn(fm);
		const added = Object.entries(fm).filter(([, value]) => value !== undefined);
		if (added.length === 0) return text;
		const yamlLines = added.flatMap(([key, value]) => entryLines(key, value));
		return ["---", ...yamlLines, "---", ""].join(eol) + text;
	}
	const closing = block.end.line;
	const yamlLines = lines.slice(1, closing);
	const yamlText = yamlLines.join("\n");
	const doc = parseDocument(yamlText, YAML_OPTIONS);
	const firstError = doc.errors[0];
	if (firstError) throw firstError;
	const before: unknown = doc.toJS() ?? {};
	if (typeof before !== "object" || before === null || Array.isArray(before)) {
		throw new Error("The frontmatter is not a map of properties");
	}
	const original = before as Record<string, unknown>;
	const fm = structuredClone(original);
	fn(fm);

	const lineStarts = [0];
	for (let i = 0; i < yamlText.length; i++) if (yamlText[i] === "\n") lineStarts.push(i + 1);
	const lineOf = (offset: number): number => {
		let line = 0;
		while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line++;
		return line;
	};
	const spans = new Map<string, { first: number; last: number }>();
	const contents = doc.contents as { items?: { key: { value?: unknown; range?: number[] }; value: { range?: number[] } | null }[] } | null;
	for (const pair of contents?.items ?? []) {
		const keyRange = pair.key.range;
		if (!keyRange) continue;
		const keyStart = keyRange[0] ?? 0;
		const valueEnd = pair.value?.range?.[1] ?? keyRange[1] ?? keyStart;
		spans.set(String(pair.key.value), {
			first: lineOf(keyStart),
			last: Math.max(lineOf(keyStart), lineOf(Math.max(keyStart, valueEnd - 1))),
		});
	}

	const edits: { first: number; last: number; replacement: string[] }[] = [];
	const appended: string[] = [];
	for (const key of Object.keys(original)) {
		const span = spans.get(key);
		if (!span) continue;
		if (!(key in fm) || fm[key] === undefined) edits.push({ ...span, replacement: [] });
		else if (!same(fm[key], original[key])) edits.push({ ...span, replacement: entryLines(key, fm[key]) });
	}
	for (const [key, value] of Object.entries(fm)) {
		if (!(key in original) && value !== undefined) appended.push(...entryLines(key, value));
	}
	if (edits.length === 0 && appended.length === 0) return text;
	const next = [...yamlLines];
	if (appended.length > 0) {
		// Keep a trailing empty line of the block where it is: append after the last non-blank line.
		let at = next.length;
		while (at > 0 && (next[at - 1] ?? "").trim() === "") at--;
		next.splice(at, 0, ...appended);
	}
	for (const edit of edits.sort((a, b) => b.first - a.first)) {
		next.splice(edit.first, edit.last - edit.first + 1, ...edit.replacement);
	}
	return [lines[0] ?? "---", ...next, ...lines.slice(closing)].join(eol);
}

/** FileManager: property writes and renames. */
export class FileManager {
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

export interface ViewState {
	type: string;
	active?: boolean;
	state?: Record<string, unknown>;
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export abstract class View extends Component {
	app: App;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	icon = "";
	navigation = false;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createElement("div");
	}

	abstract getViewType(): string;

	getDisplayText(): string {
		return this.getViewType();
	}

	getIcon(): string {
		return this.icon;
	}

	onOpen(): Promise<void> {
		return Promise.resolve();
	}

	onClose(): Promise<void> {
		return Promise.resolve();
	}

	onResize(): void {}

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
		this.containerEl.appendChild(createElement("div"));
		this.contentEl = createElement("div");
		this.containerEl.appendChild(this.contentEl);
	}

}

/** WorkspaceLeaf: holds one view at a time. */
export class WorkspaceLeaf extends Events {
	view: View | null = null;
	file: TFile | null = null;

	constructor(
		readonly app: App,
		/** Mock only: where the leaf lives. */
		readonly side: "main" | "right" = "main",
	) {
		super();
	}

	async setViewState(state: ViewState): Promise<void> {
		await this.closeView();
		const creator = this.app.workspace.viewCreator(state.type);
		if (!creator) throw new Error(`No view registered for ${state.type}`);
		const view = creator(this);
		this.view = view;
		view.load();
		await view.onOpen();
		if (state.active) this.app.workspace.setActiveLeaf(this);
	}

	async openFile(file: TFile): Promise<void> {
		await this.closeView();
		this.file = file;
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
	private leaves: WorkspaceLeaf[] = [];
	private active: WorkspaceLeaf | null = null;
	private viewCreators = new Map<string, ViewCreator>();
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
		this.trigger("active-leaf-change", leaf);
	}

	getActiveFile(): TFile | null {
		return this.active?.file ?? null;
	}

	requestSaveLayout(): void {}

	/** Mock only: the creator registered for a view type. */
	viewCreator(type: string): ViewCreator | undefined {
		return this.viewCreators.get(type);
	}

	/** Mock only: what Plugin.registerView does. */
	registerViewType(type: string, creator: ViewCreator): () => void {
		this.viewCreators.set(type, creator);
		return () => this.viewCreators.delete(type);
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
	icon?: string;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (...args: never[]) => unknown;
	editorCheckCallback?: (...args: never[]) => boolean | void;
}

export interface PluginManifest {
	id: string;
	name: string;
	version: string;
	minAppVersion: string;
	description?: string;
	author?: string;
	isDesktopOnly?: boolean;
	dir?: string;
}

/** App: a vault, its metadata cache, the file manager and the workspace. */
export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	fileManager: FileManager;
	workspace: Workspace;
	/** Mock only: commands added by plugins, by full id (`plugin-id:command-id`). */
	commands = { commands: {} as Record<string, Command> };

	constructor(options: { cacheReady?: boolean } = {}) {
		this.vault = new Vault();
		this.metadataCache = new MetadataCache(this.vault, { ready: options.cacheReady ?? true });
		this.fileManager = new FileManager(this);
		this.workspace = new Workspace(this);
	}

	/** Mock only: an app with these notes (path → text) already in the vault. */
	static async withFiles(files: Record<string, string>, options: { cacheReady?: boolean } = {}): Promise<App> {
		const app = new App(options);
		for (const [path, text] of Object.entries(files)) await app.vault.create(path, text);
		return app;
	}
}

export class Plugin extends Component {
	app: App;
	manifest: PluginManifest;
	/** Mock only: what the plugin registered. */
	ribbonIcons: { icon: string; title: string; callback: (evt: MouseEvent) => unknown }[] = [];
	settingTabs: PluginSettingTab[] = [];
	viewTypes: string[] = [];
	/** Mock only: what saveData last stored (and loadData returns). */
	savedData: unknown = null;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
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
		this.viewTypes.push(type);
		this.register(this.app.workspace.registerViewType(type, creator));
	}
}

// ---------------------------------------------------------------------------------------------
// Settings UI

export class PluginSettingTab {
	app: App;
	plugin: Plugin;
	containerEl: HTMLElement;

	constructor(app: App, plugin: Plugin) {
		this.app = app;
		this.plugin = plugin;
		this.containerEl = createElement("div");
	}

}

type ChangeCallback<T> = (value: T) => unknown;

abstract class ValueComponent<T> {
	protected value: T;
	protected changeCallback: ChangeCallback<T> | null = null;

	constructor(initial: T) {
		this.value = initial;
	}

	setValue(value: T): this {
		this.value = value;
		return this;
	}

	onChange(callback: ChangeCallback<T>): this {
		this.changeCallback = callback;
		return this;
	}

	/** Mock only: what typing or clicking does: sets the value and calls onChange. */
	simulateChange(value: T): unknown {
		this.value = value;
		return this.changeCallback?.(value);
	}
}

export class TextComponent extends ValueComponent<string> {
	inputEl: HTMLInputElement = createElement("input") as HTMLInputElement;
	placeholder = "";

	constructor(_containerEl?: HTMLElement) {
		super("");
	}

	setPlaceholder(placeholder: string): this {
		this.placeholder = placeholder;
		return this;
	}
}

export class TextAreaComponent extends TextComponent {}

export class ButtonComponent {
	buttonEl: HTMLElement = createElement("button");
	text = "";
	private clickCallback: (() => unknown) | null = null;

	constructor(_containerEl?: HTMLElement) {}

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
}

type SettingComponent = TextComponent | ButtonComponent;

const settingsByContainer = new WeakMap<object, Setting[]>();

/** Mock only: the Settings built in a container, in order. */
export function settingsIn(containerEl: HTMLElement): Setting[] {
	return settingsByContainer.get(containerEl) ?? [];
}

/** Setting: one row of a settings tab; records its name, description and components. */
export class Setting {
	settingEl: HTMLElement;
	name = "";
	desc = "";
	isHeading = false;
	components: SettingComponent[] = [];

	constructor(containerEl: HTMLElement) {
		this.settingEl = createElement("div");
		containerEl.appendChild(this.settingEl);
		settingsByContainer.set(containerEl, [...settingsIn(containerEl), this]);
	}

	setName(name: string | DocumentFragment): this {
		this.name = typeof name === "string" ? name : (name.textContent ?? "");
		return this;
	}

	setDesc(desc: string | DocumentFragment): this {
		this.desc = typeof desc === "string" ? desc : (desc.textContent ?? "");
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

	private add<T extends SettingComponent>(component: T, cb: (component: T) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
}

// ---------------------------------------------------------------------------------------------
// Modals and notices

export class Modal {
	app: App;
	containerEl: HTMLElement = createElement("div");
	modalEl: HTMLElement = createElement("div");
	titleEl: HTMLElement = createElement("div");
	contentEl: HTMLElement = createElement("div");
	/** Mock only: whether the modal is open. */
	isOpen = false;

	constructor(app: App) {
		this.app = app;
	}

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

export interface FuzzyMatch<T> {
	item: T;
	match: { score: number; matches: [number, number][] };
}

export abstract class SuggestModal<T> extends Modal {
	placeholder = "";
	emptyStateText = "No results found.";
	limit = 100;

	setPlaceholder(placeholder: string): void {
		this.placeholder = placeholder;
	}

	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;

	/** A plain case-insensitive substring match, in the items' order (Obsidian scores fuzzily). */
	getSuggestions(query: string): FuzzyMatch<T>[] {
		const wanted = query.toLowerCase();
		return this.getItems()
			.filter((item) => this.getItemText(item).toLowerCase().includes(wanted))
			.map((item) => ({ item, match: { score: 0, matches: [] } }));
	}

	renderSuggestion(value: FuzzyMatch<T>, el: HTMLElement): void {
		el.textContent = this.getItemText(value.item);
	}

	onChooseSuggestion(value: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(value.item, evt);
	}

	/** Mock only: the user picks an item (the modal closes first, as in Obsidian). */
	simulateChoose(item: T): void {
		this.close();
		this.onChooseItem(item, {} as KeyboardEvent);
	}
}

/** Mock only: the text of every Notice shown so far; clear it between tests. */
export const notices: string[] = [];

export class Notice {
	noticeEl: HTMLElement = createElement("div");
	message: string;

	constructor(message: string | DocumentFragment, readonly duration?: number) {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		notices.push(this.message);
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

export interface Debouncer<T extends unknown[], V> {
	(...args: [...T]): this;
	cancel(): this;
	run(): V | void;
}

/** debounce calls `cb` once, `timeout` ms after the last call (resetTimer) or the first call. */
export function debounce<T extends unknown[], V>(
	cb: (...args: [...T]) => V,
	timeout = 0,
	resetTimer = false,
): Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: [...T] | null = null;
	const run = (): V | void => {
		if (timer !== null) timers.clearTimeout(timer);
		timer = null;
		if (pending === null) return;
		const args = pending;
		pending = null;
		return cb(...args);
	};
	const debounced = ((...args: [...T]) => {
		pending = args;
		if (timer !== null && resetTimer) timers.clearTimeout(timer);
		if (timer === null || resetTimer) timer = timers.setTimeout(run, timeout);
		return debounced;
	}) as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) timers.clearTimeout(timer);
		timer = null;
		pending = null;
		return debounced;
	};
	debounced.run = run;
	return debounced;
}

// A minimal moment: local dates, formatted by the core's moment-token formatter, add/subtract.

export interface MockMoment {
	format(pattern?: string): string;
	add(amount: number, unit: "days" | "day" | "d" | "weeks" | "week" | "w" | "months" | "month" | "M"): MockMoment;
	subtract(amount: number, unit: "days" | "day" | "d" | "weeks" | "week" | "w" | "months" | "month" | "M"): MockMoment;
	clone(): MockMoment;
	toDate(): Date;
	isValid(): boolean;
	valueOf(): number;
}

function wrap(date: Date): MockMoment {
	const shift = (amount: number, unit: string): MockMoment => {
		const next = new Date(date);
		if (unit.startsWith("d")) next.setDate(next.getDate() + amount);
		else if (unit.startsWith("w")) next.setDate(next.getDate() + 7 * amount);
		else next.setMonth(next.getMonth() + amount);
		return wrap(next);
	};
	return {
		format(pattern = "YYYY-MM-DDTHH:mm:ss") {
			return formatMoment(date, pattern);
		},
		add: shift,
		subtract: (amount, unit) => shift(-amount, unit),
		clone: () => wrap(new Date(date)),
		toDate: () => new Date(date),
		isValid: () => !Number.isNaN(date.getTime()),
		valueOf: () => date.getTime(),
	};
}

/** moment(): now; moment("2026-11-01"): local midnight of that day; moment(date): that instant. */
export function moment(input?: string | Date | number): MockMoment {
	if (input === undefined) return wrap(new Date());
	if (typeof input === "string") {
		const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(input);
		if (match) return wrap(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
		return wrap(new Date(input));
	}
	return wrap(new Date(input));
}
