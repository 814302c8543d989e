/**
 * The shapes of your org (see org.ts): your chain up from `reports-to` / `manager`, the people
 * around you, and what each person is to you. Plain JSON data, so a report carrying it can be
 * saved and compared as it is.
 */

/** Where a person sits around you: your manager, anyone above them, a peer, a report. */
export type ChainRole = "manager" | "skip-level" | "peer" | "report";

/** What one person is to you in your org. */
export interface OrgRole {
	chain: ChainRole;
	/** Levels above you (1 your manager, 2 your skip-level, …); 0 for peers and reports. */
	level: number;
	/** True for a dotted line: a second manager of yours, or someone whose second manager is you. */
	dotted: boolean;
}

/** OrgChart is your chain and the people around you, computed from everyone's `reports-to`. */
export interface OrgChart {
	/** Your person note; null when `me` is not set (then there is no chain, only the problems). */
	me: string | null;
	/** Your display name, as your note gives it (its `name`, say); null when `me` is not set. */
	meName: string | null;
	/** Your solid line up: your manager first, then your skip-level and up, each once. */
	up: string[];
	/** Your dotted-line managers: the second and later entries of your own `reports-to` list. */
	dotted: string[];
	/** People with the same (solid-line) manager as you, by name. */
	peers: string[];
	/** People whose manager is you (solid line first, then dotted), by name. */
	reports: string[];
	/** What each person in your org is to you, by path. */
	roles: Record<string, OrgRole>;
	/** True when `me` is set and no manager of yours is recorded (or found). */
	noManager: boolean;
}
