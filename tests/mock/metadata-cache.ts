/** The metadata cache of the obsidian mock (see obsidian.ts): each markdown note parsed as Obsidian's cache holds it. */
import type * as Obsidian from "obsidian";
import { Events } from "./component";
import { frontmatterEnd, isRecord, readBlock } from "./frontmatter";
import { TFile, type TAbstractFile, type Vault } from "./vault";

export type CachedMetadata = Obsidian.CachedMetadata;

/** A position of zero width at the start of a line. */
function lineStart(line: number): Obsidian.Pos {
	const at: Obsidian.Loc = { line, col: 0, offset: 0 };
	return { start: at, end: at };
}

/**
 * bodyTags finds `#tags` in a note's text as Obsidian lists them in `cache.tags` (outside code
 * fences, not all digits), its tasks as `cache.listItems` with a `task` character, and its
 * headings as `cache.headings`; lines
 * are counted from the top of the file.
 */
function bodyTags(body: string, firstLine: number): Pick<CachedMetadata, "tags" | "listItems" | "headings"> {
	const tags: NonNullable<CachedMetadata["tags"]> = [];
	const listItems: NonNullable<CachedMetadata["listItems"]> = [];
	const headings: NonNullable<CachedMetadata["headings"]> = [];
	let fenced = false;
	body.split("\n").forEach((line, index) => {
		const i = index + firstLine;
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		if (fenced) return;
		const task = /^\s*(?:[-*+]|\d+[.)])\s+\[(.)\]/.exec(line);
		if (task) listItems.push({ task: task[1], parent: -1, position: lineStart(i) });
		// A heading as Obsidian lists it: its text without the marks and the closing `#`s.
		const heading = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(line);
		if (heading) headings.push({ heading: (heading[2] ?? "").replace(/[ \t]+#+[ \t]*$/, "").trim(), level: (heading[1] ?? "").length, position: lineStart(i) });
		for (const match of line.matchAll(/(^|\s)(#[\p{L}\p{N}_/-]+)/gu)) {
			const tag = match[2] ?? "";
			if (/[^\d/#]/.test(tag)) {
				tags.push({ tag, position: lineStart(i) });
			}
		}
	});
	return { ...(tags.length > 0 ? { tags } : {}), ...(listItems.length > 0 ? { listItems } : {}), ...(headings.length > 0 ? { headings } : {}) };
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
	const { data, error } = readBlock(text, end);
	if (error === null && isRecord(data)) cache.frontmatter = data;
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
