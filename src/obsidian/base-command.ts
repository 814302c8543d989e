import { Notice, normalizePath, type Plugin, type TFile, type Vault, type Workspace } from "obsidian";
import { BASE_FILE_NAME, baseFileText } from "../core/base-file";
import type { CoreSettings } from "../core/types";
import { messageOf } from "../core/unknown";
import { registerBasesViews, type BasesDeps } from "./bases";

/** What the Bases features need: the views' deps, and the vault and workspace to write and open the base. */
export interface BasesFeatureDeps extends BasesDeps {
	vault: Pick<Vault, "getFileByPath" | "create">;
	workspace: Pick<Workspace, "getLeaf">;
}

/**
 * createStakeholdersBase writes `Stakeholders.base` at the vault root and opens it; when the file
 * is there already it is opened as it is, never overwritten. Returns the file, or null when it
 * could not be written (the user is told why).
 */
export async function createStakeholdersBase(deps: BasesFeatureDeps & { settings: () => CoreSettings }, pluginViews: boolean): Promise<TFile | null> {
	const path = normalizePath(BASE_FILE_NAME);
	const existing = deps.vault.getFileByPath(path);
	if (existing !== null) {
		new Notice(`${path} is already in the vault: it was left as it is and opened.`);
		await deps.workspace.getLeaf(false).openFile(existing);
		return existing;
	}
	let file: TFile;
	try {
		file = await deps.vault.create(path, baseFileText(deps.settings(), { pluginViews }));
	} catch (error) {
		new Notice(`Could not create ${path}: ${messageOf(error)}`);
		return null;
	}
	await deps.workspace.getLeaf(false).openFile(file);
	return file;
}

/**
 * registerBases adds the Bases views (Obsidian 1.10+, when Bases is on) and the command
 * "Create stakeholders base", whose file has the plugin's views only when they were registered.
 */
export function registerBases(plugin: Plugin, deps: BasesFeatureDeps): void {
	const pluginViews = registerBasesViews(plugin, deps);
	plugin.addCommand({ id: "create-stakeholders-base", name: "Create stakeholders base", callback: () => void createStakeholdersBase(deps, pluginViews) });
}
