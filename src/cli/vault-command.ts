import type { IsoDate } from "../core";
import { textLayout, useColor, type CliIo, type CommandInput } from "./command";
import { notesDigest, statNotes } from "./note-stats";
import { SavedOutputs } from "./saved-output";
import { listVault, readListing, type Vault, type VaultListing } from "./vault";

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
 * run, it prints that run's output and reads no note (SavedOutputs); else it runs `produce`,
 * which reads the notes with `read` (when it needs them: what it no longer holds, the garbage
 * collector may take back) and prints through the io it is given, and saves what it printed. A run that warned on
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
	const key = outputs.key([run.slot, input.positionals, input.options, run.today, useColor(io), textLayout(io), settings, core, problems], notes);
	const saved = outputs.read(run.slot, key);
	if (saved !== null) {
		// Written as read: 11 MB of JSON at 50,000 notes need not be decoded to be printed.
		if (io.stdoutBytes) io.stdoutBytes(saved.bytes);
		else io.stdout(saved.bytes.toString("utf8"));
		return saved.code;
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
	const code = produce(() => withMe(readListing(listing, { env, nowMs: now, stats }), input), printing);
	if (!warned) outputs.write(run.slot, key, { pieces, code });
	return code;
}
