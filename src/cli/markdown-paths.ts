import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import type { Problem } from "../core";
import { DOT, LOSSY, failure, utf8OrNull } from "./note-file";

function badNameProblem(path: string, kind: "note" | "folder"): Problem {
	const message =
		kind === "note"
			? "This file name is not valid UTF-8; rename it"
			: "This folder name is not valid UTF-8; rename it; its notes are left out";
	return { path, key: null, value: null, message };
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
		let entries: Dirent[];
		try {
			real = realpathSync(folder);
			if (prefix === "") realRoot = real;
			else if (holdsVault(real)) return;
			if (seen.has(real)) return;
			seen.add(real);
			entries = readdirSync(folder, { withFileTypes: true });
		} catch (error) {
			if (prefix === "") throw error;
			problems.push(folderProblem(prefix, error));
			return;
		}
		const relative = (text: string): string => (prefix === "" ? text : `${prefix}/${text}`);
		const visit = (entry: Dirent | Dirent<Buffer>, name: string): void => {
			let isFolder = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				try {
					const target = statSync(join(folder, name));
					isFolder = target.isDirectory();
					isFile = target.isFile();
				} catch {
					return;
				}
			}
			if (isFolder) walk(join(folder, name), relative(name));
			else if (isFile && name.endsWith(".md")) paths.push(relative(name));
		};
		// Node turns a name that is not UTF-8 into U+FFFD (and drops nothing else), a path that
		// then does not exist (ENOENT): such a folder is read again with its names as bytes, to
		// say what is wrong with the name. A name starting with a byte-order mark goes that way too.
		if (!entries.some((entry) => entry.name.includes("\uFFFD") || entry.name.startsWith("\uFEFF"))) {
			for (const entry of entries) if (!entry.name.startsWith(".")) visit(entry, entry.name);
			return;
		}
		let named: Dirent<Buffer>[];
		try {
			named = readdirSync(folder, { withFileTypes: true, encoding: "buffer" });
		} catch (error) {
			if (prefix === "") throw error;
			problems.push(folderProblem(prefix, error));
			return;
		}
		for (const entry of named) {
			if (entry.name[0] === DOT) continue;
			const name = utf8OrNull(entry.name);
			if (name !== null) {
				visit(entry, name);
				continue;
			}
			const shown = relative(LOSSY.decode(entry.name));
			if (entry.isDirectory()) problems.push(badNameProblem(shown, "folder"));
			else if (shown.endsWith(".md")) problems.push(badNameProblem(shown, "note"));
		}
	};
	walk(root, "");
	return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
