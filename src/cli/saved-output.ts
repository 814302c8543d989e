import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildId, vaultCacheFolder, writeAtomically } from "./cache-folder";

/**
 * The last output of each command that only reads the vault (`report`, `report --json`,
 * `check`, …), kept in the vault's cache folder with the key of everything it was made from:
 * this build of the CLI, the command and its options, the day, the settings and the vault's
 * config, and every note's path, size, times and inode (notesDigest). A run whose key is the
 * same prints the saved text, and reads no note and no facts at all.
 *
 * An output also has a second key, its readings key: the same inputs, every note's path, and
 * the generation of the facts file (cache.ts) that holds the readings it was made from. A run
 * where some notes' files were touched or edited without changing what they say (a line of
 * prose) misses the first key, reads the notes through the facts cache, and, when every note
 * has the reading of that generation, prints the saved text too.
 *
 * One file per command (a slot): `<slot>.out` is one line of JSON (the version, the keys, the
 * exit code and the length of the text in bytes), then the text as it was printed. A file of
 * another version, with another key, whose header does not parse or whose text is not whole,
 * is ignored, and the run writes it anew.
 */

/** Bump when the file's layout changes. */
export const OUTPUT_VERSION = 2;

/** What a command printed (as UTF-8), and the exit code it returned. */
export interface SavedOutput {
	bytes: Buffer;
	code: number;
}

interface Header {
	version: number;
	key: string;
	/** The readings key; null when the readings were not all kept in one generation of facts. */
	readings: string | null;
	code: number;
	bytes: number;
}

function isHeader(value: unknown): value is Header {
	if (typeof value !== "object" || value === null) return false;
	const header = value as Record<string, unknown>;
	return (
		header.version === OUTPUT_VERSION &&
		typeof header.key === "string" &&
		(header.readings === null || typeof header.readings === "string") &&
		Number.isInteger(header.code) &&
		Number.isInteger(header.bytes)
	);
}

/** Which of an output's keys a run asks by. */
export type OutputKey = { key: string } | { readings: string };

/** The longest header line read: the version, two hashes, two numbers. */
const MAX_HEADER = 400;
const NEWLINE = 0x0a;

export class SavedOutputs {
	private constructor(
		private readonly folder: string,
		private readonly realRoot: string,
	) {}

	/** open finds the vault's cache folder; null when there is none (no home, or inside the vault). */
	static open(root: string, env: Readonly<Record<string, string | undefined>>): SavedOutputs | null {
		const place = vaultCacheFolder(root, env);
		return place === null ? null : new SavedOutputs(place.folder, place.realRoot);
	}

	/** key is the hash of everything an output depends on: `inputs` (command, options, day, settings, …) and this build and vault. */
	key(inputs: readonly unknown[], notes: string): string {
		return createHash("sha256")
			.update(JSON.stringify([OUTPUT_VERSION, buildId(), this.realRoot, notes, ...inputs]))
			.digest("hex");
	}

	/** readingsKey is the hash of what an output depends on when the notes' readings are those of one generation of facts: `inputs`, the notes' paths, the generation, this build and vault. */
	readingsKey(inputs: readonly unknown[], paths: readonly string[], generation: string): string {
		return createHash("sha256")
			.update(JSON.stringify([OUTPUT_VERSION, buildId(), this.realRoot, "readings", generation, paths, ...inputs]))
			.digest("hex");
	}

	/** read gives the saved output of `slot` when it was made with that key (or readings key), else null. */
	read(slot: string, by: OutputKey): SavedOutput | null {
		let bytes: Buffer;
		try {
			bytes = readFileSync(this.file(slot));
		} catch {
			return null;
		}
		const end = bytes.subarray(0, MAX_HEADER).indexOf(NEWLINE);
		if (end < 0) return null;
		let header: unknown;
		try {
			header = JSON.parse(bytes.toString("utf8", 0, end));
		} catch {
			return null;
		}
		if (!isHeader(header) || header.bytes !== bytes.length - end - 1) return null;
		if ("key" in by ? header.key !== by.key : header.readings !== by.readings) return null;
		return { bytes: bytes.subarray(end + 1), code: header.code };
	}

	/** write saves what a run printed for `slot` with its keys, replacing what was there (written whole, then renamed into place). */
	write(slot: string, keys: { key: string; readings: string | null }, output: { pieces: readonly (string | Uint8Array)[]; code: number }): void {
		const text = output.pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece) : piece));
		const bytes = text.reduce((sum, piece) => sum + piece.length, 0);
		const header: Header = { version: OUTPUT_VERSION, ...keys, code: output.code, bytes };
		writeAtomically(this.file(slot), [`${JSON.stringify(header)}\n`, ...text]);
	}

	private file(slot: string): string {
		return join(this.folder, `${slot}.out`);
	}
}
