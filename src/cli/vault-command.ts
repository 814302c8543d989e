import type { IsoDate } from "../core";
import { todayOption, type CliIo, type Command, type CommandInput } from "./command";
import { readVault, type Vault } from "./vault";

/**
 * The commands that read a vault: their arguments and options, declared once with their --help
 * lines (VAULT, --today, --json, --me and --no-cache mean the same in every command), and the
 * reading of the vault for the day, which each of them starts with.
 */

/** The option every command that reads the vault takes: read every note, without the cache of earlier runs. */
export const NO_CACHE_OPTION = { "no-cache": { type: "boolean" } } as const;
export const NO_CACHE_DETAIL = "--no-cache          read every note, without (or updating) the cache of earlier runs";

/** The column where the description of an argument or option starts in a command's --help. */
const COLUMN = 20;

/** helpLine is one line of a command's --help: the argument or option, then what it is, in the column of the others. */
function helpLine(name: string, what: string): string {
	return `${name.padEnd(COLUMN)}${what}`;
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

/** openVault reads the VAULT argument (default: the current folder) and passes on any warning. */
export function openVault(input: CommandInput, io: CliIo, position = 0): Vault {
	// The cache of readings lives in the user's cache folder (found from the environment); --no-cache skips it.
	const env = input.options["no-cache"] === true ? undefined : io.env;
	const vault = readVault(input.positionals[position] ?? ".", io.cwd ?? process.cwd(), { env });
	for (const warning of vault.warnings) io.stderr(`${warning}\n`);
	// --me overrides the `me` setting: the user's own person note (a path) or their name.
	const me = input.options.me;
	return typeof me === "string" ? { ...vault, core: { ...vault.core, me: me.trim() } } : vault;
}

/** json writes one value as indented JSON, the form scripts and snapshots read. */
export function json(value: unknown): string {
	return `${JSON.stringify(value, null, 2)}\n`;
}

/** vaultArguments declares a command's positionals, its options and its --help lines from one description. */
function vaultArguments(args: VaultArguments): Pick<Command, "details" | "options" | "positionals"> {
	const { first, json, own = [], me, notes = [] } = args;
	const details = [
		...(first === undefined ? [] : [helpLine(first.name, first.what)]),
		helpLine("VAULT", "the vault folder (default: the current folder)"),
		helpLine("--today YYYY-MM-DD", `${args.today} (default: today's local date)`),
		...(json === undefined ? [] : [helpLine("--json", json)]),
		...own.map((option) => helpLine(option.written, option.what)),
		...(me ? [helpLine("--me PERSON", "you: your person note's path or your name (never a stakeholder)")] : []),
		NO_CACHE_DETAIL,
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
			return command.run({ today, vault: openVault(input, io, position) }, input, io);
		},
	};
}
