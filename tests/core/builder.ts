import { pathResolver } from "../../src/core/links";
import { readNote } from "../../src/core/read";
import { buildReport } from "../../src/core/report";
import {
	DEFAULT_CORE_SETTINGS,
	type CoreSettings,
	type Frontmatter,
	type IsoDate,
	type NoteReading,
	type Report,
} from "../../src/core/types";

/**
 * NoteBuilder builds one note's path and frontmatter for a test, after obsidian-tasks'
 * TaskBuilder: start from a person or a 1:1 note, set only what the test is about, read it.
 */
export class NoteBuilder {
	private readonly frontmatter: Frontmatter = {};

	private constructor(private readonly path: string) {}

	/** person starts a person note `People/<name>.md` with `person: <name>`. */
	static person(name: string, folder = "People"): NoteBuilder {
		return new NoteBuilder(`${folder}/${name}.md`).set("person", name);
	}

	/** meeting starts a 1:1 note `1-1/<title>.md` with the people it was with. */
	static meeting(title: string, ...withLinks: string[]): NoteBuilder {
		const builder = new NoteBuilder(`1-1/${title}.md`);
		return builder.set("with", withLinks.length === 1 ? withLinks[0] : withLinks);
	}

	/** note starts any note at a path, with no properties. */
	static note(path: string): NoteBuilder {
		return new NoteBuilder(path);
	}

	/** set sets one property as the YAML reader would hand it over. */
	set(key: string, value: unknown): this {
		this.frontmatter[key] = value;
		return this;
	}

	/** unset removes a property. */
	unset(key: string): this {
		delete this.frontmatter[key];
		return this;
	}

	influence(value: unknown): this {
		return this.set("influence", value);
	}

	lastContact(value: unknown): this {
		return this.set("last-contact", value);
	}

	cadence(value: unknown): this {
		return this.set("cadence", value);
	}

	followUp(date: unknown, note?: string): this {
		this.set("follow-up", date);
		return note === undefined ? this : this.set("follow-up-note", note);
	}

	build(): { path: string; frontmatter: Frontmatter } {
		return { path: this.path, frontmatter: { ...this.frontmatter } };
	}

	read(settings: CoreSettings = DEFAULT_CORE_SETTINGS): NoteReading {
		return readNote(this.path, { ...this.frontmatter }, settings);
	}
}

/** reportOf reads every note and builds the report for a day, resolving links over the notes' paths. */
export function reportOf(
	notes: NoteBuilder[],
	today: IsoDate,
	settings: CoreSettings = DEFAULT_CORE_SETTINGS,
	extraPaths: string[] = [],
): Report {
	const built = notes.map((n) => n.build());
	const resolve = pathResolver([...built.map((n) => n.path), ...extraPaths]);
	const readings = built.map((n) => readNote(n.path, n.frontmatter, settings));
	return buildReport(readings, resolve, settings, today);
}

/** settingsWith returns the default settings with some fields replaced (the defaults stay frozen). */
export function settingsWith(overrides: Partial<CoreSettings>): CoreSettings {
	return { ...DEFAULT_CORE_SETTINGS, ...overrides };
}

/** reportOfNotes builds a report the way the plugin does, from note paths and their frontmatter. */
export function reportOfNotes(notes: Record<string, Record<string, unknown>>, today: IsoDate, settings: CoreSettings = DEFAULT_CORE_SETTINGS): Report {
	const paths = Object.keys(notes);
	return buildReport(readingsOfNotes(notes, settings), pathResolver(paths), settings, today);
}

/** readingsOfNotes reads every note as the plugin does: what `explain` counts beside the report. */
export function readingsOfNotes(notes: Record<string, Record<string, unknown>>, settings: CoreSettings = DEFAULT_CORE_SETTINGS): NoteReading[] {
	return Object.keys(notes).map((path) => readNote(path, notes[path], settings));
}
