/** The file manager of the obsidian mock (see obsidian.ts): processFrontMatter's whole-block rewrite, and trash. */
import type * as Obsidian from "obsidian";
import { stringify } from "yaml";
import type { App } from "./app";
import { YAML_OPTIONS, frontmatterEnd, isRecord, readBlock } from "./frontmatter";
import type { TAbstractFile, TFile } from "./vault";

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
	const { data, error } = readBlock(text, end);
	if (error !== null) throw error;
	const fm = data ?? {};
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
