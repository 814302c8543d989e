import { Notice, type FileManager, type Vault, type View, type Workspace, type WorkspaceLeaf } from "obsidian";
import { titleOf } from "../core/read";
import type { IsoDate } from "../core/types";
import type { ManagingUpSettings } from "../settings";
import { completeFollowUp, logContactToday, snoozeFollowUp, type ActionDeps } from "./actions";
import type { DashboardHost } from "./host";
import type { StakeholderIndex } from "./index";

/** What the dashboard host is built from: the index, the app's services, the settings and the clock. */
export interface DashboardHostDeps {
	index: StakeholderIndex;
	vault: Vault;
	workspace: Workspace;
	fileManager: FileManager;
	settings: () => ManagingUpSettings;
	/** The local calendar date. */
	today: () => IsoDate;
	/** Creates a 1:1 agenda, once the agenda feature is wired. */
	newAgenda?: ((personPath: string) => Promise<void>) | null;
	/** Creates a person note (with the name given, else asking for one), once that command is wired. */
	newStakeholder?: ((name?: string) => Promise<void>) | null;
	/** Replaces the settings: `rebuild` reads the notes again at once, else they are only saved. */
	updateSettings?: (next: ManagingUpSettings, rebuild: boolean) => void;
}

/** actionDeps gives the property actions what they need, naming people as the index knows them. */
export function actionDeps(deps: Omit<DashboardHostDeps, "workspace" | "newAgenda" | "newStakeholder">): ActionDeps {
	return {
		fileManager: deps.fileManager,
		vault: deps.vault,
		properties: () => deps.settings().properties,
		today: deps.today,
		personName: (path) => {
			const record = deps.index.reading(path)?.record;
			return record?.kind === "person" ? record.person : titleOf(path);
		},
	};
}

/** createDashboardHost is what the dashboard view talks to: the index's report and the actions. */
export function createDashboardHost(deps: DashboardHostDeps): DashboardHost {
	const actions = actionDeps(deps);
	const newStakeholder = deps.newStakeholder ?? null;
	return {
		today: deps.today,
		ready: () => deps.index.isBuilt,
		report: (today) => deps.index.report(today),
		explanation: (today) => deps.index.explanation(today),
		revision: () => deps.index.revision,
		onChange: (listener) => deps.index.onChange(listener),
		settings: deps.settings,
		openNote: async (path, newLeaf) => {
			const file = deps.vault.getFileByPath(path);
			if (!file) {
				new Notice(`Could not find ${path}; was it moved or deleted?`);
				return;
			}
			await deps.workspace.getLeaf(newLeaf).openFile(file);
		},
		logContactToday: async (personPath) => {
			await logContactToday(actions, personPath);
		},
		completeFollowUp: async (item) => {
			await completeFollowUp(actions, item);
		},
		snoozeFollowUp: async (item) => {
			await snoozeFollowUp(actions, item);
		},
		newAgenda: deps.newAgenda ?? null,
		newStakeholder: newStakeholder === null ? null : () => newStakeholder(),
		createPersonNote: async (name) => {
			if (newStakeholder === null) new Notice(`Could not create a note for ${name} here.`);
			else await newStakeholder(name);
		},
		setMe: (name) => {
			deps.updateSettings?.({ ...deps.settings(), me: name }, true);
			return Promise.resolve();
		},
		setFoundDismissed: (dismissed) => {
			if (deps.settings().foundDismissed !== dismissed) deps.updateSettings?.({ ...deps.settings(), foundDismissed: dismissed }, false);
		},
	};
}

/**
 * openDashboard shows the dashboard: an open dashboard leaf is reused, else a new one is made in
 * the right sidebar. The leaf is revealed (awaited) before anything talks to the view, since
 * views are deferred until shown (Obsidian 1.7.2).
 */
export async function openDashboard(
	workspace: Workspace,
	viewType: string,
	isDashboard: (view: View) => boolean,
): Promise<WorkspaceLeaf | null> {
	let leaf: WorkspaceLeaf | null =
		workspace.getLeavesOfType(viewType).find((candidate) => isDashboard(candidate.view)) ??
		workspace.getLeavesOfType(viewType)[0] ??
		null;
	if (!leaf) {
		leaf = workspace.getRightLeaf(false);
		if (!leaf) {
			new Notice("Could not open the stakeholder dashboard: there is no sidebar to open it in.");
			return null;
		}
		await leaf.setViewState({ type: viewType, active: true });
	}
	await workspace.revealLeaf(leaf);
	return leaf;
}
