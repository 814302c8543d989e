import type { ParseArgsConfig } from "node:util";
import { todayIso, validIsoDate, type IsoDate } from "../core";
import { shown } from "./terminal";

/**
 * What a subcommand may touch of the outside world. `main.ts` passes the real process; tests
 * pass strings and a fixed clock, so every command runs in-process.
 */
export interface CliIo {
	/** Writes to standard output (the text already ends with a newline where one is wanted). */
	stdout(text: string): void;
	/** Writes bytes to standard output as they are (a saved output); without it they are decoded and written with stdout. */
	stdoutBytes?: (bytes: Uint8Array) => void;
	/** Writes to standard error. */
	stderr(text: string): void;
	/** Whether standard output is a terminal (colours are only used on one, and only there are rows fitted to its width). */
	isTTY?: boolean;
	/** The terminal's width in characters (`process.stdout.columns`); 80 when unknown. Read only on a terminal. */
	columns?: number;
	/** Environment variables (NO_COLOR); defaults to none. */
	env?: Readonly<Record<string, string | undefined>>;
	/** The folder VAULT is relative to; defaults to the process's current folder. */
	cwd?: string;
	/** The clock, read once for the default of --today; defaults to the machine's. */
	now?: () => Date;
}

/** The arguments of one subcommand, as parsed by `run` from its option table. */
export interface CommandInput {
	/** Arguments that are not options, in order. */
	positionals: string[];
	/** Option values by name: text, true for flags, undefined when not given. */
	options: Readonly<Record<string, string | boolean | undefined>>;
}

/** A subcommand: its help text, its options, and what it does. Add one to `COMMANDS` in main.ts. */
export interface Command {
	/** The synopsis after the program name, e.g. `report [VAULT] [--today YYYY-MM-DD] [--json]`. */
	usage: string;
	/** One line for the command list in --help. */
	summary: string;
	/** Longer help: one line per option or argument. */
	details: readonly string[];
	/** Options as node:util's parseArgs reads them (without --help, which every command has). */
	options: NonNullable<ParseArgsConfig["options"]>;
	/** The arguments that are not options, in order, as the usage names them (`VAULT`). */
	positionals: readonly { name: string; required: boolean }[];
	/** Runs the command and returns the exit code. */
	run(input: CommandInput, io: CliIo): number | Promise<number>;
}

/** A mistake in the command line: reported in one line with the usage, exit code 2. */
export class UsageError extends Error {
	override name = "UsageError";
}

/** A failure the user can fix (a missing vault): reported in one line without the usage, exit code 2. */
export class CliError extends Error {
	override name = "CliError";
}

/** Exit codes shared by every subcommand. */
export const EXIT = Object.freeze({ ok: 0, problems: 1, error: 2 });

/** todayOption reads --today (a real `YYYY-MM-DD` day), else the machine's local date. */
export function todayOption(input: CommandInput, io: CliIo): IsoDate {
	const given = input.options.today;
	if (typeof given === "string") {
		const today = validIsoDate(given.trim());
		if (today === null) throw new UsageError(`--today: '${shown(given)}' is not a date; use YYYY-MM-DD`);
		return today;
	}
	return todayIso(io.now ? io.now() : new Date());
}

/** useColor says whether to colour the output: only on a terminal, and never when NO_COLOR is set (no-color.org). */
export function useColor(io: CliIo): boolean {
	const noColor = io.env?.NO_COLOR;
	return io.isTTY === true && (noColor === undefined || noColor === "");
}

/** The default line width of a terminal whose width is unknown. */
const TERMINAL_WIDTH = 80;

/**
 * textLayout says how to lay out text for the output: on a terminal, fitted to its width (long
 * names cut or their rows wrapped); elsewhere (a pipe, a file) nothing is cut.
 */
export function textLayout(io: CliIo): { width: number; fit: boolean } {
	if (io.isTTY !== true) return { width: TERMINAL_WIDTH, fit: false };
	const columns = io.columns;
	return { width: columns !== undefined && Number.isInteger(columns) && columns > 0 ? columns : TERMINAL_WIDTH, fit: true };
}
