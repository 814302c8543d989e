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
 * One file per command (a slot): `<slot>.out` is one line of JSON (the version, the key, the
 * exit code and the length of the text in bytes), then the text as it was printed. A file of
 * another version, with another key, whose header does not parse or whose text is not whole,
 * is ignored, and the run writes it anew.
 */

/** Bump when the file's layout changes. */
export const OUTPUT_VERSION = 1;

/** What a command printed (as UTF-8), and the exit code it returned. */
export interface SavedOutput {
	bytes: Buffer;
	code: number;
}

interface Header {
	version: number;
	key: string;
	code: number;
	bytes: number;
}

function isHeader(value: unknown): value is Header {
	if (typeof value !== "object" || value === null) return false;
	const header = value as Record<string, unknown>;
	return header.version === OUTPUT_VERSION && typeof header.key === "string" && Number.isInteger(header.code) && Number.isInteger(header.bytes);
}

/** The longest header line read: the version, a hash, two numbers. */
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

	/** read gives the saved output of `slot` when it was made with `key`, else null. */
	read(slot: string, key: string): SavedOutput | null {
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
		if (!isHeader(header) || header.key !== key || header.bytes !== bytes.length - end - 1) return null;
		return { bytes: bytes.subarray(end + 1), code: header.code };
	}

	/** write saves what a run printed for `slot`, replacing what was there (written whole, then renamed into place). */
	write(slot: string, key: string, output: { pieces: readonly string[]; code: number }): void {
		const text = output.pieces.map((piece) => Buffer.from(piece));
		const bytes = text.reduce((sum, piece) => sum + piece.length, 0);
		const header: Header = { version: OUTPUT_VERSION, key, code: output.code, bytes };
		writeAtomically(this.file(slot), [`${JSON.stringify(header)}\n`, ...text]);
	}

	private file(slot: string): string {
		return join(this.folder, `${slot}.out`);
	}
}
