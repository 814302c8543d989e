import type { CachedMetadata } from "obsidian";
import { readNote, skipOf } from "../core/read";
import type { CoreSettings, NoteReading } from "../core/types";
import { BROKEN_YAML_MESSAGE } from "../core/words";
import { withInlineFields, type InlineField } from "../core/inline-fields";

/**
 * readingFromCache reads a note from its metadata cache. Obsidian leaves `frontmatter` out when
 * the properties block does not parse but still records the block (`frontmatterPosition`, a
 * `yaml` section): that is a problem, not a note without properties. A reading that asks for the
 * note's text (`needsText`) is completed with its inline fields by withTextFields.
 */
export function readingFromCache(path: string, cache: CachedMetadata | null, settings: CoreSettings, read: typeof readNote = readNote): NoteReading {
	// Not indexed yet: nothing is known of the note (a people folder would otherwise make it a
	// person with no properties); the index reads it again once the cache has it.
	if (cache === null) return { record: null, problems: [] };
	// A template or an excluded file is left out before its properties are looked at: they may not parse.
	const skipped = skipOf(path, settings);
	if (skipped !== null) return { record: null, problems: [], skipped };
	const frontmatter: unknown = cache.frontmatter;
	if (frontmatter === undefined && hasPropertiesBlock(cache)) {
		return { record: null, problems: [{ path, key: null, value: null, message: BROKEN_YAML_MESSAGE }] };
	}
	// Inline tags (`#person` in the text) are in cache.tags; frontmatter tags are read from the
	// properties. A tag on a task line files the task, not the note (as inlineTags does in the CLI).
	// Its headings say whether a dated note's text may log conversations (a daily note's `## Conversations`).
	return read(path, frontmatter ?? null, settings, inlineTagsOf(cache), cache.headings?.map((h) => h.heading) ?? []);
}

/**
 * withTextFields completes a reading made from a note's cache (readingFromCache) that asked for
 * its text (`needsText`) with the inline fields of that text: read again only when they give it
 * something (most texts give a person nothing).
 */
export function withTextFields(
	path: string,
	reading: NoteReading,
	cache: CachedMetadata | null,
	settings: CoreSettings,
	read: typeof readNote,
	fields: readonly InlineField[],
): NoteReading {
	if (cache === null || reading.needsText !== true) return reading;
	const tags = inlineTagsOf(cache);
	return withInlineFields(reading, cache.frontmatter, fields, settings, (data) => read(path, data, settings, tags));
}

/** inlineTagsOf is a note's inline tags without `#`, leaving out those on task lines (most notes have none: no work then). */
function inlineTagsOf(cache: CachedMetadata): string[] {
	if (cache.tags === undefined || cache.tags.length === 0) return [];
	const taskLines = new Set(cache.listItems?.filter((item) => item.task !== undefined).map((item) => item.position.start.line));
	return cache.tags.filter((tag) => !taskLines.has(tag.position.start.line)).map((tag) => tag.tag.replace(/^#/, ""));
}

/** hasPropertiesBlock says whether the cache records a frontmatter block with something between its fences. */
function hasPropertiesBlock(cache: CachedMetadata): boolean {
	const position = cache.frontmatterPosition ?? cache.sections?.find((section) => section.type === "yaml")?.position;
	// An empty block (`---` right after `---`) has no properties and nothing to fix.
	return position !== undefined && position.end.line - position.start.line > 1;
}

/** hasTaskItems says whether the cache lists a task in the note (`- [ ]`, any status): only then is its text read for commitments. */
export function hasTaskItems(cache: CachedMetadata | null): boolean {
	return cache?.listItems?.some((item) => item.task !== undefined) ?? false;
}
