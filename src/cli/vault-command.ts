import type { IsoDate } from "../core";
import { textLayout, todayOption, useColor, type CliIo, type Command, type CommandInput } from "./command";
import { notesDigest, statNotes } from "./note-stats";
import { SavedOutputs, type SavedOutput } from "./saved-output";
import { listVault, readListing, type Vault, type VaultListing } from "./vault";

/**
 * The commands that read a vault: their arguments and options, declared once with their --help
 * lines (VAULT, --today, --json, --me and --no-cache mean the same in every command), and the
 * reading of the vault for the day, which each of them starts with.
 */

/** The option every command that reads the vault takes: read every note, without the cache of earlier runs. */
export const NO_CACHE_OPTION = { "no-cache": { type: "boolean" } } as const;
const NO_CACHE_WHAT = "read every note, without (or updating) the cache of earlier runs";

/** The column where the description of an argument or option starts in a command's --help. */
const COLUMN = 20;

/** helpLine is one line of a command's --help: the argument or option, then what it is, in the column of the others. */
export function helpLine(name: string, what: string, column = COLUMN): string {
	return `${name.padEnd(column)}${what}`;
}

/** The --help line of --no-cache, in a command's column. */
export function noCacheDetail(column = COLUMN): string {
	return helpLine("--no-cache", NO_CACHE_WHAT, column);
}

/** An option of one command alone: as --help writes it (`--template NAME`), what it is, and how parseArgs reads it. */
export interface OwnOption {
	name: string;
	written: string;
	what: string;
	type: "string" | "boolean";
}

/** What a command that reads a vault takes; VAULT and --no-cache every one takes. */
export interface VaultArguments {
	/** The argument before VAULT (`PERSON`, `NOTE`) and what it is. */
	first?: { name: string; what: string };
	/** What --today is: "the day to report on". */
	today: string;
	/** What --json prints; no --json when absent. */
	json?: string;
	/** Options of this command alone, listed after --today and --json. */
	own?: readonly OwnOption[];
	/** Whether it takes --me (you, never a stakeholder). */
	me: boolean;
	/** Lines after the options. */
	notes?: readonly string[];
}

/** listed reads the VAULT argument (default: the current folder), lists the vault and passes on any warning. */
function listed(input: CommandInput, io: CliIo, position: number): VaultListing {
	const listing = listVault(input.positionals[position] ?? ".", io.cwd ?? process.cwd());
	for (const warning of listing.warnings) io.stderr(`${warning}\n`);
	return listing;
}

/** The CLI's clock in milliseconds: a note written just before it is not trusted to the cache by its figures alone. */
function nowMs(io: CliIo): number {
	return io.now ? io.now().getTime() : Date.now();
}

/** The environment to find the cache folder in; none (no cache) with --no-cache. */
function cacheEnv(input: CommandInput, io: CliIo): Readonly<Record<string, string | undefined>> | undefined {
	return input.options["no-cache"] === true ? undefined : io.env;
}

/** withMe applies --me, which overrides the `me` setting: the user's own person note (a path) or their name. */
function withMe(vault: Vault, input: CommandInput): Vault {
	const me = input.options.me;
	return typeof me === "string" ? { ...vault, core: { ...vault.core, me: me.trim() } } : vault;
}

/** openVault reads the VAULT argument (default: the current folder) and every note, and passes on any warning. */
export function openVault(input: CommandInput, io: CliIo, position = 0): Vault {
	// The cache of readings lives in the user's cache folder (found from the environment); --no-cache skips it.
	const vault = readListing(listed(input, io, position), { env: cacheEnv(input, io), nowMs: nowMs(io) });
	return withMe(vault, input);
}

