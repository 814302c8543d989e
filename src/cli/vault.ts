import { isUtf8 } from "node:buffer";
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { buildReport, compareProblemPaths, inlineTags, pathResolver, readNote, skipOf, type CoreSettings, type IsoDate, type NoteReading, type Problem, type Report, type VaultConfig } from "../core";
import { coreSettings, migrateSettings, settingsWarnings, type ManagingUpSettings } from "../settings";
import { CliError } from "./command";
import { parseFrontmatter } from "./frontmatter";
import { MAX_DEPTH } from "./yaml";
import { FactsCache } from "./cache";

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

function errorCode(error: unknown): string {
	return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

function reason(error: unknown): string {
	return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
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

/** Decodes UTF-8 and fails on bytes that are not UTF-8 (a leading byte-order mark is dropped). */
const UTF8 = new TextDecoder("utf-8", { fatal: true });
/** Decodes UTF-8, writing U+FFFD for bytes that are not, as Obsidian shows such a file. */
const LOSSY = new TextDecoder("utf-8");
const DOT = 0x2e;
const DASH = 0x2d;

function utf8OrNull(bytes: Uint8Array): string | null {
	try {
		return UTF8.decode(bytes);
	} catch {
		return null;
	}
}

function badNameProblem(path: string, kind: "note" | "folder"): Problem {
	const message =
		kind === "note"
			? "This file name is not valid UTF-8; rename it"
			: "This folder name is not valid UTF-8; rename it; its notes are left out";
	return { path, key: null, value: null, message };
}

/** What a note's bytes say: its text, and what is wrong with its encoding (null when nothing). */
export interface NoteText {
	/** The text, or null when it is not UTF-8 text at all (UTF-16). */
	text: string | null;
	problem: string | null;
}

/**
 * decodeNote reads a note's bytes as Obsidian does: UTF-8, a byte-order mark skipped. UTF-16
 * (a byte-order mark, or `---` with zero bytes between) is not read at all; other bytes that
 * are not UTF-8 (most often Latin-1, `José` saved by an old editor) become U+FFFD, as in
 * Obsidian, and are a problem. The common case is one decode.
 */
export function decodeNote(bytes: Uint8Array): NoteText {
	const [b0, b1, b2] = bytes;
	const utf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || (b0 === DASH && b1 === 0 && b2 === DASH) || (b0 === 0 && b1 === DASH && b2 === 0);
	if (utf16) return { text: null, problem: "This note is not UTF-8 text (it looks like UTF-16); Obsidian cannot read its properties either" };
	const text = utf8OrNull(bytes);
	if (text !== null) return { text, problem: null };
	return { text: LOSSY.decode(bytes), problem: "This note has bytes that are not UTF-8 (Latin-1?); save it as UTF-8" };
}

/** readNoteText reads and decodes a note; a file that cannot be read throws. */
export function readNoteText(root: string, path: string): NoteText {
	return decodeNote(readFileSync(join(root, path)));
}

/** failure says in a word why a file could not be read: its error code (`EACCES`), else the error's first line. */
export function failure(error: unknown): string {
	return errorCode(error) || reason(error);
}

/** folderProblem is the problem of a folder whose notes could not be listed. */
function folderProblem(path: string, error: unknown): Problem {
	const why = failure(error);
	return { path, key: null, value: null, message: `This folder could not be read (${why}); its notes are left out` };
}

/**
 * markdownPaths lists the vault's notes as Obsidian sees them: every `.md` file, except in
 * dot-folders (the `.obsidian/` config folder, `.trash/`, `.git/`). Symbolic links are followed
 * once; a link back into a folder already walked, or to a folder that holds the vault (`/`, the
 * vault's parent), is skipped, so a loop cannot hang the walk nor lead it across the whole disk.
 * A subfolder that cannot be read is a problem pushed onto `problems` (its notes are left out,
 * never silently); the vault folder itself unreadable throws the error.
 */
export function markdownPaths(root: string, problems: Problem[] = []): string[] {
	const paths: string[] = [];
	const seen = new Set<string>();
	let realRoot = "";
	/** Whether a folder holds the vault folder: the vault's parent, `/`, or the vault itself. */
	const holdsVault = (real: string): boolean => {
		const down = relative(real, realRoot);
		return down === "" || (down !== ".." && !down.startsWith(`..${sep}`) && !isAbsolute(down));
	};
	const walk = (folder: string, prefix: string): void => {
		let real: string;
		let entries: Dirent<Buffer>[];
		try {
			real = realpathSync(folder);
			if (prefix === "") realRoot = real;
			else if (holdsVault(real)) return;
			if (seen.has(real)) return;
			seen.add(real);
			// Names as bytes: Node would turn a name that is not UTF-8 into U+FFFD, a path that
			// then does not exist (ENOENT), instead of saying what is wrong with it.
			entries = readdirSync(folder, { withFileTypes: true, encoding: "buffer" });
		} catch (error) {
			if (prefix === "") throw error;
			problems.push(folderProblem(prefix, error));
			return;
		}
		for (const entry of entries) {
			if (entry.name[0] === DOT) continue;
			const name = utf8OrNull(entry.name);
			const relative = (text: string): string => (prefix === "" ? text : `${prefix}/${text}`);
			if (name === null) {
				const shown = relative(LOSSY.decode(entry.name));
				if (entry.isDirectory()) problems.push(badNameProblem(shown, "folder"));
				else if (shown.endsWith(".md")) problems.push(badNameProblem(shown, "note"));
				continue;
			}
			const full = join(folder, name);
			let isFolder = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				try {
					const target = statSync(full);
					isFolder = target.isDirectory();
					isFile = target.isFile();
				} catch {
					continue;
				}
			}
			if (isFolder) walk(full, relative(name));
			else if (isFile && name.endsWith(".md")) paths.push(relative(name));
		}
	};
	walk(root, "");
	return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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

function readJson(root: string, path: string): Record<string, unknown> | null {
	try {
		const value = JSON.parse(readFileSync(join(root, path), "utf8")) as unknown;
		return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
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
	const core = readJson(root, `${config}/templates.json`)?.folder;
	if (typeof core === "string" && core.trim() !== "") folders.push(core);
	const templater = readJson(root, `${config}/plugins/templater-obsidian/data.json`)?.templates_folder;
	if (typeof templater === "string" && templater.trim() !== "") folders.push(templater);
	const filters = readJson(root, `${config}/app.json`)?.userIgnoreFilters;
	const ignoreFilters = Array.isArray(filters) ? filters.filter((f): f is string => typeof f === "string") : [];
	return { templateFolders: folders, ignoreFilters };
}

/**
 * yamlReason shortens the yaml package's message to its first line without the column:
 * "Map keys must be unique at line 3". gray-matter hands the parser the text from the end of
 * the opening `---`, so its line numbers are the file's.
 */
export function yamlReason(message: string): string {
	const firstLine = message.split("\n")[0] ?? "";
	return firstLine.replace(/, column \d+:?\s*$/, "").replace(/[:.]\s*$/, "");
}

/**
 * What a note's bytes say, whatever the settings: its encoding problem, whether it is text at
 * all, its frontmatter (or the YAML error) and its inline tags. The settings turn them into a
 * reading (readingOfFacts); the cache keeps them between runs.
 */
export interface NoteFacts {
	/** The encoding problem's message, or null. */
	encoding: string | null;
	/** False when the note is not UTF-8 text at all (UTF-16): nothing else of it is read. */
	text: boolean;
	data: unknown;
	/** The YAML error's message (the package's first line), or null. */
	error: string | null;
	/** Top-level keys left out for nesting too deeply. */
	tooDeep: string[];
	/** Tags written in the text below the properties, without `#`. */
	tags: string[];
}

const NEWLINE = 0x0a;
const RETURN = 0x0d;
const HASH = 0x23;

/** factsOfText is what a decoded note says (the way every note was read before the byte-level path). */
function factsOfText(note: NoteText): NoteFacts {
	if (note.text === null) return { encoding: note.problem, text: false, data: null, error: null, tooDeep: [], tags: [] };
	const parsed = parseFrontmatter(note.text);
	if (parsed.error !== null) return { encoding: note.problem, text: true, data: null, error: parsed.error, tooDeep: [], tags: [] };
	return { encoding: note.problem, text: true, data: parsed.data, error: null, tooDeep: parsed.tooDeep ?? [], tags: inlineTags(bodyOf(note.text)) };
}

/** isClosingLine says whether bytes [from, to) are `---` with nothing after but spaces and tabs. */
function isClosingLine(bytes: Uint8Array, from: number, to: number): boolean {
	if (to - from < 3 || bytes[from] !== DASH || bytes[from + 1] !== DASH || bytes[from + 2] !== DASH) return false;
	for (let i = from + 3; i < to; i++) if (bytes[i] !== 0x20 && bytes[i] !== 0x09) return false;
	return true;
}

/**
 * mayHoldTag says whether bytes hold a `#` followed by a byte a tag can start with (an ASCII
 * letter, digit, `_`, `/`, `-`, or any byte of a non-ASCII character): without one, inlineTags
 * finds nothing and the text need not be decoded.
 */
function mayHoldTag(bytes: Uint8Array, from: number): boolean {
	for (let i = bytes.indexOf(HASH, from); i >= 0; i = bytes.indexOf(HASH, i + 1)) {
		const next = bytes[i + 1] ?? 0;
		const tagByte =
			next >= 0x80 || (next >= 0x30 && next <= 0x39) || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a) || next === 0x5f || next === 0x2f || next === DASH;
		if (tagByte) return true;
	}
	return false;
}

/**
 * noteFacts reads a note's bytes. Most notes are UTF-8 with `---` and `\n` line endings: only
 * their properties are decoded (the text below only when it may hold a tag); anything else (a
 * byte-order mark with UTF-16, bytes that are not UTF-8, `\r`, no closing line) is decoded whole
 * and read as before, so the answer is the same either way.
 */
export function noteFacts(bytes: Uint8Array): NoteFacts {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	const simple = isUtf8(bytes) && bytes[bom] === DASH && bytes[bom + 1] === DASH && bytes[bom + 2] === DASH && bytes[bom + 3] === NEWLINE;
	if (!simple) {
		// No properties at all and nothing like a tag: nothing to decode.
		if (isUtf8(bytes) && bytes[bom] !== DASH && bytes[bom] !== 0 && !mayHoldTag(bytes, bom) && !(bytes[0] === 0xfe || bytes[0] === 0xff)) {
			return { encoding: null, text: true, data: null, error: null, tooDeep: [], tags: [] };
		}
		return factsOfText(decodeNote(bytes));
	}
	let start = bom + 4;
	const firstReturn = bytes.indexOf(RETURN, start);
	while (start <= bytes.length) {
		let end = bytes.indexOf(NEWLINE, start);
		if (end < 0) end = bytes.length;
		if (firstReturn >= 0 && firstReturn < end) break;
		if (isClosingLine(bytes, start, end)) {
			const note: NoteText = { text: UTF8.decode(bytes.subarray(bom, end)), problem: null };
			const facts = factsOfText(note);
			if (facts.error !== null || end + 1 >= bytes.length || !mayHoldTag(bytes, end + 1)) return facts;
			return { ...facts, tags: inlineTags(bodyOf(UTF8.decode(bytes.subarray(bom)))) };
		}
		if (end >= bytes.length) break;
		start = end + 1;
	}
	return factsOfText(decodeNote(bytes));
}

/** readingOfFacts turns what a note's bytes say into its reading with the settings: broken YAML and bad encodings are problems. */
export function readingOfFacts(path: string, facts: NoteFacts, settings: CoreSettings): NoteReading {
	const encoding: Problem[] = facts.encoding === null ? [] : [{ path, key: null, value: null, message: facts.encoding }];
	if (!facts.text) return { record: null, problems: encoding };
	if (facts.error !== null) {
		return {
			record: null,
			problems: [
				...encoding,
				{
					path,
					key: null,
					value: null,
					message: `The properties at the top of this note are not valid YAML (${yamlReason(facts.error)}); Obsidian ignores them too`,
				},
			],
		};
	}
	const reading = readNote(path, facts.data, settings, facts.tags);
	const tooDeep = facts.tooDeep.map((key) => ({
		path,
		key,
		value: null,
		message: `${key}: is nested too deeply to read (more than ${MAX_DEPTH} levels)`,
	}));
	if (encoding.length === 0 && tooDeep.length === 0) return reading;
	return { ...reading, problems: [...encoding, ...reading.problems, ...tooDeep] };
}

/** A note's file could not be read: its error, told apart from any other. */
class ReadFailure extends Error {
	constructor(readonly failure: unknown) {
		super("the note could not be read");
	}
}

/** readNoteFile reads one note's frontmatter and turns it into a reading; broken YAML or an unreadable file is a problem. */
export function readNoteFile(root: string, path: string, settings: CoreSettings, cache: FactsCache | null = null): NoteReading {
	// A template or an excluded file is left out before it is read: its YAML may well be broken.
	const skipped = skipOf(path, settings);
	if (skipped !== null) return { record: null, problems: [], skipped };
	const read = (): NoteFacts => {
		let bytes: Buffer;
		try {
			bytes = readFileSync(join(root, path));
		} catch (error) {
			throw new ReadFailure(error);
		}
		return noteFacts(bytes);
	};
	const toReading = (facts: NoteFacts): NoteReading => readingOfFacts(path, facts, settings);
	try {
		return cache === null ? toReading(read()) : cache.reading(path, read, toReading);
	} catch (error) {
		if (!(error instanceof ReadFailure)) throw error;
		return {
			record: null,
			problems: [{ path, key: null, value: null, message: `This note could not be read (${reason(error.failure)})` }],
		};
	}
}

/** bodyOf is a note's text below its properties block (`---` … `---`), where inline tags are. */
function bodyOf(text: string): string {
	const normalised = text.replace(/\r\n?/g, "\n");
	if (!normalised.startsWith("---\n")) return normalised;
	const end = /\n---[ \t]*(\n|$)/.exec(normalised.slice(3));
	return end === null ? "" : normalised.slice(3 + end.index + end[0].length);
}

/** How readVault reads: with the cache of the user's cache folder found from `env` (none without it). */
export interface ReadOptions {
	env?: Readonly<Record<string, string | undefined>>;
}

/** readVault reads a vault folder: its settings and every note. Throws a CliError when the folder cannot be opened. */
export function readVault(folder: string, cwd: string, options: ReadOptions = {}): Vault {
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
	const cache = options.env === undefined ? null : FactsCache.open(root, options.env, core);
	const readings = paths.map((path) => readNoteFile(root, path, core, cache));
	return { root, paths, settings, core, readings, warnings, problems, cache };
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
