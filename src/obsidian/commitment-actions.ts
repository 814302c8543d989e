import { Notice, type Vault, type Workspace } from "obsidian";
import { movedOrDeleted } from "../core/words";
import { checkTaskInText } from "../core/commitments/check";
import type { Commitment, IsoDate } from "../core/types";
import { messageOf } from "../core/unknown";

/** What the commitment actions need: exactly these services, passed in. */
export interface CommitmentActionDeps {
	vault: Vault;
	workspace: Workspace;
	/** The local calendar date, for the `✅` done date. */
	today: () => IsoDate;
	/** Shows a message to the user; a Notice unless a test listens. */
	notify?: (message: string) => void;
}

/** What the Notice says when the task's line no longer says what the index read. */
export const TASK_CHANGED = "The task changed since it was read; nothing was changed";

/**
 * completeCommitment checks off a commitment's task in its note through `vault.process`,
 * changing that line only, and only while it still says what the index read; otherwise it
 * changes nothing and says so. The dashboard updates from the metadata event the write causes.
 */
export async function completeCommitment(deps: CommitmentActionDeps, item: Commitment): Promise<boolean> {
	const notify = deps.notify ?? ((message: string) => new Notice(message));
	const file = deps.vault.getFileByPath(item.path);
	if (file === null) {
		notify(movedOrDeleted(item.path));
		return false;
	}
	const today = deps.today();
	let done = false;
	try {
		await deps.vault.process(file, (text) => {
			const next = checkTaskInText(text, item.line, item.source, today);
			done = next !== null;
			return next ?? text;
		});
	} catch (error) {
		notify(`Could not change ${file.basename}: ${messageOf(error)}`);
		return false;
	}
	notify(done ? `Done: ${item.text}` : TASK_CHANGED);
	return done;
}

/** openCommitment opens the commitment's note with the cursor on its task's line. */
export async function openCommitment(deps: CommitmentActionDeps, item: Commitment, newLeaf = false): Promise<void> {
	const file = deps.vault.getFileByPath(item.path);
	if (file === null) {
		(deps.notify ?? ((message: string) => new Notice(message)))(movedOrDeleted(item.path));
		return;
	}
	const line = item.line - 1;
	// Obsidian's markdown view reads `line` to scroll there and `cursor` to put the caret on it.
	await deps.workspace.getLeaf(newLeaf).openFile(file, { eState: { line, cursor: { from: { line, ch: 0 }, to: { line, ch: 0 } } } });
}
