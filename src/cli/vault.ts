import { readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { join, resolve } from "node:path";
import { withInlineFields } from "../core/inline-fields";
import { buildReport, compareProblemPaths, pathResolver, readNote, skipOf, type CoreSettings, type IsoDate, type NoteReading, type Problem, type Report, type VaultConfig } from "../core";
import { coreSettings, migrateSettings, settingsWarnings, type ManagingUpSettings } from "../settings";
import { CliError } from "./command";
import { FactsCache } from "./cache";
import { readJsonObject } from "./cache-folder";
import { markdownPaths } from "./markdown-paths";
import { fileOf, statNotes, type NoteStat } from "./note-stats";
import { ReadFailure, errorCode, failure, noteFacts, readNoteBytes, readingOfFacts, reason, type NoteFacts } from "./note-file";
import { mayHoldDataviewField, mayLogConversations } from "./note-bytes";

export { markdownPaths } from "./markdown-paths";

/** Where the plugin keeps its settings inside the vault's config folder. */
export const SETTINGS_IN_CONFIG = "plugins/managing-up/data.json";

/** A vault folder read from disk: every note's reading, the settings, and what went wrong on the way. */
export interface Vault {
	/** The vault folder as an absolute path. */
	root: string;
	/** Vault-relative paths (with `/`) of every `.md` file, sorted. */
	paths: string[];
	/** The plugin's settings from data.json, or the defaults. */
	settings: ManagingUpSettings;
	/** What the core reads: the settings and the vault's own config (template folders, excluded files). */
	core: CoreSettings;
	/** One reading per note, in the order of `paths`. */
	readings: NoteReading[];
	/** Messages for stderr that are not problems of a note (a broken data.json). */
	warnings: string[];
	/** Problems found while listing the notes (a folder that cannot be read), not in any note's reading. */
	problems: Problem[];
	/** The cache of earlier runs' readings, when used (vaultReport saves it). */
	cache?: FactsCache | null;
}

/** openVaultFolder checks that the folder exists and is a folder, and returns its absolute path. */
function openVaultFolder(folder: string, cwd: string): string {
	const root = resolve(cwd, folder);
	let isFolder: boolean;
	try {
		isFolder = statSync(root).isDirectory();
	} catch (error) {
		const code = errorCode(error);
		if (code === "ENOENT" || code === "ENOTDIR") throw new CliError(`vault folder not found: ${folder}`);
		throw new CliError(`cannot open the vault folder ${folder}: ${reason(error)}`);
	}
	if (!isFolder) throw new CliError(`not a folder: ${folder} (VAULT must be the vault's folder)`);
	return root;
}

/**
 * settingsFile finds the plugin's data.json. It lives in the vault's config folder, which is
 * `.obsidian` unless the user overrode it (Obsidian allows another dot-folder, e.g. one per
 * device), so every dot-folder is looked in; with several, the most recently saved one wins.
 * Returns the vault-relative path, or null when there is none.
 */
export function settingsFile(root: string): string | null {
	let best: { path: string; mtime: number } | null = null;
	let entries: Dirent[];
	try {
		entries = readdirSync(root, { withFileTypes: true });
	} catch {
		return null;
	}
	for (const entry of entries) {
		if (!entry.name.startsWith(".") || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
		const path = `${entry.name}/${SETTINGS_IN_CONFIG}`;
		try {
			const stat = statSync(join(root, path));
			if (!stat.isFile()) continue;
			if (best === null || stat.mtimeMs > best.mtime || (stat.mtimeMs === best.mtime && path < best.path)) {
				best = { path, mtime: stat.mtimeMs };
			}
		} catch {
			// No settings in this folder.
		}
	}
	return best?.path ?? null;
}

/** readSettings reads data.json through the same migration as the plugin; a missing file gives the defaults, a broken one the defaults and a warning. */
export function readSettings(root: string): { settings: ManagingUpSettings; warning: string | null; warnings: string[] } {
	const path = settingsFile(root);
	if (path === null) return { settings: migrateSettings(undefined), warning: null, warnings: [] };
	let text: string;
	try {
		text = readFileSync(join(root, path), "utf8");
	} catch (error) {
		const warning = `warning: cannot read ${path} (${reason(error)}); using the default settings`;
		return { settings: migrateSettings(undefined), warning, warnings: [warning] };
	}
	try {
		const saved = JSON.parse(text) as unknown;
		return { settings: migrateSettings(saved), warning: null, warnings: settingsWarnings(saved).map((w) => `warning: ${path}: ${w}`) };
	} catch (error) {
		const warning = `warning: ${path} is not valid JSON (${reason(error)}); using the default settings`;
		return { settings: migrateSettings(undefined), warning, warnings: [warning] };
	}
}

/** configFolder is the vault's config folder: `.obsidian`, or the dot-folder that holds the plugin's settings. */
function configFolder(root: string): string {
	const settings = settingsFile(root);
	return settings === null ? ".obsidian" : settings.slice(0, settings.indexOf("/"));
}

/**
 * readVaultConfig reads what the vault's own config says, as the plugin reads it through the
 * adapter: the core Templates plugin's folder (`templates.json`, `folder`), Templater's
 * (`plugins/templater-obsidian/data.json`, `templates_folder`) and the excluded files
 * (`app.json`, `userIgnoreFilters`). A missing or broken file says nothing.
 */
export function readVaultConfig(root: string): VaultConfig {
	const config = configFolder(root);
	const folders: string[] = [];
	const core = readJsonObject(join(root, `${config}/templates.json`))?.folder;
	if (typeof core === "string" && core.trim() !== "") folders.push(core);
	const templater = readJsonObject(join(root, `${config}/plugins/templater-obsidian/data.json`))?.templates_folder;
	if (typeof templater === "string" && templater.trim() !== "") folders.push(templater);
	const filters = readJsonObject(join(root, `${config}/app.json`))?.userIgnoreFilters;
	const ignoreFilters = Array.isArray(filters) ? filters.filter((f): f is string => typeof f === "string") : [];
	return { templateFolders: folders, ignoreFilters };
}

/** readNoteFile reads one note's frontmatter and turns it into a reading; broken YAML or an unreadable file is a problem. */
export function readNoteFile(root: string, path: string, settings: CoreSettings, cache: FactsCache | null = null, stat: NoteStat | null = null): NoteReading {
	// A template or an excluded file is left out before it is read: its YAML may well be broken.
	const skipped = skipOf(path, settings);
	if (skipped !== null) return { record: null, problems: [], skipped };
	// Only a meeting's tasks count, and only a meeting whose properties name no one has its text
	// read for inline fields: the properties are read first, once, and decide both.
	const properties: { data?: unknown; reading: NoteReading | null } = { reading: null };
	const firstOf = (facts: NoteFacts): NoteReading => {
		if (properties.reading === null || properties.data !== facts.data) {
			properties.data = facts.data;
			properties.reading = readNote(path, facts.data, settings, facts.tags);
		}
		return properties.reading;
	};
	// A person's fields are Dataview's alone (`Role:: …`): a text without `::` is not decoded for them.
	const needsText = (facts: NoteFacts, bytes: Uint8Array): boolean => {
		const first = firstOf(facts);
		return first.needsText === true && (first.record?.kind !== "person" || mayHoldDataviewField(bytes)) && (first.conversations !== true || mayLogConversations(bytes));
	};
	const isMeeting = (facts: NoteFacts): boolean =>
		withInlineFields(firstOf(facts), facts.data, facts.fields ?? [], settings, (data) => readNote(path, data, settings, facts.tags)).record?.kind === "meeting";
	const read = (): NoteFacts => {
		let bytes: Uint8Array;
		try {
			bytes = readNoteBytes(fileOf(root, path));
		} catch (error) {
			throw new ReadFailure(error);
		}
		return noteFacts(bytes, isMeeting, (facts) => needsText(facts, bytes));
	};
	const toReading = (facts: NoteFacts): NoteReading => readingOfFacts(path, facts, settings, properties.data === facts.data ? properties.reading : null);
	try {
		return cache === null ? toReading(read()) : cache.reading(path, stat, read, toReading);
	} catch (error) {
		if (!(error instanceof ReadFailure)) throw error;
		return {
			record: null,
			problems: [{ path, key: null, value: null, message: `This note could not be read (${reason(error.failure)})` }],
		};
	}
}

/** How readVault reads: with the cache of the user's cache folder found from `env` (none without it). */
export interface ReadOptions {
	env?: Readonly<Record<string, string | undefined>>;
	/** The clock, in milliseconds: a note written just before it is not cached. */
	nowMs?: number;
	/** Every note's figures, in the order of the listing's paths, when already looked up (for the cache). */
	stats?: readonly (NoteStat | null)[];
}

/** A vault folder listed, before any note is read: its settings, its config and its notes' paths. */
export type VaultListing = Omit<Vault, "readings" | "cache">;

/** listVault opens a vault folder, reads its settings and lists its notes. Throws a CliError when the folder cannot be opened. */
export function listVault(folder: string, cwd: string): VaultListing {
	const root = openVaultFolder(folder, cwd);
	const { settings, warnings } = readSettings(root);
	const core = coreSettings(settings, readVaultConfig(root));
	const problems: Problem[] = [];
	let paths: string[];
	try {
		paths = markdownPaths(root, problems);
	} catch (error) {
		throw new CliError(`cannot read the vault folder ${folder} (${failure(error)})`);
	}
	return { root, paths, settings, core, warnings, problems };
}

/** readListing reads every note of a listed vault, through the cache when `options.env` finds one. */
export function readListing(listing: VaultListing, options: ReadOptions = {}): Vault {
	const { root, paths, core } = listing;
	const cache = options.env === undefined ? null : FactsCache.open(root, options.env, core, options.nowMs ?? Date.now());
	let readings: NoteReading[];
	if (cache === null) {
		readings = paths.map((path) => readNoteFile(root, path, core));
	} else {
		const stats = options.stats ?? statNotes(root, paths);
		readings = paths.map((path, i) => readNoteFile(root, path, core, cache, stats[i] ?? null));
	}
	return { ...listing, readings, cache };
}

/** readVault reads a vault folder: its settings and every note. Throws a CliError when the folder cannot be opened. */
export function readVault(folder: string, cwd: string, options: ReadOptions = {}): Vault {
	return readListing(listVault(folder, cwd), options);
}

/** vaultReport computes the report of a vault read from disk, for one day. */
export function vaultReport(vault: Vault, today: IsoDate): Report {
	const build = (): Report => buildReport(vault.readings, pathResolver(vault.paths), vault.core, today);
	const cache = vault.cache ?? null;
	const report = cache === null ? build() : cache.report(JSON.stringify([today, vault.core, vault.paths]), build);
	cache?.save();
	if (vault.problems.length === 0) return report;
	return { ...report, problems: [...report.problems, ...vault.problems].sort(compareProblemPaths) };
}
