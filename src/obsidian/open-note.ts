import { Notice, type Vault, type Workspace } from "obsidian";
import { movedOrDeleted } from "../core/words";

/** openNoteWith opens a note by path in the current leaf or a new one; a note that is gone is a Notice. */
export function openNoteWith(vault: Vault, workspace: Workspace): (path: string, newLeaf?: boolean) => Promise<void> {
	return async (path, newLeaf = false) => {
		const file = vault.getFileByPath(path);
		if (!file) {
			new Notice(movedOrDeleted(path));
			return;
		}
		await workspace.getLeaf(newLeaf).openFile(file);
	};
}