/** json writes one value as indented JSON, the form scripts and snapshots read. */
export function json(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

/** vaultArguments declares a command's positionals, its options and its --help lines from one description. */
export function vaultArguments(args: VaultArguments): Pick<Command, "details" | "options" | "positionals"> {
	const { first, json, own = [], me, notes = [] } = args;
	const details = [
		...(first === undefined ? [] : [helpLine(first.name, first.what)]),
		helpLine("VAULT", "the vault folder (default: the current folder)"),
		helpLine("--today YYYY-MM-DD", `${args.today} (default: today's local date)`),
		...(json === undefined ? [] : [helpLine("--json", json)]),
		...own.map((option) => helpLine(option.written, option.what)),
		...(me ? [helpLine("--me PERSON", "you: your person note's path or your name (never a stakeholder)")] : []),
		noCacheDetail(),
		...notes,
	];
	const options: Command["options"] = {
		today: { type: "string" },
		...(json === undefined ? {} : { json: { type: "boolean" } }),
		...Object.fromEntries(own.map((option) => [option.name, { type: option.type }])),
		...(me ? { me: { type: "string" } } : {}),
		...NO_CACHE_OPTION,
	};
	const positionals = [...(first === undefined ? [] : [{ name: first.name, required: true }]), { name: "VAULT", required: false }];
	return { details, options, positionals };
}

/** What every command that reads a vault starts with: the day (--today) and the vault read (VAULT). */
export interface VaultRead {
	today: IsoDate;
	vault: Vault;
}

/** A command that reads a vault: its synopsis and summary, its arguments, and what it does with the vault read for the day. */
export interface VaultCommand {
	usage: string;
	summary: string;
	arguments: VaultArguments;
	/**
	 * The name of its saved output, when a run where nothing changed prints the last one again
	 * (runSaved): only for a command that reads the vault and prints, the same for the same input.
	 */
	saved?: string;
	run(read: VaultRead, input: CommandInput, io: CliIo): number;
}

/** vaultCommand makes a command that reads --today, then the vault at VAULT (after the first argument, if any), then runs. */
export function vaultCommand(command: VaultCommand): Command {
	const { usage, summary } = command;
	const position = command.arguments.first === undefined ? 0 : 1;
	return {
		usage,
		summary,
		...vaultArguments(command.arguments),
		run(input, io) {
			const today = todayOption(input, io);
			const saved = command.saved;
			if (saved === undefined) return command.run({ today, vault: openVault(input, io, position) }, input, io);
			const slot = input.options.json === true ? `${saved}-json` : saved;
			return runSaved(input, io, { slot, position, today }, (read, out) => command.run({ today, vault: read() }, input, out));
		},
	};
}

/** What runSaved needs to know of a command: which saved output is its own, where VAULT is, and the day. */
export interface SavedRun {
	/** The name of its saved output: one per command and form (`report`, `report-json`). */
	slot: string;
	/** The place of VAULT among the arguments. */
	position?: number;
	today: IsoDate;
}

/**
 * runSaved runs a command that only reads the vault and prints (the same notes, settings,
 * options and day always print the same): when nothing it depends on changed since its last
 * run, it prints that run's output and reads no note (SavedOutputs). Else it reads the notes
 * (through the facts cache): when every note has the reading its last run had (a file only
 * touched, or edited below what it says), it prints that output too; else it runs `produce`,
 * which takes the notes with `read` (what it no longer holds, the garbage collector may take
 * back) and prints through the io it is given, and saves what it printed. A run that warned on
 * stderr, or threw, is not saved; --no-cache neither reads nor writes anything.
 */
export function runSaved(input: CommandInput, io: CliIo, run: SavedRun, produce: (read: () => Vault, io: CliIo) => number): number {
	const listing = listed(input, io, run.position ?? 0);
	const env = cacheEnv(input, io);
	const outputs = env === undefined ? null : SavedOutputs.open(listing.root, env);
	const now = nowMs(io);
	if (env === undefined || outputs === null) return produce(() => withMe(readListing(listing, { env, nowMs: now }), input), io);
	const stats = statNotes(listing.root, listing.paths);
	const notes = notesDigest(listing.root, listing.paths, stats, now);
	const { settings, core, problems } = listing;
	const inputs = [run.slot, input.positionals, input.options, run.today, useColor(io), textLayout(io), settings, core, problems];
	const key = outputs.key(inputs, notes);
	const print = (saved: SavedOutput): number => {
		// Written as read: 11 MB of JSON at 50,000 notes need not be decoded to be printed.
		if (io.stdoutBytes) io.stdoutBytes(saved.bytes);
		else io.stdout(saved.bytes.toString("utf8"));
		return saved.code;
	};
	const saved = outputs.read(run.slot, { key });
	if (saved !== null) return print(saved);
	let vault: Vault | null = withMe(readListing(listing, { env, nowMs: now, stats }), input);
	const facts = vault.cache?.facts ?? null;
	const asRead = vault.cache?.readingsGeneration() ?? null;
	const readingsKey = (generation: string): string => outputs.readingsKey(inputs, listing.paths, generation);
	// An output is kept under the readings of the facts saved this run, when there are such facts.
	const keys = (): { key: string; readings: string | null } => {
		const generation = facts?.generation ?? null;
		return { key, readings: generation === null ? null : readingsKey(generation) };
	};
	const again = asRead === null ? null : outputs.read(run.slot, { readings: readingsKey(asRead) });
	if (again !== null) {
		// The notes' new times are kept, and the output under them: the next run reads no note.
		vault.cache?.save();
		outputs.write(run.slot, keys(), { pieces: [again.bytes], code: again.code });
		return print(again);
	}
	const pieces: string[] = [];
	let warned = false;
	const { stdoutBytes: _bytes, ...rest } = io;
	const printing: CliIo = {
		...rest,
		stdout: (text) => {
			pieces.push(text);
			io.stdout(text);
		},
		stderr: (text) => {
			warned = true;
			io.stderr(text);
		},
	};
	const code = produce(() => {
		const read = vault ?? withMe(readListing(listing, { env, nowMs: now, stats }), input);
		vault = null;
		return read;
	}, printing);
	if (!warned) outputs.write(run.slot, keys(), { pieces, code });
	return code;
}
