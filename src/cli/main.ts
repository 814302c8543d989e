import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { messageOf } from "../core/unknown";
import { CliError, EXIT, UsageError, type CliIo, type Command, type CommandInput } from "./command";
import { agendaCommand } from "./agenda";
import { explainCommand } from "./explain";
import { historyCommand } from "./history";
import { calendarCommand } from "./calendar";
import { followUpCommand } from "./follow-up";
import { checkCommand, reportCommand } from "./report";
import { MAX_STDERR_LINE, shown, stderrText } from "./terminal";
import { version } from "../../manifest.json";

/** The subcommands by name, in the order --help lists them: one line per command. */
export const COMMANDS: Readonly<Record<string, Command>> = {
	report: reportCommand,
	check: checkCommand,
	agenda: agendaCommand,
	explain: explainCommand,
	history: historyCommand,
	"follow-up": followUpCommand,
	calendar: calendarCommand,
};

const PROGRAM = "managing-up";

function commandNamed(name: string): Command | undefined {
	return Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
}

/** usage is the synopsis of every command, for --help and after a mistake. */
export function usage(): string {
	const lines = Object.values(COMMANDS).map((command, i) => `${i === 0 ? "usage:" : "      "} ${PROGRAM} ${command.usage}`);
	return `${lines.join("\n")}\n`;
}

function help(): string {
	const names = Object.keys(COMMANDS);
	const longest = Math.max(...names.map((n) => n.length));
	const list = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(longest)}  ${command.summary}`);
	return [
		`${PROGRAM}: your stakeholders, follow-ups and 1:1s, read from an Obsidian vault's note properties`,
		"",
		usage().trimEnd(),
		"",
		"commands:",
		...list,
		"",
		`Run ${PROGRAM} COMMAND --help for its options, ${PROGRAM} --version for the version (the plugin's).`,
		"Exit codes: 0 ok, 1 problems found (check), 2 bad arguments or vault.",
		"",
	].join("\n");
}

function commandHelp(name: string, command: Command): string {
	return [`usage: ${PROGRAM} ${command.usage}`, "", `${name}: ${command.summary}`, "", ...command.details.map((d) => `  ${d}`), ""].join(
		"\n",
	);
}

/** parseInput reads a command's arguments with node:util's parseArgs; null means --help was asked for. */
function parseInput(command: Command, args: readonly string[]): CommandInput | null {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...args],
			options: { ...command.options, help: { type: "boolean", short: "h" } },
			allowPositionals: true,
			strict: true,
		});
	} catch (error) {
		// parseArgs explains at length; the first sentence is the mistake ("Unknown option '--jsn'").
		const message = error instanceof Error ? error.message : String(error);
		throw new UsageError(shown(message.split(/\.\s/)[0] ?? message, 300));
	}
	if (parsed.values.help === true) return null;
	const { positionals } = parsed;
	const expected = command.positionals;
	const missing = expected.find((p, i) => p.required && positionals[i] === undefined);
	if (missing) throw new UsageError(`missing ${missing.name}`);
	const extra = positionals[expected.length];
	if (extra !== undefined) throw new UsageError(`unexpected argument '${shown(extra)}'`);
	return { positionals, options: parsed.values };
}

/**
 * run is the whole command line in-process: it parses `argv` (without `node` and the script),
 * runs the subcommand with `io`, and returns the exit code. Mistakes and failures are one line
 * on stderr, never a stack trace; whatever reaches stderr is made terminal-safe (stderrText).
 */
export async function run(argv: readonly string[], outside: CliIo): Promise<number> {
	const io: CliIo = { ...outside, stderr: (text) => outside.stderr(stderrText(text)) };
	const [name, ...rest] = argv;
	if (name === "--help" || name === "-h" || name === "help") {
		io.stdout(help());
		return EXIT.ok;
	}
	if (name === "--version" || name === "-V") {
		io.stdout(`${PROGRAM} ${version}\n`);
		return EXIT.ok;
	}
	if (name === undefined || name.startsWith("-")) {
		io.stderr(`${PROGRAM}: ${name === undefined ? "missing COMMAND" : `expected a command before '${shown(name)}'`}\n${usage()}`);
		return EXIT.error;
	}
	const command = commandNamed(name);
	if (!command) {
		io.stderr(`${PROGRAM}: unknown command '${shown(name)}'\n${usage()}`);
		return EXIT.error;
	}
	try {
		const input = parseInput(command, rest);
		if (input === null) {
			io.stdout(commandHelp(name, command));
			return EXIT.ok;
		}
		return await command.run(input, io);
	} catch (error) {
		// A message is one line, whatever user text it quotes (a folder name holding a newline).
		const message = (text: string): string => shown(text, MAX_STDERR_LINE);
		if (error instanceof UsageError) {
			io.stderr(`${PROGRAM} ${name}: ${message(error.message)}\nusage: ${PROGRAM} ${command.usage}\n`);
		} else if (error instanceof CliError) {
			io.stderr(`${PROGRAM} ${name}: ${message(error.message)}\n`);
		} else {
			io.stderr(`${PROGRAM} ${name}: unexpected error: ${message(messageOf(error))}\n`);
		}
		return EXIT.error;
	}
}

/** isProgram says whether this file is the running program (dist/cli.cjs) rather than a module a test imports. */
function isProgram(): boolean {
	return typeof require !== "undefined" && typeof module !== "undefined" && require.main === module;
}

if (isProgram()) {
	// A report keeps every note's reading until the report is built, so most of what it
	// allocates outlives V8's young generation anyway, and V8 would grow that generation to
	// 32 MB for nothing: kept at its first size, `report --json` at 50k notes peaks at 147 MB
	// instead of 182, at the same speed (`npm run bench`, the README's Performance). A V8
	// that will not go below a factor of 2 raises it, and the CLI only peaks higher.
	setFlagsFromString("--semi-space-growth-factor=1");
	// `managing-up report | head` closes the pipe early: that is the reader's choice, not an error.
	process.stdout.on("error", (error: Error & { code?: string }) => {
		if (error.code === "EPIPE") process.exit(EXIT.ok);
		throw error;
	});
	void run(process.argv.slice(2), {
		stdout: (text) => void process.stdout.write(text),
		stdoutBytes: (bytes) => void process.stdout.write(bytes),
		stderr: (text) => void process.stderr.write(text),
		isTTY: process.stdout.isTTY,
		columns: process.stdout.columns,
		env: process.env,
		cwd: process.cwd(),
		now: () => new Date(),
	}).then((code) => {
		process.exitCode = code;
	});
}
