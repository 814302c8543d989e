/**
 * The frontmatter block of a note as Obsidian finds it, for the mock's metadata cache and
 * file manager: where the block ends, its YAML text, and how Obsidian reads YAML.
 */
import type * as Obsidian from "obsidian";
import { parseDocument } from "yaml";

/** frontmatterEnd finds the closing `---` of the block at the top of a note (Obsidian requires one): its line, and the offset just past it. */
export function frontmatterEnd(text: string): Obsidian.Loc | null {
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
export const YAML_OPTIONS = { schema: "core", uniqueKeys: true, logLevel: "error" } as const;

/** isRecord says whether a parsed block is a map of properties (not a list, a scalar or nothing). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** yamlOf is the text between a note's `---` lines. */
function yamlOf(text: string, end: Obsidian.Loc): string {
	return text.replace(/\r\n/g, "\n").split("\n").slice(1, end.line).join("\n");
}

/** readBlock reads the YAML between a note's `---` lines as Obsidian does: its value, or the first error (and no value). */
export function readBlock(text: string, end: Obsidian.Loc): { data: unknown; error: Error | null } {
	const doc = parseDocument(yamlOf(text, end), YAML_OPTIONS);
	const error = doc.errors[0] ?? null;
	return { data: error === null ? doc.toJS() : null, error };
}
