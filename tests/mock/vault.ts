/** Files, folders and the vault of the obsidian mock (see obsidian.ts), in memory. */
import type * as Obsidian from "obsidian";
import { Events } from "./component";

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
